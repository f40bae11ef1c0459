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
from dataclasses import dataclass, field
from datetime import date

from bot.feedback.idle_pairs import ActivePair
from bot.feedback.report import AnswerRow, SchoolRow, SessionRow, SideRow
from bot.feedback.series_report import OccurrenceRow
from bot.feedback.stage_report import PairStageRow
from bot.feedback.terms import Term, local_day, term_of
from bot.reminders.plan import ReminderKind
from bot.reminders.session_reminders import lead_times_of
from bot.schools.closed_days import SchoolCalendar
from bot.schools.profile import SchoolProfile, split_list
from bot.times.geography import home_zone
from storage.engine import UnitOfWork
from storage.models import (
    ExchangeSession,
    FeedbackAnswer,
    FeedbackClosure,
    Partnership,
    PartnershipStage,
    PartnershipStatus,
    Program,
    School,
)
from storage.repositories.feedback import FeedbackAnswers, FeedbackClosures, FeedbackRequests
from storage.repositories.partnerships import Partnerships
from storage.repositories.reminders import Reminders
from storage.repositories.schools import Schools
from storage.repositories.series import SeriesOfSessions
from storage.repositories.sessions import ExchangeSessions
from storage.repositories.stages import StageMoves


@dataclass(frozen=True)
class FeedbackRecords:
    program: Program
    term: Term
    sessions: list[SessionRow]
    sides: list[SideRow]
    answers: list[AnswerRow]
    series: list[OccurrenceRow] = field(default_factory=list)
    stages: list[PairStageRow] = field(default_factory=list)  # every pair the program made
    active_pairs: list[ActivePair] = field(default_factory=list)


def session_term(session: ExchangeSession, program: Program) -> Term:
    """The named term a session belongs to: its start's date on the program's calendar."""
    return term_of(local_day(session.start_utc, home_zone(program.home_country)))


async def closure_of(db: UnitOfWork, program_id: int, term: str) -> FeedbackClosure | None:
    return await FeedbackClosures(db).of_term(program_id, term)


def school_row(school: School) -> SchoolRow:
    return SchoolRow(school.id, school.name, school.timezone, school.city)


def pair_rows(partnership: Partnership, schools: dict[str, School]) -> tuple[SchoolRow, SchoolRow]:
    """The partnership's two schools, in its own order."""
    return school_row(schools[partnership.school_a]), school_row(schools[partnership.school_b])


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


async def load_records(db: UnitOfWork, program: Program, term: Term) -> FeedbackRecords:
    assert program.id is not None
    zone = home_zone(program.home_country)
    pairs = [
        (session, partnership)
        for session, partnership in await ExchangeSessions(db).reported_in_program(program.id)
        if term.contains(local_day(session.start_utc, zone))
    ]
    schools = await Schools(db).by_ids(
        school for _, p in pairs for school in (p.school_a, p.school_b)
    )
    practised = await _practice_reminded(db, program, [session.id for session, _ in pairs])
    sessions = [
        SessionRow(
            session_id=session.id,  # type: ignore[arg-type]
            pair_id=partnership.id,  # type: ignore[arg-type]
            schools=pair_rows(partnership, schools),
            start=session.start_utc,
            end=session.end_utc,
            booking_status=session.status,
            cancel_reason=session.cancel_reason or "",
            practice_run=None if practised is None else session.id in practised,
        )
        for session, partnership in pairs
    ]
    ids = [row.session_id for row in sessions]
    requests = await FeedbackRequests(db).of_sessions(ids)
    answers = await FeedbackAnswers(db).of_sessions(ids)
    stages, active_pairs = await _program_pairs(db, program)
    return FeedbackRecords(
        program=program,
        term=term,
        sessions=sessions,
        sides=[SideRow(r.session_id, r.school_id, r.asked_at) for r in requests],
        answers=[answer_row(answer) for answer in answers],
        series=await _series_rows(db, program, term),
        stages=stages,
        active_pairs=active_pairs,
    )


async def _program_pairs(
    db: UnitOfWork, program: Program
) -> tuple[list[PairStageRow], list[ActivePair]]:
    """Every partnership of the program with the days its stage moves were recorded, and the
    active ones with both schools' calendars."""
    assert program.id is not None
    partnerships = await Partnerships(db).of_program(program.id)
    ids = [p.id for p in partnerships if p.id is not None]
    zone = home_zone(program.home_country)
    moves: dict[int, list[tuple[date, PartnershipStage]]] = {}
    for move in await StageMoves(db).of_partnerships(ids):
        moves.setdefault(move.partnership_id, []).append(
            (local_day(move.recorded_at, zone), move.stage)
        )
    schools = await Schools(db).by_ids(s for p in partnerships for s in (p.school_a, p.school_b))
    stages, active = [], []
    for p in partnerships:
        assert p.id is not None  # a stored row
        label = f"{schools[p.school_a].name} – {schools[p.school_b].name}"
        made = local_day(p.created_at, zone)
        stages.append(PairStageRow(p.id, label, made, tuple(moves.get(p.id, ()))))
        if p.status == PartnershipStatus.ACTIVE:
            calendars = tuple(
                SchoolCalendar.of(SchoolProfile.of(schools[s])) for s in (p.school_a, p.school_b)
            )
            active.append(ActivePair(p.id, label, made, calendars))  # type: ignore[arg-type]
    return stages, active


async def _series_rows(db: UnitOfWork, program: Program, term: Term) -> list[OccurrenceRow]:
    """The occurrences of the program's series that fall in the term (by their session's start,
    or the planned start of a skipped one)."""
    assert program.id is not None
    repository = SeriesOfSessions(db)
    series = await repository.in_program(program.id)
    occurrences = await repository.occurrences(s.id for s, _ in series if s.id is not None)
    sessions = await ExchangeSessions(db).by_ids(
        o.session_id for o in occurrences if o.session_id is not None
    )
    schools = await Schools(db).by_ids(
        school for _, p in series for school in (p.school_a, p.school_b)
    )
    of_series = {s.id: (s, p) for s, p in series}
    zone = home_zone(program.home_country)
    rows = []
    for occurrence in occurrences:
        one, partnership = of_series[occurrence.series_id]
        session = sessions.get(occurrence.session_id) if occurrence.session_id else None
        start = session.start_utc if session else occurrence.planned_start_utc
        if not term.contains(local_day(start, zone)):
            continue
        rows.append(
            OccurrenceRow(
                series_id=occurrence.series_id,
                pair_id=partnership.id,  # type: ignore[arg-type]
                schools=pair_rows(partnership, schools),
                cadence=one.cadence,
                position=occurrence.position,
                occurrences=one.occurrences,
                placement=occurrence.placement,
                session_id=occurrence.session_id,
                session_status=session.status if session else None,
                start=start,
                end=session.end_utc if session else None,
                after_school_for=split_list(occurrence.after_school_for),
            )
        )
    return rows


async def _practice_reminded(
    db: UnitOfWork, program: Program, session_ids: Sequence[int | None]
) -> set[int] | None:
    """Sessions whose practice-run reminder went out; None when the program has none."""
    if (await lead_times_of(db, program.id)).practice is None:  # type: ignore[arg-type]
        return None
    return await Reminders(db).sessions_sent(session_ids, ReminderKind.PRACTICE)
