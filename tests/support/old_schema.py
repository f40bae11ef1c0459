"""Rows written to a database made by an older revision, as the code of its day wrote them.

The models describe the newest schema: an ORM insert names columns an older revision does not
have yet. `RowsOfTheDay` collects model objects and inserts each with only the columns the
database has, in the order they were added (so references point backwards).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import SQLModel


class RowsOfTheDay:
    def __init__(self) -> None:
        self.rows: list[SQLModel] = []

    def add(self, row: SQLModel) -> None:
        self.rows.append(row)

    async def write(self, engine: AsyncEngine) -> None:
        async with engine.begin() as connection:
            existing = await connection.run_sync(_columns_by_table)
            for row in self.rows:
                table = type(row).__table__  # type: ignore[attr-defined]
                values = {
                    column.name: getattr(row, column.name)
                    for column in table.columns
                    if column.name in existing[table.name]
                    and not (column.primary_key and getattr(row, column.name) is None)
                }
                await connection.execute(table.insert().values(values))


def _columns_by_table(sync: Any) -> dict[str, set[str]]:
    inspector = inspect(sync)
    return {
        table: {column["name"] for column in inspector.get_columns(table)}
        for table in inspector.get_table_names()
    }
