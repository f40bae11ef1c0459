"""A booked session's reminders as plain values: what goes out, to whom, at which UTC instant.

Whose wall clock governs: each school's teachers get their reminders at the session's local
time in *their own* zone ("three months before" is 16:00 Seoul time for Seoul teachers, 08:00
Paris time for Paris teachers); the joint channel and the coordinators follow the home-side
school's zone, because the program runs on its calendar; the session's remote class assistant
(when one accepted it) gets the practice run, the checklist and the agenda on their own wall
clock. A lead-time reminder that would fall on a day that school is closed (a weekend, public
holiday or vacation of its own) moves to its previous open day, at the same local time; the
channel's and the coordinators' follow the home-side school's calendar. Reminders on the day
(the agenda, step nudges, the end-of-session hook) are elapsed time from the session's
instants, the same for everyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.reminders.lead_times import LeadTimes
from bot.schools.closed_days import Closure, SchoolCalendar
from bot.times.local_time import to_local, to_utc
from storage.models import ReminderKind

LEAD_TIME_OF = {
    ReminderKind.LEAD: "lead",
    ReminderKind.PRELIMINARY: "preliminary",
    ReminderKind.PRACTICE: "practice",
    ReminderKind.DAY_BEFORE: "day_before",
    ReminderKind.AGENDA: "agenda",
}
CHECKLIST_KINDS = (
    ReminderKind.LEAD,
    ReminderKind.PRELIMINARY,
    ReminderKind.PRACTICE,
    ReminderKind.DAY_BEFORE,
)
COORDINATED_KINDS = (ReminderKind.LEAD, ReminderKind.PRACTICE)
ASSISTED_KINDS = (ReminderKind.PRACTICE, ReminderKind.DAY_BEFORE, ReminderKind.AGENDA)
FEEDBACK_WINDOW = timedelta(days=7)  # an end-of-session message later than this is pointless
SEARCH_DAYS = 366  # how far back a reminder on a closed day looks for an open one

CHANNEL = "channel"  # the joint channel, when the pair has one
COORDINATORS = "coordinators"  # the program's coordinators
JOINT = "joint"  # the joint channel, or both schools' teachers when there is none
_TEACHERS = "teachers:"
_ASSISTANT = "assistant:"


def teachers(school_id: str) -> str:
    """The audience of one school's teachers."""
    return f"{_TEACHERS}{school_id}"


def school_of(audience: str) -> str | None:
    """The school of a teachers' audience; None for the others."""
    return audience.removeprefix(_TEACHERS) if audience.startswith(_TEACHERS) else None


def assistant(assistant_id: int) -> str:
    """The audience of the session's assistant: one person, so a reminder sent to them is not
    sent again to them, while another who takes the session over still gets theirs."""
    return f"{_ASSISTANT}{assistant_id}"


def assistant_of(audience: str) -> int | None:
    """The assistant of an assistant's audience; None for the others."""
    return int(audience.removeprefix(_ASSISTANT)) if audience.startswith(_ASSISTANT) else None


@dataclass(frozen=True)
class Clock:
    """The wall clock, and the calendar of open days, that set a reminder's moment."""

    zone: str
    calendar: SchoolCalendar | None = None  # None: every day counts as open

    def on_open_day(self, due: datetime) -> tuple[datetime, Closure | None]:
        """`due`, or the same local time on the last open day before it when its day is
        closed, with that closure; unchanged when no day within a year before is open."""
        local = to_local(due, self.zone).replace(tzinfo=None)
        closure = self.calendar.closure(local.date()) if self.calendar else None
        if closure is None or self.calendar is None:
            return due, None
        for back in range(1, SEARCH_DAYS + 1):
            if self.calendar.is_open(local.date() - timedelta(days=back)):
                return to_utc(local - timedelta(days=back), self.zone), closure
        return due, None


@dataclass(frozen=True)
class SessionTimes:
    start: datetime  # UTC
    end: datetime
    home: Clock  # governs the joint channel and the coordinators
    schools: tuple[tuple[str, Clock], ...]  # (school id, its clock) for both schools
    assistant: tuple[int, str] | None = None  # (id, IANA zone) of the assistant who accepted


@dataclass(frozen=True)
class StepTimes:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class PlannedReminder:
    kind: ReminderKind
    audience: str
    due: datetime  # UTC
    zone: str  # whose wall clock set `due`
    useful_until: datetime  # after this, a late reminder is skipped instead of sent
    step: int | None = None  # agenda step index, for nudges
    moved_from: Closure | None = None  # the closed day it would have fallen on

    @property
    def key(self) -> tuple[str, str, int | None]:
        return self.kind, self.audience, self.step


def plan_reminders(
    session: SessionTimes, lead_times: LeadTimes, steps: Sequence[StepTimes] = ()
) -> list[PlannedReminder]:
    """Every reminder of the session, sorted by due instant. `steps` get nudges when given."""
    plan: list[PlannedReminder] = []
    for kind in CHECKLIST_KINDS:
        lead = getattr(lead_times, LEAD_TIME_OF[kind])
        if lead.off:
            continue
        audiences = [(CHANNEL, session.home)]
        audiences += [(teachers(school), clock) for school, clock in session.schools]
        if kind in COORDINATED_KINDS:
            audiences.append((COORDINATORS, session.home))
        if kind in ASSISTED_KINDS and session.assistant:
            audiences.append((assistant(session.assistant[0]), Clock(session.assistant[1])))
        for audience, clock in audiences:
            due, moved_from = clock.on_open_day(lead.before(session.start, clock.zone))
            plan.append(
                PlannedReminder(
                    kind, audience, due, clock.zone, session.start, moved_from=moved_from
                )
            )
    home_zone = session.home.zone
    if not lead_times.agenda.off:
        due = lead_times.agenda.before(session.start, home_zone)
        plan.append(PlannedReminder(ReminderKind.AGENDA, JOINT, due, home_zone, session.start))
        if session.assistant:
            helper, zone = session.assistant
            plan.append(
                PlannedReminder(ReminderKind.AGENDA, assistant(helper), due, zone, session.start)
            )
    plan += [
        PlannedReminder(ReminderKind.STEP, JOINT, step.start, home_zone, step.end, index)
        for index, step in enumerate(steps)
    ]
    plan.append(
        PlannedReminder(
            ReminderKind.END, JOINT, session.end, home_zone, session.end + FEEDBACK_WINDOW
        )
    )
    return sorted(plan, key=lambda planned: (planned.due, planned.kind, planned.audience))


def split_missed(
    plan: Sequence[PlannedReminder], now: datetime
) -> tuple[list[PlannedReminder], list[PlannedReminder]]:
    """(to schedule, missed) for a session booked at `now`.

    A preparation step whose moment has passed is not fired late in a burst: it is missed,
    and the booking reply shows it as a checklist. A reminder of the day that is late but still
    useful (the agenda of a session booked an hour ahead) is scheduled for `now`.
    """
    scheduled: list[PlannedReminder] = []
    missed: list[PlannedReminder] = []
    for planned in plan:
        if planned.due > now:
            scheduled.append(planned)
        elif planned.kind in CHECKLIST_KINDS:
            missed.append(planned)
        elif now < planned.useful_until:
            scheduled.append(replace(planned, due=now))
    return scheduled, missed
