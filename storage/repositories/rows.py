"""Lookups that every table keyed by an `id` column shares."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

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
