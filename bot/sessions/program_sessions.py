"""A program's sessions as its coordinators see them: every pair's, both schools named, in chat
(`sessions` run by a coordinator) and on the command line (`jointclass sessions`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.i18n.languages import Language
from bot.i18n.messages import Message, Renderer
from bot.sessions.session_text import time_of
from bot.times.local_time import utc_text
from storage.engine import UnitOfWork
from storage.models import ExchangeSession, School, SessionStatus
from storage.repositories.schools import Schools
from storage.repositories.sessions import ExchangeSessions


@dataclass(frozen=True)
class ProgramSession:
    session: ExchangeSession
    schools: tuple[School, School]  # in the partnership's order

    def status(self) -> Message:
        first, second = self.schools
        session = self.session
        if session.status == SessionStatus.PENDING:
            proposer, confirmer = (
                (first, second) if session.proposed_by_school == first.id else (second, first)
            )
            return Message(
                "meetings-status-proposed-by", proposer=proposer.name, confirmer=confirmer.name
            )
        if session.status == SessionStatus.CANCELLED:
            if session.cancel_reason:
                return Message("meetings-status-cancelled-because", reason=session.cancel_reason)
            return Message("meetings-status-cancelled")
        return Message("meetings-status-booked")

    def localized(self, language: Language, translator: Renderer) -> str:
        """`#3 Hanbit Middle School (KR-…) – Osaka … (JP-…) — booked`, then both local times."""
        first, second = self.schools
        entry = Message(
            "meetings-program-session",
            id=str(self.session.id),
            school=first.name,
            school_id=first.id,
            partner=second.name,
            partner_id=second.id,
            status=self.status(),
            time=time_of(self.session, first, second),
        )
        return translator.render(entry, language)

    def as_json(self) -> dict[str, Any]:
        """The shape `jointclass sessions --json` prints, times in UTC (`utc_text`)."""
        return {
            "id": self.session.id,
            "status": str(self.session.status),
            "start_utc": utc_text(self.session.start_utc),
            "end_utc": utc_text(self.session.end_utc),
            "schools": [school.id for school in self.schools],
        }


async def program_sessions(
    db: UnitOfWork,
    program_id: int,
    *,
    statuses: Sequence[SessionStatus] = tuple(SessionStatus),
    ending_after: datetime | None = None,
    school_id: str | None = None,
) -> list[ProgramSession]:
    """The program's sessions in these statuses, by start (see `ExchangeSessions.of_program`)."""
    rows = await ExchangeSessions(db).of_program(
        program_id, statuses=statuses, ending_after=ending_after, school_id=school_id
    )
    schools = await Schools(db).by_ids(
        {side for _, pair in rows for side in (pair.school_a, pair.school_b)}
    )
    return [
        ProgramSession(session, (schools[pair.school_a], schools[pair.school_b]))
        for session, pair in rows
    ]
