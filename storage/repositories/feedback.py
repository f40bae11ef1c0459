"""Feedback: each side asked about a session, the teachers' answers, students' impressions, the
terms coordinators closed, and each program's feedback choices."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy import delete, func, update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import (
    AnswerStatus,
    FeedbackAnswer,
    FeedbackClosure,
    FeedbackPolicy,
    FeedbackRequest,
    StudentImpression,
)

FollowUpMarker = Literal["nudged_at", "escalated_at"]  # a follow-up, stamped when it is sent


class FeedbackRequests:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, request_id: int) -> FeedbackRequest | None:
        return await self.db.get(FeedbackRequest, request_id)

    async def of_side(self, session_id: int, school_id: str) -> FeedbackRequest | None:
        """The request to one school about one session, if it was asked (or answered)."""
        result = await self.db.exec(
            select(FeedbackRequest).where(
                FeedbackRequest.session_id == session_id, FeedbackRequest.school_id == school_id
            )
        )
        return result.first()

    async def of_sessions(self, session_ids: Iterable[int | None]) -> Sequence[FeedbackRequest]:
        result = await self.db.exec(
            select(FeedbackRequest).where(col(FeedbackRequest.session_id).in_(list(session_ids)))
        )
        return result.all()

    async def awaiting(self, marker: FollowUpMarker, asked_by: datetime) -> list[int]:
        """Ids of the unanswered requests asked by `asked_by` whose `marker` is still unset,
        oldest first."""
        result = await self.db.exec(
            select(FeedbackRequest.id)
            .where(
                col(FeedbackRequest.answered_at).is_(None),
                col(getattr(FeedbackRequest, marker)).is_(None),
                col(FeedbackRequest.asked_at) <= asked_by,
            )
            .order_by(col(FeedbackRequest.asked_at), col(FeedbackRequest.id))
        )
        return [row_id for row_id in result.all() if row_id is not None]

    async def first_asked_awaiting(self, marker: FollowUpMarker) -> datetime | None:
        """When the oldest unanswered request whose `marker` is unset was asked."""
        result = await self.db.exec(
            select(func.min(FeedbackRequest.asked_at)).where(
                col(FeedbackRequest.answered_at).is_(None),
                col(getattr(FeedbackRequest, marker)).is_(None),
            )
        )
        return result.one()

    async def forget_session(self, session_id: int) -> None:
        """Drop the requests about a session that moved to a new date: its sides are asked
        again when it ends there."""
        await self.db.exec(
            delete(FeedbackRequest).where(col(FeedbackRequest.session_id) == session_id)
        )

    async def claim(self, request_id: int, marker: FollowUpMarker, now: datetime) -> bool:
        """Stamp the request's `marker` unless it is stamped already or the side has answered:
        False when another replica got there first, or the answer did."""
        claimed = await self.db.exec(
            update(FeedbackRequest)
            .where(
                col(FeedbackRequest.id) == request_id,
                col(getattr(FeedbackRequest, marker)).is_(None),
                col(FeedbackRequest.answered_at).is_(None),
            )
            .values({marker: now})
        )
        return bool(claimed.rowcount)


class FeedbackAnswers:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_teacher(
        self, session_id: int, platform: str, workspace: str, user_id: str
    ) -> FeedbackAnswer | None:
        result = await self.db.exec(
            select(FeedbackAnswer).where(
                FeedbackAnswer.session_id == session_id,
                FeedbackAnswer.platform == platform,
                FeedbackAnswer.workspace == workspace,
                FeedbackAnswer.user_id == user_id,
            )
        )
        return result.first()

    async def reported(self, session_id: int, status: AnswerStatus) -> bool:
        """Whether a teacher answered with `status` about the session (e.g. postponed)."""
        result = await self.db.exec(
            select(FeedbackAnswer.id).where(
                FeedbackAnswer.session_id == session_id, FeedbackAnswer.status == status
            )
        )
        return result.first() is not None

    async def of_sessions(self, session_ids: Iterable[int | None]) -> Sequence[FeedbackAnswer]:
        """The answers about these sessions, by session, then in the order they were given."""
        result = await self.db.exec(
            select(FeedbackAnswer)
            .where(col(FeedbackAnswer.session_id).in_(list(session_ids)))
            .order_by(col(FeedbackAnswer.session_id), col(FeedbackAnswer.id))
        )
        return result.all()


class StudentImpressions:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def texts_of(self, session_id: int) -> Sequence[str]:
        result = await self.db.exec(
            select(StudentImpression.text)
            .where(StudentImpression.session_id == session_id)
            .order_by(col(StudentImpression.id))
        )
        return result.all()


class FeedbackClosures:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_term(self, program_id: int, term: str) -> FeedbackClosure | None:
        result = await self.db.exec(
            select(FeedbackClosure).where(
                FeedbackClosure.program_id == program_id, FeedbackClosure.term == term
            )
        )
        return result.first()


class FeedbackPolicies:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_program(self, program_id: int) -> FeedbackPolicy | None:
        return await self.db.get(FeedbackPolicy, program_id)
