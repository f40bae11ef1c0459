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
from sqlmodel.ext.asyncio.session import AsyncSession

logger = logging.getLogger(__name__)

MEMORY_URL = "sqlite+aiosqlite://"
MEMORY_WAIT_SECONDS = 30.0  # a transaction waiting longer for the in-memory database is stuck

# The two database handles the bot passes around, named for what they are to it; `bot` code
# hands them to repositories and never builds a query itself.
Engine = AsyncEngine  # a process's connections to the database
UnitOfWork = AsyncSession  # one transaction: what repositories read and write through


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
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            # The database lives in its one connection; sharing the connection between
            # transactions would mix them (a commit would commit another's writes), so each
            # transaction waits for the connection instead, as it would for a lock.
            options |= {"poolclass": AsyncAdaptedQueuePool, "pool_size": 1, "max_overflow": 0}
            options["pool_timeout"] = MEMORY_WAIT_SECONDS
            options["connect_args"] = {"check_same_thread": False}
        else:
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    else:
        options["pool_pre_ping"] = True
    engine = create_async_engine(url, **options)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine.sync_engine, "connect", tune_sqlite)
    return engine


def tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent readers, a busy timeout instead of instant lock errors, and FKs on."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


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


async def writes_pending(db: AsyncSession) -> bool:
    """Whether committing `db` writes anything: it holds changes not flushed yet, or its
    transaction has begun to write. Only SQLite tells the second (its driver begins a
    transaction at the first write); on PostgreSQL every transaction counts as writing, which
    costs nothing there: writers do not wait for one another."""
    if db.new or db.dirty or db.deleted:
        return True
    connection = await db.connection()
    if connection.dialect.name != "sqlite":
        return True
    raw = await connection.get_raw_connection()
    return bool(raw.driver_connection.in_transaction)  # type: ignore[union-attr]


def session_on(connection: AsyncConnection) -> AsyncSession:
    """A unit of work inside the transaction `connection` is in (`async with` it): it neither
    commits nor rolls back that transaction, which belongs to the connection's holder."""
    return AsyncSession(bind=connection, expire_on_commit=False)


@asynccontextmanager
async def transaction(sessions: SessionFactory) -> AsyncIterator[AsyncSession]:
    """One unit of work: committed when the block ends, rolled back on any exception."""
    async with sessions() as session, session.begin():
        yield session


def savepoint(db: AsyncSession) -> AsyncSessionTransaction:
    """A transaction inside `db`'s (`async with`): what is written in it is kept or rolled back
    as a whole, and the outer transaction goes on either way."""
    return db.begin_nested()
