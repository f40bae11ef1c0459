"""Coordinators: who runs which program, as known on one platform and workspace, and which of
their programs their commands act on when they name none."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import Coordinator, CurrentProgram, Program
from storage.repositories.upsert import insert


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

    async def add(
        self,
        program_id: int,
        platform: str,
        workspace: str,
        user_id: str,
        *,
        display_name: str,
        added_by: str,
        now: datetime,
    ) -> bool:
        """Make the user a coordinator of the program; False when they already were."""
        if await self.find(program_id, platform, workspace, user_id) is not None:
            return False
        self.db.add(
            Coordinator(
                program_id=program_id,
                platform=platform,
                workspace=workspace,
                user_id=user_id,
                display_name=display_name,
                added_by=added_by,
                added_at=now,
            )
        )
        await self.db.flush()
        return True

    async def current_program_id(self, platform: str, workspace: str, user_id: str) -> int | None:
        """The program the user chose to act on, if they ever chose one."""
        result = await self.db.exec(
            select(CurrentProgram.program_id).where(
                CurrentProgram.platform == platform,
                CurrentProgram.workspace == workspace,
                CurrentProgram.user_id == user_id,
            )
        )
        return result.first()

    async def choose_program(
        self, platform: str, workspace: str, user_id: str, program_id: int, now: datetime
    ) -> None:
        """Make `program_id` the user's current program, whatever it was before."""
        values = {
            "platform": platform,
            "workspace": workspace,
            "user_id": user_id,
            "program_id": program_id,
            "chosen_at": now,
        }
        statement = insert(self.db, CurrentProgram).values(values)
        await self.db.exec(
            statement.on_conflict_do_update(
                index_elements=["platform", "workspace", "user_id"],
                set_={"program_id": program_id, "chosen_at": now},
            )
        )
