"""Each step's deadline as a date of its owner school's own calendar, moved off closed days.

The rules, exactly (README, "Non-real-time exchanges", repeats them):

- **Planned dates.** The rule gives each step a date: the explicit dates, or the first
  deadline (`start=`, else the kind's usual delay from the first owner's today) and then the
  kind's gaps (or `every=`'s weeks) from one step to the next. A date is read on the owner's
  own calendar, and the deadline is the end of that day in the owner's zone.
- **Closed days.** A deadline on a day its owner is closed (weekend, public holiday, school
  vacation, declared break) moves to the owner's *previous* open day: a deadline is the last
  day the class can do the work, and a class does it on a school day, so the last school day
  before is the real deadline, and the partner's step after it keeps all of its time (session
  reminders move the same way). Only when that day would be in the past, or not after the step
  before it, does the deadline move to the owner's *next* open day instead.
- **Order.** Each deadline ends after the one before it, whatever the two zones: a reply is
  never due before what it answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.schools.closed_days import Closure, SchoolCalendar
from bot.times.local_days import local_midnight
from bot.times.local_time import to_local

SEARCH_DAYS = 366  # how far a deadline looks for an open day of its owner
DAY = timedelta(days=1)


@dataclass(frozen=True)
class StepOwner:
    """Whose step it is, as the arithmetic needs it: a zone and a calendar."""

    school_id: str
    zone: str
    calendar: SchoolCalendar


@dataclass(frozen=True)
class Deadline:
    owner: StepOwner
    planned: date  # the rule's date
    due: date  # an open day of the owner
    moved_from: Closure | None = None  # why the planned date did not do

    @property
    def end(self) -> datetime:
        """The end of the due day in the owner's zone (UTC): later than this, it is overdue."""
        return end_of_day(self.due, self.owner.zone)


def end_of_day(day: date, zone: str) -> datetime:
    return local_midnight(zone, day + DAY)


class NoOpenDay(Exception):
    """A school has no open day within a year of a deadline (a declared break that long)."""

    def __init__(self, owner: StepOwner, planned: date) -> None:
        super().__init__(f"{owner.school_id} has no open day within a year of {planned}")
        self.owner = owner
        self.planned = planned


def planned_dates(first: date, gaps: Sequence[int]) -> list[date]:
    """The rule's dates: `first`, then each gap (in days) after the one before."""
    dates = [first]
    for gap in gaps:
        dates.append(dates[-1] + timedelta(days=gap))
    return dates


def place_deadlines(
    owners: Sequence[StepOwner], planned: Sequence[date], now: datetime
) -> list[Deadline]:
    """Every step's deadline, in order: each on an open day of its owner, none in the past,
    each ending after the one before (see the module's rules)."""
    deadlines: list[Deadline] = []
    for owner, day in zip(owners, planned, strict=True):
        after = deadlines[-1].end if deadlines else now
        earliest = to_local(after, owner.zone).date()  # the first day ending after `after`
        deadlines.append(_placed(owner, day, earliest))
    return deadlines


def _placed(owner: StepOwner, planned: date, earliest: date) -> Deadline:
    calendar = owner.calendar
    closure = calendar.closure(planned)
    if closure is None and planned >= earliest:
        return Deadline(owner, planned, planned)
    for back in range(SEARCH_DAYS + 1):
        day = planned - back * DAY
        if day < earliest:
            break
        if calendar.is_open(day):
            return Deadline(owner, planned, day, closure)
    start = max(planned, earliest)
    for ahead in range(SEARCH_DAYS + 1):
        day = start + ahead * DAY
        if calendar.is_open(day):
            return Deadline(owner, planned, day, closure)
    raise NoOpenDay(owner, planned)
