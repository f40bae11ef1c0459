"""One program's feedback report for a term, assembled for people: the text and the ratings
chart in the reader's language (`feedback.ftl`), and the CSV, the same in chat
(`/exchange report`) and on the command line (`jointclass report`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.assistants.coverage import Coverage, coverage
from bot.core.clock import Clock
from bot.core.declared_text import choice_label
from bot.core.reply import Attachment
from bot.core.value_types import ValueProblem
from bot.feedback.activity_report import ActivityFigures, activity_figures
from bot.feedback.answers import NEXT_STEP_WORDS
from bot.feedback.csv_export import export_filename, feedback_csv
from bot.feedback.idle_pairs import idle_risks, session_days
from bot.feedback.phrase_lists import tally
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
from bot.feedback.terms import ALL_TERMS, Term, every_term, local_day, parse_term, term_of
from bot.i18n.languages import Language
from bot.i18n.messages import Joined, Message, Renderer
from bot.i18n.time_text import DayOf
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

    def text(self, language: Language, translator: Renderer) -> str:
        return report_text(self, language, translator)

    def data(self) -> dict[str, Any]:
        return report_data(self)

    def series(self) -> list[SeriesFigures]:
        return series_figures(self.records.series, self.records.answers, self.now)

    def funnel(self) -> dict[int, dict[PartnershipStage, int]]:
        return funnel(self.records.stages)

    def continuing(self) -> list[ContinuingPair]:
        records = self.records
        return continuing_pairs(records.stages, records.sessions, records.answers)

    def csv(self, language: Language, translator: Renderer) -> Attachment:
        title = translator.render(Message("report-csv-title"), language)
        return Attachment(
            export_filename(self.records), feedback_csv(self.records), "text/csv", title
        )

    def activities_csv(self, language: Language, translator: Renderer) -> Attachment | None:
        """Every step of the term's activities; None when there were none."""
        if not self.activities.activities:
            return None
        filename = export_filename(self.records).replace("feedback-", "activities-", 1)
        program, term = self.records.program.name, self.records.term.label
        content = self.activities.csv(program, term)
        title = translator.render(Message("report-activities-csv-title"), language)
        return Attachment(filename, content, "text/csv", title)

    def chart(self, language: Language, translator: Renderer) -> Attachment:
        zone = home_zone(self.records.program.home_country)
        starts = {s.session_id: local_day(s.start, zone) for s in self.records.sessions}
        points = [
            (starts[a.session_id], a.rating) for a in self.records.answers if a.rating is not None
        ]
        title = Message(
            "report-chart-title", program=self.records.program.name, term=self.records.term.label
        )
        filename = export_filename(self.records).removesuffix(".csv") + "-ratings.png"
        png = ratings_chart(points, translator.render(title, language), language, translator)
        description = translator.render(Message("report-chart-description"), language)
        return Attachment(filename, png, "image/png", description)


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
    """A program or term on the command line that cannot be reported on; `message` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


async def report_by_name(
    sessions: SessionFactory, clock: Clock, program_name: str, term_text: str | None
) -> ProgramReport:
    """The report `jointclass report` prints: the operator running it sees every program, and
    every term unless one is named, so that its CSV holds every answer."""
    async with sessions() as db:
        program = await Programs(db).by_name(program_name)
        if program is None:
            known = ", ".join(p.name for p in await Programs(db).all())
            raise ReportRequestError(
                Message("report-cli-no-program", name=program_name, programs=known)
                if known
                else Message("report-cli-no-program-yet", name=program_name)
            )
        try:
            term = parse_term(term_text) if term_text else every_term()
        except ValueProblem as problem:
            raise ReportRequestError(
                Message("report-cli-bad-term", problem=problem.message)
            ) from None
        return await compile_report(db, program, term, clock.now())


@dataclass(frozen=True)
class TermText:
    """`2027-1 (1 Mar 2027 – 31 Aug 2027)`, a range's two days, or every term, as a message
    argument in the reader's language."""

    term: Term

    def localized(self, language: Language, translator: Renderer) -> str:
        term = self.term
        first = DayOf(term.first_day, year=True, weekday=False)
        last = DayOf(term.last_day, year=True, weekday=False)
        if term.label == ALL_TERMS:
            message = Message("report-term-all")
        elif term.named:
            message = Message("report-term-named", term=term.label, first=first, last=last)
        else:
            message = Message("report-term-range", first=first, last=last)
        return translator.render(message, language)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def report_lines(compiled: ProgramReport) -> list[Message]:
    """The report, each line a whole message."""
    records, report = compiled.records, compiled.report
    outcomes = report.outcomes
    mean = "—" if report.mean_rating is None else f"{report.mean_rating:.2f}"
    lines = [
        Message("report-title", program=records.program.name, term=TermText(records.term)),
        _state(compiled),
        Message(
            "report-sessions",
            sessions=str(report.sessions),
            held=str(outcomes[AnswerStatus.HELD]),
            postponed=str(outcomes[AnswerStatus.POSTPONED]),
            cancelled=str(outcomes[AnswerStatus.CANCELLED]),
            unanswered=str(outcomes[UNANSWERED]),
        ),
        Message(
            "report-response-rate",
            rate=_percent(report.response_rate),
            answered=str(report.sides_answered),
            asked=report.sides_asked,
            answers=report.answers,
        ),
        Message(
            "report-ratings",
            mean=mean,
            count=sum(report.ratings.values()),
            spread=" · ".join(f"{rating}: {count}" for rating, count in report.ratings.items()),
        ),
        Message(
            "report-problems",
            problems=tally((choice_label(problem), n) for problem, n in report.problems),
        )
        if report.problems
        else Message("report-problems-none"),
        Message(
            "report-next-steps",
            steps=tally((NEXT_STEP_WORDS[step], n) for step, n in report.next_steps.items()),
        ),
    ]
    lines += [
        Message("report-both-want", step=NEXT_STEP_WORDS[step], pairs="; ".join(pairs))
        for step, pairs in report.ready_pairs.items()
        if pairs
    ]
    figures = compiled.funnel()
    if figures:
        lines.append(Message("report-funnel-heading"))
        lines += funnel_lines(figures)
    continuing = compiled.continuing()
    if continuing:
        lines.append(Message("report-continuing-heading", count=str(len(continuing))))
        lines += [continuing_line(pair) for pair in continuing]
    series = compiled.series()
    if series:
        lines.append(Message("report-series-heading", count=str(len(series))))
        lines += [series_line(figures) for figures in series]
    lines += compiled.activities.lines()
    if report.at_risk:
        lines.append(Message("report-at-risk-heading", count=str(len(report.at_risk))))
        lines += [
            Message(
                "report-pair-at-risk",
                pair=pair.pair,
                risks=Joined(tuple(risk.message for risk in pair.risks), "; "),
            )
            for pair in report.at_risk
        ]
    else:
        lines.append(Message("report-at-risk-none"))
    return lines


def report_text(compiled: ProgramReport, language: Language, translator: Renderer) -> str:
    written = [translator.render(line, language) for line in report_lines(compiled)]
    if compiled.assistance.asked:
        written += compiled.assistance.lines()  # still English (bot/assistants)
    return "\n".join(written)  # whole lines


def _state(compiled: ProgramReport) -> Message:
    term = compiled.records.term
    if compiled.closure is not None:
        return Message(
            "report-state-closed",
            day=DayOf(compiled.closure.closed_at.date(), year=True, weekday=False),
            closer=compiled.closure.closed_by,
        )
    if not term.named:
        return Message("report-state-range")
    return Message("report-state-open", term=term.label)


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
