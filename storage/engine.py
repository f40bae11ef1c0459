"""The async engine for `DATABASE_URL`: SQLite by default, PostgreSQL for several replicas."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSessionTransaction,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import AsyncAdaptedQueuePool, NullPool
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel.ext.asyncio.session import AsyncSession

logger = logging.getLogger(__name__)

MEMORY_URL = "sqlite+aiosqlite://"
MEMORY_WAIT_SECONDS = 30.0  # a transaction waiting longer for the in-memory database is stuck

# The two database handles the bot passes around, named for what they are to it; `bot` code
# hands them to repositories and never builds a query itself.
Engine = AsyncEngine  # a process's connections to the database
UnitOfWork = AsyncSession  # one transaction: what repositories read and write through

# The execution option a unit of work carries on its connection: whether it may write
# (`transaction`). Connections without it behave as the driver does.
WRITES = "jointclass_writes"


class ReadOnlyViolation(RuntimeError):
    """A unit of work declared read-only tried to write: its command's declaration is wrong."""


def default_url(data_dir: Path) -> str:
    return f"sqlite+aiosqlite:///{data_dir / 'jointclass.sqlite3'}"


def async_url(url: str) -> str:
    """Accept the URLs people write (`sqlite:///x`, `postgresql://…`) and pick async drivers."""
    parsed = make_url(url)
    driver = {
        "sqlite": "sqlite+aiosqlite",
        "postgresql": "postgresql+psycopg",
        "postgres": "postgresql+psycopg",
    }.get(parsed.drivername)
    if driver:
        parsed = parsed.set(drivername=driver)
    return parsed.render_as_string(hide_password=False)


def database_password(url: str) -> str | None:
    """The password written in a database URL, so that logs can hide it; None if it has none."""
    try:
        password = make_url(url).password
    except ArgumentError:
        return None
    return str(password) if password else None


def create_engine(url: str) -> AsyncEngine:
    url = async_url(url)
    parsed = make_url(url)
    options: dict[str, Any] = {}
    sqlite = parsed.get_backend_name() == "sqlite"
    in_memory = sqlite and parsed.database in (None, "", ":memory:")
    if in_memory:
        # The database lives in its one connection; sharing the connection between
        # transactions would mix them (a commit would commit another's writes), so each
        # transaction waits for the connection instead, as it would for a lock.
        options |= {"poolclass": AsyncAdaptedQueuePool, "pool_size": 1, "max_overflow": 0}
        options["pool_timeout"] = MEMORY_WAIT_SECONDS
        options["connect_args"] = {"check_same_thread": False}
    elif sqlite:
        Path(str(parsed.database)).expanduser().parent.mkdir(parents=True, exist_ok=True)
    else:
        options["pool_pre_ping"] = True
    engine = create_async_engine(url, **options)
    if sqlite:
        event.listen(engine.sync_engine, "connect", tune_sqlite)
    if sqlite and not in_memory:  # in memory, units of work take the one connection in turn
        event.listen(engine.sync_engine, "begin", _begin_sqlite)
    event.listen(engine.sync_engine, "before_execute", _refuse_writes_when_read_only)
    return engine


def tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent readers, a busy timeout instead of instant lock errors, and FKs on."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite(connection: Any) -> None:
    """Python's driver starts a transaction only at the first write, so the reads before it
    see whatever another writer commits meanwhile: a check-then-write decides on stale rows.
    A unit of work that writes takes the write lock at its first statement (`BEGIN
    IMMEDIATE`); one that only reads gets a snapshot (`BEGIN`) and lets writers go on."""
    writes = connection.get_execution_options().get(WRITES)
    if writes is not None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _refuse_writes_when_read_only(
    _connection: Any, statement: Any, _multi: Any, _params: Any, options: Any
) -> None:
    if isinstance(statement, UpdateBase) and options.get(WRITES) is False:
        raise ReadOnlyViolation(f"a read-only unit of work tried to write: {statement}")


def unpooled(engine: AsyncEngine) -> AsyncEngine:
    """An engine on the same database that opens a fresh connection for every use."""
    return create_async_engine(engine.url, poolclass=NullPool)


async def take_a_write(engine: AsyncEngine, wait_seconds: float) -> None:
    """Start a write and give it up at once; raises when the database cannot take one.

    SQLite takes writers one at a time: `BEGIN IMMEDIATE` waits for the write lock, here at
    most `wait_seconds`, then fails ("database is locked") while someone else holds it.
    PostgreSQL writes side by side; asking for a transaction id fails only on a server that
    takes no writes at all (a read-only standby, a read-only transaction default)."""
    async with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            await connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait_seconds * 1000)}")
            await connection.exec_driver_sql("BEGIN IMMEDIATE")
            await connection.exec_driver_sql("ROLLBACK")
        else:
            await connection.execute(text("SELECT txid_current()"))
            await connection.rollback()


SessionFactory = async_sessionmaker[AsyncSession]


def session_factory(engine: AsyncEngine) -> SessionFactory:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def session_on(connection: AsyncConnection) -> AsyncSession:
    """A unit of work inside the transaction `connection` is in (`async with` it): it neither
    commits nor rolls back that transaction, which belongs to the connection's holder."""
    return AsyncSession(bind=connection, expire_on_commit=False)


@asynccontextmanager
async def transaction(
    sessions: SessionFactory, *, writes: bool = True
) -> AsyncIterator[AsyncSession]:
    """One unit of work: committed when the block ends, rolled back on any exception.

    One that `writes` holds SQLite's write lock from its first read, so what it checks stays
    true until it commits (PostgreSQL's repositories lock the rows they check instead); one
    that does not reads a snapshot without holding writers up, and any write in it raises."""
    async with sessions() as session, session.begin():
        await session.connection(execution_options={WRITES: writes})
        yield session


@asynccontextmanager
async def rehearsal(sessions: SessionFactory) -> AsyncIterator[AsyncSession]:
    """A unit of work that is always rolled back: to find out what a change would do."""
    async with sessions() as session:
        await session.begin()
        try:
            yield session
        finally:
            await session.rollback()


def savepoint(db: AsyncSession) -> AsyncSessionTransaction:
    """A transaction inside `db`'s (`async with`): what is written in it is kept or rolled back
    as a whole, and the outer transaction goes on either way."""
    return db.begin_nested()
