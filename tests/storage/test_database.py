"""The database: migrations match the models, upgrades keep data, times come back in UTC."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, select

import storage.models  # noqa: F401
from bot.adapters.testing import TestBot
from storage.engine import async_url, create_engine
from storage.migrate import upgrade
from storage.models import Program
from tests.conftest import SEOUL_MIDDLE

# SQLite cannot reflect an index on expressions, so the comparison skips these (saying so);
# the test checks that the migrations made them, and tests/storage/test_duplicates_settled.py
# that they refuse a second pending request or active partnership of a pair either way round.
EXPRESSION_INDEXES = {"uq_partnership_active_pair", "uq_partnershiprequest_pending_pair"}


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
async def test_the_migrations_build_exactly_the_tables_the_models_describe(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path}/db.sqlite3")
    await upgrade(engine)
    async with engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), SQLModel.metadata)
        )
        indexes = set(
            (
                await connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'index'")
                )
            ).scalars()
        )
    await engine.dispose()
    assert differences == []
    assert indexes >= EXPRESSION_INDEXES


async def test_restarting_on_an_existing_database_keeps_its_data(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite3"
    first = await TestBot.start(database_url=url)
    await first.ok("alice", SEOUL_MIDDLE)
    await first.close()
    second = await TestBot.start(database_url=url)
    reply = await second.ok("alice", "school show")
    assert reply.data["school"]["id"] == "KR-hanbit-middle"
    await second.close()


async def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path}/db.sqlite3")
    async with engine.connect() as connection:
        assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        assert (await connection.execute(text("PRAGMA busy_timeout"))).scalar() == 5000
    await engine.dispose()


async def test_times_are_stored_in_utc_and_read_back_aware(bot):
    seoul_noon = datetime(2027, 3, 9, 12, 0, tzinfo=timezone(timedelta(hours=9)))
    async with bot.core.sessions() as db, db.begin():
        db.add(Program(name="Tokyo pilot", created_at=seoul_noon))
    async with bot.core.sessions() as db:
        program = (await db.exec(select(Program).where(Program.name == "Tokyo pilot"))).one()
        raw = (
            await db.exec(text("SELECT created_at FROM program WHERE name = 'Tokyo pilot'"))
        ).one()
    assert program.created_at == seoul_noon and program.created_at.tzinfo == UTC
    assert str(raw[0]).startswith("2027-03-09 03:00:00")


def test_plain_urls_get_async_drivers():
    assert async_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert async_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert async_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
