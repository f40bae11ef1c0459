"""Programs: the exchange programs schools apply to, found by name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import select

from storage.engine import UnitOfWork
from storage.models import Program
from storage.repositories.rows import by_id


class Programs:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def by_name(self, name: str) -> Program | None:
        result = await self.db.exec(
            select(Program).where(func.lower(Program.name) == name.strip().lower())
        )
        return result.first()

    async def get(self, program_id: int) -> Program | None:
        return await self.db.get(Program, program_id)

    async def by_ids(self, program_ids: Iterable[int]) -> dict[int, Program]:
        return await by_id(self.db, Program, program_ids)

    async def ensure(self, name: str, home_country: str | None, now: datetime) -> Program:
        program = await self.by_name(name)
        if program is None:
            program = Program(name=name.strip(), home_country=home_country, created_at=now)
            self.db.add(program)
            await self.db.flush()
        return program

    async def lock(self, program_id: int, *, shared: bool = False) -> Program:
        """Hold the program's row until this unit of work ends (PostgreSQL; a SQLite writer
        holds the whole database already): changes to its settings, terms and schools take
        turns, and `shared` holders (those reading the settings to act on them) wait for a
        change in progress without waiting for each other."""
        result = await self.db.exec(
            select(Program).where(Program.id == program_id).with_for_update(read=shared)
        )
        return result.one()

    async def all(self) -> Sequence[Program]:
        return (await self.db.exec(select(Program).order_by(Program.name))).all()
