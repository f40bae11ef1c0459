"""Memberships: which school a teacher on a platform and workspace belongs to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import Membership
from storage.repositories.rows import insert_unless_present


class Members:
    def __init__(self, db: UnitOfWork) -> None:
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

    async def of_schools(self, school_ids: Iterable[str]) -> Sequence[Membership]:
        result = await self.db.exec(
            select(Membership).where(col(Membership.school_id).in_(list(school_ids)))
        )
        return result.all()

    async def add(self, membership: Membership) -> bool:
        """Make the user a teacher of the membership's school, unless another command of theirs
        made them a teacher (of any school) first: False then, and nothing is written. A
        concurrent one is waited for, so its membership is there to be read afterwards."""
        return await insert_unless_present(
            self.db, membership, ("platform", "workspace", "user_id")
        )

    async def remove(self, membership: Membership) -> bool:
        """False when it was removed first (the same user, leaving twice at once)."""
        result = await self.db.exec(delete(Membership).where(col(Membership.id) == membership.id))
        return bool(result.rowcount)
