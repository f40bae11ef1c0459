"""The assistance part of a program's report for a term: how many sessions asked for an
assistant, how many have one (accepted, or offered and waiting) and why each of the others has
none; the hours each assistant served; the teachers' ratings and the assistants' surveys.

A session belongs to the term by the date of its start in the program's home zone, as in the
feedback report; cancelled sessions do not count. Hours are those of sessions that ended with
an assistant who accepted, less those the assistant's survey says did not take place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import mean
from typing import Any

from bot.assistants.asked import AskedSession, asked_sessions
from bot.assistants.people import name_of
from bot.assistants.reason_text import Sentences, coordinator_reason
from bot.assistants.reasons import explain
from bot.assistants.team import approved_team, asking_session, held
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.translator import english_only
from bot.times.geography import home_zone
from bot.times.local_time import to_local
from storage.engine import UnitOfWork
from storage.models import (
    LIVE_ASSIGNMENTS,
    AssignmentStatus,
    AssistantAssignment,
    AssistantSurvey,
    Program,
    SessionStatus,
)
from storage.repositories.assistance import (
    AssistanceRatings,
    AssistanceRequests,
    AssistantAssignments,
    AssistantSurveys,
)
from storage.repositories.assistants import ClassAssistants


@dataclass
class Served:
    """One assistant's term: sessions served to the end, their minutes, teachers' ratings."""

    name: str
    sessions: int = 0
    minutes: int = 0
    ratings: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Coverage:
    asked: int
    accepted: int
    offered: int  # waiting for the assistant's answer
    uncovered: tuple[tuple[AskedSession, Sentences], ...]  # with the reason
    served: tuple[Served, ...]
    surveys_asked: int  # sessions that ended with an assistant
    surveys: tuple[tuple[bool, int | None], ...]  # (took place, rating) per answer

    def lines(self, language: Language = ENGLISH, translator: Renderer | None = None) -> list[str]:
        """The report's assistance section, in `language` (a report read by no one person is
        in English)."""
        writer = translator or english_only()
        return [writer.render(message, language) for message in self._messages()]

    def _messages(self) -> list[Message]:
        lines = [
            Message(
                "assistance-report-heading",
                asked=str(self.asked),
                covered=str(self.accepted + self.offered),
                accepted=str(self.accepted),
                offered=str(self.offered),
                uncovered=str(len(self.uncovered)),
            )
        ]
        lines += [
            Message(
                "assistance-report-uncovered",
                **asked.listed(),
                reason=reason,
            )
            for asked, reason in self.uncovered
        ]
        for person in self.served:
            sessions, hours = str(person.sessions), f"{person.minutes / 60:.1f}"
            lines.append(
                Message(
                    "assistance-report-served-rated",
                    name=person.name,
                    sessions=sessions,
                    hours=hours,
                    mean=f"{mean(person.ratings):.1f}",
                    count=str(len(person.ratings)),
                )
                if person.ratings
                else Message(
                    "assistance-report-served", name=person.name, sessions=sessions, hours=hours
                )
            )
        if self.surveys_asked:
            rated = [rating for _, rating in self.surveys if rating is not None]
            figures = {
                "answered": str(len(self.surveys)),
                "asked": str(self.surveys_asked),
                "missed": str(sum(not took_place for took_place, _ in self.surveys)),
            }
            lines.append(
                Message("assistance-report-surveys-rated", **figures, mean=f"{mean(rated):.1f}")
                if rated
                else Message("assistance-report-surveys", **figures)
            )
        return lines

    def data(self) -> dict[str, Any]:
        return {
            "asked": self.asked,
            "accepted": self.accepted,
            "offered": self.offered,
            "uncovered": [
                {"session_id": asked.id, "reason": reason.localized(ENGLISH, english_only())}
                for asked, reason in self.uncovered
            ],
            "assistants": [
                {
                    "name": person.name,
                    "sessions": person.sessions,
                    "hours": round(person.minutes / 60, 2),
                    "ratings": person.ratings,
                }
                for person in self.served
            ],
            "surveys_asked": self.surveys_asked,
            "surveys_answered": len(self.surveys),
        }


async def coverage(
    db: UnitOfWork, program: Program, first_day: date, last_day: date, now: datetime
) -> Coverage:
    assert program.id is not None
    asked = await _asked_in_term(db, program, first_day, last_day)
    by_id = {a.id: a for a in asked}
    live = {
        assignment.session_id: assignment
        for assignment, *_ in await AssistantAssignments(db).in_program(program.id)
        if assignment.session_id in by_id and assignment.status in LIVE_ASSIGNMENTS
    }
    ended = [
        assignment
        for assignment in live.values()
        if assignment.status == AssignmentStatus.ACCEPTED
        and by_id[assignment.session_id].session.end_utc <= now
    ]
    surveys = await AssistantSurveys(db).of_assignments(a.id for a in ended if a.id is not None)
    statuses = [assignment.status for assignment in live.values()]
    return Coverage(
        asked=len(asked),
        accepted=statuses.count(AssignmentStatus.ACCEPTED),
        offered=statuses.count(AssignmentStatus.OFFERED),
        uncovered=await _reasons(db, program.id, [a for a in asked if a.id not in live]),
        served=await _served(db, by_id, ended, surveys),
        surveys_asked=len(ended),
        surveys=tuple((survey.took_place, survey.rating) for survey in surveys.values()),
    )


async def _asked_in_term(
    db: UnitOfWork, program: Program, first_day: date, last_day: date
) -> list[AskedSession]:
    assert program.id is not None
    zone = home_zone(program.home_country)
    return await asked_sessions(
        db,
        [
            (request, session, partnership)
            for request, session, partnership in await AssistanceRequests(db).in_program(program.id)
            if session.status != SessionStatus.CANCELLED
            and first_day <= to_local(session.start_utc, zone).date() <= last_day
        ],
    )


async def _reasons(
    db: UnitOfWork, program_id: int, uncovered: list[AskedSession]
) -> tuple[tuple[AskedSession, Sentences], ...]:
    """Why each has none, against the program's approved assistants as they are now."""
    if not uncovered:
        return ()
    team = await approved_team(db, program_id, lock=False)
    declined = await AssistantAssignments(db).declined_by(a.id for a in uncovered)
    kept = await held(db, team.rows, from_=min(a.session.start_utc for a in uncovered))
    return tuple(
        (
            asked,
            coordinator_reason(
                explain(
                    asking_session(asked.asking, declined.get(asked.id, ())), team.values, kept
                ),
                team,
                asked.places(),
            ),
        )
        for asked in uncovered
    )


async def _served(
    db: UnitOfWork,
    by_id: dict[int, AskedSession],
    ended: list[AssistantAssignment],
    surveys: dict[int, AssistantSurvey],
) -> tuple[Served, ...]:
    ratings = await AssistanceRatings(db).of_sessions(by_id)
    rows = await ClassAssistants(db).by_ids(
        [a.assistant_id for a in ended] + [r.assistant_id for r in ratings]
    )
    people: dict[int, Served] = {}

    def person(assistant_id: int) -> Served:
        return people.setdefault(assistant_id, Served(name_of(rows[assistant_id])))

    for assignment in ended:
        survey = surveys.get(assignment.id or 0)
        if survey is not None and not survey.took_place:
            continue
        served = person(assignment.assistant_id)
        served.sessions += 1
        served.minutes += by_id[assignment.session_id].session.duration_minutes
    for rating in ratings:
        person(rating.assistant_id).ratings.append(rating.rating)
    return tuple(sorted(people.values(), key=lambda served: served.name))
