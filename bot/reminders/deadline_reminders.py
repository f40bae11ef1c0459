"""Reminders before each step's deadline, as rows: planned when both schools agree on an
activity, dropped when a step is done or the activity is cancelled.

Each step's owner school is reminded a week and a day before its deadline, at 09:00 on its own
clock, so a teacher reads it at the start of a school day with time left to do the work with
the class (the programs give a week for a practice run and a day for the last check; the same
two leads serve a deadline). A reminder that would fall on a day the owner is closed goes out
on its previous open day, as session reminders do; one whose moment has passed when the
activity is confirmed is not sent late.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.context import Context
from bot.i18n.messages import Message
from bot.i18n.time_text import CityOf, DayOf, TimeAt
from bot.reminders.plan import Clock
from bot.schools.closed_days import Closure, SchoolCalendar
from bot.schools.profile import SchoolProfile
from bot.times.display import Place
from bot.times.local_time import wall_to_utc
from storage.models import ActivityReminder, ActivityStep, School, StepStatus
from storage.repositories.activities import ActivityReminders

MORNING = 9 * 60  # minutes after local midnight
LEADS = {"1w": timedelta(weeks=1), "1d": timedelta(days=1)}
LEAD_NAMES = {"1w": "week", "1d": "day"}  # how the catalogs name them


@dataclass(frozen=True)
class PlannedDeadlineReminder:
    step: ActivityStep
    lead: str
    due: datetime  # UTC
    zone: str
    moved_from: Closure | None  # the closed day it would have fallen on


def plan_deadline_reminders(
    steps: Sequence[ActivityStep], owners: dict[str, School], now: datetime
) -> list[PlannedDeadlineReminder]:
    """Every reminder of the open steps still to come, by due instant."""
    planned = []
    for step in steps:
        if step.status != StepStatus.OPEN:
            continue
        owner = owners[step.owner_school]
        clock = Clock(owner.timezone, SchoolCalendar.of(SchoolProfile.of(owner)))
        for lead, before in LEADS.items():
            wanted = wall_to_utc(step.due_date - before, MORNING, owner.timezone)
            due, closure = clock.on_open_day(wanted)
            if due <= now:
                continue
            planned.append(PlannedDeadlineReminder(step, lead, due, owner.timezone, closure))
    return sorted(planned, key=lambda reminder: (reminder.due, reminder.step.position))


class DeadlineReminders:
    """The activities' `DeadlinePlanner` (`bot.activities.planner`)."""

    async def plan(self, ctx: Context, steps: Sequence[ActivityStep]) -> list[str]:
        owners = {
            school.id: school
            for school_id in {step.owner_school for step in steps}
            if (school := await ctx.schools.get(school_id)) is not None
        }
        planned = plan_deadline_reminders(steps, owners, ctx.now)
        await ActivityReminders(ctx.db).add(
            ActivityReminder(
                step_id=reminder.step.id,  # type: ignore[arg-type]
                lead=LEAD_NAMES[reminder.lead],
                zone=reminder.zone,
                due_at=reminder.due,
                moved_because=str(reminder.moved_from.name) if reminder.moved_from else "",
                created_at=ctx.now,
            )
            for reminder in planned
        )
        return [
            ctx.say(note)
            for reminder in planned
            if (note := moved_text(reminder, owners[reminder.step.owner_school]))
        ]

    async def drop(self, ctx: Context, steps: Sequence[ActivityStep]) -> int:
        return await ActivityReminders(ctx.db).cancel_pending(step.id for step in steps)


def moved_text(reminder: PlannedDeadlineReminder, owner: School) -> Message | None:
    """`The reminder a day before step reply goes out Fri 12 Mar 09:00 EST (New York): Sun 14
    Mar is Sunday in New York.`; None when it was not moved."""
    closure = reminder.moved_from
    if closure is None:
        return None
    place = Place.of(owner)
    return Message(
        "reminder-deadline-moved",
        lead=LEAD_NAMES[reminder.lead],
        step=reminder.step.name,
        due=TimeAt(reminder.due, (place,)),
        day=DayOf(closure.day),
        closure=closure.name,
        city=CityOf(place),
    )
