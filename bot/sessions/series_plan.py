"""Where each occurrence of a series of sessions lands, and who carries the awkward hour.

The rules, exactly (README, "Series of sessions", repeats them):

- **Dates.** From the first occurrence's date in the proposer's zone: every 1, 2, 3 or 4
  weeks, or monthly on the same weekday of the same week of the month (the 2nd Tuesday; a
  5th weekday reads as the month's last). Each occurrence is planned at the proposer's wall
  time of the first, so the daylight saving in force on its own date counts.
- **Checks.** Each occurrence is checked like a single slot (`slots.check_slot`: both
  schools' hours on their own local dates, weekends, holidays, vacations, the quarter-hour
  grid) and must not overlap the pair's other sessions or an earlier occurrence.
- **Moves.** One that does not fit moves to the fitting start nearest its planned time within
  the same week (Monday 00:00 to the next Monday 00:00 in the proposer's zone), nearest by
  absolute time difference, ties to the earlier, never before now; when the after-school hour
  takes turns (below), starts that are after school for the same school alone as its turn come
  first, if the week has any. With no fitting start at all, it is skipped.
- **Fair hours.** A session is *after school* for a school when it is not inside one of that
  school's class-hour windows on the school's own date, i.e. it reaches into the after-school
  hours the school declared (before or after class). When the first occurrence is after
  school for exactly one school, and on its date the schools' weekly hours give no time that
  is in class for both but do give one that is after school for the other school alone, the
  hour takes turns: every other occurrence, counting from the first, is at the first's time,
  those in between at the other school's turn (the nearest such start to the first, ties
  earlier). Each turn keeps the wall time of the school that carries it, on its own clock: a
  teacher who stays until 17:00 keeps staying until 17:00 when the other country changes its
  clocks. Without turns, every occurrence keeps the proposer's wall time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as weekday_of

from bot.schools.closed_days import ClosedDayName, named_again
from bot.schools.profile import SchoolProfile
from bot.sessions.slots import (
    Refusal,
    RefusalKind,
    Slot,
    check_slot,
    meeting_starts,
    outside_class_hours,
)
from bot.times.availability import Interval
from bot.times.local_days import DAY, local_midnight
from bot.times.local_time import to_local, wall_to_utc
from storage.models import OccurrenceObstacle, Placement, SeriesCadence

MAX_OCCURRENCES = 20  # a school year of fortnightly classes; keeps a reply readable
WEEKS = {
    SeriesCadence.WEEKLY: 1,
    SeriesCadence.EVERY_2_WEEKS: 2,
    SeriesCadence.EVERY_3_WEEKS: 3,
    SeriesCadence.EVERY_4_WEEKS: 4,
}
WEEK = timedelta(days=7)


def occurrence_date(first: date, cadence: SeriesCadence, steps: int) -> date:
    """The rule's date `steps` occurrences after `first`."""
    if cadence in WEEKS:
        return first + steps * WEEKS[cadence] * WEEK
    nth = (first.day - 1) // 7 + 1
    same_weekday = weekday_of(first.weekday())
    if nth == 5:  # the 5th Tuesday is the month's last Tuesday
        return first + relativedelta(months=steps, day=31, weekday=same_weekday(-1))
    return first + relativedelta(months=steps, day=1, weekday=same_weekday(nth))


def occurrences_until(first: date, cadence: SeriesCadence, last: date) -> int:
    """How many of the rule's dates fall on `first`..`last`; one more than the limit at most."""
    count = 0
    while count <= MAX_OCCURRENCES and occurrence_date(first, cadence, count) <= last:
        count += 1
    return count


def week_of(instant: datetime, zone: str) -> Interval:
    """Monday 00:00 to the next Monday 00:00, in `zone`, of the week holding `instant`."""
    day = to_local(instant, zone).date()
    monday = day - timedelta(days=day.weekday())
    return local_midnight(zone, monday), local_midnight(zone, monday + WEEK)


@dataclass(frozen=True)
class SeriesRequest:
    proposer: SchoolProfile  # its zone reads the dates, the wall time and the weeks
    partner: SchoolProfile
    first_start: datetime  # UTC, on the grid: the planned time of `positions[0]`
    duration: int
    cadence: SeriesCadence
    positions: tuple[int, ...]  # ascending occurrence numbers to place
    not_before: datetime  # now: nothing moves earlier
    taken: tuple[Interval, ...] = ()  # the pair's other sessions
    fair_hours: bool = True

    @property
    def schools(self) -> tuple[SchoolProfile, SchoolProfile]:
        return self.proposer, self.partner


@dataclass(frozen=True)
class Hindrance:
    """Why an occurrence is not at its planned time."""

    kind: OccurrenceObstacle
    school: SchoolProfile | None = None  # whose closure or hours
    # the closure's name ("Chuseok", "Saturday", "declared break …"), in English as stored
    # when the school's calendar no longer says the day is closed
    name: ClosedDayName | str = ""


def stored_hindrance(
    kind: OccurrenceObstacle, school: SchoolProfile | None, name: str, planned: datetime
) -> Hindrance:
    """A hindrance read back from its row: a closed day named for each reader again, from the
    school's calendar, while it still says the day is closed."""
    if kind is OccurrenceObstacle.CLOSED and school is not None:
        day = to_local(planned, school.timezone).date()
        return Hindrance(kind, school, named_again(school, day, name))
    return Hindrance(kind, school, name)


@dataclass(frozen=True)
class Occurrence:
    position: int
    planned: datetime  # UTC start the rule gave
    placement: Placement
    slot: Slot | None  # where it landed; None when skipped
    hindrance: Hindrance | None = None  # at the planned time; None when as planned
    after_school_for: tuple[str, ...] = ()  # ids of the schools for which it is after school


class FairHours(StrEnum):
    TAKING_TURNS = "taking_turns"  # the awkward hour alternates between the schools
    NOT_NEEDED = "not_needed"  # the first occurrence is in class for both, or could be
    ONE_SIDED = "one_sided"  # only one school can carry the awkward hour that day
    OFF = "off"  # the teachers asked for one hour throughout


@dataclass(frozen=True)
class Hour:
    """Where an occurrence's rule time sits: a wall time on one school's clock, on the day
    `day_offset` days after the proposer's date of the occurrence."""

    zone: str
    minutes: int  # after local midnight
    day_offset: int = 0
    carrier: str = ""  # the school for which it is after school, when taking turns

    def on(self, proposer_day: date) -> datetime:
        return wall_to_utc(proposer_day + timedelta(days=self.day_offset), self.minutes, self.zone)

    @classmethod
    def of(cls, instant: datetime, zone: str, proposer_day: date, carrier: str = "") -> Hour:
        local = to_local(instant, zone)
        offset = (local.date() - proposer_day).days
        return cls(zone, local.hour * 60 + local.minute, offset, carrier)


@dataclass(frozen=True)
class SeriesPlan:
    request: SeriesRequest
    occurrences: tuple[Occurrence, ...]
    fair_hours: FairHours
    hours: tuple[Hour, ...]  # one, or the two that take turns

    @property
    def placed(self) -> list[Occurrence]:
        return [o for o in self.occurrences if o.slot is not None]

    def after_school_counts(self) -> list[tuple[SchoolProfile, int]]:
        """For each school, the placed occurrences that are after school for it."""
        return [
            (school, sum(school.id in o.after_school_for for o in self.placed))
            for school in self.request.schools
        ]


def after_school_for(
    schools: Sequence[SchoolProfile], start: datetime, end: datetime
) -> tuple[str, ...]:
    """The ids of the schools for which a meeting at start..end is after school."""
    return tuple(school.id for school in schools if outside_class_hours(school, start, end))


def plan_series(request: SeriesRequest) -> SeriesPlan:
    """Every requested occurrence placed (as planned, moved or skipped), in order."""
    first_day = to_local(request.first_start, request.proposer.timezone).date()
    fair, hours = _fair_hours(request, first_day)
    taken = list(request.taken)
    placed: list[Occurrence] = []
    for position in request.positions:
        steps = position - request.positions[0]
        day = occurrence_date(first_day, request.cadence, steps)
        planned = request.first_start if steps == 0 else hours[steps % len(hours)].on(day)
        turn = hours[steps % len(hours)].carrier
        occurrence = _place(request, position, planned, tuple(taken), turn)
        if occurrence.slot is not None:
            taken.append((occurrence.slot.start, occurrence.slot.end))
        placed.append(occurrence)
    return SeriesPlan(request, tuple(placed), fair, hours)


def _place(
    request: SeriesRequest,
    position: int,
    planned: datetime,
    taken: tuple[Interval, ...],
    turn: str,
) -> Occurrence:
    """The occurrence at its planned time if that fits, else moved or skipped; `turn` is the
    school whose after-school turn it is, when the hour takes turns."""
    length = timedelta(minutes=request.duration)
    checked = _fitting(request, planned, planned + length, taken)
    if isinstance(checked, Slot):
        return _landed(request, position, planned, Placement.AS_PLANNED, checked, None)
    week = week_of(planned, request.proposer.timezone)
    earliest = max(week[0], request.not_before)
    candidates = [
        start
        for start in meeting_starts(
            request.proposer, request.partner, week, request.duration, taken=taken
        )
        if start >= earliest
    ]
    if not candidates:
        return Occurrence(position, planned, Placement.SKIPPED, None, checked)
    by_distance = sorted(candidates, key=lambda start: (abs(start - planned), start))
    same_turn = (
        start
        for start in by_distance
        if turn and after_school_for(request.schools, start, start + length) == (turn,)
    )
    nearest = next(same_turn, by_distance[0])
    slot = check_slot(request.proposer, request.partner, nearest, nearest + length)
    assert isinstance(slot, Slot)  # meeting_starts keeps the same rules
    return _landed(request, position, planned, Placement.MOVED, slot, checked)


def _landed(
    request: SeriesRequest,
    position: int,
    planned: datetime,
    placement: Placement,
    slot: Slot,
    hindrance: Hindrance | None,
) -> Occurrence:
    return Occurrence(
        position,
        planned,
        placement,
        slot,
        hindrance,
        after_school_for(request.schools, slot.start, slot.end),
    )


def _fitting(
    request: SeriesRequest, start: datetime, end: datetime, taken: tuple[Interval, ...]
) -> Slot | Hindrance:
    """The slot, if a single session could be booked then; else what stands in the way."""
    checked = check_slot(request.proposer, request.partner, start, end)
    if isinstance(checked, Refusal):
        return _hindrance(checked)
    if any(low < end and start < high for low, high in taken):
        return Hindrance(OccurrenceObstacle.CLASH)
    return checked


def _hindrance(refusal: Refusal) -> Hindrance:
    if refusal.kind is RefusalKind.CLOSED:
        assert refusal.closure is not None
        return Hindrance(OccurrenceObstacle.CLOSED, refusal.school, refusal.closure.name)
    # off the grid cannot happen: every zone's offset is a multiple of 15 minutes
    return Hindrance(OccurrenceObstacle.OUTSIDE_HOURS, refusal.school)


def _fair_hours(request: SeriesRequest, first_day: date) -> tuple[FairHours, tuple[Hour, ...]]:
    """Whether, and at which two hours, the awkward hour takes turns (see the module's rules)."""
    start, schools = request.first_start, request.schools
    alone = (Hour.of(start, request.proposer.timezone, first_day),)
    if not request.fair_hours:
        return FairHours.OFF, alone
    length = timedelta(minutes=request.duration)
    carriers = after_school_for(schools, start, start + length)
    zone = request.proposer.timezone
    day = (local_midnight(zone, first_day), local_midnight(zone, first_day + DAY))
    starts = meeting_starts(*schools, day, request.duration, open_only=False)
    if len(carriers) != 1 or start not in starts:
        return FairHours.NOT_NEEDED, alone
    kinds = {other: after_school_for(schools, other, other + length) for other in starts}
    if any(not kind for kind in kinds.values()):
        return FairHours.NOT_NEEDED, alone
    (carrier,) = carriers
    other = next(school for school in schools if school.id != carrier)
    turns = [time for time, kind in kinds.items() if kind == (other.id,)]
    if not turns:
        return FairHours.ONE_SIDED, alone
    their_turn = min(turns, key=lambda time: (abs(time - start), time))
    zone_of = {school.id: school.timezone for school in schools}
    return FairHours.TAKING_TURNS, (
        Hour.of(start, zone_of[carrier], first_day, carrier),
        Hour.of(their_turn, other.timezone, first_day, other.id),
    )
