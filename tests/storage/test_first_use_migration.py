"""Upgrading a database made before coordinators had a current program: its rows stay, requests
nudged before nudges were counted count their school's teachers, and the new tables hold to
their rules."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade

BEFORE = "70817bb3d4ab"  # the newest revision without current programs and tie-up notices
NOW = "2027-04-12 07:00:00"
ROWS = [
    "INSERT INTO program (id, name, home_country, created_at) VALUES (1, 'Seoul IJC 2027', 'KR', "
    f"'{NOW}')",
    *(
        "INSERT INTO school (id, program_id, name, side, country, city, timezone, level, grades, "
        "languages, topics, quota, class_hours, after_school_hours, vacations, source, "
        f"created_at, updated_at) VALUES ('{school}', 1, '{school}', '{side}', '{school[:2]}', "
        "'', 'Asia/Seoul', 'middle', '', 'en', '', 1, 'Mon-Fri 09:00-16:00', '', '', 'import', "
        f"'{NOW}', '{NOW}')"
        for school, side in (("KR-hanbit", "home"), ("FR-hugo", "partner"))
    ),
    *(
        "INSERT INTO membership (school_id, platform, workspace, user_id, display_name, "
        f"joined_at) VALUES ('FR-hugo', 'slack', 'T1', '{user}', '', '{NOW}')"
        for user in ("U1", "U2")
    ),
    "INSERT INTO partnership (id, program_id, school_a, school_b, status, source, created_at) "
    f"VALUES (1, 1, 'KR-hanbit', 'FR-hugo', 'active', 'tieup', '{NOW}')",
    "INSERT INTO exchangesession (id, partnership_id, start_utc, end_utc, duration_minutes, "
    "within, status, program_type, topic, proposed_by_school, proposed_by, ics_uid, "
    "ics_sequence, created_at, updated_at) VALUES (1, 1, "
    f"'{NOW}', '{NOW}', 60, 'class_hours', 'booked', 'discussion', '', 'KR-hanbit', "
    f"'slack:T1:U9', '1@jointclass', 0, '{NOW}', '{NOW}')",
    "INSERT INTO feedbackrequest (id, session_id, school_id, asked_at, nudged_at) VALUES "
    f"(1, 1, 'FR-hugo', '{NOW}', '{NOW}'), (2, 1, 'KR-hanbit', '{NOW}', NULL)",
]


@pytest.fixture
async def database_before(empty_database: str) -> AsyncIterator[Any]:
    engine = create_engine(empty_database)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), BEFORE))
        for statement in ROWS:
            await connection.execute(text(statement))
    yield engine
    await engine.dispose()


async def _rows(engine: Any, query: str) -> list[tuple[Any, ...]]:
    async with engine.connect() as connection:
        return [tuple(row) for row in (await connection.execute(text(query))).all()]


async def test_requests_nudged_before_the_upgrade_count_their_school_s_teachers(
    database_before: Any,
) -> None:
    await upgrade(database_before)
    counted = await _rows(
        database_before, "SELECT id, school_id, nudges_sent FROM feedbackrequest ORDER BY id"
    )
    assert counted == [(1, "FR-hugo", 2), (2, "KR-hanbit", 0)]
    kept = await _rows(database_before, "SELECT id, school_a, school_b, status FROM partnership")
    assert kept == [(1, "KR-hanbit", "FR-hugo", "active")]


async def test_after_the_upgrade_the_new_tables_hold_to_their_rules(database_before: Any) -> None:
    await upgrade(database_before)
    async with database_before.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO tieuprun (id, program_id, week_of, duration_minutes, result, run_by, "
                f"created_at) VALUES (1, 1, '2027-04-05', 60, '{{}}', 'cli', '{NOW}')"
            )
        )
        await connection.execute(
            text(
                "INSERT INTO currentprogram (platform, workspace, user_id, program_id, chosen_at) "
                f"VALUES ('slack', 'T1', 'U9', 1, '{NOW}')"
            )
        )
    for refused in (
        "INSERT INTO tieupnotice (partnership_id, school_id, run_id, status, created_at) "
        f"VALUES (1, 'KR-hanbit', 1, 'unknown', '{NOW}')",
        "INSERT INTO currentprogram (platform, workspace, user_id, program_id, chosen_at) "
        f"VALUES ('slack', 'T1', 'U9', 1, '{NOW}')",
        "INSERT INTO currentprogram (platform, workspace, user_id, program_id, chosen_at) "
        f"VALUES ('slack', 'T1', 'U8', 42, '{NOW}')",
    ):
        with pytest.raises(IntegrityError):
            async with database_before.begin() as connection:
                await connection.execute(text(refused))
