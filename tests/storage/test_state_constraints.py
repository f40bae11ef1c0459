"""Upgrading a database made before states became types: every row it held is still there, and
from then on the database itself refuses a state the code does not know."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.engine import create_engine
from storage.migrate import upgrade
from tests.support.stored_rows import database_at, every_row

BEFORE_STATES = "ed8c777b49ec"  # the newest revision without the CHECK constraints
STATES = "c5e5bd295f61"  # the revision that adds them
STATE_COLUMNS = [
    ("school", "side"),
    ("school", "source"),
    ("partnership", "status"),
    ("partnership", "source"),
    ("partnershiprequest", "status"),
    ("exchangesession", "status"),
    ("exchangesession", "within"),
    ("slotoffer", "within"),
    ("feedbackanswer", "status"),
    ("reminder", "kind"),
    ("reminder", "status"),
    ("outboundmessage", "status"),
    ("outboundmessage", "target_kind"),
]


@pytest.fixture
async def database_before_states(empty_database: str) -> AsyncIterator[Any]:
    """An engine on a database at the revision before the constraints, holding every state of
    every state column at least once."""
    async with database_at(empty_database, BEFORE_STATES) as engine:
        yield engine


async def test_upgrading_keeps_every_row_a_database_held_before_states_were_types(
    database_before_states: Any,
) -> None:
    before = await every_row(database_before_states)
    await upgrade(database_before_states, STATES)
    after = await every_row(database_before_states)
    assert {table: after[table] for table in before} == before  # later migrations add tables
    held = {table: len(rows) for table, rows in after.items() if rows}
    assert held == {
        "program": 1,
        "school": 3,
        "membership": 1,
        "partnership": 2,
        "partnershiprequest": 3,
        "exchangesession": 3,
        "slotlist": 1,
        "slotoffer": 2,
        "feedbackanswer": 3,
        "reminder": 7,
        "outboundmessage": 4,
    }


async def test_after_the_upgrade_the_database_refuses_an_unknown_state(
    database_before_states: Any,
) -> None:
    await upgrade(database_before_states, STATES)
    accepted = []
    for table, column in STATE_COLUMNS:
        try:
            async with database_before_states.begin() as connection:
                await connection.execute(text(f"UPDATE {table} SET {column} = 'unknown'"))
        except IntegrityError:
            continue
        accepted.append(f"{table}.{column}")
    assert accepted == []


async def test_after_the_upgrade_references_are_still_enforced_on_sqlite(tmp_path: Any) -> None:
    """The upgrade turns SQLite's foreign keys off while it copies tables, and on again."""
    engine = create_engine(f"sqlite:///{tmp_path}/fresh.sqlite3")
    await upgrade(engine)
    async with engine.connect() as connection:
        assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        with pytest.raises(IntegrityError):
            await connection.execute(
                text(
                    "INSERT INTO membership (school_id, platform, workspace, user_id, "
                    "display_name, joined_at) VALUES ('nowhere', 'slack', 'T1', 'U1', '', "
                    "'2027-03-02 09:00:00')"
                )
            )
    await engine.dispose()
