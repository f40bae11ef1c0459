"""Lookups that every table keyed by an `id` column shares, and inserting a row that may be
there already."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import SQLModel, col, select

from storage.engine import UnitOfWork

Row = TypeVar("Row", bound=SQLModel)


async def by_id(db: UnitOfWork, table: type[Row], ids: Iterable[Any]) -> dict[Any, Row]:
    """The rows whose id is one of `ids`, by id; ids without a row are left out."""
    wanted = set(ids)
    if not wanted:
        return {}
    key = col(table.id)  # type: ignore[attr-defined]  # every table it serves has an `id`
    result = await db.exec(select(table).where(key.in_(wanted)))
    return {row.id: row for row in result.all()}  # type: ignore[attr-defined]


async def insert_unless_present(
    db: UnitOfWork, row: SQLModel, key: tuple[str, ...], where: str | None = None
) -> bool:
    """Insert `row` unless one with the same `key` (a unique index's columns, of the rows
    `where` says when the index is partial) exists or is being inserted by a transaction that
    then commits: False then, and nothing is written. Both databases wait for such a
    transaction before answering, so the winner's row can be read right after."""
    table = type(row).__table__  # type: ignore[attr-defined]
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    values = {
        column.name: getattr(row, column.name)
        for column in table.columns
        if not (column.primary_key and getattr(row, column.name) is None)
    }
    inserted = await db.exec(
        dialect.insert(table)
        .values(values)
        .on_conflict_do_nothing(
            index_elements=list(key), index_where=text(where) if where else None
        )
        .returning(table.c[key[0]])  # a row back only when it was inserted
    )
    return inserted.first() is not None
