"""Queries the commands need, one small class per table family, bound to a unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Coordinator, Membership, Program, School


class Programs:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def by_name(self, name: str) -> Program | None:
        result = await self.db.exec(
            select(Program).where(func.lower(Program.name) == name.strip().lower())
        )
        return result.first()

    async def get(self, program_id: int) -> Program | None:
        return await self.db.get(Program, program_id)

    async def ensure(self, name: str, home_country: str | None, now: datetime) -> Program:
        program = await self.by_name(name)
        if program is None:
            program = Program(name=name.strip(), home_country=home_country, created_at=now)
            self.db.add(program)
            await self.db.flush()
        return program

    async def all(self) -> Sequence[Program]:
        return (await self.db.exec(select(Program).order_by(Program.name))).all()


class Schools:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def get(self, school_id: str) -> School | None:
        return await self.db.get(School, school_id)

    async def exists(self, school_id: str) -> bool:
        found = await self.db.exec(
            select(School.id).where(func.lower(School.id) == school_id.lower())
        )
        return found.first() is not None

    async def find(self, text: str) -> list[School]:
        """Schools whose id equals `text`, else whose name equals it, else contains it."""
        needle = text.strip().lower()
        by_id = await self.db.exec(select(School).where(func.lower(School.id) == needle))
        if found := by_id.all():
            return list(found)
        by_name = await self.db.exec(select(School).where(func.lower(School.name) == needle))
        if found := by_name.all():
            return list(found)
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        containing = await self.db.exec(
            select(School)
            .where(func.lower(School.name).like(f"%{escaped}%", escape="\\"))
            .order_by(School.name)
            .limit(10)
        )
        return list(containing.all())

    async def in_program(
        self, program_id: int, *, country: str | None = None, level: str | None = None
    ) -> Sequence[School]:
        query = select(School).where(School.program_id == program_id)
        if country:
            query = query.where(School.country == country)
        if level:
            query = query.where(School.level == level)
        return (await self.db.exec(query.order_by(School.country, School.name))).all()


class Members:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def of_user(self, platform: str, workspace: str, user_id: str) -> Membership | None:
        result = await self.db.exec(
            select(Membership).where(
                Membership.platform == platform,
                Membership.workspace == workspace,
                Membership.user_id == user_id,
            )
        )
        return result.first()

    async def of_school(self, school_id: str) -> Sequence[Membership]:
        result = await self.db.exec(
            select(Membership).where(Membership.school_id == school_id).order_by(col(Membership.id))
        )
        return result.all()


class Coordinators:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def programs_of(self, platform: str, workspace: str, user_id: str) -> list[Program]:
        result = await self.db.exec(
            select(Program)
            .join(Coordinator, col(Coordinator.program_id) == Program.id)
            .where(
                Coordinator.platform == platform,
                Coordinator.workspace == workspace,
                Coordinator.user_id == user_id,
            )
            .order_by(Program.name)
        )
        return list(result.all())

    async def of_program(self, program_id: int) -> Sequence[Coordinator]:
        result = await self.db.exec(
            select(Coordinator)
            .where(Coordinator.program_id == program_id)
            .order_by(col(Coordinator.id))
        )
        return result.all()

    async def find(
        self, program_id: int, platform: str, workspace: str, user_id: str
    ) -> Coordinator | None:
        result = await self.db.exec(
            select(Coordinator).where(
                Coordinator.program_id == program_id,
                Coordinator.platform == platform,
                Coordinator.workspace == workspace,
                Coordinator.user_id == user_id,
            )
        )
        return result.first()
