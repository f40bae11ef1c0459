"""A survey import's schools, staged where nobody waits for them and then written in one short
transaction: the import's whole file, or nothing of it, without holding up the running bot.

The rows go into a temporary table of the import's own connection, a batch per transaction: a
temporary table belongs to that connection alone (on SQLite it lives in the connection's own
temporary database), so staging takes no lock the bot's commands wait for. The swap then
writes every new and changed school with two set-based statements that the database runs
without a round trip per row. A process killed while staging leaves nothing behind (the table
dies with its connection); killed during the swap, its transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, literal, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import School
from storage.utc import UTCDateTime

SCHOOLS: Table = School.__table__  # type: ignore[attr-defined]
STAGE_BATCH = 1_000  # rows per staging transaction
NEW, CHANGED = "new", "changed"


def _staging_table() -> Table:
    """The schools' columns (no constraints: the swap's statements are checked by the real
    table), with what the import planned for each row and when it saw a changed one last
    change."""
    columns = [Column(column.name, column.type) for column in SCHOOLS.columns]
    return Table(
        "staged_school",
        MetaData(),
        *columns,
        Column("planned", String(8), nullable=False),
        Column("seen_changed_at", UTCDateTime(), nullable=True),
        prefixes=["TEMPORARY"],
    )


class SchoolStaging:
    """Staging on one connection, which the import keeps for itself from `open` to `close`."""

    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.table = _staging_table()

    async def open(self) -> None:
        async with self.connection.begin():
            await self.connection.run_sync(self.table.drop, checkfirst=True)
            await self.connection.run_sync(self.table.create)

    async def stage_new(self, rows: Sequence[dict[str, Any]]) -> None:
        """Schools to create: all their columns but `program_id`, given at the swap."""
        await self._stage([row | {"planned": NEW, "seen_changed_at": None} for row in rows])

    async def stage_changed(self, changes: Sequence[tuple[str, datetime, dict[str, Any]]]) -> None:
        """Schools to update, each (id, when it was seen to change last, its new columns): the
        swap updates it only if it has not changed since."""
        await self._stage(
            [
                values | {"id": school_id, "planned": CHANGED, "seen_changed_at": seen}
                for school_id, seen, values in changes
            ]
        )

    async def _stage(self, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), STAGE_BATCH):
            async with self.connection.begin():
                await self.connection.execute(
                    self.table.insert(), rows[start : start + STAGE_BATCH]
                )

    async def swap(self, program_id: int, changed_columns: Sequence[str]) -> tuple[int, int]:
        """Inside the caller's transaction on this connection: create the new schools in
        `program_id` and update the changed ones that did not change since they were seen.
        Returns (created, updated)."""
        staged = self.table.c
        created_columns = [c.name for c in SCHOOLS.columns if c.name != "program_id"]
        new = select(*(staged[name] for name in created_columns), literal(program_id)).where(
            staged.planned == NEW
        )
        created = await self.connection.execute(  # RETURNING: psycopg counts no INSERT…SELECT
            SCHOOLS.insert()
            .from_select([*created_columns, "program_id"], new)
            .returning(SCHOOLS.c.id)
        )
        updated = await self.connection.execute(
            SCHOOLS.update()
            .where(
                SCHOOLS.c.id == staged.id,
                staged.planned == CHANGED,
                SCHOOLS.c.updated_at == staged.seen_changed_at,
            )
            .values({name: staged[name] for name in changed_columns} | {"program_id": program_id})
            .returning(SCHOOLS.c.id)
        )
        return len(created.all()), len(updated.all())

    async def close(self) -> None:
        async with self.connection.begin():
            await self.connection.run_sync(self.table.drop, checkfirst=True)
