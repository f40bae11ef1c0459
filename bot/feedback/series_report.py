"""Series in the coordinators' report: for each series, what became of its occurrences in the
term, and who carried the after-school hour, as arithmetic over plain rows.

Definitions (the README repeats them): an occurrence belongs to the term its session starts
in (a skipped one: its planned start). *Held*: its session's outcome is held (see
`report.session_outcome`); *moved*: placed elsewhere in its week than the rule's time, by the
planner or by the teachers; *skipped*: no time that week suited both schools; *cancelled*: its
session was cancelled; *to come*: its session has not ended yet. *After school* counts the
occurrences still taking place (not skipped or cancelled) that lie outside a school's class
hours.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.feedback.report import AnswerRow, SchoolRow, session_outcome
from bot.i18n.messages import Message
from bot.times.display import Place
from storage.models import AnswerStatus, Placement, SeriesCadence, SessionStatus


@dataclass(frozen=True)
class OccurrenceRow:
    series_id: int
    pair_id: int
    schools: tuple[SchoolRow, SchoolRow]
    cadence: str
    position: int
    occurrences: int  # of the whole series
    placement: str  # a Placement
    session_id: int | None  # None when skipped at booking
    session_status: str | None  # a SessionStatus
    start: datetime  # the session's, or the planned start when it has none
    end: datetime | None
    after_school_for: tuple[str, ...] = ()

    @property
    def pair(self) -> str:
        return f"{self.schools[0].name} – {self.schools[1].name}"


@dataclass(frozen=True)
class SeriesFigures:
    series_id: int
    pair_id: int
    pair: str
    cadence: str
    occurrences: int  # in the term
    held: int
    moved: int
    skipped: int
    cancelled: int
    to_come: int
    after_school: tuple[tuple[str, int], ...]  # (city, occurrences after school for it)
    taking_place: int  # neither skipped nor cancelled: what `after_school` counts out of


def series_figures(
    rows: Sequence[OccurrenceRow], answers: Sequence[AnswerRow], now: datetime
) -> list[SeriesFigures]:
    """One line of figures per series with an occurrence in `rows`, in series order."""
    statuses: dict[int, list[str]] = defaultdict(list)
    for answer in answers:
        statuses[answer.session_id].append(answer.status)
    by_series: dict[int, list[OccurrenceRow]] = defaultdict(list)
    for row in rows:
        by_series[row.series_id].append(row)
    figures = []
    for series_id, occurrences in sorted(by_series.items()):
        first = occurrences[0]
        skipped = [o for o in occurrences if o.placement == Placement.SKIPPED]
        cancelled = [
            o
            for o in occurrences
            if o.placement != Placement.SKIPPED and o.session_status == SessionStatus.CANCELLED
        ]
        taking_place = [o for o in occurrences if o not in skipped and o not in cancelled]
        held = [
            o
            for o in taking_place
            if o.session_id is not None
            and session_outcome(o.session_status or "", statuses[o.session_id]) == AnswerStatus.HELD
        ]
        figures.append(
            SeriesFigures(
                series_id=series_id,
                pair_id=first.pair_id,
                pair=first.pair,
                cadence=first.cadence,
                occurrences=len(occurrences),
                held=len(held),
                moved=sum(o.placement == Placement.MOVED for o in occurrences),
                skipped=len(skipped),
                cancelled=len(cancelled),
                to_come=sum(o.end is not None and o.end > now for o in taking_place),
                after_school=tuple(
                    (
                        Place.of(school).city,
                        sum(school.id in o.after_school_for for o in taking_place),
                    )
                    for school in first.schools
                ),
                taking_place=len(taking_place),
            )
        )
    return figures


CADENCES = {
    SeriesCadence.WEEKLY: Message("report-cadence-weekly"),
    SeriesCadence.EVERY_2_WEEKS: Message("report-cadence-every-2-weeks"),
    SeriesCadence.EVERY_3_WEEKS: Message("report-cadence-every-3-weeks"),
    SeriesCadence.EVERY_4_WEEKS: Message("report-cadence-every-4-weeks"),
    SeriesCadence.MONTHLY: Message("report-cadence-monthly"),
}


def series_line(figures: SeriesFigures) -> Message:
    """`Hanbit – Molière, series #3 every week: 6 sessions — held 4 · moved 1 · …`, with how
    many of those taking place were after school for each of the two schools."""
    (city, count), (other_city, other_count) = figures.after_school
    return Message(
        "report-series-line",
        pair=figures.pair,
        series=str(figures.series_id),
        cadence=CADENCES[SeriesCadence(figures.cadence)],
        occurrences=figures.occurrences,
        held=str(figures.held),
        moved=str(figures.moved),
        skipped=str(figures.skipped),
        cancelled=str(figures.cancelled),
        to_come=str(figures.to_come),
        city=city,
        count=str(count),
        other_city=other_city,
        other_count=str(other_count),
        total=str(figures.taking_place),
    )


def series_data(figures: SeriesFigures) -> dict[str, object]:
    return {
        "series_id": figures.series_id,
        "pair_id": figures.pair_id,
        "pair": figures.pair,
        "cadence": figures.cadence,
        "occurrences": figures.occurrences,
        "held": figures.held,
        "moved": figures.moved,
        "skipped": figures.skipped,
        "cancelled": figures.cancelled,
        "to_come": figures.to_come,
        "after_school": dict(figures.after_school),
    }
