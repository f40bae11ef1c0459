"""One program's feedback report for a term, assembled for people: the text, the ratings chart
and the CSV, the same in chat (`/exchange report`) and on the command line
(`jointclass report`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.assistants.coverage import Coverage, coverage
from bot.core.clock import Clock
from bot.core.reply import Attachment
from bot.core.value_types import ValueProblem
from bot.feedback.activity_report import ActivityFigures, activity_figures
from bot.feedback.answers import NEXT_STEP_WORDS
from bot.feedback.csv_export import export_filename, feedback_csv
from bot.feedback.idle_pairs import idle_risks, session_days
from bot.feedback.ratings_chart import ratings_chart
from bot.feedback.records import FeedbackRecords, closure_of, load_records
from bot.feedback.report import UNANSWERED, FeedbackReport, build_report, with_pair_risks
from bot.feedback.series_report import SeriesFigures, series_data, series_figures, series_line
from bot.feedback.stage_report import (
    ContinuingPair,
    continuing_line,
    continuing_pairs,
    funnel,
    funnel_lines,
    stage_data,
)
from bot.feedback.terms import Term, every_term, local_day, parse_term, term_of
from bot.times.geography import home_zone
from storage.engine import SessionFactory, UnitOfWork
from storage.models import AnswerStatus, FeedbackClosure, PartnershipStage, Program
from storage.repositories.programs import Programs


@dataclass(frozen=True)
class ProgramReport:
    records: FeedbackRecords
    report: FeedbackReport
    closure: FeedbackClosure | None
    now: datetime  # when it was compiled: what is still to come
    assistance: Coverage  # the remote class assistants' part
    activities: ActivityFigures  # the non-real-time exchanges of the term

    def text(self) -> str:
        return render(self)

    def data(self) -> dict[str, Any]:
        return report_data(self)

    def series(self) -> list[SeriesFigures]:
        return series_figures(self.records.series, self.records.answers, self.now)

    def funnel(self) -> dict[int, dict[PartnershipStage, int]]:
        return funnel(self.records.stages)

    def continuing(self) -> list[ContinuingPair]:
        records = self.records
        return continuing_pairs(records.stages, records.sessions, records.answers)

    def csv(self) -> Attachment:
        return Attachment(
            export_filename(self.records),
            feedback_csv(self.records),
            "text/csv",
            "Every teacher answer",
        )

    def activities_csv(self) -> Attachment | None:
        """Every step of the term's activities; None when there were none."""
        if not self.activities.activities:
            return None
        filename = export_filename(self.records).replace("feedback-", "activities-", 1)
        program, term = self.records.program.name, self.records.term.label
        content = self.activities.csv(program, term)
        return Attachment(filename, content, "text/csv", "Every step of the term's activities")

    def chart(self) -> Attachment:
        zone = home_zone(self.records.program.home_country)
        starts = {s.session_id: local_day(s.start, zone) for s in self.records.sessions}
        points = [
            (starts[a.session_id], a.rating) for a in self.records.answers if a.rating is not None
        ]
        title = f"Ratings · {self.records.program.name} · {self.records.term.label}"
        filename = export_filename(self.records).removesuffix(".csv") + "-ratings.png"
        return Attachment(filename, ratings_chart(points, title), "image/png", "Ratings over time")


def current_term(program: Program, now: datetime) -> Term:
    return term_of(local_day(now, home_zone(program.home_country)))


async def compile_report(
    db: UnitOfWork, program: Program, term: Term, now: datetime
) -> ProgramReport:
    records = await load_records(db, program, term)
    report = build_report(records.sessions, records.sides, records.answers, now)
    activities = await activity_figures(db, program, term, now)
    zone = home_zone(program.home_country)
    met = session_days(records.sessions, zone)
    for pair_id, days in activities.contact_days(zone).items():
        met.setdefault(pair_id, set()).update(days)
    idle = idle_risks(records.active_pairs, met, term, local_day(now, zone))
    labels = {pair.pair_id: pair.pair for pair in records.active_pairs}
    report = with_pair_risks(report, ((i, labels[i], risk) for i, risk in idle.items()))
    closure = await closure_of(db, program.id, term.label) if term.named else None  # type: ignore[arg-type]
    assistance = await coverage(db, program, term.first_day, term.last_day, now)
    return ProgramReport(records, report, closure, now, assistance, activities)


class ReportRequestError(Exception):
    """A program or term on the command line that cannot be reported on; says why."""


async def report_by_name(
    sessions: SessionFactory, clock: Clock, program_name: str, term_text: str | None
) -> ProgramReport:
    """The report `jointclass report` prints: the operator running it sees every program, and
    every term unless one is named, so that its CSV holds every answer."""
    async with sessions() as db:
        program = await Programs(db).by_name(program_name)
        if program is None:
            known = ", ".join(p.name for p in await Programs(db).all()) or "none yet"
            raise ReportRequestError(f"no program named '{program_name}' (known: {known})")
        try:
            term = parse_term(term_text) if term_text else every_term()
        except ValueProblem as problem:
            raise ReportRequestError(f"--term: {problem}") from None
        return await compile_report(db, program, term, clock.now())


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def render(compiled: ProgramReport) -> str:
    records, report = compiled.records, compiled.report
    outcomes = report.outcomes
    rating_count = sum(report.ratings.values())
    mean = "—" if report.mean_rating is None else f"{report.mean_rating:.2f}"
    lines = [
        f"Feedback report · {records.program.name} · term {records.term.describe()}",
        _state(compiled),
        f"Sessions ended or cancelled: {report.sessions} — "
        f"held {outcomes[AnswerStatus.HELD]} · postponed {outcomes[AnswerStatus.POSTPONED]} · "
        f"cancelled {outcomes[AnswerStatus.CANCELLED]} · no answer yet {outcomes[UNANSWERED]}",
        f"Response rate: {_percent(report.response_rate)} ({report.sides_answered} of "
        f"{_count(report.sides_asked, 'school side')} answered; "
        f"{_count(report.answers, 'teacher answer')})",
        f"Rating: mean {mean} of 5 from {_count(rating_count, 'rating')} · "
        + " · ".join(f"{rating}: {count}" for rating, count in report.ratings.items()),
        "Technical problems: "
        + (" · ".join(f"{name} {count}" for name, count in report.problems) or "none reported"),
        "Want to continue with: "
        + " · ".join(f"{NEXT_STEP_WORDS[step]} {n}" for step, n in report.next_steps.items()),
    ]
    for step, pairs in report.ready_pairs.items():
        if pairs:
            lines.append(f"Both schools want {NEXT_STEP_WORDS[step]}: {'; '.join(pairs)}")
    figures = compiled.funnel()
    if figures:
        lines.append("Stages by year (each pair at its latest stage by 31 Dec):")
        lines += funnel_lines(figures)
    continuing = compiled.continuing()
    if continuing:
        lines.append(f"Pairs that want to continue, both schools ({len(continuing)}):")
        lines += [continuing_line(pair) for pair in continuing]
    series = compiled.series()
    if series:
        lines.append(f"Series ({len(series)}):")
        lines += [series_line(figures) for figures in series]
    lines += compiled.activities.lines()
    if report.at_risk:
        lines.append(f"Pairs at risk ({len(report.at_risk)}):")
        lines += [
            f"  {pair.pair}: " + "; ".join(risk.text for risk in pair.risks)
            for pair in report.at_risk
        ]
    else:
        lines.append("Pairs at risk: none.")
    if compiled.assistance.asked:
        lines += compiled.assistance.lines()
    return "\n".join(lines)


def _state(compiled: ProgramReport) -> str:
    term = compiled.records.term
    if compiled.closure is not None:
        closed = compiled.closure.closed_at.date()
        return f"Closed on {closed.day} {closed:%b %Y} by {compiled.closure.closed_by}: final."
    if not term.named:
        return "A custom range: answers stay editable until their own term is closed."
    return (
        f"Open: teachers can still answer and edit. Close it with "
        f"`/exchange feedback close {term.label}`."
    )


def report_data(compiled: ProgramReport) -> dict[str, Any]:
    report = compiled.report
    return {
        "program": compiled.records.program.name,
        "term": compiled.records.term.label,
        "closed": compiled.closure is not None,
        "sessions": report.sessions,
        "outcomes": report.outcomes,
        "sides_asked": report.sides_asked,
        "sides_answered": report.sides_answered,
        "response_rate": report.response_rate,
        "answers": report.answers,
        "ratings": {str(rating): n for rating, n in report.ratings.items()},
        "mean_rating": report.mean_rating,
        "problems": dict(report.problems),
        "continue_with": report.next_steps,
        "ready_pairs": report.ready_pairs,
        "at_risk": [
            {
                "pair_id": pair.pair_id,
                "pair": pair.pair,
                "risks": [
                    {"kind": r.kind, "session_id": r.session_id, "text": r.text} for r in pair.risks
                ],
            }
            for pair in report.at_risk
        ],
        "series": [series_data(figures) for figures in compiled.series()],
        "activities": compiled.activities.data(),
        "stages": stage_data(compiled.funnel(), compiled.continuing()),
        "assistance": compiled.assistance.data(),
    }
