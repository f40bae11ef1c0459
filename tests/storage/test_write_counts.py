"""Write counts: every statement that writes a watched table through the engine, and no other."""

from datetime import UTC, datetime

from sqlalchemy import delete, update

from storage.engine import create_engine, session_factory, transaction
from storage.migrate import upgrade
from storage.models import Program
from storage.write_counts import WriteCounts
from tests.conftest import SEOUL_MIDDLE


async def test_orm_flushes_and_bulk_statements_on_a_watched_table_are_both_counted(bot):
    writes = WriteCounts(bot.core.engine, [Program])
    async with transaction(bot.core.sessions) as db:
        db.add(Program(name="Tokyo pilot", created_at=bot.clock.now()))
    assert writes.of(Program) == 1
    async with bot.core.engine.begin() as connection:
        await connection.execute(update(Program).values(home_country="JP"))
        await connection.execute(delete(Program).where(Program.name == "Tokyo pilot"))
    assert writes.of(Program) == 3


async def test_writes_to_other_tables_are_not_counted(bot):
    writes = WriteCounts(bot.core.engine, [Program])
    await bot.ok("alice", SEOUL_MIDDLE)  # a school and its first teacher, in the program
    assert writes.of(Program) == 0


async def test_writes_through_another_engine_on_the_same_database_are_not_counted(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite3"
    mine, other = create_engine(url), create_engine(url)
    await upgrade(mine)
    writes = WriteCounts(mine, [Program])
    async with transaction(session_factory(other)) as db:
        db.add(Program(name="Another replica's", created_at=datetime.now(UTC)))
    assert writes.of(Program) == 0
    await mine.dispose()
    await other.dispose()
