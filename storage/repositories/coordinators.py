"""Coordinators: who runs which program, as known on one platform and workspace."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import Coordinator, Program


class Coordinators:
    def __init__(self, db: UnitOfWork) -> None:
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

    async def of_programs(self, program_ids: Iterable[int]) -> Sequence[Coordinator]:
        result = await self.db.exec(
            select(Coordinator).where(col(Coordinator.program_id).in_(list(program_ids)))
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
