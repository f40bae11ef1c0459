"""Concurrent commands on PostgreSQL cannot overfill a quota or pair two schools twice.

SQLite writes one transaction at a time, so only a real server can interleave these.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlmodel import func, select

from bot.adapters.testing import TestBot
from storage.models import Partnership
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.postgres import TEMPLATE, PostgresCluster

PARIS_MIDDLE = (
    'school register "Lycee Hugo" country=FR city=Paris level=middle grades=2 languages=fr,en '
    'topics=culture quota=2 class_hours="Mon-Fri 08:00-12:00"'
)


@pytest.fixture
async def bot_on_postgres(postgres: PostgresCluster) -> AsyncIterator[TestBot]:
    name = postgres.create_database(template=TEMPLATE)
    test_bot = await TestBot.start(database_url=postgres.url(name))
    yield test_bot
    await test_bot.close()
    postgres.drop_database(name)


async def active_partnerships(bot: TestBot) -> int:
    async with bot.core.sessions() as db:
        query = select(func.count()).select_from(Partnership)
        return (await db.exec(query.where(Partnership.status == "active"))).one()


async def test_two_accepts_at_once_fill_a_one_place_quota_once(bot_on_postgres: TestBot) -> None:
    bot = bot_on_postgres
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)  # quota 1
    await bot.ok("carol", PARIS_MIDDLE)
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("carol", "request JP-sakura-junior-high")
    replies = await asyncio.gather(
        bot.core.handle_text(bot.actor("bob"), "accept KR-hanbit-middle"),
        bot.core.handle_text(bot.actor("bob"), "accept FR-lycee-hugo"),
    )
    assert sorted(reply.ok for reply in replies) == [False, True]
    refused = next(reply for reply in replies if not reply.ok)
    assert "no partner places left (quota 1, 1 active" in refused.text
    assert await active_partnerships(bot) == 1


async def test_crossed_requests_accepted_at_once_make_one_partnership(
    bot_on_postgres: TestBot,
) -> None:
    bot = bot_on_postgres
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("carol", PARIS_MIDDLE)
    await asyncio.gather(  # sent at the same moment, so neither sees the other's request
        bot.core.handle_text(bot.actor("alice"), "request FR-lycee-hugo"),
        bot.core.handle_text(bot.actor("carol"), "request KR-hanbit-middle"),
    )
    replies = await asyncio.gather(
        bot.core.handle_text(bot.actor("alice"), "accept FR-lycee-hugo"),
        bot.core.handle_text(bot.actor("carol"), "accept KR-hanbit-middle"),
    )
    assert any(reply.ok for reply in replies)
    assert await active_partnerships(bot) == 1
