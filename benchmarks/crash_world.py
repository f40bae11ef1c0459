"""What the crash harness's child and its restart share: settings, clock, journal, messenger.

The child process and the restart after its SIGKILL must see the same program, coordinators
and clock, and both append every message they send to one file, so that the checker can tell
a message lost from a message sent twice.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.bootstrap import build_bot
from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.outbox import OutgoingMessage
from bot.core.settings import Settings

OPERATIONS = ("booking", "import", "tieup", "reminders")
START = datetime(2027, 1, 11, 0, 0, tzinfo=UTC)
PLATFORM, WORKSPACE = "test", "T1"
COORDINATOR = "coordinator"
PROGRAM = "Crash IJC 2027"
JOURNAL, SENT_LOG = "journal.log", "sent.log"


def crash_environment(database_url: str, workdir: Path) -> dict[str, str]:
    """The settings of every process of one run, as environment variables (for the CLI)."""
    return {
        "DATABASE_URL": database_url,
        "JOINTCLASS_DATA_DIR": str(workdir),
        "JOINTCLASS_PROGRAM": PROGRAM,
        "JOINTCLASS_HOME_COUNTRY": "KR",
        "JOINTCLASS_COORDINATORS": f"{PLATFORM}:{WORKSPACE}:{COORDINATOR}",
        "LOG_LEVEL": "WARNING",
    }


async def start_bot(database_url: str, workdir: Path, now: datetime) -> BotCore:
    """The normal start-up (migrations, interrupted messages re-queued, reminders caught up),
    then the messenger that records into the run's sent log."""
    settings = Settings(_env_file=None, **crash_environment(database_url, workdir))  # type: ignore[call-arg]
    core = await build_bot(settings, clock=ManualClock(now), database_url=database_url)
    core.add_messenger(PLATFORM, FileMessenger(workdir / SENT_LOG))
    return core


def message_key(recipient: tuple[str, str, str, str], text: str, data: dict[str, Any]) -> str:
    """One message's identity, the same whether read from the outbox or from the sent log."""
    document = json.dumps([*recipient, text, data], sort_keys=True, default=str)
    return hashlib.sha256(document.encode()).hexdigest()[:32]


class FileMessenger:
    """Appends each message it is handed to a file: a completed write survives SIGKILL."""

    def __init__(self, path: Path) -> None:
        self.path = path

    async def send(self, message: OutgoingMessage) -> None:
        r = message.recipient
        key = message_key(
            (r.platform, r.workspace, r.kind, r.target_id), message.text, message.data
        )
        with self.path.open("a") as log:
            log.write(key + "\n")


def delivered(workdir: Path) -> Counter[str]:
    path = workdir / SENT_LOG
    return Counter(path.read_text().split()) if path.exists() else Counter()


class Journal:
    """The child's account of itself, one line per event, flushed as written: `ready`, the
    clock it is about to move to, and `begin`/`done` around each unit of work."""

    def __init__(self, workdir: Path) -> None:
        self._file = (workdir / JOURNAL).open("a", buffering=1)

    def write(self, event: str, detail: str = "") -> None:
        self._file.write(f"{event} {detail}".rstrip() + "\n")

    def clock(self, instant: datetime) -> None:
        """Written before the clock moves, so a restart's clock is never behind the child's."""
        self.write("clock", instant.isoformat())

    def begin(self, label: str) -> None:
        self.write("begin", label)

    def done(self, label: str) -> None:
        self.write("done", label)


@dataclass
class JournalRecord:
    ready: bool = False
    clock: datetime = START
    begun: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)

    @property
    def interrupted(self) -> str | None:
        """The unit of work the kill landed in, if it landed in one."""
        return self.begun[-1] if len(self.begun) > len(self.done) else None

    @classmethod
    def read(cls, workdir: Path) -> JournalRecord:
        record = cls()
        path = workdir / JOURNAL
        lines = path.read_text().splitlines() if path.exists() else []
        for line in lines:
            event, _, detail = line.partition(" ")
            if event == "ready":
                record.ready = True
            elif event == "clock":
                record.clock = max(record.clock, datetime.fromisoformat(detail))
            elif event == "begin":
                record.begun.append(detail)
            elif event == "done":
                record.done.append(detail)
        return record
