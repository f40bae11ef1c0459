"""A translator on the real catalogs for each test, which fails the test if it fell back to
English even once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.i18n.translator import Translator


@pytest.fixture
def translator() -> Iterator[Translator]:
    loaded = Translator.load()
    yield loaded
    assert loaded.fallbacks == {}, f"messages shown in English instead: {dict(loaded.fallbacks)}"
