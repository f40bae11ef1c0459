"""The world the race harness plays in: a bot on a database file or server, a fresh cast of
schools and teachers per round, and commands fired at the same moment through the dispatcher.

Each round gets schools and users of its own (suffixed with the round's number), so rounds
share one database without seeing each other, as teachers of many schools share one bot.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlmodel import select

from bot.adapters.testing import PLATFORM, WORKSPACE, TestBot
from bot.core.identity import ChannelRef
from bot.core.reply import Reply
from storage.engine import transaction
from storage.models import ExchangeSession, Partnership, SessionStatus

JITTER_SECONDS = 0.004  # each command of a round starts within this of the others
HELD_UID_PREFIX = "held-"  # the invite uid of a session the staging wrote straight to storage

SEOUL = (
    'school register "Hanbit Middle {round}" country=KR city=Seoul level=middle grades=1-3 '
    "languages=ko,en topics=culture quota=2 "
    'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Tue,Thu 16:00-18:00"'
)
OSAKA = (
    'school register "Sakura Junior {round}" country=JP city=Osaka level=middle grades=1-3 '
    'languages=ja,en topics=culture quota=2 class_hours="Mon-Fri 08:30-15:30"'
)


class ChannelCounter:
    """The platform side of `channel create`: counts the channels it was asked to make."""

    def __init__(self) -> None:
        self.created: list[str] = []

    async def create_joint_channel(self, workspace: str, name: str, members: list[str]) -> str:
        await asyncio.sleep(0.01)  # a platform takes a moment: the other click arrives meanwhile
        self.created.append(name)
        return f"C-{name}-{len(self.created)}"


class ErrorLog(logging.Handler):
    """Every ERROR (or worse) record logged while it listens."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def errors_logged() -> Iterator[ErrorLog]:
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@dataclass(frozen=True)
class Call:
    """One command of a round: who types what, where."""

    user: str
    line: str
    channel: str | None = None


@dataclass
class Cast:
    """One round's schools and teachers: a1 and a2 teach at A (Seoul), b1 and b2 at B (Osaka);
    the watchers of each school never act, so they read every notice about their school once.
    j and k are nobody yet: they ask to join or claim a school."""

    round: int
    school_a: str = ""
    school_b: str = ""
    values: dict[str, Any] = field(default_factory=dict)

    def user(self, role: str) -> str:
        return f"{role}-{self.round}"

    @property
    def channel(self) -> str:
        return f"jc-{self.round}"


class RaceWorld:
    """A started bot on one database, and the means to stage rounds on it."""

    def __init__(self, bot: TestBot, seed: int) -> None:
        self.bot = bot
        self.channels = ChannelCounter()
        bot.core.add_channel_provisioner(PLATFORM, self.channels)
        self.random = random.Random(seed)

    @classmethod
    async def start(cls, database_url: str, seed: int = 2027) -> RaceWorld:
        return cls(await TestBot.start(database_url=database_url), seed)

    async def close(self) -> None:
        await self.bot.close()

    async def ok(self, user: str, line: str, channel: str | None = None) -> Reply:
        return await self.bot.ok(user, line, channel=channel)

    async def schools(self, cast: Cast) -> None:
        """Register A and B with two teachers and a watcher each."""
        a = await self.ok(cast.user("a1"), SEOUL.format(round=cast.round))
        b = await self.ok(cast.user("b1"), OSAKA.format(round=cast.round))
        cast.school_a, cast.school_b = a.data["school"]["id"], b.data["school"]["id"]
        for role, school, first in (
            ("a2", cast.school_a, "a1"),
            ("aw", cast.school_a, "a1"),
            ("b2", cast.school_b, "b1"),
            ("bw", cast.school_b, "b1"),
        ):
            await self.joined(cast.user(role), school, cast.user(first))

    async def asked(self, user: str, school: str) -> int:
        """`user` asks to join the school; the request's number."""
        return int((await self.ok(user, f"school join {school}")).data["request_id"])

    async def joined(self, user: str, school: str, approver: str) -> None:
        """`user` asks to join the school and its teacher `approver` approves."""
        await self.ok(approver, f"teacher approve {await self.asked(user, school)}")

    async def partners(self, cast: Cast, *, channel: bool = True) -> None:
        """A asked, B accepted; the round's joint channel is linked when `channel`."""
        await self.ok(cast.user("a1"), f"request {cast.school_b}")
        await self.ok(cast.user("b1"), f"accept {cast.school_a}")
        if channel:
            await self.ok(
                cast.user("a1"), f"channel link partner={cast.school_b}", channel=cast.channel
            )

    async def proposed(self, cast: Cast) -> int:
        """A pending session a1 booked from their proposal; its id."""
        await self.ok(cast.user("a1"), f"propose {cast.school_b} count=6")
        booked = await self.ok(cast.user("a1"), f"book 1 partner={cast.school_b}")
        return int(booked.data["session"]["id"])

    async def booked(self, cast: Cast) -> int:
        session = await self.proposed(cast)
        await self.ok(cast.user("b1"), f"confirm {session}")
        return session

    async def held(self, cast: Cast) -> int:
        """A booked session of A and B that ended an hour ago (written straight to storage:
        the clock never runs backwards for a round)."""
        now = self.bot.clock.now()
        async with transaction(self.bot.core.sessions) as db:
            partnership = (
                await db.exec(select(Partnership).where(Partnership.school_a == cast.school_a))
            ).one()
            session = ExchangeSession(
                partnership_id=partnership.id,  # type: ignore[arg-type]
                start_utc=now - timedelta(hours=2),
                end_utc=now - timedelta(hours=1),
                duration_minutes=60,
                status=SessionStatus.BOOKED,
                proposed_by_school=cast.school_a,
                proposed_by=f"{PLATFORM}:{WORKSPACE}:{cast.user('a1')}",
                confirmed_by=f"{PLATFORM}:{WORKSPACE}:{cast.user('b1')}",
                confirmed_at=now - timedelta(days=7),
                ics_uid=f"{HELD_UID_PREFIX}{cast.round}@jointclass",
                created_at=now - timedelta(days=8),
                updated_at=now - timedelta(days=7),
            )
            db.add(session)
            await db.flush()
            assert session.id is not None
            return session.id

    async def fire(self, calls: list[Call]) -> list[Reply]:
        """Every call at once (each after a random few milliseconds), then delivery."""

        async def one(call: Call) -> Reply:
            await asyncio.sleep(self.random.uniform(0, JITTER_SECONDS))
            where = ChannelRef(PLATFORM, WORKSPACE, call.channel) if call.channel else None
            return await self.bot.core.handle_text(self.bot.actor(call.user), call.line, where)

        replies = await asyncio.gather(*(one(call) for call in calls))
        await self.bot.core.run_due_work()
        return list(replies)
