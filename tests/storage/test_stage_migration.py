"""Upgrading a database made by the migration before partnership stages: every row it held is
still there, every partnership is at the first stage (no move yet), and a move refuses a stage
the code does not know."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.migrate import upgrade
from tests.support.stored_rows import database_before, every_row

STAGES_REVISION = "3f1c2a7d9e10"


@pytest.fixture
async def database_before_stages(empty_database: str) -> AsyncIterator[Any]:
    async with database_before(empty_database, STAGES_REVISION) as engine:
        yield engine


async def test_upgrading_keeps_every_row_and_leaves_every_pair_at_online_exchange(
    database_before_stages: Any,
) -> None:
    before = await every_row(database_before_stages)
    await upgrade(database_before_stages, STAGES_REVISION)
    after = await every_row(database_before_stages)
    assert {table: after[table] for table in before} == before
    assert after["stagemove"] == []


MOVE = (
    'INSERT INTO stagemove (partnership_id, stage, "on", host_school, recorded_by, recorded_at) '
    "VALUES (1, :stage, '2027-04-12', 'KR-hanbit', 'slack:T1:U1', '2027-03-02 09:00:00')"
)


async def test_after_the_upgrade_a_move_refuses_an_unknown_stage(
    database_before_stages: Any,
) -> None:
    await upgrade(database_before_stages, STAGES_REVISION)
    async with database_before_stages.begin() as connection:
        for stage in ("visit-planned", "visited", "mou-signed"):
            await connection.execute(text(MOVE), {"stage": stage})
    with pytest.raises(IntegrityError):
        async with database_before_stages.begin() as connection:
            await connection.execute(text(MOVE), {"stage": "engaged"})
    async with database_before_stages.connect() as connection:
        stored = (await connection.execute(text("SELECT stage FROM stagemove"))).scalars().all()
    assert stored == ["visit-planned", "visited", "mou-signed"]
