"""Join requests: users asking to become teachers of a school, and the answers they get.

A request is decided once: `decide` changes it only while it is still pending, so two teachers
pressing Approve and Decline together cannot both win.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import JoinRequest, JoinStatus, School
from storage.repositories.rows import insert_unless_present


class JoinRequests:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def ask(self, request: JoinRequest) -> bool:
        """Store a pending request; False (nothing written) when the user has one already,
        another command of theirs having asked first."""
        return await insert_unless_present(
            self.db, request, ("platform", "workspace", "user_id"), "status = 'pending'"
        )

    async def get(self, request_id: int) -> JoinRequest | None:
        return await self.db.get(JoinRequest, request_id)

    async def pending_of_user(
        self, platform: str, workspace: str, user_id: str
    ) -> JoinRequest | None:
        result = await self.db.exec(
            select(JoinRequest).where(
                JoinRequest.platform == platform,
                JoinRequest.workspace == workspace,
                JoinRequest.user_id == user_id,
                JoinRequest.status == JoinStatus.PENDING,
            )
        )
        return result.first()

    async def pending_decidable(
        self, school_id: str | None, program_ids: Iterable[int]
    ) -> Sequence[JoinRequest]:
        """The open requests to join the school, or any school of the programs, oldest first."""
        programs = list(program_ids)
        result = await self.db.exec(
            select(JoinRequest)
            .join(School, col(School.id) == JoinRequest.school_id)
            .where(
                JoinRequest.status == JoinStatus.PENDING,
                or_(col(JoinRequest.school_id) == school_id, col(School.program_id).in_(programs)),
            )
            .order_by(col(JoinRequest.id))
        )
        return result.all()

    async def declined_since(
        self, school_id: str, platform: str, workspace: str, user_id: str, since: datetime
    ) -> JoinRequest | None:
        """The user's latest request to join the teacher declined at or after `since`."""
        result = await self.db.exec(
            select(JoinRequest)
            .where(
                JoinRequest.school_id == school_id,
                JoinRequest.platform == platform,
                JoinRequest.workspace == workspace,
                JoinRequest.user_id == user_id,
                JoinRequest.status == JoinStatus.DECLINED,
                col(JoinRequest.decided_at) >= since,
            )
            .order_by(col(JoinRequest.decided_at).desc())
        )
        return result.first()

    async def decide(
        self, request: JoinRequest, status: JoinStatus, by: str, now: datetime, reason: str = ""
    ) -> bool:
        """Close a pending request; False when it was no longer pending (decided meanwhile)."""
        result = await self.db.exec(
            update(JoinRequest)
            .where(col(JoinRequest.id) == request.id, col(JoinRequest.status) == JoinStatus.PENDING)
            .values(status=status, decided_by=by, decided_at=now, reason=reason)
        )
        await self.db.refresh(request)  # as stored now: decided by this call or another
        return bool(result.rowcount)
