"""Meeting slots two schools can both attend on their own local dates, and why, when none.

A slot starts on the UTC quarter-hour grid and lies inside one window of each school's weekly
hours, placed on that school's own local date, which must be open (no holiday, vacation, or
weekend day without classes there). Class hours are preferred; when class time gives no slot
in the range, the schools' class and after-school hours together are used and the slots say so.
Each school's hours become UTC intervals date by date and the two lists are intersected, so a
six-month range costs a few hundred interval operations, not a minute-by-minute scan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.core.errors import UserError
from bot.i18n.messages import Message
from bot.i18n.time_text import DayOf
from bot.schools.closed_days import Closure, SchoolCalendar
from bot.schools.profile import SchoolProfile
from bot.times.availability import Interval, intersect, subtract
from bot.times.local_days import DAY, dates, local_midnight, place
from bot.times.local_time import to_local
from bot.times.weekly_hours import WeeklyHours
from storage.models import Within

GRID = timedelta(minutes=15)
DEFAULT_DURATION = 60
DEFAULT_COUNT = 5
MIN_DURATION, MAX_DURATION = 15, 240
MAX_COUNT = 10
MAX_RANGE_DAYS = 366
LEAD_DAYS = 14  # the default range starts two weeks from today…
DEFAULT_WEEKS = 8  # …and runs for eight weeks
SEARCH_CHUNK = timedelta(days=28)
HORIZON = timedelta(days=366)  # how far beyond the range the "nearest" search looks


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime  # UTC
    end: datetime
    within: Within


def ceil_to_grid(instant: datetime) -> datetime:
    """The first quarter-hour (UTC) at or after `instant`."""
    floor = instant.replace(minute=instant.minute - instant.minute % 15, second=0, microsecond=0)
    return floor if floor == instant else floor + GRID


def default_range(today: date) -> tuple[date, date]:
    """The next eight weeks starting two weeks from `today` (caller-local dates, inclusive)."""
    first = today + timedelta(days=LEAD_DAYS)
    return first, first + timedelta(weeks=DEFAULT_WEEKS) - DAY


def checked_range(today: date, first: date | None, last: date | None) -> tuple[date, date]:
    """The range as given, defaults filled in, or a `UserError` saying what is accepted. The
    start defaults to two weeks from today (today, if the end comes sooner); the end to eight
    weeks after the start."""
    default_first, _ = default_range(today)
    if first is None:
        first = default_first if last is None or default_first <= last else today
    if last is None:
        last = first + timedelta(weeks=DEFAULT_WEEKS) - DAY

    def day(value: date) -> DayOf:
        return DayOf(value, year=True, iso_in_english=True)

    if last < today:
        raise UserError(Message("meetings-range-past", last=day(last), today=day(today)))
    if last < first:
        raise UserError(Message("meetings-range-reversed", first=day(first), last=day(last)))
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise UserError(
            Message(
                "meetings-range-too-long", first=day(first), last=day(last), days=MAX_RANGE_DAYS
            )
        )
    return first, last


@dataclass(frozen=True)
class SlotRequest:
    caller: SchoolProfile  # its zone reads the range, and its local dates spread the slots
    partner: SchoolProfile
    first: date  # caller-local, inclusive
    last: date
    not_before: datetime  # no slot starts earlier (now)
    duration: int = DEFAULT_DURATION
    count: int = DEFAULT_COUNT
    taken: tuple[Interval, ...] = ()  # the pair's pending and booked sessions: no slot overlaps

    @property
    def span(self) -> Interval:
        """The UTC instants the range covers, starting no earlier than `not_before`."""
        zone = self.caller.timezone
        start = max(local_midnight(zone, self.first), ceil_to_grid(self.not_before))
        return start, local_midnight(zone, self.last + DAY)


class Obstacle(StrEnum):
    NO_OVERLAP = "no_overlap"  # the hours never meet (for 15 minutes) on any date within a year
    TOO_SHORT = "too_short"  # they meet, but never for the whole duration
    OUTSIDE_RANGE = "outside_range"  # slots exist, just not between from and to
    BLOCKED = "blocked"  # every overlap in the range falls on a closed date


# when the schools can never meet for the whole meeting: a non-real-time exchange instead
NO_SHARED_HOUR = (Obstacle.NO_OVERLAP, Obstacle.TOO_SHORT)


@dataclass(frozen=True)
class Shortfall:
    """Why a range gave no slot, and what would work instead."""

    obstacle: Obstacle
    longest_minutes: int = 0  # the longest meeting possible on the grid (for TOO_SHORT)
    closures: tuple[tuple[str, Closure], ...] = ()  # (school id, closure) that removed overlaps
    nearest: Slot | None = None  # the slot closest to the range, within a year of it


@dataclass(frozen=True)
class Proposal:
    request: SlotRequest
    slots: tuple[Slot, ...]
    shortfall: Shortfall | None = None


HoursOf = Callable[["SchoolSide"], WeeklyHours]
Starts = dict[date, list[datetime]]  # slot starts by the caller's local date


@dataclass(frozen=True)
class SchoolSide:
    """A school with its calendar, placing its hours on its own open dates."""

    profile: SchoolProfile
    calendar: SchoolCalendar
    all_hours: WeeklyHours = field(compare=False)

    @classmethod
    def of(cls, profile: SchoolProfile) -> SchoolSide:
        return cls(profile, SchoolCalendar.of(profile), profile.availability)

    def available(self, span: Interval, hours: WeeklyHours, *, open_only: bool) -> list[Interval]:
        """`hours` on the school's own local dates within `span`; closed dates left out."""
        if span[0] >= span[1]:
            return []
        zone = self.profile.timezone
        found: list[Interval] = []
        for day in dates(to_local(span[0], zone).date(), to_local(span[1], zone).date()):
            placed = place(hours, zone, day)
            if placed and (not open_only or self.calendar.is_open(day)):
                found.extend(placed)
        return intersect(found, [span])


def _class_hours(side: SchoolSide) -> WeeklyHours:
    return side.profile.class_hours


def _all_hours(side: SchoolSide) -> WeeklyHours:
    return side.all_hours


_TIERS: tuple[tuple[HoursOf, Within], ...] = (
    (_class_hours, Within.CLASS_HOURS),
    (_all_hours, Within.AFTER_SCHOOL),
)


class _Pair:
    def __init__(self, request: SlotRequest) -> None:
        self.request = request
        self.caller = SchoolSide.of(request.caller)
        self.partner = SchoolSide.of(request.partner)
        self.length = timedelta(minutes=request.duration)

    def overlap(self, span: Interval, hours: HoursOf, *, open_only: bool = True) -> list[Interval]:
        mine = self.caller.available(span, hours(self.caller), open_only=open_only)
        if not mine:
            return []
        theirs = self.partner.available(span, hours(self.partner), open_only=open_only)
        return intersect(mine, theirs)

    def starts_by_date(self, span: Interval, *, open_only: bool = True) -> tuple[Starts, Within]:
        """Slot starts in `span` by the caller's local date: class hours if they give any."""
        for hours, within in _TIERS:
            free = subtract(self.overlap(span, hours, open_only=open_only), self.request.taken)
            found = self._starts(free)
            if found:
                return found, within
        return {}, Within.CLASS_HOURS

    def _starts(self, intervals: list[Interval]) -> Starts:
        """Back-to-back starts per caller date, at most `count` each (all a pick can use)."""
        zone, limit = self.request.caller.timezone, self.request.count
        by_date: Starts = {}
        for start, end in intervals:
            slot = ceil_to_grid(start)
            if slot + self.length > end:
                continue
            # every start of one interval lies in one caller window, hence on one local date
            starts = by_date.setdefault(to_local(start, zone).date(), [])
            while slot + self.length <= end and len(starts) < limit:
                starts.append(slot)
                slot = ceil_to_grid(slot + self.length)
        return by_date

    def slot(self, start: datetime, within: Within) -> Slot:
        return Slot(start, start + self.length, within)


def spread(days: list[date], count: int) -> list[date]:
    """`count` of the sorted `days`, one from each equal share of them, so the picks cover the
    whole range; within a share the first day on a weekday not yet picked, for variety."""
    chosen: list[date] = []
    weekdays: set[int] = set()
    for index in range(count):
        share = days[index * len(days) // count : (index + 1) * len(days) // count]
        pick = next((day for day in share if day.weekday() not in weekdays), share[0])
        chosen.append(pick)
        weekdays.add(pick.weekday())
    return chosen


def _choose(by_date: Starts, count: int) -> list[datetime]:
    """One start per date when enough dates qualify; else every date's first start, then every
    date's second, … until `count` are taken."""
    days = sorted(by_date)
    if len(days) >= count:
        return [by_date[day][0] for day in spread(days, count)]
    chosen: list[datetime] = []
    for rank in range(count):
        chosen += [by_date[day][rank] for day in days if rank < len(by_date[day])]
    return sorted(chosen[:count])


def propose_slots(request: SlotRequest) -> Proposal:
    """Up to `count` slots in the range, spread over the caller's dates; a shortfall if none."""
    pair = _Pair(request)
    by_date, within = pair.starts_by_date(request.span)
    if by_date:
        chosen = _choose(by_date, request.count)
        return Proposal(request, tuple(pair.slot(start, within) for start in chosen))
    return Proposal(request, (), _shortfall(pair))


def _shortfall(pair: _Pair) -> Shortfall:
    request = pair.request
    span = request.span
    unblocked, _ = pair.starts_by_date(span, open_only=False)
    if unblocked:
        return Shortfall(
            Obstacle.BLOCKED, closures=_closures_in(pair, unblocked), nearest=_nearest(pair)
        )
    year = (span[0], span[0] + HORIZON)
    longest = max(
        (
            int((end - ceil_to_grid(start)).total_seconds()) // 60
            for start, end in pair.overlap(year, _all_hours, open_only=False)
        ),
        default=0,
    )
    if longest < MIN_DURATION:
        return Shortfall(Obstacle.NO_OVERLAP)
    if longest < request.duration:
        return Shortfall(Obstacle.TOO_SHORT, longest_minutes=longest)
    return Shortfall(Obstacle.OUTSIDE_RANGE, nearest=_nearest(pair))


def _closures_in(pair: _Pair, starts: Starts) -> tuple[tuple[str, Closure], ...]:
    """The closed dates, on either side, of the slots the range would otherwise have held."""
    found: dict[tuple[str, date], Closure] = {}
    for start in (first for day_starts in starts.values() for first in day_starts):
        for side in (pair.caller, pair.partner):
            closure = side.calendar.closure(to_local(start, side.profile.timezone).date())
            if closure is not None:
                found.setdefault((side.profile.id, closure.day), closure)
    return tuple((school, closure) for (school, _), closure in sorted(found.items()))


def _nearest(pair: _Pair) -> Slot | None:
    """The slot closest to the range: the last before it (from now) or the first after it."""
    span = pair.request.span
    earliest = ceil_to_grid(pair.request.not_before)
    before_span = (max(earliest, span[0] - HORIZON), span[0])
    by_date, within = pair.starts_by_date(before_span)
    before = pair.slot(by_date[max(by_date)][0], within) if by_date else None
    chunk_start = max(span[1], earliest)
    while chunk_start < span[1] + HORIZON:
        chunk = (chunk_start, min(chunk_start + SEARCH_CHUNK, span[1] + HORIZON))
        by_date, within = pair.starts_by_date(chunk)
        if by_date:
            after = pair.slot(by_date[min(by_date)][0], within)
            if before is None or after.start - span[1] < span[0] - before.end:
                return after
            return before
        chunk_start = chunk[1]
    return before


class RefusalKind(StrEnum):
    OFF_GRID = "off_grid"  # does not start on a quarter hour (UTC)
    CLOSED = "closed"  # a weekend, holiday or vacation of one school
    OUTSIDE_HOURS = "outside_hours"  # outside one school's class and after-school hours


@dataclass(frozen=True)
class Refusal:
    kind: RefusalKind
    school: SchoolProfile | None = None
    closure: Closure | None = None


def check_slot(
    caller: SchoolProfile, partner: SchoolProfile, start: datetime, end: datetime
) -> Slot | Refusal:
    """The slot, labelled, if a meeting at that time keeps every rule; else the first rule it
    breaks. Bookings are checked again with it, since hours and vacations can change."""
    if ceil_to_grid(start) != start:
        return Refusal(RefusalKind.OFF_GRID)
    within = Within.CLASS_HOURS
    for side in (SchoolSide.of(caller), SchoolSide.of(partner)):
        zone = side.profile.timezone
        day = to_local(start, zone).date()
        closure = side.calendar.closure(day)
        if closure is not None:
            return Refusal(RefusalKind.CLOSED, side.profile, closure)
        if outside_class_hours(side.profile, start, end):
            if not _inside(place(side.all_hours, zone, day), start, end):
                return Refusal(RefusalKind.OUTSIDE_HOURS, side.profile)
            within = Within.AFTER_SCHOOL
    return Slot(start, end, within)


def outside_class_hours(school: SchoolProfile, start: datetime, end: datetime) -> bool:
    """Whether a meeting at start..end is not inside one class-hour window of the school, placed
    on its local date of `start` (so it lies, at least partly, outside class time)."""
    zone = school.timezone
    day = to_local(start, zone).date()
    return not _inside(place(school.class_hours, zone, day), start, end)


def _inside(intervals: list[Interval], start: datetime, end: datetime) -> bool:
    return any(low <= start and end <= high for low, high in intervals)


def meeting_starts(
    caller: SchoolProfile,
    partner: SchoolProfile,
    starts_within: Interval,
    duration: int,
    *,
    open_only: bool = True,
    taken: tuple[Interval, ...] = (),
) -> list[datetime]:
    """Every quarter-hour start in `starts_within` at which a meeting of `duration` minutes lies
    inside both schools' hours (class or after school) on their own dates, open dates only
    unless `open_only` is False, clear of `taken`; a meeting may end after the interval."""
    length = timedelta(minutes=duration)
    reach = (starts_within[0], starts_within[1] + length)
    mine, theirs = SchoolSide.of(caller), SchoolSide.of(partner)
    free = subtract(
        intersect(
            mine.available(reach, mine.all_hours, open_only=open_only),
            theirs.available(reach, theirs.all_hours, open_only=open_only),
        ),
        taken,
    )
    found: list[datetime] = []
    for low, high in free:
        start = ceil_to_grid(low)
        while start + length <= high and start < starts_within[1]:
            found.append(start)
            start += GRID
    return found
