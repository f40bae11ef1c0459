"""The test adapter: any user, any command, through the real composition root.

It runs on an in-memory database with a clock that moves only when told, records every message
the bot sends, and can make sending fail on purpose. Tests of every later part drive it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.bootstrap import Services, build_bot
from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.identity import Actor, ChannelRef
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Reply
from bot.core.settings import Settings
from bot.reminders.demo_clock import advance_through
from storage.engine import MEMORY_URL
from storage.models import TargetKind

PLATFORM = "test"
WORKSPACE = "T1"
DEFAULT_START = datetime(2027, 1, 11, 0, 0, tzinfo=UTC)
LOCALE = "en"  # what the test platform says its users read, unless a test says otherwise


@dataclass
class RecordingMessenger:
    """Keeps what was sent; `fail_next` makes that many sends raise first."""

    sent: list[OutgoingMessage] = field(default_factory=list)
    fail_next: int = 0

    async def send(self, message: OutgoingMessage) -> None:
        if self.fail_next > 0:
            self.fail_next -= 1
            raise ConnectionError("simulated platform outage")
        self.sent.append(message)


class TestBot:
    __test__ = False  # not a pytest test class

    def __init__(
        self, core: BotCore[Services], clock: ManualClock, messenger: RecordingMessenger
    ) -> None:
        self.core = core
        self.clock = clock
        self.messenger = messenger

    @classmethod
    async def start(
        cls,
        *,
        now: datetime = DEFAULT_START,
        coordinators: tuple[str, ...] = ("coordinator",),
        database_url: str = MEMORY_URL,
        **settings: Any,
    ) -> TestBot:
        configured = ",".join(f"{PLATFORM}:{WORKSPACE}:{name}" for name in coordinators)
        defaults: dict[str, Any] = {
            "JOINTCLASS_COORDINATORS": configured,
            "JOINTCLASS_PROGRAM": "Seoul IJC 2027",
            "JOINTCLASS_HOME_COUNTRY": "KR",
        }
        defaults.update(settings)
        clock = ManualClock(now)
        core = await build_bot(
            Settings(_env_file=None, **defaults),  # type: ignore[call-arg]
            clock=clock,
            database_url=database_url,
        )
        messenger = RecordingMessenger()
        core.add_messenger(PLATFORM, messenger)
        return cls(core, clock, messenger)

    @staticmethod
    def actor(user: str, workspace: str = WORKSPACE, locale: str | None = LOCALE) -> Actor:
        return Actor(PLATFORM, workspace, user, user.capitalize(), locale)

    async def run(
        self,
        user: str,
        line: str,
        *,
        channel: str | None = None,
        workspace: str = WORKSPACE,
        locale: str | None = LOCALE,
    ) -> Reply:
        """Run `line` (text after `/exchange`) as `user`, then deliver what became due. The
        test platform says its users read English (`locale`), as Discord says a locale;
        `locale=None` leaves the language to the user's choice and school."""
        where = ChannelRef(PLATFORM, workspace, channel) if channel else None
        reply = await self.core.handle_text(self.actor(user, workspace, locale), line, where)
        await self.core.run_due_work()
        return reply

    async def ok(self, user: str, line: str, **kwargs: Any) -> Reply:
        """Like `run`, but fail the test with the bot's own words if the command failed."""
        reply = await self.run(user, line, **kwargs)
        assert reply.ok, f"/exchange {line!r} as {user} failed:\n{reply.text}"
        return reply

    async def advance(self, delta: timedelta) -> None:
        """Move time forward as a running bot lives through it: each reminder due on the way
        fires at its own moment (none reads as late), then what is due at the end is sent.
        To simulate a bot that was down meanwhile, move `clock` and call `run_due_work`."""
        await advance_through(self.core, self.clock, self.clock.now() + delta)

    @property
    def sent(self) -> list[OutgoingMessage]:
        return self.messenger.sent

    def sent_to(self, user: str) -> list[OutgoingMessage]:
        return [
            m
            for m in self.sent
            if m.recipient.kind == TargetKind.USER and m.recipient.target_id == user
        ]

    async def close(self) -> None:
        await self.core.close()
