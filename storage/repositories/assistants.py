"""Remote class assistants, the volunteers themselves: who registered where, in which program,
and how far their coordinator has let them in; and each program's assistance setting."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import AssistancePolicy, AssistantStatus, ClassAssistant
from storage.repositories.rows import by_id


class ClassAssistants:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, assistant_id: int) -> ClassAssistant | None:
        return await self.db.get(ClassAssistant, assistant_id)

    async def by_ids(self, assistant_ids: Iterable[int]) -> dict[int, ClassAssistant]:
        return await by_id(self.db, ClassAssistant, assistant_ids)

    async def of_user(self, platform: str, workspace: str, user_id: str) -> ClassAssistant | None:
        result = await self.db.exec(
            select(ClassAssistant).where(
                ClassAssistant.platform == platform,
                ClassAssistant.workspace == workspace,
                ClassAssistant.user_id == user_id,
            )
        )
        return result.first()

    async def of_program(
        self, program_id: int, statuses: Collection[AssistantStatus] = tuple(AssistantStatus)
    ) -> Sequence[ClassAssistant]:
        """The program's assistants in these states, in order of registration."""
        result = await self.db.exec(
            select(ClassAssistant)
            .where(
                ClassAssistant.program_id == program_id,
                col(ClassAssistant.status).in_(list(statuses)),
            )
            .order_by(col(ClassAssistant.id))
        )
        return result.all()

    async def lock_approved(self, program_id: int) -> Sequence[ClassAssistant]:
        """The program's approved assistants, held until commit: two offers or matching runs
        for the same program take their turns, so neither breaks a rule the other relied on
        (PostgreSQL; SQLite serialises writers anyway)."""
        result = await self.db.exec(
            select(ClassAssistant)
            .where(
                ClassAssistant.program_id == program_id,
                ClassAssistant.status == AssistantStatus.APPROVED,
            )
            .order_by(col(ClassAssistant.id))
            .with_for_update()
        )
        return result.all()

    async def save(self, assistant: ClassAssistant) -> ClassAssistant:
        self.db.add(assistant)
        await self.db.flush()
        return assistant


class AssistancePolicies:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_program(self, program_id: int) -> AssistancePolicy | None:
        return await self.db.get(AssistancePolicy, program_id)

    async def save(self, policy: AssistancePolicy) -> None:
        self.db.add(policy)
        await self.db.flush()
