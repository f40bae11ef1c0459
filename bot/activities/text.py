"""How an activity reads in replies, notifications and the joint channel: each step with its
owner, its task and its deadline in both schools' zones, the reader's school first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.activities.kinds import KINDS, KindSpec
from bot.schools.earlier_changes import moment
from bot.sessions.partnership_choice import Pairing
from bot.times.display import Place, at_place, day_label
from storage.models import Activity, ActivityStatus, ActivityStep, School, StepStatus


@dataclass(frozen=True)
class ActivityView:
    """An activity with its steps and both schools, the caller's first."""

    activity: Activity
    steps: tuple[ActivityStep, ...]
    pairing: Pairing

    @property
    def id(self) -> int:
        assert self.activity.id is not None  # a stored row
        return self.activity.id

    @property
    def spec(self) -> KindSpec:
        return KINDS[self.activity.kind]

    @property
    def mine(self) -> School:
        return self.pairing.mine

    @property
    def theirs(self) -> School:
        return self.pairing.theirs

    def school(self, school_id: str) -> School:
        return self.mine if school_id == self.mine.id else self.theirs

    def step_named(self, name: str) -> ActivityStep | None:
        return next((step for step in self.steps if step.name == name), None)

    def open_steps(self) -> list[ActivityStep]:
        return [step for step in self.steps if step.status == StepStatus.OPEN]

    def name(self) -> str:
        """`the video letter exchange #3 with Lincoln High School`, as the caller reads it."""
        return f"the {self.spec.title} #{self.id} with {self.theirs.name}"

    def title(self) -> str:
        """`Video letter exchange #3 with Lincoln High School`, to begin a sentence."""
        return f"{self.spec.title.capitalize()} #{self.id} with {self.theirs.name}"

    def lines(self, reader: School, now: datetime) -> list[str]:
        """Each step, numbered, as `reader` reads it (their zone first)."""
        other = self.theirs if reader.id == self.mine.id else self.mine
        return [step_line(self, step, reader, other, now) for step in self.steps]

    def data(self, reader: School, now: datetime) -> dict[str, Any]:
        activity = self.activity
        return {
            "id": activity.id,
            "kind": activity.kind.value,
            "status": activity.status.value,
            "partnership_id": activity.partnership_id,
            "first_school": activity.first_school,
            "board_link": activity.board_link,
            "steps": [step_data(self, step, now) for step in self.steps],
        }


STATUS_WORDS = {
    ActivityStatus.PROPOSED: "proposed, waiting for the partner school to confirm",
    ActivityStatus.PLANNED: "planned",
    ActivityStatus.DONE: "done",
    ActivityStatus.CANCELLED: "cancelled",
}


def overdue(step: ActivityStep, now: datetime) -> bool:
    return step.status == StepStatus.OPEN and step.due_utc <= now


def due_text(step: ActivityStep, owner: School, other: School) -> str:
    """`by the end of Wed 10 Mar 2027 in Seoul (Wed 10 Mar 10:00 EST (New York))`."""
    place = Place.of(owner)
    there = at_place(step.due_utc, Place.of(other))
    return f"by the end of {day_label(step.due_date, year=True)} in {place.city} ({there})"


def moved_text(step: ActivityStep, owner: School) -> str:
    """Why the deadline is not on the rule's date; empty when it is."""
    if step.due_date == step.planned_date:
        return ""
    planned = day_label(step.planned_date)
    if step.moved_because:
        return f"moved from {planned}, {step.moved_because} in {Place.of(owner).city}"
    return f"moved from {planned}, so that it ends after the step before"


def step_line(
    view: ActivityView, step: ActivityStep, reader: School, other: School, now: datetime
) -> str:
    owner = view.school(step.owner_school)
    partner = other if owner.id == reader.id else reader
    kind = view.spec.step(step.name)
    task = kind.task if kind else step.name
    parts = [
        f"  {step.position}. {step.name} — {owner.name}: {task}, {due_text(step, owner, partner)}"
    ]
    moved = moved_text(step, owner)
    if moved:
        parts.append(moved)
    if step.status == StepStatus.DONE:
        assert step.done_at is not None  # a done step records when
        done = f"done {moment(step.done_at, reader)}"
        parts.append(done + (f": {step.link}" if step.link else ""))
    elif view.activity.status == ActivityStatus.PLANNED and overdue(step, now):
        parts.append("overdue")
    return " — ".join(parts)


def step_data(view: ActivityView, step: ActivityStep, now: datetime) -> dict[str, Any]:
    return {
        "position": step.position,
        "name": step.name,
        "owner": step.owner_school,
        "due_date": step.due_date.isoformat(),
        "due_utc": step.due_utc.isoformat(),
        "planned_date": step.planned_date.isoformat(),
        "moved_because": step.moved_because,
        "status": step.status.value,
        "overdue": view.activity.status == ActivityStatus.PLANNED and overdue(step, now),
        "link": step.link,
        "done_at": step.done_at.isoformat() if step.done_at else None,
    }


def summary_line(view: ActivityView, now: datetime) -> str:
    """One line for a list: `#3 video letter exchange with Lincoln High School — planned, next:
    reply by Lincoln High School, …`."""
    status = STATUS_WORDS[view.activity.status]
    head = f"#{view.id} {view.spec.title} with {view.theirs.name} — {status}"
    upcoming: Sequence[ActivityStep] = view.open_steps()
    if view.activity.status != ActivityStatus.PLANNED or not upcoming:
        return head
    step = upcoming[0]
    owner = view.school(step.owner_school)
    late = " (overdue)" if overdue(step, now) else ""
    return (
        f"{head}; next: {step.name} by {owner.name}, "
        f"{due_text(step, owner, view.theirs if owner.id == view.mine.id else view.mine)}{late}"
    )
