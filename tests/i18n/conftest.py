"""A translator on the real catalogs for each test, which fails the test if it fell back to
English even once; and a bot to run commands through the console in each language."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.adapters.testing import TestBot
from bot.i18n.translator import Translator


@pytest.fixture
def translator() -> Iterator[Translator]:
    loaded = Translator.load()
    yield loaded
    assert loaded.fallbacks == {}, f"messages shown in English instead: {dict(loaded.fallbacks)}"


@pytest.fixture
async def bot() -> AsyncIterator[TestBot]:
    running = await TestBot.start()
    yield running
    await running.close()
