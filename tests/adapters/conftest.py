"""Fixtures the adapters' tests share."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.adapters.discord.components import CommandIds
from bot.adapters.testing import DEFAULT_START
from bot.core.clock import ManualClock
from storage import migrate
from storage.engine import MEMORY_URL, create_engine, session_factory


@pytest.fixture
async def ids() -> AsyncIterator[CommandIds]:
    """Discord's button ids on a scratch database (`bot` would run each test on every
    backend, and rendering does not depend on it)."""
    engine = create_engine(MEMORY_URL)
    await migrate.upgrade(engine)
    yield CommandIds(session_factory(engine), ManualClock(DEFAULT_START))
    await engine.dispose()
