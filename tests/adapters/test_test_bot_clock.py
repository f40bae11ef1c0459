"""The test adapter's clock: `advance` lives through the time it skips, as a running bot does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.adapters.testing import TestBot
from storage.models import Reminder
from tests.support.booked import book_session, seoul_paris

START = datetime(2027, 6, 15, 6, 0, tzinfo=UTC)  # Tue 15 Jun: 15:00 KST, 08:00 CEST


async def reminders(bot: TestBot) -> list[Reminder]:
    async with bot.core.sessions() as db:
        return list((await db.exec(select(Reminder).order_by(Reminder.id))).all())


def skipped_reports(bot: TestBot) -> list:
    return [m for m in bot.sent if m.data.get("event") == "reminders_skipped"]


async def test_advance_fires_each_reminder_on_the_way_at_its_own_moment(bot):
    await book_session(bot, await seoul_paris(bot), START)
    await bot.advance(START + timedelta(hours=2) - bot.clock.now())
    rows = await reminders(bot)
    assert rows and {row.status for row in rows} == {"sent"}
    assert all(row.sent_at == row.due_at and not row.delayed for row in rows)
    assert not skipped_reports(bot)


async def test_a_bot_that_was_down_meanwhile_skips_what_is_no_longer_useful(bot):
    await book_session(bot, await seoul_paris(bot), START)
    bot.clock.advance(START + timedelta(hours=2) - bot.clock.now())  # nothing ran meanwhile
    await bot.core.run_due_work()
    statuses = {row.kind: row.status for row in await reminders(bot)}
    assert statuses["lead"] == statuses["day_before"] == "skipped"
    assert [m.recipient.target_id for m in skipped_reports(bot)] == ["coordinator"]
