"""How an activity reads in replies, notifications and the joint channel: each step with its
owner, its task and its deadline in both schools' zones, the reader's school first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from textwrap import indent
from typing import Any

from bot.activities.kinds import KINDS, KindSpec
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Argument, Message, Renderer
from bot.i18n.time_text import DayOf, TimeAt
from bot.i18n.translator import english_only
from bot.i18n.zones import zone_city
from bot.schools.closed_days import named_again
from bot.schools.profile import SchoolProfile
from bot.sessions.partnership_choice import Pairing
from bot.times.display import Place
from storage.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    ActivityStep,
    School,
    StepStatus,
)


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

    def lines(self, reader: School, now: datetime) -> StepLines:
        """Each step, numbered, as `reader` reads it (their zone first)."""
        return StepLines(self, reader, now)

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


def status_message(status: ActivityStatus) -> Message:
    """`planned`, `done`…, as the reader's language says it."""
    return Message("activity-status", status=status.value)


def kind_title(kind: ActivityKind) -> Message:
    """`video letter exchange`, to stand inside a sentence."""
    return Message("activity-kind", kind=kind.value)


def step_task(kind: ActivityKind, step: str) -> Message:
    """What the step's owner does (`record the class's video letter and post its link`); a
    step the kind no longer declares is named as stored."""
    return Message("activity-step-task", task=f"{kind.value}-{step}", step=step)


def overdue(step: ActivityStep, now: datetime) -> bool:
    return step.status == StepStatus.OPEN and step.due_utc <= now


@dataclass(frozen=True)
class CityOf:
    """A school's city as the reader's language writes it (Seoul → 서울; Osaka as given)."""

    place: Place

    def localized(self, language: Language, translator: Renderer) -> str:
        return zone_city(self.place.timezone, self.place.city, language)


def due_message(step: ActivityStep, owner: School, other: School) -> Message:
    """`by the end of Wed 10 Mar 2027 in Seoul (Wed 10 Mar 10:00 EST (New York))`."""
    return Message(
        "activity-due",
        day=DayOf(step.due_date, year=True),
        city=CityOf(Place.of(owner)),
        there=TimeAt(step.due_utc, (Place.of(other),)),
    )


def in_english(message: Message) -> str:
    """For a caller whose texts are not in the catalogs yet."""
    return english_only().render(message, ENGLISH)


def due_text(step: ActivityStep, owner: School, other: School) -> str:
    """`due_message` in English, for texts not yet in the catalogs."""
    return in_english(due_message(step, owner, other))


def moment(instant: datetime, reader: School) -> TimeAt:
    """When something happened, on the reader's school's clock: `Mon 11 Jan 10:02 KST (Seoul)`."""
    return TimeAt(instant, (Place.of(reader),))


def step_line(
    view: ActivityView, step: ActivityStep, reader: School, other: School, now: datetime
) -> Message:
    """`1. post — Hanbit Middle School: record …, by the end of …`, then whether its deadline
    moved, and whether it is done (with its link) or overdue."""
    owner = view.school(step.owner_school)
    partner = other if owner.id == reader.id else reader
    moved = "no"
    if step.due_date != step.planned_date:
        moved = "closed" if step.moved_because else "order"
    state = "open"
    if step.status == StepStatus.DONE:
        state = "done-link" if step.link else "done"
    elif view.activity.status == ActivityStatus.PLANNED and overdue(step, now):
        state = "overdue"
    return Message(
        "activity-step-line",
        position=step.position,
        step=step.name,
        school=owner.name,
        task=step_task(view.activity.kind, step.name),
        due=due_message(step, owner, partner),
        moved=moved,
        planned=DayOf(step.planned_date),
        because=named_again(SchoolProfile.of(owner), step.planned_date, step.moved_because)
        if step.moved_because
        else "",
        city=CityOf(Place.of(owner)),
        state=state,
        done_at=moment(step.done_at, reader) if step.done_at else "",
        link=step.link or "",
    )


@dataclass(frozen=True)
class StepLines:
    """Every step of an activity, numbered and indented, as `reader` reads it (their zone
    first): a message argument, so that each reader gets their own language."""

    view: ActivityView
    reader: School
    now: datetime

    def localized(self, language: Language, translator: Renderer) -> str:
        view, reader = self.view, self.reader
        other = view.theirs if reader.id == view.mine.id else view.mine
        written = [
            translator.render(step_line(view, step, reader, other, self.now), language)
            for step in view.steps
        ]
        return indent("\n".join(written), "  ")  # whole lines, one a step


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


def summary_line(view: ActivityView, now: datetime) -> Message:
    """One line for a list: `#3 video letter exchange with Lincoln High School — planned, next:
    reply by Lincoln High School, …`."""
    shared: dict[str, Argument | Message] = {
        "id": view.id,
        "kind": kind_title(view.activity.kind),
        "partner": view.theirs.name,
        "status": status_message(view.activity.status),
    }
    upcoming: Sequence[ActivityStep] = view.open_steps()
    if view.activity.status != ActivityStatus.PLANNED or not upcoming:
        return Message("activity-list-row", **shared)
    step = upcoming[0]
    owner = view.school(step.owner_school)
    other = view.theirs if owner.id == view.mine.id else view.mine
    return Message(
        "activity-list-row-next",
        **shared,
        step=step.name,
        school=owner.name,
        due=due_message(step, owner, other),
        overdue="yes" if overdue(step, now) else "no",
    )
