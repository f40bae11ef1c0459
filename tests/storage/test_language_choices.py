"""Upgrading a database made before each user could choose their language: every row is kept,
the choices' table comes empty, and a user has one choice at most on each platform and
workspace, a new one replacing the old."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from storage.engine import session_factory, transaction
from storage.migrate import upgrade
from storage.models import LanguageChoice
from storage.repositories.languages import LanguageChoices
from tests.support.stored_rows import NOW, database_at, every_row

BEFORE_CHOICES = "efef827d0e4d"  # the newest revision without the language choices


@pytest.fixture
async def database_before_choices(empty_database: str) -> AsyncIterator[Any]:
    async with database_at(empty_database, BEFORE_CHOICES) as engine:
        yield engine


async def test_upgrading_keeps_every_row_and_adds_the_choices_empty(
    database_before_choices: Any,
) -> None:
    before = await every_row(database_before_choices)
    await upgrade(database_before_choices)
    after = await every_row(database_before_choices)
    assert {table: after[table] for table in before} == before
    assert after["languagechoice"] == []


async def test_a_user_has_one_choice_and_a_new_one_replaces_it(
    database_before_choices: Any,
) -> None:
    await upgrade(database_before_choices)
    sessions = session_factory(database_before_choices)
    async with transaction(sessions) as db:
        await LanguageChoices(db).choose("slack", "T1", "U1", "ko", NOW)
        await LanguageChoices(db).choose("slack", "T1", "U1", "ja", NOW)
        await LanguageChoices(db).choose("slack", "T2", "U1", "zh-Hant", NOW)
    async with transaction(sessions) as db:
        choices = LanguageChoices(db)
        assert await choices.of_user("slack", "T1", "U1") == "ja"
        assert await choices.of_users([("slack", "T1", "U1"), ("slack", "T2", "U1")]) == {
            ("slack", "T1", "U1"): "ja",
            ("slack", "T2", "U1"): "zh-Hant",
        }
    with pytest.raises(IntegrityError):
        async with transaction(sessions) as db:
            db.add(
                LanguageChoice(
                    platform="slack", workspace="T1", user_id="U1", language="en", chosen_at=NOW
                )
            )
            await db.flush()
    async with transaction(sessions) as db:
        assert await LanguageChoices(db).forget("slack", "T1", "U1")
        assert await LanguageChoices(db).of_user("slack", "T1", "U1") is None
