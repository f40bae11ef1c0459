"""Upgrading a database made by the revision before join requests, claim codes and survey
contacts: its rows stay, and the new tables refuse what must never be (two open requests of one
user, a status nobody knows, one code digest twice)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade

BEFORE = "0515b2376fb1"  # class assistants: the newest revision without these tables
NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def upgraded(empty_database: str) -> AsyncIterator[Any]:
    """A database with a school and its teacher at the revision before, then upgraded."""
    engine = create_engine(empty_database)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), BEFORE))
        await connection.execute(
            text(
                "INSERT INTO program (id, name, home_country, created_at) "
                "VALUES (1, 'Seoul IJC 2027', 'KR', :now)"
            ),
            {"now": NOW},
        )
        await connection.execute(
            text(
                "INSERT INTO school (id, program_id, name, side, country, city, timezone, level, "
                "grades, languages, topics, quota, class_hours, after_school_hours, vacations, "
                "source, created_at, updated_at) VALUES ('KR-hanbit', 1, 'Hanbit', 'home', 'KR', "
                "'Seoul', 'Asia/Seoul', 'middle', '', 'ko', '', 1, 'Mon-Fri 09:00-16:00', '', '', "
                "'chat', :now, :now)"
            ),
            {"now": NOW},
        )
        await connection.execute(
            text(
                "INSERT INTO membership (school_id, platform, workspace, user_id, display_name, "
                "joined_at) VALUES ('KR-hanbit', 'slack', 'T1', 'U1', 'Alice', :now)"
            ),
            {"now": NOW},
        )
    await upgrade(engine)
    yield engine
    await engine.dispose()


async def ask(engine: Any, user: str, status: str = "pending") -> None:
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO joinrequest (school_id, platform, workspace, user_id, display_name, "
                "status, asked_at, reason) VALUES ('KR-hanbit', 'slack', 'T1', :user, '', "
                ":status, :now, '')"
            ),
            {"user": user, "status": status, "now": NOW},
        )


async def test_the_upgrade_keeps_the_teachers_and_starts_the_new_tables_empty(upgraded):
    async with upgraded.connect() as connection:
        teachers = (await connection.execute(text("SELECT user_id FROM membership"))).all()
        counts = [
            (await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar()
            for table in ("joinrequest", "claimcode", "surveycontact")
        ]
    assert [tuple(row) for row in teachers] == [("U1",)] and counts == [0, 0, 0]


async def test_one_user_has_at_most_one_open_request(upgraded):
    await ask(upgraded, "U2")
    with pytest.raises(IntegrityError):
        await ask(upgraded, "U2")
    await ask(upgraded, "U2", "declined")  # closed requests may pile up
    await ask(upgraded, "U3")


async def test_a_request_holds_only_a_known_status(upgraded):
    with pytest.raises(IntegrityError):
        await ask(upgraded, "U2", "accepted")


async def test_a_code_digest_is_kept_once(upgraded):
    statement = text(
        "INSERT INTO claimcode (school_id, digest, issued_by, issued_at, expires_at) "
        "VALUES ('KR-hanbit', :digest, 'import', :now, :until)"
    )
    values = {"digest": "ab" * 32, "now": NOW, "until": NOW + timedelta(days=30)}
    async with upgraded.begin() as connection:
        await connection.execute(statement, values)
    with pytest.raises(IntegrityError):
        async with upgraded.begin() as connection:
            await connection.execute(statement, values)
