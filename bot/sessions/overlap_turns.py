"""When a daylight-saving change makes or breaks two schools' overlap, and a time that shows it.

A change of either zone turns the overlap when the week before it and the week after it differ:
one has a meeting of the asked length inside both schools' class hours (or, failing that, their
class and after-school hours together), the other has none. Class time is looked at first, as
proposals prefer it. The example is a meeting time of the week where they meet, and the caller's
same wall time on the same weekday of the other week: "from then 09:00 in Seoul is 20:00 in New
York". Closed days do not count here; the clocks alone decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.schools.profile import SchoolProfile
from bot.sessions.slots import SchoolSide, SlotRequest, ceil_to_grid
from bot.times.availability import Interval, intersect
from bot.times.local_days import OffsetChange, local_midnight, offset_changes
from bot.times.local_time import to_local, to_utc
from bot.times.weekly_hours import WeeklyHours

WEEK = timedelta(days=7)
Hours = Callable[[SchoolSide], WeeklyHours]
_TIERS: tuple[tuple[Hours, bool], ...] = (
    (lambda side: side.profile.class_hours, True),
    (lambda side: side.all_hours, False),
)


@dataclass(frozen=True)
class OverlapTurn:
    change: OffsetChange
    opens: bool  # True: they meet only from the change on; False: only until it
    class_time: bool  # it is class time that turns (else class and after-school hours)
    meeting: datetime  # UTC start of a meeting in the week they meet
    missed: datetime  # the caller's same wall time in the other week, when they do not meet
    outside: SchoolProfile | None  # the school whose hours `missed` falls outside of

    @property
    def before(self) -> datetime:
        return self.missed if self.opens else self.meeting

    @property
    def after(self) -> datetime:
        return self.meeting if self.opens else self.missed


def overlap_turns(request: SlotRequest, window: Interval) -> list[OverlapTurn]:
    """The changes of either school's zone during `window` that make or break the overlap."""
    sides = SchoolSide.of(request.caller), SchoolSide.of(request.partner)
    turns = []
    for zone in dict.fromkeys(side.profile.timezone for side in sides):
        first, last = (to_local(instant, zone).date() for instant in window)
        for change in offset_changes(zone, first, last):
            turn = _turn(request, sides, change)
            if turn is not None:
                turns.append(turn)
    return sorted(turns, key=lambda turn: turn.change.day)


def _turn(
    request: SlotRequest, sides: tuple[SchoolSide, SchoolSide], change: OffsetChange
) -> OverlapTurn | None:
    length = timedelta(minutes=request.duration)
    start = local_midnight(change.zone, change.day)
    for hours, class_time in _TIERS:
        before = _meetings(sides, hours, (start - WEEK, start), length)
        after = _meetings(sides, hours, (start + timedelta(days=1), start + WEEK), length)
        if bool(before) == bool(after):
            continue
        meeting = after[0] if after else before[-1]
        zone = request.caller.timezone
        wall = to_local(meeting, zone).replace(tzinfo=None)
        missed = to_utc(wall - WEEK if after else wall + WEEK, zone)
        outside = next(
            (s.profile for s in sides if not _within(s, hours(s), missed, missed + length)), None
        )
        return OverlapTurn(change, bool(after), class_time, meeting, missed, outside)
    return None


def _within(side: SchoolSide, hours: WeeklyHours, start: datetime, end: datetime) -> bool:
    around = (start - timedelta(days=1), end + timedelta(days=1))
    placed = side.available(around, hours, open_only=False)
    return any(low <= start and end <= high for low, high in placed)


def _meetings(
    sides: tuple[SchoolSide, SchoolSide], hours: Hours, span: Interval, length: timedelta
) -> list[datetime]:
    """The first meeting start of each stretch both schools' `hours` share in `span`."""
    mine, theirs = (side.available(span, hours(side), open_only=False) for side in sides)
    starts = [(ceil_to_grid(start), end) for start, end in intersect(mine, theirs)]
    return [start for start, end in starts if start + length <= end]
