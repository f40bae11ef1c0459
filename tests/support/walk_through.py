"""README's console walk-through, run as a reader runs it: the typed lines of its transcript
go into a console on the demo clock, as if typed at a terminal, and what the console prints is
compared with the transcript. Each section listed in `WALK_THROUGHS` holds one.

A transcript line that holds only `…` stands for any number of printed lines (the README
leaves long messages out); every other line must be printed exactly. Files the console saves
are shown under the default data directory. `python -m tests.support.walk_through [HEADING]` prints
what a walk-through prints now, to paste from when a change alters it.
"""

from __future__ import annotations

import asyncio
import io
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.adapters.console import Console
from bot.bootstrap import build_bot
from bot.core.clock import ManualClock
from bot.core.settings import Settings
from bot.reminders.demo_clock import DemoClock, parse_instant
from storage.engine import MEMORY_URL

README = Path(__file__).parents[2] / "README.md"
SECTION = "### Trying it in the console"
JOURNEY = "### A partnership's journey, in the console"
KOREAN = "### A term in Korean, in the console"
WALK_THROUGHS = (SECTION, JOURNEY, KOREAN)
START = re.compile(
    r"\$ jointclass console (?:--lang (?P<language>\S+) )?--demo-clock (?P<start>\S+)"
)
PROMPT = "you> "
ELIDED = "…"
SHOWN_DATA_DIR = "~/.local/share/jointclass"


@dataclass(frozen=True)
class WalkThrough:
    start: str  # the demo clock's first instant, as typed
    transcript: list[str]  # what the terminal shows after the command line
    language: str = "en"  # `--lang`

    @property
    def typed(self) -> list[str]:
        return [line.removeprefix(PROMPT) for line in self.transcript if line.startswith(PROMPT)]

    def matches(self, printed: str) -> bool:
        return re.fullmatch(_pattern(self.transcript), printed) is not None


def read_walk_through(readme: str, section_title: str = SECTION) -> WalkThrough:
    """The first transcript under the README heading `section_title`."""
    section = readme.split(section_title, 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    command, *transcript = block.splitlines()
    started = START.fullmatch(command)
    if started is None:
        raise ValueError(f"the walk-through must start with `{START.pattern}`, not {command!r}")
    return WalkThrough(started["start"], transcript, started["language"] or "en")


def _pattern(transcript: list[str]) -> str:
    return "".join(
        r"(?:.*\n)*?" if line.strip() == ELIDED else re.escape(line) + r"\n" for line in transcript
    )


class Terminal(io.StringIO):
    """Lines typed at a terminal: each is echoed where the console prints, as a terminal does."""

    def __init__(self, lines: list[str], screen: io.StringIO) -> None:
        super().__init__()
        self.lines = list(lines)
        self.screen = screen

    def isatty(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:
        if not self.lines:
            return ""
        line = self.lines.pop(0) + "\n"
        self.screen.write(line)
        return line


async def run_walk_through(walk: WalkThrough, data_dir: Path) -> str:
    """What the console prints for the walk-through's typed lines, the last prompt left out.
    Paths in it are relative to the working directory (`/import examples/…`)."""
    settings = Settings(  # the defaults README documents, whatever this machine's environment
        _env_file=None,  # type: ignore[call-arg]
        JOINTCLASS_DATA_DIR=str(data_dir),
        JOINTCLASS_PROGRAM="Default program",
        JOINTCLASS_HOME_COUNTRY="KR",
        JOINTCLASS_COORDINATORS="console:local:coordinator",
    )
    clock = ManualClock(parse_instant(walk.start))
    core = await build_bot(settings, clock=clock, database_url=MEMORY_URL)
    screen = io.StringIO()
    try:
        console = Console(
            core,
            out=screen,
            err=io.StringIO(),
            demo_clock=DemoClock(core, clock),
            locale=walk.language,
        )
        await console.run(Terminal(walk.typed, screen))
    finally:
        await core.close()
    printed = screen.getvalue().removesuffix(PROMPT)
    return printed.replace(str(data_dir), SHOWN_DATA_DIR)


def main() -> None:
    """Print the walk-through under the heading given as the argument (default: SECTION)."""
    walk = read_walk_through(README.read_text(encoding="utf-8"), *sys.argv[1:2])
    with tempfile.TemporaryDirectory() as data_dir:
        sys.stdout.write(asyncio.run(run_walk_through(walk, Path(data_dir))))


if __name__ == "__main__":
    main()
