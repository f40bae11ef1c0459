"""Upgrading a database made by the migration before activities: every row it held is still
there, the activity tables start empty, they refuse a kind or state the code does not know,
and a pair holds one live activity of a kind."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.migrate import alembic_config, upgrade
from tests.support.stored_rows import database_at, every_row

ACTIVITIES_REVISION = "efef827d0e4d"
ACTIVITY_TABLES = {"activity", "activitystep", "activityreminder"}


def revision_before_activities() -> str:
    found = ScriptDirectory.from_config(alembic_config()).get_revision(ACTIVITIES_REVISION)
    assert found is not None and isinstance(found.down_revision, str)
    return found.down_revision


@pytest.fixture
async def database_before_activities(empty_database: str) -> AsyncIterator[Any]:
    async with database_at(empty_database, revision_before_activities()) as engine:
        yield engine


async def test_upgrading_keeps_every_row_and_adds_empty_activity_tables(
    database_before_activities: Any,
) -> None:
    before = await every_row(database_before_activities)
    await upgrade(database_before_activities, ACTIVITIES_REVISION)
    after = await every_row(database_before_activities)
    assert {table: after[table] for table in before} == before
    assert {table: after[table] for table in ACTIVITY_TABLES} == {t: [] for t in ACTIVITY_TABLES}


ACTIVITY = (
    "INSERT INTO activity (id, partnership_id, kind, status, first_school, proposed_by_school, "
    "proposed_by, created_at) VALUES (:id, 1, :kind, :status, 'KR-hanbit', 'KR-hanbit', "
    "'slack:T1:U1', '2027-03-02 09:00:00')"
)
STEP = (
    "INSERT INTO activitystep (id, activity_id, position, name, owner_school, due_date, due_utc, "
    "planned_date, moved_because, status) VALUES (:id, 1, :id, :name, 'KR-hanbit', '2027-03-10', "
    "'2027-03-10 15:00:00', '2027-03-10', '', :status)"
)
REMINDER = (
    "INSERT INTO activityreminder (step_id, lead, zone, due_at, moved_because, status, "
    "messages, created_at) VALUES (1, :lead, 'Asia/Seoul', '2027-03-03 00:00:00', '', :status, "
    "0, '2027-03-02 09:00:00')"
)


async def refused(engine: Any, statement: str, values: dict[str, Any]) -> bool:
    try:
        async with engine.begin() as connection:
            await connection.execute(text(statement), values)
    except IntegrityError:
        return True
    return False


async def test_after_the_upgrade_the_activity_tables_refuse_unknown_values(
    database_before_activities: Any,
) -> None:
    engine = database_before_activities
    await upgrade(engine, ACTIVITIES_REVISION)
    assert not await refused(
        engine, ACTIVITY, {"id": 1, "kind": "video_letter", "status": "planned"}
    )
    assert not await refused(engine, STEP, {"id": 1, "name": "post", "status": "open"})
    assert not await refused(engine, REMINDER, {"lead": "1w", "status": "pending"})
    assert await refused(engine, ACTIVITY, {"id": 2, "kind": "postcard", "status": "planned"})
    assert await refused(engine, ACTIVITY, {"id": 3, "kind": "letters", "status": "lost"})
    assert await refused(engine, STEP, {"id": 2, "name": "reply", "status": "half"})
    assert await refused(engine, REMINDER, {"lead": "1d", "status": "maybe"})


async def test_a_pair_holds_one_live_activity_of_a_kind(database_before_activities: Any) -> None:
    engine = database_before_activities
    await upgrade(engine, ACTIVITIES_REVISION)
    assert not await refused(engine, ACTIVITY, {"id": 1, "kind": "letters", "status": "proposed"})
    assert await refused(engine, ACTIVITY, {"id": 2, "kind": "letters", "status": "planned"})
    # another kind, or one that is over, is no second live one
    assert not await refused(
        engine, ACTIVITY, {"id": 3, "kind": "culture_box", "status": "planned"}
    )
    assert not await refused(engine, ACTIVITY, {"id": 4, "kind": "letters", "status": "cancelled"})
    assert not await refused(engine, ACTIVITY, {"id": 5, "kind": "letters", "status": "done"})
