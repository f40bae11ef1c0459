"""A README demo typed into the console on the demo clock, as a reader types it: its first
line names the clock's start, and each `you> ` line is a command. The demo tests assert on what
it printed and on the replies, by the line typed."""

from __future__ import annotations

import io
from pathlib import Path

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from bot.core.reply import Reply
from bot.reminders.demo_clock import DemoClock, parse_instant

README = Path(__file__).parents[2] / "README.md"
COMMAND = "$ jointclass console --demo-clock "


def typed_demo(start: str) -> tuple[str, list[str]]:
    """The README's demo whose clock starts at `start` (e.g. "2027-03-01"): the start as
    typed, and the lines typed after it."""
    text = README.read_text(encoding="utf-8")
    begins = text.index(COMMAND + start)
    block = text[begins : text.index("```", begins)].splitlines()
    return block[0].removeprefix(COMMAND), [
        line.removeprefix("you> ") for line in block[1:] if line.startswith("you> ")
    ]


async def run_demo(start: str, data_dir: Path) -> tuple[str, dict[str, Reply]]:
    """Types the demo into a console with the README's coordinator; every line must succeed.
    Returns what the console printed and each line's reply."""
    clock_start, lines = typed_demo(start)
    bot = await TestBot.start(
        now=parse_instant(clock_start),
        JOINTCLASS_DATA_DIR=str(data_dir),
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
    return out.getvalue(), replies
