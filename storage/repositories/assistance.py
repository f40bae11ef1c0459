"""Assistance for sessions: the sessions asking for an assistant, who is offered or serves each,
who said no, and what teachers and assistants said afterwards."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import (
    LIVE_ASSIGNMENTS,
    AssignmentStatus,
    AssistanceRating,
    AssistanceRequest,
    AssistantAssignment,
    AssistantSurvey,
    ClassAssistant,
    ExchangeSession,
    Partnership,
)
from storage.repositories.sessions import LIVE_STATUSES

# A session asking for an assistant, with what the matching needs to know of it.
Asking = tuple[AssistanceRequest, ExchangeSession, Partnership]
# An assignment with its session's ask, the session and the partnership.
Placed = tuple[AssistantAssignment, AssistanceRequest, ExchangeSession, Partnership]


def _asking() -> Any:
    return (
        select(AssistanceRequest, ExchangeSession, Partnership)
        .join(ExchangeSession, col(ExchangeSession.id) == AssistanceRequest.session_id)
        .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
    )


def _placed() -> Any:
    return (
        select(AssistantAssignment, AssistanceRequest, ExchangeSession, Partnership)
        .join(ExchangeSession, col(ExchangeSession.id) == AssistantAssignment.session_id)
        .join(AssistanceRequest, col(AssistanceRequest.session_id) == ExchangeSession.id)
        .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
    )


class AssistanceRequests:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, session_id: int) -> AssistanceRequest | None:
        return await self.db.get(AssistanceRequest, session_id)

    async def save(self, request: AssistanceRequest) -> None:
        self.db.add(request)
        await self.db.flush()

    async def asking(
        self, program_id: int, *, starting_after: datetime, starting_before: datetime | None
    ) -> Sequence[Asking]:
        """The program's pending and booked sessions that ask, starting in the window, by start."""
        query = _asking().where(
            Partnership.program_id == program_id,
            col(ExchangeSession.status).in_(LIVE_STATUSES),
            col(ExchangeSession.start_utc) > starting_after,
        )
        if starting_before is not None:
            query = query.where(col(ExchangeSession.start_utc) < starting_before)
        query = query.order_by(col(ExchangeSession.start_utc), col(ExchangeSession.id))
        return (await self.db.exec(query)).all()

    async def one(self, session_id: int) -> Asking | None:
        """A session's ask with the session and its partnership, whatever their state."""
        result = await self.db.exec(_asking().where(AssistanceRequest.session_id == session_id))
        return result.first()

    async def in_program(self, program_id: int) -> Sequence[Asking]:
        """Every ask of the program's sessions, whatever became of them, by start."""
        result = await self.db.exec(
            _asking()
            .where(Partnership.program_id == program_id)
            .order_by(col(ExchangeSession.start_utc), col(ExchangeSession.id))
        )
        return result.all()


class AssistantAssignments:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, assignment_id: int) -> AssistantAssignment | None:
        return await self.db.get(AssistantAssignment, assignment_id)

    async def add(self, assignment: AssistantAssignment) -> AssistantAssignment:
        self.db.add(assignment)
        await self.db.flush()
        return assignment

    async def live_of_sessions(self, session_ids: Iterable[int]) -> dict[int, AssistantAssignment]:
        """The offered or accepted assignment of each session that has one."""
        wanted = list(set(session_ids))
        if not wanted:
            return {}
        result = await self.db.exec(
            select(AssistantAssignment).where(
                col(AssistantAssignment.session_id).in_(wanted),
                col(AssistantAssignment.status).in_(LIVE_ASSIGNMENTS),
            )
        )
        return {row.session_id: row for row in result.all()}

    async def live_of_session(self, session_id: int) -> AssistantAssignment | None:
        return (await self.live_of_sessions([session_id])).get(session_id)

    async def live_placed(
        self, assistant_ids: Iterable[int], *, ending_after: datetime
    ) -> Sequence[Placed]:
        """The assistants' offered and accepted sessions (pending or booked) that end after
        `ending_after`, by start: what their clashes and monthly caps are counted against."""
        wanted = list(set(assistant_ids))
        if not wanted:
            return []
        result = await self.db.exec(
            _placed()
            .where(
                col(AssistantAssignment.assistant_id).in_(wanted),
                col(AssistantAssignment.status).in_(LIVE_ASSIGNMENTS),
                col(ExchangeSession.status).in_(LIVE_STATUSES),
                col(ExchangeSession.end_utc) > ending_after,
            )
            .order_by(col(ExchangeSession.start_utc), col(ExchangeSession.id))
        )
        return result.all()

    async def declined_by(self, session_ids: Iterable[int]) -> dict[int, set[int]]:
        """For each session, the assistants who said no to it."""
        wanted = list(set(session_ids))
        if not wanted:
            return {}
        result = await self.db.exec(
            select(AssistantAssignment.session_id, AssistantAssignment.assistant_id).where(
                col(AssistantAssignment.session_id).in_(wanted),
                AssistantAssignment.status == AssignmentStatus.DECLINED,
            )
        )
        found: dict[int, set[int]] = defaultdict(set)
        for session_id, assistant_id in result.all():
            found[session_id].add(assistant_id)
        return found

    async def served_pairs(self, assistant_ids: Iterable[int]) -> Sequence[tuple[int, str, str]]:
        """(assistant, school, school) for every pair whose session an assistant accepted."""
        wanted = list(set(assistant_ids))
        if not wanted:
            return []
        result = await self.db.exec(
            select(AssistantAssignment.assistant_id, Partnership.school_a, Partnership.school_b)
            .join(ExchangeSession, col(ExchangeSession.id) == AssistantAssignment.session_id)
            .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
            .where(
                col(AssistantAssignment.assistant_id).in_(wanted),
                AssistantAssignment.status == AssignmentStatus.ACCEPTED,
            )
            .distinct()
        )
        return result.all()

    async def serving(
        self, session_ids: Iterable[int]
    ) -> dict[int, tuple[AssistantAssignment, AssistanceRequest, ClassAssistant]]:
        """The assistant who accepted each session that has one, with the session's ask."""
        wanted = list(set(session_ids))
        if not wanted:
            return {}
        result = await self.db.exec(
            select(AssistantAssignment, AssistanceRequest, ClassAssistant)
            .join(
                AssistanceRequest,
                col(AssistanceRequest.session_id) == AssistantAssignment.session_id,
            )
            .join(ClassAssistant, col(ClassAssistant.id) == AssistantAssignment.assistant_id)
            .where(
                col(AssistantAssignment.session_id).in_(wanted),
                AssistantAssignment.status == AssignmentStatus.ACCEPTED,
            )
        )
        return {
            assignment.session_id: (assignment, request, assistant)
            for assignment, request, assistant in result.all()
        }

    async def in_program(self, program_id: int) -> Sequence[Placed]:
        """Every assignment of the program's sessions, whatever became of it, by start."""
        result = await self.db.exec(
            _placed()
            .where(Partnership.program_id == program_id)
            .order_by(
                col(ExchangeSession.start_utc),
                col(ExchangeSession.id),
                col(AssistantAssignment.id),
            )
        )
        return result.all()

    async def of_assistant_session(
        self, assistant_id: int, session_id: int
    ) -> AssistantAssignment | None:
        """The assistant's latest assignment to the session, whatever its state."""
        result = await self.db.exec(
            select(AssistantAssignment)
            .where(
                AssistantAssignment.assistant_id == assistant_id,
                AssistantAssignment.session_id == session_id,
            )
            .order_by(col(AssistantAssignment.id).desc())
        )
        return result.first()


class AssistanceRatings:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_teacher(
        self, session_id: int, platform: str, workspace: str, user_id: str
    ) -> AssistanceRating | None:
        result = await self.db.exec(
            select(AssistanceRating).where(
                AssistanceRating.session_id == session_id,
                AssistanceRating.platform == platform,
                AssistanceRating.workspace == workspace,
                AssistanceRating.user_id == user_id,
            )
        )
        return result.first()

    async def save(self, rating: AssistanceRating) -> None:
        self.db.add(rating)
        await self.db.flush()

    async def of_sessions(self, session_ids: Iterable[int]) -> Sequence[AssistanceRating]:
        wanted = list(set(session_ids))
        if not wanted:
            return []
        result = await self.db.exec(
            select(AssistanceRating)
            .where(col(AssistanceRating.session_id).in_(wanted))
            .order_by(col(AssistanceRating.id))
        )
        return result.all()


class AssistantSurveys:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, assignment_id: int) -> AssistantSurvey | None:
        return await self.db.get(AssistantSurvey, assignment_id)

    async def save(self, survey: AssistantSurvey) -> None:
        self.db.add(survey)
        await self.db.flush()

    async def of_assignments(self, assignment_ids: Iterable[int]) -> dict[int, AssistantSurvey]:
        wanted = list(set(assignment_ids))
        if not wanted:
            return {}
        result = await self.db.exec(
            select(AssistantSurvey).where(col(AssistantSurvey.assignment_id).in_(wanted))
        )
        return {row.assignment_id: row for row in result.all()}
