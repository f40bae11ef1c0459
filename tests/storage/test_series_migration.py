"""Upgrading a database made by the migration before series: every row it held is still there,
the series tables start empty, and they refuse a cadence, placement or obstacle the code does
not know."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.migrate import upgrade
from tests.support.stored_rows import database_before, every_row

SERIES_REVISION = "70817bb3d4ab"
SERIES_TABLES = {"sessionseries", "seriesoccurrence"}


@pytest.fixture
async def database_before_series(empty_database: str) -> AsyncIterator[Any]:
    async with database_before(empty_database, SERIES_REVISION) as engine:
        yield engine


async def test_upgrading_keeps_every_row_and_adds_empty_series_tables(
    database_before_series: Any,
) -> None:
    before = await every_row(database_before_series)
    await upgrade(database_before_series, SERIES_REVISION)
    after = await every_row(database_before_series)
    assert {table: after[table] for table in before} == before
    assert {table: after[table] for table in SERIES_TABLES} == {t: [] for t in SERIES_TABLES}


SERIES = (
    "INSERT INTO sessionseries (id, partnership_id, cadence, occurrences, fair_hours, "
    "proposed_by_school, proposed_by, created_at) VALUES (1, 1, :cadence, 6, true, "
    "'KR-hanbit', 'slack:T1:U1', '2027-03-02 09:00:00')"
)
OCCURRENCE = (
    "INSERT INTO seriesoccurrence (series_id, position, planned_start_utc, placement, obstacle, "
    "obstacle_name, session_id, after_school_for) VALUES (1, :position, '2027-03-09 06:00:00', "
    ":placement, :obstacle, '', NULL, '')"
)


async def test_after_the_upgrade_the_series_tables_refuse_unknown_values(
    database_before_series: Any,
) -> None:
    await upgrade(database_before_series, SERIES_REVISION)
    async with database_before_series.begin() as connection:
        await connection.execute(text(SERIES), {"cadence": "2w"})
        await connection.execute(
            text(OCCURRENCE), {"position": 1, "placement": "moved", "obstacle": "closed"}
        )
        await connection.execute(
            text(OCCURRENCE), {"position": 2, "placement": "as_planned", "obstacle": None}
        )
    refused = []
    for statement, values in (
        (SERIES.replace("(1, 1,", "(2, 1,"), {"cadence": "6w"}),
        (OCCURRENCE, {"position": 3, "placement": "lost", "obstacle": None}),
        (OCCURRENCE, {"position": 4, "placement": "skipped", "obstacle": "rain"}),
    ):
        try:
            async with database_before_series.begin() as connection:
                await connection.execute(text(statement), values)
        except IntegrityError:
            refused.append(next(iter(values.values())))
    assert refused == ["6w", 3, 4]
