"""The tie-up's time rule, exactly as `bot.times.availability` states it, fast for thousands.

Two schools can meet when their availability (class and after-school hours, placed on the
actual dates of a reference week in each school's own zone, DST included) overlaps for at least
`duration` contiguous minutes. Checking pair by pair over datetime intervals is exact but too
slow for a national program, so the work is done per *time pattern* (a zone and weekly hours,
shared by many schools), in whole minutes counted from the week's origin, and many patterns are
compared with many at once in numpy. The merged intervals of one pattern never touch, so the
pieces where two patterns overlap never touch either: the longest contiguous overlap is the
longest piece, the maximum over interval pairs of `min(ends) - max(starts)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import cast

import numpy as np

from bot.schools.profile import SchoolProfile
from bot.times.availability import Interval, intervals_on, merge, reference_week
from bot.times.weekly_hours import WeeklyHours, Window
from storage.models import Side

# Local Monday 00:00 comes at most 14 hours before Monday 00:00 UTC (UTC+14) and local Sunday
# 24:00 at most 12 hours after the following Monday 00:00 UTC (UTC-12).
WEEK_LEAD = timedelta(hours=14)
WEEK_TAIL = timedelta(hours=12)
WEEK_SPAN_MINUTES = int((timedelta(days=7) + WEEK_LEAD + WEEK_TAIL).total_seconds()) // 60
DEFAULT_DURATION = 60  # minutes: the shorter of the programs' usual 60–90-minute sessions
_CHUNK_CELLS = 4_000_000  # numpy cells per slice of an overlap table (bounds memory)


@dataclass(frozen=True)
class TimePattern:
    """What decides when a school can meet; many schools share one, so work is done per pattern.

    The hash is computed once: patterns are dictionary keys in inner loops.
    """

    zone: str
    class_hours: WeeklyHours
    availability: WeeklyHours
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.zone, self.class_hours, self.availability)))

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def of(cls, profile: SchoolProfile) -> TimePattern:
        return cls(profile.timezone, profile.class_hours, profile.availability)


@dataclass(frozen=True)
class PairOverlap:
    any_minutes: int  # longest contiguous overlap of both schools' availability
    class_minutes: int  # longest contiguous overlap of both schools' class hours


def coming_monday(now: datetime) -> date:
    """The Monday of the coming week: the first Monday after today (UTC)."""
    today = now.astimezone(UTC).date()
    return today + timedelta(days=7 - today.weekday())


class ReferenceWeek:
    """One reference week: each pattern placed on its dates once, then reused for every pair."""

    def __init__(self, week_of: date) -> None:
        self.monday, self.sunday = reference_week(week_of)
        self.days = [self.monday + timedelta(days=offset) for offset in range(7)]
        self.origin = datetime.combine(self.monday, time(), tzinfo=UTC) - WEEK_LEAD
        self._ranges: dict[tuple[TimePattern, bool], list[tuple[int, int]]] = {}
        self._windows: dict[tuple[str, Window], tuple[int, int] | None] = {}

    def ranges(self, pattern: TimePattern, *, class_only: bool = False) -> list[tuple[int, int]]:
        """The pattern's availability (or class hours) on the week's local dates in its zone,
        as merged half-open minute ranges from the week's origin.

        The same as `intervals_between(hours, zone, monday, sunday)` in minutes. Each window is
        placed once per zone, since most schools share their windows with many others.
        """
        key = (pattern, class_only)
        if key not in self._ranges:
            hours = pattern.class_hours if class_only else pattern.availability
            placed = [self.window_range(pattern.zone, window) for window in hours.windows]
            minutes = [r for r in placed if r is not None]
            self._ranges[key] = cast(list[tuple[int, int]], merge(cast(list[Interval], minutes)))
        return self._ranges[key]

    def window_range(self, zone: str, window: Window) -> tuple[int, int] | None:
        """One local window on its date this week, in minutes; None if DST swallows it."""
        key = (zone, window)
        if key not in self._windows:
            placed = intervals_on(WeeklyHours((window,)), zone, self.days[window.weekday])
            self._windows[key] = self.to_minutes(placed)[0] if placed else None
        return self._windows[key]

    def to_minutes(self, intervals: list[Interval]) -> list[tuple[int, int]]:
        return [(self.minute(start), self.minute(end)) for start, end in intervals]

    def minute(self, instant: datetime) -> int:
        seconds = (instant - self.origin).total_seconds()
        index, rest = divmod(int(seconds), 60)
        if rest or not 0 <= index <= WEEK_SPAN_MINUTES:
            raise ValueError(f"{instant} is not a whole minute of the week of {self.monday}")
        return index

    def instant(self, minute: int) -> datetime:
        return self.origin + timedelta(minutes=minute)

    def meets(self, a: TimePattern, b: TimePattern, minutes: int) -> bool:
        """Whether the two patterns share at least `minutes` contiguous minutes this week."""
        return self.overlap(a, b).any_minutes >= minutes

    def shared(
        self, a: TimePattern, b: TimePattern, minimum: int = 1, *, class_only: bool = False
    ) -> list[Interval]:
        """Where the two patterns' availability (or class hours) overlap for at least `minimum`
        minutes, as UTC intervals."""
        pieces = [
            (max(s1, s2), min(e1, e2))
            for s1, e1 in self.ranges(a, class_only=class_only)
            for s2, e2 in self.ranges(b, class_only=class_only)
            if min(e1, e2) - max(s1, s2) >= minimum
        ]
        return [(self.instant(start), self.instant(end)) for start, end in sorted(pieces)]

    def overlap(self, a: TimePattern, b: TimePattern) -> PairOverlap:
        any_minutes, class_minutes = self.overlap_table([a], [b])
        return PairOverlap(int(any_minutes[0, 0]), int(class_minutes[0, 0]))

    def overlap_table(
        self, rows: list[TimePattern], cols: list[TimePattern]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Longest contiguous overlap in minutes of every row with every column pattern:
        of their availability, and of their class hours."""
        any_minutes = longest(self.packed(rows), self.packed(cols))
        class_minutes = longest(
            self.packed(rows, class_only=True), self.packed(cols, class_only=True)
        )
        return any_minutes, class_minutes

    def packed(self, patterns: list[TimePattern], *, class_only: bool = False) -> np.ndarray:
        """Minute ranges as an array [pattern, range, start/end], padded with empty ranges."""
        ranges = [self.ranges(pattern, class_only=class_only) for pattern in patterns]
        return pack(ranges)


def pack(ranges: list[list[tuple[int, int]]]) -> np.ndarray:
    width = max((len(r) for r in ranges), default=0) or 1
    packed = np.zeros((len(ranges), width, 2), dtype=np.int32)
    for row, found in enumerate(ranges):
        if found:
            packed[row, : len(found)] = found
    return packed


def longest(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Longest piece of overlap between each range list of `a` and each of `b`."""
    table = np.zeros((len(a), len(b)), dtype=np.int32)
    if not len(a) or not len(b):
        return table
    per_row = len(b) * a.shape[1] * b.shape[1]
    step = max(1, _CHUNK_CELLS // per_row)
    starts_b, ends_b = b[None, :, None, :, 0], b[None, :, None, :, 1]
    for first in range(0, len(a), step):
        chunk = a[first : first + step]
        pieces = np.minimum(chunk[:, None, :, None, 1], ends_b) - np.maximum(
            chunk[:, None, :, None, 0], starts_b
        )
        table[first : first + step] = pieces.max(axis=(2, 3)).clip(min=0)
    return table


def common_languages(a: SchoolProfile, b: SchoolProfile) -> tuple[str, ...]:
    """Languages both classes can use, in the order `a` listed them."""
    theirs = set(b.languages)
    return tuple(language for language in a.languages if language in theirs)


def may_pair(home: SchoolProfile, partner: SchoolProfile) -> bool:
    """Every condition of the rule except time: sides, countries, level and language."""
    return (
        home.side == Side.HOME
        and partner.side == Side.PARTNER
        and home.country != partner.country
        and home.level == partner.level
        and bool(common_languages(home, partner))
    )


def feasible(
    home: SchoolProfile, partner: SchoolProfile, week: ReferenceWeek, duration: int
) -> bool:
    """The tie-up's feasibility rule for one pair."""
    return may_pair(home, partner) and week.meets(
        TimePattern.of(home), TimePattern.of(partner), duration
    )
