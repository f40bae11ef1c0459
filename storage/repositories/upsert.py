"""INSERT … ON CONFLICT, as the database at hand spells it (SQLite and PostgreSQL alike)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from storage.engine import UnitOfWork


def insert(db: UnitOfWork, table: Any) -> Any:
    """An INSERT into `table` that takes `.on_conflict_do_update` / `.on_conflict_do_nothing`."""
    return insert_for(db.get_bind().dialect.name, table)


def insert_for(dialect: str, table: Any) -> Any:
    """`insert` for the dialect of that name (a blocking connection's, say)."""
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
