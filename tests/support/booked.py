"""Booked sessions for reminder tests, written straight to storage (booking is tested apart).

`book_session` makes the partnership and a booked session between two registered schools and
plans its reminders through the same service call booking makes, in one transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from bot.adapters.testing import TestBot
from bot.core.context import Context
from bot.reminders.session_reminders import ReminderBooking
from storage.engine import transaction
from storage.models import ExchangeSession, Partnership, School
from tests.conftest import SEOUL_MIDDLE

T = TypeVar("T")

PARIS_HIGH = (
    'school register "Lycée Molière" country=FR city=Paris level=high grades=10-12 '
    'languages=fr,en class_hours="Mon-Fri 08:00-17:00"'
)
KR, FR = "KR-hanbit-middle", "FR-lycee-moliere"


async def in_command(bot: TestBot, user: str, work: Callable[[Context], Awaitable[T]]) -> T:
    """Run `work` as `user` would inside a command: one transaction, then the after-commit."""
    core = bot.core
    async with transaction(core.sessions) as db:
        ctx = Context(
            actor=bot.actor(user),
            channel=None,
            db=db,
            clock=core.clock,
            settings=core.settings,
            catalog=core.catalog,
            services=core.services,
            translator=core.translator,
        )
        ctx.membership = await ctx.members.of_user("test", "T1", user)
        result = await work(ctx)
    core.dispatcher.after_commit()
    return result


async def partnership(
    bot: TestBot, school_a: str, school_b: str, *, channel: str | None = "joint"
) -> Partnership:
    async with transaction(bot.core.sessions) as db:
        school = await db.get(School, school_a)
        assert school is not None
        row = Partnership(
            program_id=school.program_id,
            school_a=school_a,
            school_b=school_b,
            channel_platform="test" if channel else None,
            channel_workspace="T1" if channel else None,
            channel_id=channel,
            created_at=bot.clock.now(),
        )
        db.add(row)
    return row


async def seoul_paris(bot: TestBot, *, channel: str | None = "joint") -> Partnership:
    """alice teaches in Seoul (KR), pierre in Paris (FR); a partnership with a joint channel."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("pierre", PARIS_HIGH)
    return await partnership(bot, KR, FR, channel=channel)


async def book_session(
    bot: TestBot,
    pair: Partnership,
    start: datetime,
    *,
    minutes: int = 60,
    **details: Any,
) -> tuple[ExchangeSession, ReminderBooking]:
    """A booked session of `pair` at `start` (UTC), its reminders planned as booking does."""

    async def book(ctx: Context) -> tuple[ExchangeSession, ReminderBooking]:
        session = ExchangeSession(
            partnership_id=pair.id,  # type: ignore[arg-type]
            start_utc=start,
            end_utc=start + timedelta(minutes=minutes),
            duration_minutes=minutes,
            status="booked",
            proposed_by_school=pair.school_a,
            proposed_by="test:T1:alice",
            confirmed_by="test:T1:pierre",
            confirmed_at=ctx.now,
            ics_uid=f"{start.isoformat()}-{pair.id}@test",
            created_at=ctx.now,
            updated_at=ctx.now,
            **details,
        )
        ctx.db.add(session)
        await ctx.db.flush()
        return session, await ctx.services.session_planner.plan(ctx, session)

    return await in_command(bot, "alice", book)
