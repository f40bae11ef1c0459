"""A zone's local calendar days as UTC spans, cached: fast placement of weekly hours, DST notes.

Placing a school's weekly hours on hundreds of dates converts thousands of wall times; through
pytz each takes tens of microseconds. On a day without an offset change the local clock runs in
step with UTC, so every window is local midnight plus its minutes: one cached conversion per
day. Days whose length is not 24 hours hold a change and go through `availability.intervals_on`,
so the result is always exactly what `local_time`'s rule gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from bot.times.availability import Interval, intervals_on
from bot.times.local_time import abbreviation, wall_to_utc
from bot.times.weekly_hours import WeeklyHours

DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=262_144)
def local_midnight(zone_name: str, day: date) -> datetime:
    """The UTC instant at which `day` begins in the zone."""
    return wall_to_utc(day, 0, zone_name)


def day_span(zone_name: str, day: date) -> Interval:
    return local_midnight(zone_name, day), local_midnight(zone_name, day + DAY)


def place(hours: WeeklyHours, zone_name: str, day: date) -> list[Interval]:
    """The windows of `day`'s weekday as UTC intervals, like `availability.intervals_on`."""
    windows = hours.on(day.weekday())
    if not windows:
        return []
    start, end = day_span(zone_name, day)
    if end - start != DAY:
        return intervals_on(hours, zone_name, day)
    return [(start + timedelta(minutes=w.start), start + timedelta(minutes=w.end)) for w in windows]


def dates(first: date, last: date) -> list[date]:
    """`first`..`last`, inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass(frozen=True)
class OffsetChange:
    """A zone's UTC offset changes during local `day` (a daylight-saving start or end)."""

    zone: str
    day: date
    before: str  # abbreviation in force before the change, e.g. EST
    after: str  # and after it, e.g. EDT
    minutes: int  # how far the clocks move: +60 springing forward, -30 on Lord Howe in April


def offset_changes(zone_name: str, first: date, last: date) -> list[OffsetChange]:
    """Every offset change on the local dates `first`..`last`."""
    changes = []
    for day in dates(first, last):
        start, end = day_span(zone_name, day)
        length = end - start
        if length != DAY:
            changes.append(
                OffsetChange(
                    zone=zone_name,
                    day=day,
                    before=abbreviation(start - _SECOND, zone_name),
                    after=abbreviation(end, zone_name),
                    minutes=int((DAY - length).total_seconds()) // 60,
                )
            )
    return changes
