"""The non-real-time exchange demo from the README, typed into the console with the demo clock:
a New York–Seoul pair with no shared hour is offered a video letter by `propose`, plans one
across a Korean holiday and New York's change to daylight saving time, is reminded at 09:00 on
each owner's clock, completes it with links, and the report counts it."""

from __future__ import annotations

import io
from pathlib import Path

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from bot.reminders.demo_clock import DemoClock, parse_instant

README = Path(__file__).parents[2] / "README.md"
COMMAND = "$ jointclass console --demo-clock "


def demo() -> tuple[str, list[str]]:
    """The README's activities demo: the clock's start and the lines typed."""
    text = README.read_text(encoding="utf-8")
    start = text.index(COMMAND + "2027-02-01")
    block = text[start : text.index("```", start)].splitlines()
    return block[0].removeprefix(COMMAND), [
        line.removeprefix("you> ") for line in block[1:] if line.startswith("you> ")
    ]


def shown_blocks() -> list[str]:
    """The README's excerpts of what the demo prints, `…` lines left out."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(COMMAND + "2027-02-01") :]
    section = section[: section.index("tests/adapters/test_activities_demo.py")]
    blocks = section.split("```text\n")[2:]
    return [line for block in blocks for line in block.split("```")[0].splitlines() if line != "…"]


async def test_the_readme_demo_plans_reminds_completes_and_reports(tmp_path) -> None:
    start, lines = demo()
    bot = await TestBot.start(
        now=parse_instant(start),
        JOINTCLASS_DATA_DIR=str(tmp_path),
        JOINTCLASS_COORDINATORS="console:local:coordinator",
    )
    out = io.StringIO()
    shell = Console(bot.core, out=out, err=out, demo_clock=DemoClock(bot.core, bot.clock))
    replies = {}
    for line in lines:
        reply = await shell.run_line(line)
        assert reply is not None and reply.ok, f"{line}\n{reply.text if reply else ''}"
        replies[line] = reply
    await bot.close()

    printed = out.getvalue()
    for shown in shown_blocks():
        if shown.endswith(": …"):
            assert shown.removesuffix("…") in printed
        else:
            assert shown in printed.splitlines(), shown
    reminders = [
        block.split("\n")[0] for block in printed.split("[clock] ")[1:] if "Reminder: step" in block
    ]
    # a week and a day before Seoul's deadline (09:00 KST), a week before New York's (09:00 EST)
    assert reminders == [
        "Fri 19 Feb 2027 00:00 UTC",
        "Thu 25 Feb 2027 00:00 UTC",
        "Mon 08 Mar 2027 14:00 UTC",
    ]
    report = replies["@coordinator /exchange report"]
    assert report.data["activities"]["counts"] == {
        "waiting": 0,
        "under_way": 0,
        "overdue": 0,
        "done": 1,
        "cancelled": 0,
    }
    assert (
        "Activities (non-real-time exchanges): 1 — waiting for confirmation 0 · under way 0 · "
        "overdue 0 · done 1 · cancelled 0"
    ) in report.text
