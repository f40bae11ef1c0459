"""Shared fixtures: a bot on a fresh database with a manual clock, and sample schools.

`bot` runs every test that uses it twice: on in-memory SQLite and on a real PostgreSQL
server started for the session (`JOINTCLASS_TEST_BACKENDS=sqlite` runs SQLite only). Without
PostgreSQL server binaries those runs are skipped with the reason, except in CI, where a
missing server fails the run.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator

import pytest
from hypothesis import settings

from bot.adapters.testing import TestBot
from storage.engine import MEMORY_URL
from tests.support.postgres import TEMPLATE, PostgresCluster, find_bindir

SEOUL_MIDDLE = (
    'school register "Hanbit Middle School" country=KR city=Seoul level=middle grades=1-3 '
    "languages=ko,en topics=culture,sdgs quota=2 "
    'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Tue,Thu 16:00-18:00"'
)
OSAKA_MIDDLE = (
    'school register "Sakura Junior High" country=JP city=Osaka level=middle grades=1-3 '
    'languages=ja,en topics=culture,coding class_hours="Mon-Fri 08:30-15:30"'
)

# Speed is measured in benchmarks/, never asserted in tests: a property test on a loaded
# machine must not fail for taking longer than Hypothesis's default 200 ms per example.
settings.register_profile("jointclass", deadline=None)
settings.load_profile("jointclass")

BACKENDS = [
    name.strip()
    for name in os.environ.get("JOINTCLASS_TEST_BACKENDS", "sqlite,postgresql").split(",")
    if name.strip()
]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    bindir = find_bindir()
    if bindir is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the suite on PostgreSQL too")
        pytest.skip(reason)
    cluster = PostgresCluster(bindir)
    cluster.start()
    with_template = cluster.create_database()
    asyncio.run(_migrate(cluster.url(with_template)))
    cluster.rename_database(with_template, TEMPLATE)
    yield cluster
    cluster.stop()


async def _migrate(url: str) -> None:
    bot = await TestBot.start(database_url=url)
    await bot.close()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from backend_database(request)


def backend_database(request: pytest.FixtureRequest, sqlite: str = MEMORY_URL) -> Iterator[str]:
    """A fresh database on the backend `request.param` names, migrated (on SQLite: `sqlite`,
    an empty file's URL or in memory); fixtures of any scope use it."""
    if request.param == "sqlite":
        yield sqlite
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    name = cluster.create_database(template=TEMPLATE)
    yield cluster.url(name)
    cluster.drop_database(name)


@pytest.fixture
async def bot(database_url: str) -> AsyncIterator[TestBot]:
    test_bot = await TestBot.start(database_url=database_url)
    yield test_bot
    await test_bot.close()


@pytest.fixture
async def two_schools(bot: TestBot) -> TestBot:
    """alice teaches in Seoul (KR-hanbit-middle), bob in Osaka (JP-sakura-junior-high)."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    return bot
