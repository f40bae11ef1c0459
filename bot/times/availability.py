"""When a school can meet, as UTC intervals on actual dates.

Weekly hours are local wall-clock windows; placed on a real local date in the school's zone
they become half-open UTC intervals, so daylight saving in force on that date counts. Two
schools can meet where their intervals intersect.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from bot.times.local_time import wall_to_utc
from bot.times.weekly_hours import WeeklyHours

Interval = tuple[datetime, datetime]  # UTC, half-open [start, end)


def intervals_on(hours: WeeklyHours, zone_name: str, day: date) -> list[Interval]:
    """The windows of `day`'s weekday, placed on that local date."""
    result = []
    for window in hours.on(day.weekday()):
        start = wall_to_utc(day, window.start, zone_name)
        end = wall_to_utc(day, window.end, zone_name)
        if end > start:
            result.append((start, end))
    return result


def intervals_between(
    hours: WeeklyHours, zone_name: str, first: date, last: date
) -> list[Interval]:
    """Every window on the local dates `first`..`last` (inclusive), merged and sorted."""
    found: list[Interval] = []
    day = first
    while day <= last:
        found.extend(intervals_on(hours, zone_name, day))
        day += timedelta(days=1)
    return merge(found)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, with overlapping or touching intervals joined."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    """Where two sorted, merged interval lists overlap."""
    result: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if start < end:
            result.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return result


def subtract(intervals: list[Interval], taken: Iterable[Interval]) -> list[Interval]:
    """The parts of sorted, merged `intervals` that no interval of `taken` covers."""
    result = intervals
    for cut_start, cut_end in merge(taken):
        result = [
            piece
            for start, end in result
            for piece in ((start, min(end, cut_start)), (max(start, cut_end), end))
            if piece[0] < piece[1]
        ]
    return result


def longest_minutes(intervals: Iterable[Interval]) -> int:
    return max((int((end - start).total_seconds()) // 60 for start, end in intervals), default=0)


def reference_week(week_of: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding `week_of`."""
    monday = week_of - timedelta(days=week_of.weekday())
    return monday, monday + timedelta(days=6)
