"""Short transactions run whole in one worker thread: one hand-over to a thread per transaction
instead of one per statement, for writes the event loop must not wait on statement by statement.

The async SQLite driver runs every call (open a cursor, execute, fetch, close, commit, the
pool's rollback on return) in its connection's thread and hands the result back to the event
loop: some twenty hand-overs for a transaction of three statements, each a wake-up of another
thread and a turn of the GIL. Under load the event loop is the bot's bottleneck, and the inbox's
few writes per command cost it a sixth of its throughput that way. Here the same statements run
through the blocking driver (`sqlite3`, psycopg) in a thread of their own, and the loop hears
once, when the transaction has committed. A database held in memory lives in the async engine's
one connection: its transactions go through that engine (`run_sync`), hand-overs and all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.engine import tune_sqlite

T = TypeVar("T")

BLOCKING_DRIVERS = {"sqlite": "sqlite+pysqlite", "postgresql": "postgresql+psycopg"}


class WholeTransactions:
    """Runs `work(connection)` in one transaction (`run`), up to `threads` at once, each in a
    thread with a connection of its own."""

    def __init__(self, engine: AsyncEngine, threads: int = 1) -> None:
        self.engine = engine
        self._blocking = _blocking_twin(engine, threads)
        self._thread = ThreadPoolExecutor(
            max_workers=threads, thread_name_prefix="whole-transactions"
        )

    async def run(self, work: Callable[[Connection], T]) -> T:
        """Committed when `work` returns, rolled back when it raises."""
        if self._blocking is None:
            async with self.engine.begin() as connection:
                return await connection.run_sync(work)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self._run_blocking, work)

    def _run_blocking(self, work: Callable[[Connection], T]) -> T:
        assert self._blocking is not None
        with self._blocking.begin() as connection:
            return work(connection)

    def close(self) -> None:
        """Let the transactions under way finish, then close the threads' connections."""
        self._thread.shutdown(wait=True)
        if self._blocking is not None:
            self._blocking.dispose()


def _blocking_twin(engine: AsyncEngine, connections: int) -> Engine | None:
    """The async engine's database through a blocking driver; None when it lives in memory."""
    url = engine.url
    backend = url.get_backend_name()
    if backend == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    blocking = create_engine(
        url.set(drivername=BLOCKING_DRIVERS[backend]),
        pool_size=connections,  # one per thread
        max_overflow=0,
        pool_pre_ping=backend != "sqlite",
    )
    if backend == "sqlite":
        event.listen(blocking, "connect", tune_sqlite)
    return blocking
