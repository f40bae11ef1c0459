"""Activities in the coordinators' report: how the program's non-real-time exchanges of the
term stand, beside its sessions.

An activity counts in every term one of its deadlines falls in (the program's home-zone dates):
one planned across a term's end is in the report of both terms.
*Waiting*: proposed, not confirmed yet; *under way*: confirmed, no deadline missed; *overdue*:
confirmed, with a step still open after its deadline; *done*: every step done; *cancelled*.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.core.csv_files import csv_bytes
from bot.feedback.phrase_lists import tally
from bot.feedback.terms import Term, local_day
from bot.i18n.messages import Message
from bot.i18n.time_text import DayOf
from bot.times.geography import home_zone
from storage.engine import UnitOfWork
from storage.models import ActivityKind, ActivityStatus, ActivityStep, Program, StepStatus
from storage.repositories.activities import Activities
from storage.repositories.schools import Schools

CSV_COLUMNS = (
    "program",
    "term",
    "activity_id",
    "pair_id",
    "kind",
    "standing",  # waiting, under_way, overdue, done or cancelled
    "step_position",
    "step",
    "owner_id",
    "owner_name",
    "due_date",  # the owner's local date; the deadline is its end
    "due_utc",
    "planned_date",  # the rule's date, before a move off a closed day
    "moved_because",
    "step_status",  # open or done
    "done_at_utc",
    "link",
)
STANDINGS = ("waiting", "under_way", "overdue", "done", "cancelled")
STANDING_WORDS = {
    "waiting": Message("report-activities-waiting"),
    "under_way": Message("report-activities-under-way"),
    "overdue": Message("report-activities-overdue"),
    "done": Message("report-activities-done"),
    "cancelled": Message("report-activities-cancelled"),
}
KIND_NAMES = {
    ActivityKind.VIDEO_LETTER: Message("report-kind-video-letter"),
    ActivityKind.SHARED_BOARD: Message("report-kind-shared-board"),
    ActivityKind.LETTERS: Message("report-kind-letters"),
    ActivityKind.CULTURE_BOX: Message("report-kind-culture-box"),
}


@dataclass(frozen=True)
class LateStep:
    """An activity's first step still open after its deadline."""

    name: str
    owner: str  # the school that owes it
    due: date  # the owner's local date


@dataclass(frozen=True)
class ActivityFigure:
    activity_id: int
    pair_id: int
    pair: str  # "Hanbit Middle School – Lincoln Middle School"
    kind: str
    standing: str  # one of STANDINGS
    late: LateStep | None = None  # the first overdue step
    steps: tuple[ActivityStep, ...] = ()
    owners: tuple[tuple[str, str], ...] = ()  # (school id, name) of the steps' owners


@dataclass(frozen=True)
class ActivityFigures:
    activities: tuple[ActivityFigure, ...]

    def csv(self, program: str, term: str) -> bytes:
        """One row per step of each activity, in the columns of `CSV_COLUMNS`."""
        return csv_bytes(
            CSV_COLUMNS,
            (
                [
                    program,
                    term,
                    str(figure.activity_id),
                    str(figure.pair_id),
                    figure.kind,
                    figure.standing,
                    str(step.position),
                    step.name,
                    step.owner_school,
                    dict(figure.owners)[step.owner_school],
                    step.due_date.isoformat(),
                    step.due_utc.strftime("%Y-%m-%dT%H:%MZ"),
                    step.planned_date.isoformat(),
                    step.moved_because,
                    step.status.value,
                    step.done_at.strftime("%Y-%m-%dT%H:%MZ") if step.done_at else "",
                    step.link or "",
                ]
                for figure in self.activities
                for step in figure.steps
            ),
        )

    def counts(self) -> dict[str, int]:
        found = Counter(figure.standing for figure in self.activities)
        return {standing: found[standing] for standing in STANDINGS}

    def lines(self) -> list[Message]:
        if not self.activities:
            return [Message("report-activities-none")]
        counts = self.counts()
        lines = [
            Message(
                "report-activities",
                count=str(len(self.activities)),
                standings=tally((STANDING_WORDS[s], counts[s]) for s in STANDINGS),
            )
        ]
        lines += [
            Message(
                "report-activity-overdue",
                pair=figure.pair,
                kind=KIND_NAMES[ActivityKind(figure.kind)],
                activity=str(figure.activity_id),
                step=figure.late.name,
                school=figure.late.owner,
                due=DayOf(figure.late.due),
            )
            for figure in self.activities
            if figure.standing == "overdue" and figure.late is not None
        ]
        return lines

    def contact_days(self, zone: str) -> dict[int, set[date]]:
        """Each pair's days of contact through its activities (for the pairs gone quiet): the
        deadlines of a confirmed activity (the owner's dates) and the days its steps were done
        (on the calendar of `zone`, the program's)."""
        days: dict[int, set[date]] = {}
        for figure in self.activities:
            if figure.standing in ("waiting", "cancelled"):
                continue
            found = days.setdefault(figure.pair_id, set())
            for step in figure.steps:
                found.add(step.due_date)
                if step.done_at is not None:
                    found.add(local_day(step.done_at, zone))
        return days

    def data(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "activities": [
                {
                    "activity_id": f.activity_id,
                    "pair_id": f.pair_id,
                    "pair": f.pair,
                    "kind": f.kind,
                    "standing": f.standing,
                }
                for f in self.activities
            ],
        }


async def activity_figures(
    db: UnitOfWork, program: Program, term: Term, now: datetime
) -> ActivityFigures:
    assert program.id is not None
    zone = home_zone(program.home_country)
    repository = Activities(db)
    found = await repository.in_program(program.id)
    steps = await repository.steps(activity.id for activity, _ in found)
    by_activity: dict[int, list[ActivityStep]] = {}
    for step in steps:
        by_activity.setdefault(step.activity_id, []).append(step)
    schools = await Schools(db).by_ids(
        school for _, p in found for school in (p.school_a, p.school_b)
    )
    figures = []
    for activity, partnership in found:
        own = by_activity.get(activity.id or 0, [])
        if not any(term.contains(local_day(step.due_utc, zone)) for step in own):
            continue
        late = [s for s in own if s.status == StepStatus.OPEN and s.due_utc <= now]
        standing = {
            ActivityStatus.PROPOSED: "waiting",
            ActivityStatus.PLANNED: "overdue" if late else "under_way",
            ActivityStatus.DONE: "done",
            ActivityStatus.CANCELLED: "cancelled",
        }[activity.status]
        first_late = (
            LateStep(late[0].name, schools[late[0].owner_school].name, late[0].due_date)
            if late and standing == "overdue"
            else None
        )
        figures.append(
            ActivityFigure(
                activity_id=activity.id,  # type: ignore[arg-type]
                pair_id=partnership.id,  # type: ignore[arg-type]
                pair=f"{schools[partnership.school_a].name} – {schools[partnership.school_b].name}",
                kind=activity.kind.value,
                standing=standing,
                late=first_late,
                steps=tuple(own),
                owners=tuple(
                    (school, schools[school].name)
                    for school in (partnership.school_a, partnership.school_b)
                ),
            )
        )
    return ActivityFigures(tuple(figures))
