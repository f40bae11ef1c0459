"""Units of work on SQLite: one that writes decides on rows nobody changes under it; one that
only reads holds no writer up and cannot write."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import func, select

from storage.engine import (
    ReadOnlyViolation,
    SessionFactory,
    create_engine,
    session_factory,
    transaction,
)
from storage.migrate import upgrade
from storage.models import Program

NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def sessions(tmp_path: Any) -> AsyncIterator[SessionFactory]:
    """Units of work on a database file: several connections, as in production."""
    engine = create_engine(f"sqlite:///{tmp_path}/units.sqlite3")
    await upgrade(engine)
    yield session_factory(engine)
    await engine.dispose()


async def _programs(sessions: SessionFactory) -> list[str]:
    async with sessions() as db:
        return [program.name for program in (await db.exec(select(Program))).all()]


async def test_two_writers_checking_the_same_thing_at_once_take_turns(
    sessions: SessionFactory,
) -> None:
    async def first_program(name: str) -> None:
        async with transaction(sessions) as db:
            count = (await db.exec(select(func.count()).select_from(Program))).one()
            await asyncio.sleep(0.05)  # the other writer runs meanwhile
            if count == 0:
                db.add(Program(name=name, created_at=NOW))

    await asyncio.gather(first_program("Seoul"), first_program("Busan"))
    assert len(await _programs(sessions)) == 1


async def test_a_reader_does_not_wait_for_a_writer_and_reads_what_was_committed(
    sessions: SessionFactory,
) -> None:
    writing, read = asyncio.Event(), asyncio.Event()

    async def write() -> None:
        async with transaction(sessions) as db:
            db.add(Program(name="Seoul", created_at=NOW))
            await db.flush()
            writing.set()
            await asyncio.wait_for(read.wait(), timeout=5)  # held until the reader is done

    async def peek() -> list[str]:
        await writing.wait()
        async with transaction(sessions, writes=False) as db:
            names = [program.name for program in (await db.exec(select(Program))).all()]
        read.set()
        return names

    _, seen = await asyncio.gather(write(), peek())
    assert seen == []
    assert await _programs(sessions) == ["Seoul"]


async def test_a_reader_cannot_write(sessions: SessionFactory) -> None:
    with pytest.raises(ReadOnlyViolation):
        async with transaction(sessions, writes=False) as db:
            db.add(Program(name="Seoul", created_at=NOW))
    assert await _programs(sessions) == []
