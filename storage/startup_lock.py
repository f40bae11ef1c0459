"""One replica at a time brings a PostgreSQL database up to date at start.

Replicas started together would otherwise both create the same tables, or both seed the same
program (a unique-key failure that kills one of them). A session advisory lock queues them: the
first migrates and seeds, the others then find nothing left to do. SQLite needs no lock here:
several replicas are a PostgreSQL deployment.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

STARTUP_LOCK = 1_246_640_500  # any number, the same in every replica


@asynccontextmanager
async def one_replica_at_a_time(engine: AsyncEngine) -> AsyncIterator[None]:
    if engine.dialect.name != "postgresql":
        yield
        return
    async with engine.connect() as connection:
        await connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": STARTUP_LOCK})
        try:
            yield
        finally:
            await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": STARTUP_LOCK})
