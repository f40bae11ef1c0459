"""The non-real-time exchange demo from the README, typed into the console with the demo clock:
a New York–Seoul pair with no shared hour is offered a video letter by `propose`, plans one
across a Korean holiday and New York's change to daylight saving time, is reminded at 09:00 on
each owner's clock, completes it with links, and the report counts it."""

from __future__ import annotations

from tests.support.readme_demo import COMMAND, README, run_demo


def shown_blocks() -> list[str]:
    """The README's excerpts of what the demo prints, `…` lines left out."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(COMMAND + "2027-02-01") :]
    section = section[: section.index("tests/adapters/test_activities_demo.py")]
    blocks = section.split("```text\n")[2:]
    return [line for block in blocks for line in block.split("```")[0].splitlines() if line != "…"]


async def test_the_readme_demo_plans_reminds_completes_and_reports(tmp_path) -> None:
    printed, replies = await run_demo("2027-02-01", tmp_path)
    for shown in shown_blocks():
        if shown.endswith(": …"):
            assert shown.removesuffix("…") in printed
        else:
            assert shown in printed.splitlines(), shown
    reminders = [  # in each teacher's language; each ends with the command that marks it done
        block.split("\n")[0]
        for block in printed.split("[clock] ")[1:]
        if "https://… activity=1`" in block
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
