"""Counting one engine's writes to chosen tables, so an in-memory copy of them knows it is stale.

A timestamp cannot tell two changes made within one clock tick apart (a demo on a manual clock
makes every change at the same instant); a count of the statements that wrote can. Every
insert, update and delete through the engine is seen, whether the ORM flushed it or a bulk
statement ran it. The count moves when the statement runs, before its transaction commits:
one that rolls back only costs its reader a needless reload, and a reader that looks in
between sees the count without the rows; the rows' latest change then still differs at its
next look, unless the write was made within the same clock tick. Writes by other processes
are not seen here; readers compare the rows' latest change for those.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import SQLModel


class WriteCounts:
    """Listens on one engine from construction on (the composition root builds it)."""

    def __init__(self, engine: AsyncEngine, tables: Iterable[type[SQLModel]]) -> None:
        self._watched = frozenset(_name(table) for table in tables)
        self._counts: Counter[str] = Counter()
        event.listen(engine.sync_engine, "after_execute", self._count)

    def of(self, table: type[SQLModel]) -> int:
        """How many statements have written to `table` through the engine so far."""
        return self._counts[_name(table)]

    def _count(self, _connection: Any, statement: Any, *_: Any) -> None:
        if isinstance(statement, UpdateBase):
            name = getattr(statement.table, "name", None)
            if name in self._watched:
                self._counts[name] += 1


def _name(table: type[SQLModel]) -> str:
    return str(table.__tablename__)
