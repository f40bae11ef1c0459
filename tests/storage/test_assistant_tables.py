"""Upgrading a database made before remote class assistants: every row is kept, the new tables
come empty, their states are held to the known values, and a session holds one live
assignment at most, whatever the race."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.engine import session_factory, transaction
from storage.migrate import upgrade
from storage.models import (
    AskSource,
    AssignmentStatus,
    AssistanceRequest,
    AssistantAssignment,
    AssistantStatus,
    ClassAssistant,
)
from tests.support.stored_rows import NOW, database_at, every_row

BEFORE_ASSISTANTS = "28bad7375f22"  # the newest revision without the assistants' tables
ASSISTANTS = "0515b2376fb1"  # the revision that adds them
NEW_TABLES = {
    "classassistant",
    "assistancerequest",
    "assistantassignment",
    "assistancerating",
    "assistantsurvey",
    "assistancepolicy",
}
STATE_COLUMNS = [
    ("classassistant", "status"),
    ("assistancerequest", "source"),
    ("assistantassignment", "status"),
]


@pytest.fixture
async def database_before_assistants(empty_database: str) -> AsyncIterator[Any]:
    async with database_at(empty_database, BEFORE_ASSISTANTS) as engine:
        yield engine


async def _assistant_rows(engine: Any, *statuses: AssignmentStatus) -> None:
    """An assistant of the program, session 2 asking, and one assignment per status."""
    async with transaction(session_factory(engine)) as db:
        db.add(
            ClassAssistant(
                id=1,
                program_id=1,
                platform="slack",
                workspace="T9",
                user_id="U9",
                languages="ko;ja",
                hours="Mon-Fri 09:00-18:00",
                timezone="Asia/Tokyo",
                max_per_month=4,
                status=AssistantStatus.APPROVED,
                registered_at=NOW,
                updated_at=NOW,
            )
        )
        db.add(
            AssistanceRequest(
                session_id=2,
                first_language="ko",
                second_language="ja",
                source=AskSource.TEACHER,
                asked_by="slack:T1:U1",
                asked_at=NOW,
            )
        )
        await db.flush()
        for status in statuses:
            db.add(AssistantAssignment(session_id=2, assistant_id=1, status=status, offered_at=NOW))


async def test_upgrading_keeps_every_row_and_adds_the_assistants_tables_empty(
    database_before_assistants: Any,
) -> None:
    before = await every_row(database_before_assistants)
    await upgrade(database_before_assistants, ASSISTANTS)
    after = await every_row(database_before_assistants)
    assert {table: after[table] for table in before} == before
    added = {table: rows for table, rows in after.items() if table not in before}
    assert added.keys() >= NEW_TABLES  # with any a later revision adds, every one empty
    assert added == {table: [] for table in added}


async def test_after_the_upgrade_the_new_state_columns_refuse_an_unknown_state(
    database_before_assistants: Any,
) -> None:
    await upgrade(database_before_assistants, ASSISTANTS)
    await _assistant_rows(database_before_assistants, AssignmentStatus.OFFERED)
    accepted = []
    for table, column in STATE_COLUMNS:
        try:
            async with database_before_assistants.begin() as connection:
                await connection.execute(text(f"UPDATE {table} SET {column} = 'unknown'"))
        except IntegrityError:
            continue
        accepted.append(f"{table}.{column}")
    assert accepted == []


async def test_a_session_keeps_its_past_assignments_but_holds_one_live_at_a_time(
    database_before_assistants: Any,
) -> None:
    await upgrade(database_before_assistants, ASSISTANTS)
    await _assistant_rows(
        database_before_assistants,
        AssignmentStatus.DECLINED,
        AssignmentStatus.RELEASED,
        AssignmentStatus.ACCEPTED,
    )
    with pytest.raises(IntegrityError):
        await _assistant_rows_again(database_before_assistants, AssignmentStatus.OFFERED)


async def _assistant_rows_again(engine: Any, status: AssignmentStatus) -> None:
    async with transaction(session_factory(engine)) as db:
        db.add(AssistantAssignment(session_id=2, assistant_id=1, status=status, offered_at=NOW))
