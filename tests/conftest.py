"""Shared fixtures: a bot on an in-memory database with a manual clock, and sample schools."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.adapters.testing import TestBot

SEOUL_MIDDLE = (
    'school register "Hanbit Middle School" country=KR city=Seoul level=middle grades=1-3 '
    "languages=ko,en topics=culture,sdgs quota=2 "
    'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Tue,Thu 16:00-18:00"'
)
OSAKA_MIDDLE = (
    'school register "Sakura Junior High" country=JP city=Osaka level=middle grades=1-3 '
    'languages=ja,en topics=culture,coding class_hours="Mon-Fri 08:30-15:30"'
)


@pytest.fixture
async def bot() -> AsyncIterator[TestBot]:
    test_bot = await TestBot.start()
    yield test_bot
    await test_bot.close()


@pytest.fixture
async def two_schools(bot: TestBot) -> TestBot:
    """alice teaches in Seoul (KR-hanbit-middle), bob in Osaka (JP-sakura-junior-high)."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    return bot
