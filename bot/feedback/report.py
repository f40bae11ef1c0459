"""The coordinators' report as arithmetic over plain rows, so every figure can be checked by hand.

Definitions (the README repeats them):
- A *side* is one school's part in one ended session; it was asked once. Its answer counts when
  at least one of that school's teachers answered. Response rate = answered sides / asked sides.
- Ratings, problems and next steps are counted per teacher answer.
- A session's *outcome* is `cancelled` when its booking was cancelled, else the most serious
  status any teacher reported (cancelled, then postponed, then held), else `unanswered`.
- A pair is *at risk* for: a rating of 2 or less, a cancelled session, a postponed session, a
  session held or due whose practice run was skipped (see `bot.feedback.records` for how that is
  measured; a session cancelled or postponed needed none), a side still unanswered a week
  after it was asked, or six school weeks of the term without a session
  (`bot.feedback.idle_pairs`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.feedback.answers import LOW_RATING, NEXT_STEPS, NONE, PROBLEMS
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Message
from bot.i18n.translator import english_only
from storage.models import AnswerStatus, SessionStatus

UNANSWERED = "unanswered"
OUTCOMES = (*AnswerStatus, UNANSWERED)
# the first status any answer gives wins
SEVERITY = (AnswerStatus.CANCELLED, AnswerStatus.POSTPONED, AnswerStatus.HELD)
UNANSWERED_AFTER = timedelta(days=7)
READY_STEPS = ("visit", "agreement")


@dataclass(frozen=True)
class SchoolRow:
    id: str
    name: str
    timezone: str
    city: str


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    pair_id: int
    schools: tuple[SchoolRow, SchoolRow]
    start: datetime
    end: datetime
    booking_status: str  # a SessionStatus: booked or cancelled
    cancel_reason: str = ""
    practice_run: bool | None = None  # reminded, skipped, or not measured

    @property
    def pair(self) -> str:
        return f"{self.schools[0].name} – {self.schools[1].name}"


@dataclass(frozen=True)
class SideRow:
    """A school asked about a session (a `FeedbackRequest`)."""

    session_id: int
    school_id: str
    asked_at: datetime


@dataclass(frozen=True)
class AnswerRow:
    session_id: int
    school_id: str
    status: str
    rating: int | None = None
    reason: str = ""
    problems: tuple[str, ...] = ()
    continue_with: tuple[str, ...] = ()
    went_well: str = ""
    improve: str = ""
    teacher: str = ""
    submitted_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Risk:
    kind: str  # low_rating, cancelled, postponed, skipped_practice, no_answer, idle
    session_id: int | None  # None for the pair as a whole (idle)
    message: Message  # what the report says, in its reader's language

    @property
    def text(self) -> str:
        """In English, as the report's `data` (machine-readable) gives it."""
        return english_only().render(self.message, ENGLISH)


@dataclass(frozen=True)
class PairAtRisk:
    pair_id: int
    pair: str
    risks: tuple[Risk, ...]


@dataclass(frozen=True)
class FeedbackReport:
    sessions: int  # ended or cancelled sessions in scope
    sides_asked: int
    sides_answered: int
    answers: int
    ratings: dict[int, int]  # 1..5 → how many answers gave it
    outcomes: dict[str, int]  # held, postponed, cancelled, unanswered → sessions
    problems: list[tuple[str, int]]  # most reported first; "none" left out
    next_steps: dict[str, int]  # online, visit, agreement, none → answers choosing it
    ready_pairs: dict[str, list[str]]  # visit/agreement → pairs where both schools chose it
    at_risk: list[PairAtRisk] = field(default_factory=list)

    @property
    def response_rate(self) -> float | None:
        return self.sides_answered / self.sides_asked if self.sides_asked else None

    @property
    def mean_rating(self) -> float | None:
        count = sum(self.ratings.values())
        if not count:
            return None
        return round(sum(r * n for r, n in self.ratings.items()) / count, 2)


def session_outcome(booking_status: str, statuses: Iterable[str]) -> str:
    """What became of a session, from its booking and the statuses its teachers reported."""
    if booking_status == SessionStatus.CANCELLED:
        return AnswerStatus.CANCELLED
    given = set(statuses)
    return next((status for status in SEVERITY if status in given), UNANSWERED)


def _outcome(session: SessionRow, answers: Iterable[AnswerRow]) -> str:
    return session_outcome(session.booking_status, (answer.status for answer in answers))


def build_report(
    sessions: Sequence[SessionRow],
    sides: Sequence[SideRow],
    answers: Sequence[AnswerRow],
    now: datetime,
) -> FeedbackReport:
    """The figures over sessions that ended (or were cancelled) by `now`."""
    in_scope = [s for s in sessions if s.booking_status == SessionStatus.CANCELLED or s.end <= now]
    ids = {s.session_id for s in in_scope}
    answers = [a for a in answers if a.session_id in ids]
    sides = [s for s in sides if s.session_id in ids]
    by_session: dict[int, list[AnswerRow]] = defaultdict(list)
    for answer in answers:
        by_session[answer.session_id].append(answer)
    answered = {(a.session_id, a.school_id) for a in answers}
    outcomes = Counter(_outcome(s, by_session[s.session_id]) for s in in_scope)
    ratings = Counter(a.rating for a in answers if a.rating is not None)
    problems = Counter(p for a in answers for p in a.problems if p != NONE)
    steps = Counter(step for a in answers for step in a.continue_with)
    return FeedbackReport(
        sessions=len(in_scope),
        sides_asked=len(sides),
        sides_answered=sum((s.session_id, s.school_id) in answered for s in sides),
        answers=len(answers),
        ratings={rating: ratings[rating] for rating in range(1, 6)},
        outcomes={outcome: outcomes[outcome] for outcome in OUTCOMES},
        problems=sorted(
            ((p, problems[p]) for p in PROBLEMS if problems[p]), key=lambda item: -item[1]
        ),
        next_steps={step: steps[step] for step in NEXT_STEPS},
        ready_pairs=_ready_pairs(in_scope, answers),
        at_risk=_pairs_at_risk(in_scope, sides, by_session, answered, now),
    )


def _ready_pairs(
    sessions: Sequence[SessionRow], answers: Sequence[AnswerRow]
) -> dict[str, list[str]]:
    """Pairs where a teacher of each school chose the step: ready for the coordinator's help."""
    pair_of = {s.session_id: s for s in sessions}
    wanted: dict[tuple[int, str], set[str]] = defaultdict(set)
    for answer in answers:
        for step in answer.continue_with:
            wanted[(pair_of[answer.session_id].pair_id, step)].add(answer.school_id)
    pairs = {s.pair_id: s for s in sessions}
    return {
        step: sorted(
            session.pair
            for pair_id, session in pairs.items()
            if wanted[(pair_id, step)] >= {school.id for school in session.schools}
        )
        for step in READY_STEPS
    }


def _pairs_at_risk(
    sessions: Sequence[SessionRow],
    sides: Sequence[SideRow],
    by_session: dict[int, list[AnswerRow]],
    answered: set[tuple[int, str]],
    now: datetime,
) -> list[PairAtRisk]:
    risks: dict[int, list[Risk]] = defaultdict(list)
    session_of = {s.session_id: s for s in sessions}
    for session in sorted(sessions, key=lambda s: (s.start, s.session_id)):
        risks[session.pair_id] += _session_risks(session, by_session[session.session_id])
    for side in sorted(sides, key=lambda s: (s.asked_at, s.session_id, s.school_id)):
        if (side.session_id, side.school_id) in answered or side.asked_at + UNANSWERED_AFTER > now:
            continue
        session = session_of[side.session_id]
        name = next(s.name for s in session.schools if s.id == side.school_id)
        risks[session.pair_id].append(
            Risk(
                "no_answer",
                side.session_id,
                Message("report-risk-no-answer", school=name, session=str(side.session_id)),
            )
        )
    labels = {s.pair_id: s.pair for s in sessions}
    flagged = [
        PairAtRisk(pair_id, labels[pair_id], tuple(found))
        for pair_id, found in risks.items()
        if found
    ]
    return _most_reasons_first(flagged)


def _most_reasons_first(pairs: Iterable[PairAtRisk]) -> list[PairAtRisk]:
    return sorted(pairs, key=lambda p: (-len(p.risks), p.pair))


def with_pair_risks(
    report: FeedbackReport, risks: Iterable[tuple[int, str, Risk]]
) -> FeedbackReport:
    """The report with more (pair id, pair, risk) added to its pairs at risk."""
    flagged = {pair.pair_id: pair for pair in report.at_risk}
    for pair_id, label, risk in risks:
        earlier = flagged.get(pair_id)
        flagged[pair_id] = PairAtRisk(pair_id, label, (*(earlier.risks if earlier else ()), risk))
    return replace(report, at_risk=_most_reasons_first(flagged.values()))


def _session_risks(session: SessionRow, answers: Sequence[AnswerRow]) -> list[Risk]:
    number = session.session_id
    names = {school.id: school.name for school in session.schools}
    found = [
        Risk(
            "low_rating",
            number,
            Message(
                "report-risk-low-rating",
                rating=str(a.rating),
                school=names[a.school_id],
                session=str(number),
            ),
        )
        for a in answers
        if a.rating is not None and a.rating <= LOW_RATING
    ]
    outcome = _outcome(session, answers)
    if outcome in (AnswerStatus.CANCELLED, AnswerStatus.POSTPONED):
        reasons = [session.cancel_reason] if session.cancel_reason else []
        reasons += [a.reason for a in answers if a.status == outcome and a.reason]
        said = Message(
            "report-risk-not-held-because",
            session=str(number),
            outcome=outcome,
            reasons="; ".join(dict.fromkeys(reasons)),
        )
        if not reasons:
            said = Message("report-risk-not-held", session=str(number), outcome=outcome)
        found.append(Risk(outcome, number, said))
    if session.practice_run is False and outcome not in (
        AnswerStatus.CANCELLED,
        AnswerStatus.POSTPONED,
    ):
        found.append(
            Risk(
                "skipped_practice", number, Message("report-risk-no-practice", session=str(number))
            )
        )
    return found
