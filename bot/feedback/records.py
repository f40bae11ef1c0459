"""A program's feedback for one term, read from storage as the plain rows the report, the chart
and the CSV are computed from.

Whether a practice run happened is not something the bot sees. What it does see is whether the
session's device-and-connection-check reminder (the reminders' `practice` kind) went out: a
session without one (booked too late for it, or the reminder skipped while the bot was down)
counts as a skipped practice run. When the program has turned that reminder off, nothing is
measured and no session is flagged for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.feedback.answers import split_list
from bot.feedback.report import AnswerRow, SchoolRow, SessionRow, SideRow
from bot.feedback.terms import Term, home_zone, local_day, term_of
from bot.reminders.plan import ReminderKind
from bot.reminders.session_reminders import lead_times_of
from storage.models import (
    ExchangeSession,
    FeedbackAnswer,
    FeedbackClosure,
    FeedbackRequest,
    Partnership,
    Program,
    Reminder,
    School,
)

REPORTED_STATUSES = ("booked", "cancelled")  # pending proposals never took place


@dataclass(frozen=True)
class FeedbackRecords:
    program: Program
    term: Term
    sessions: list[SessionRow]
    sides: list[SideRow]
    answers: list[AnswerRow]


def session_term(session: ExchangeSession, program: Program) -> Term:
    """The named term a session belongs to: its start's date on the program's calendar."""
    return term_of(local_day(session.start_utc, home_zone(program.home_country)))


async def closure_of(db: AsyncSession, program_id: int, term: str) -> FeedbackClosure | None:
    result = await db.exec(
        select(FeedbackClosure).where(
            FeedbackClosure.program_id == program_id, FeedbackClosure.term == term
        )
    )
    return result.first()


def school_row(school: School) -> SchoolRow:
    return SchoolRow(school.id, school.name, school.timezone, school.city)


def answer_row(answer: FeedbackAnswer) -> AnswerRow:
    return AnswerRow(
        session_id=answer.session_id,
        school_id=answer.school_id,
        status=answer.status,
        rating=answer.rating,
        reason=answer.reason,
        problems=split_list(answer.problems),
        continue_with=split_list(answer.continue_with),
        went_well=answer.went_well,
        improve=answer.improve,
        teacher=answer.display_name or answer.user_id,
        submitted_at=answer.submitted_at,
        updated_at=answer.updated_at,
    )


async def load_records(db: AsyncSession, program: Program, term: Term) -> FeedbackRecords:
    assert program.id is not None
    zone = home_zone(program.home_country)
    result = await db.exec(
        select(ExchangeSession, Partnership)
        .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
        .where(
            Partnership.program_id == program.id,
            col(ExchangeSession.status).in_(REPORTED_STATUSES),
        )
        .order_by(col(ExchangeSession.start_utc), col(ExchangeSession.id))
    )
    pairs = [
        (session, partnership)
        for session, partnership in result.all()
        if term.contains(local_day(session.start_utc, zone))
    ]
    schools = {school.id: school for school in await _schools(db, pairs)}
    practised = await _practice_reminded(db, program, [session.id for session, _ in pairs])
    sessions = [
        SessionRow(
            session_id=session.id,  # type: ignore[arg-type]
            pair_id=partnership.id,  # type: ignore[arg-type]
            schools=(
                school_row(schools[partnership.school_a]),
                school_row(schools[partnership.school_b]),
            ),
            start=session.start_utc,
            end=session.end_utc,
            booking_status=session.status,
            cancel_reason=session.cancel_reason or "",
            practice_run=None if practised is None else session.id in practised,
        )
        for session, partnership in pairs
    ]
    ids = [row.session_id for row in sessions]
    requests = await db.exec(
        select(FeedbackRequest).where(col(FeedbackRequest.session_id).in_(ids))
    )
    answers = await db.exec(
        select(FeedbackAnswer)
        .where(col(FeedbackAnswer.session_id).in_(ids))
        .order_by(col(FeedbackAnswer.session_id), col(FeedbackAnswer.id))
    )
    return FeedbackRecords(
        program=program,
        term=term,
        sessions=sessions,
        sides=[SideRow(r.session_id, r.school_id, r.asked_at) for r in requests.all()],
        answers=[answer_row(answer) for answer in answers.all()],
    )


async def _practice_reminded(
    db: AsyncSession, program: Program, session_ids: Sequence[int | None]
) -> set[int] | None:
    """Sessions whose practice-run reminder went out; None when the program has none."""
    if (await lead_times_of(db, program.id)).practice is None:  # type: ignore[arg-type]
        return None
    result = await db.exec(
        select(Reminder.session_id).where(
            col(Reminder.session_id).in_(session_ids),
            Reminder.kind == ReminderKind.PRACTICE.value,
            Reminder.status == "sent",
        )
    )
    return set(result.all())


async def _schools(
    db: AsyncSession, pairs: Sequence[tuple[ExchangeSession, Partnership]]
) -> Sequence[School]:
    ids = {school for _, p in pairs for school in (p.school_a, p.school_b)}
    if not ids:
        return []
    return (await db.exec(select(School).where(col(School.id).in_(ids)))).all()
