"""Schools: looked up by id or name, listed by program, locked while partner places are counted,
and read as the few columns the partner index keeps in memory."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import School
from storage.repositories.rows import by_id

# What the partner index keeps of each school (`bot.matching.partner_index`).
INDEX_COLUMNS = (
    School.id,
    School.country,
    School.level,
    School.languages,
    School.topics,
    School.grades,
    School.quota,
    School.timezone,
    School.class_hours,
    School.after_school_hours,
    School.updated_at,
)


IDS_PER_QUERY = 5_000  # well under SQLite's 32,766 parameters per statement


def _containing(column: Any, needle: str) -> ColumnElement[bool]:
    """The column, lower-cased, contains `needle` (lower case) literally: % and _ match only
    themselves."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


class Schools:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, school_id: str) -> School | None:
        return await self.db.get(School, school_id)

    async def by_ids(self, school_ids: Iterable[str]) -> dict[str, School]:
        wanted = sorted(set(school_ids))
        found: dict[str, School] = {}
        for start in range(0, len(wanted), IDS_PER_QUERY):
            found |= await by_id(self.db, School, wanted[start : start + IDS_PER_QUERY])
        return found

    async def ids(self) -> Sequence[str]:
        """Every registered school's id."""
        return (await self.db.exec(select(School.id))).all()

    async def find(self, text: str) -> list[School]:
        """Schools whose id equals `text`, else whose name equals it, else contains it."""
        needle = text.strip().lower()
        by_id = await self.db.exec(select(School).where(func.lower(School.id) == needle))
        if found := by_id.all():
            return list(found)
        by_name = await self.db.exec(select(School).where(func.lower(School.name) == needle))
        if found := by_name.all():
            return list(found)
        containing = await self.db.exec(
            select(School).where(_containing(School.name, needle)).order_by(School.name).limit(10)
        )
        return list(containing.all())

    async def suggestions(self, typed: str, limit: int) -> Sequence[tuple[str, str]]:
        """(id, name) of the schools whose id or name contains what was typed, by name."""
        needle = typed.strip().lower()
        result = await self.db.exec(
            select(School.id, School.name)
            .where(or_(_containing(School.id, needle), _containing(School.name, needle)))
            .order_by(col(School.name))
            .limit(limit)
        )
        return result.all()

    async def in_program(
        self, program_id: int, *, country: str | None = None, level: str | None = None
    ) -> Sequence[School]:
        query = select(School).where(School.program_id == program_id)
        if country:
            query = query.where(School.country == country)
        if level:
            query = query.where(School.level == level)
        return (await self.db.exec(query.order_by(School.country, School.name))).all()

    async def names_in_program(self, program_id: int) -> Sequence[tuple[str, str]]:
        """(id, name) of every school of the program."""
        result = await self.db.exec(
            select(School.id, School.name).where(School.program_id == program_id)
        )
        return result.all()

    async def applicants(self, program_id: int) -> Sequence[School]:
        """Every school of the program, in the order the database keeps them."""
        return (await self.db.exec(select(School).where(School.program_id == program_id))).all()

    async def lock(self, school_ids: Iterable[str]) -> None:
        """Hold the schools' rows until commit, in one order so that lockers never deadlock,
        and read them again as committed (quotas may have changed): a no-op on SQLite, which
        writes one transaction at a time."""
        await self.db.exec(
            select(School)
            .where(col(School.id).in_(sorted(set(school_ids))))
            .order_by(col(School.id))
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def latest_change(self) -> datetime | None:
        """When any school last changed (on an index: cheap to ask before every search)."""
        return (await self.db.exec(select(func.max(School.updated_at)))).one()

    async def count(self) -> int:
        return (await self.db.exec(select(func.count(col(School.id))))).one()

    async def index_rows(self, changed_since: datetime | None) -> Sequence[Any]:
        """The partner index's columns of every school changed at or after `changed_since`
        (of all of them when None)."""
        query = select(*INDEX_COLUMNS)  # type: ignore[call-overload]  # more columns than typed
        if changed_since is not None:
            query = query.where(School.updated_at >= changed_since)
        return (await self.db.exec(query)).all()
