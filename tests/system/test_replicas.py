"""Several replicas on one PostgreSQL behave as one bot: real processes, the leader killed."""

from __future__ import annotations

import asyncio

import pytest

from bot.bootstrap import build_bot
from bot.core.outbox import CLAIM_BATCH
from tests.conftest import BACKENDS
from tests.support.replica_drill import TAKEOVER_LIMIT, drill_settings, run_drill

pytestmark = pytest.mark.skipif(
    "postgresql" not in BACKENDS, reason="JOINTCLASS_TEST_BACKENDS leaves PostgreSQL out"
)


@pytest.mark.timeout(240)
async def test_killing_the_leader_loses_no_reminder_and_the_survivor_takes_over(postgres, tmp_path):
    result = await run_drill(postgres, tmp_path, reminders=500)
    print(result.summary())  # the figures, with `pytest -s`
    assert result.lost == 0, result.summary()
    assert result.takeover_seconds is not None, result.summary()
    assert result.takeover_seconds < TAKEOVER_LIMIT, result.summary()
    assert result.duplicated <= CLAIM_BATCH, result.summary()  # at most the batch in flight


async def test_replicas_starting_together_on_a_fresh_database_all_start(postgres, tmp_path):
    """The first migrates and seeds; the others wait for it instead of colliding."""
    database = postgres.create_database()
    starting = [
        build_bot(drill_settings(tmp_path), database_url=postgres.url(database), lead=False)
        for _ in range(3)
    ]
    for bot in await asyncio.gather(*starting):
        await bot.close()
    postgres.drop_database(database)
