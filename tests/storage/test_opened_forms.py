"""Upgrading a database made before forms were kept by the bot: every row it held is still
there, and a Slack form opened after the upgrade is found again by the key its modal carries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.adapters.slack.forms import OpenedFormStore, Origin, form_request
from bot.commands import CATALOG
from bot.core.clock import ManualClock
from storage.engine import session_factory
from storage.migrate import upgrade
from tests.support.stored_rows import database_at, every_row

BEFORE_FORMS = "7b136d995010"  # the newest revision without the opened forms
NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def database_before_forms(empty_database: str) -> AsyncIterator[Any]:
    async with database_at(empty_database, BEFORE_FORMS) as engine:
        yield engine


async def test_upgrading_keeps_what_the_database_held_and_then_keeps_forms(
    database_before_forms: Any,
) -> None:
    before = await every_row(database_before_forms)
    await upgrade(database_before_forms)
    after = await every_row(database_before_forms)
    assert {table: after[table] for table in before} == before
    assert after["openedform"] == []
    forms = OpenedFormStore(session_factory(database_before_forms), ManualClock(NOW))
    line = 'school register "Hanbit Middle School" country=KR ' + "topics=" + "x" * 3000
    request = form_request(CATALOG, line)
    assert request is not None
    origin = Origin("C0GENERAL", "https://hooks.slack.test/respond/1")
    key = await forms.open(request, origin)
    assert len(key) <= 32
    assert await forms.opened(key) == (line, origin)
    assert await forms.opened("not-a-key") is None
