"""Weekly opening hours in a school's local time: `Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00`.

Windows are half-open minute ranges on a local weekday; overlapping or touching windows of the
same day are merged, so two spellings of the same hours compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.value_types import ValueProblem, ValueType, Wire, for_any_reader
from bot.i18n.messages import Message
from bot.i18n.typed_days import weekly_hours_in_english

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_LOOKUP = {
    **{name.lower(): index for index, name in enumerate(DAY_NAMES)},
    **{
        full: index
        for index, full in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1,
    "wed": 2,
    "thur": 3,
    "thurs": 3,
}
_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})")
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, order=True)
class Window:
    weekday: int  # Monday is 0
    start: int  # minutes after local midnight
    end: int  # exclusive

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class WeeklyHours:
    windows: tuple[Window, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.windows)

    def on(self, weekday: int) -> list[Window]:
        return [w for w in self.windows if w.weekday == weekday]

    def union(self, other: WeeklyHours) -> WeeklyHours:
        return WeeklyHours(_merge([*self.windows, *other.windows]))

    def __str__(self) -> str:
        """The canonical spelling: days with identical hours grouped, e.g. `Mon-Fri 09:00-16:00`."""
        by_day: dict[int, tuple[tuple[int, int], ...]] = {}
        for window in self.windows:
            by_day[window.weekday] = (*by_day.get(window.weekday, ()), (window.start, window.end))
        groups: list[tuple[list[int], tuple[tuple[int, int], ...]]] = []
        for day in sorted(by_day):
            if groups and groups[-1][1] == by_day[day]:
                groups[-1][0].append(day)
            else:
                groups.append(([day], by_day[day]))
        return "; ".join(
            f"{_day_spec(days)} {' '.join(f'{_hhmm(s)}-{_hhmm(e)}' for s, e in ranges)}"
            for days, ranges in groups
        )


def _day_spec(days: list[int]) -> str:
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(
        DAY_NAMES[run[0]] if len(run) == 1 else f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}"
        for run in runs
    )


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _merge(windows: list[Window]) -> tuple[Window, ...]:
    merged: list[Window] = []
    for window in sorted(windows):
        last = merged[-1] if merged else None
        if last and last.weekday == window.weekday and window.start <= last.end:
            merged[-1] = Window(last.weekday, last.start, max(last.end, window.end))
        else:
            merged.append(window)
    return tuple(merged)


def parse_weekly_hours(raw: str) -> WeeklyHours:
    """Read `Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00`; the empty string means no hours."""
    windows: list[Window] = []
    for group in (part.strip() for part in raw.split(";")):
        if group:
            windows.extend(_parse_group(group))
    return WeeklyHours(_merge(windows))


def _parse_group(group: str) -> list[Window]:
    match = re.match(r"([A-Za-z][A-Za-z,\s\-–]*?)\s+(\d.*)$", group)
    if not match:
        raise ValueProblem(Message("value-hours-needs-days", text=group))
    days = _parse_days(match[1])
    ranges = [part for part in re.split(r"[\s,]+", match[2].strip()) if part]
    windows: list[Window] = []
    for text in ranges:
        start, end = _parse_range(text)
        windows.extend(Window(day, start, end) for day in days)
    return windows


def _parse_days(text: str) -> list[int]:
    days: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        ends = [e.strip() for e in re.split(r"[-–]", part)]
        if len(ends) > 2:
            raise ValueProblem(Message("value-hours-not-a-day-range", text=part))
        first, last = (_day(ends[0]), _day(ends[-1]))
        span = (last - first) % 7
        days.extend((first + offset) % 7 for offset in range(span + 1))
    if not days:
        raise ValueProblem(Message("value-hours-no-days", text=text))
    return sorted(set(days))


def _day(text: str) -> int:
    index = _DAY_LOOKUP.get(text.lower())
    if index is None:
        raise ValueProblem(Message("value-hours-not-a-day", text=text))
    return index


def _parse_range(text: str) -> tuple[int, int]:
    match = _RANGE.fullmatch(text)
    if not match:
        raise ValueProblem(Message("value-hours-not-a-time-range", text=text))
    start_h, start_m, end_h, end_m = (int(g) for g in match.groups())
    if start_h > 23 or start_m > 59 or end_m > 59 or end_h > 24 or (end_h == 24 and end_m):
        raise ValueProblem(Message("value-hours-no-such-time", text=text))
    start, end = start_h * 60 + start_m, end_h * 60 + end_m
    if end <= start:
        raise ValueProblem(Message("value-hours-ends-before-start", text=text))
    return start, end


WEEKLY_HOURS = ValueType(
    "weekly hours",
    Wire.STRING,
    "<hours>",
    "days and local times like 'Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00'",
    parse_weekly_hours,
    in_english=for_any_reader(weekly_hours_in_english),
)
