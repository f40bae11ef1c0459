"""Shared time as two teachers read it: weekday ranges in both schools' zones, abbreviated.

`Tue–Thu 10:00–11:30 KST = 10:00–11:30 JST`. The two sides may be on different local weekdays
(`Tue 07:00–08:00 KST = Mon 17:00–18:00 EST`), and a zone's abbreviation follows the DST in
force on that date, so a week that crosses a change is shown in two groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.i18n.languages import Language
from bot.i18n.messages import Renderer
from bot.i18n.weekday_text import day_abbreviations
from bot.times.availability import Interval
from bot.times.local_time import abbreviation, to_local
from bot.times.weekly_hours import DAY_NAMES


@dataclass(frozen=True)
class _Side:
    day_shift: int  # days after the first side's weekday (0, or ±1 across the date line)
    times: str  # `10:00–11:30`
    zone: str  # `KST`


def clock_range(start: datetime, end: datetime) -> str:
    """`09:00–10:30`; an end on a later local date reads `24:00` or `01:00+1`."""
    days_later = (end.date() - start.date()).days
    if days_later == 1 and (end.hour, end.minute) == (0, 0):
        return f"{start:%H:%M}–24:00"
    suffix = f"+{days_later}" if days_later else ""
    return f"{start:%H:%M}–{end:%H:%M}{suffix}"


def day_list(days: list[int], names: Sequence[str] = DAY_NAMES) -> str:
    """`Mon–Wed, Fri` for weekday numbers (Monday is 0), in `names`."""
    runs: list[list[int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(
        names[run[0]] if len(run) == 1 else f"{names[run[0]]}–{names[run[-1]]}" for run in runs
    )


def _side(start: datetime, end: datetime, zone: str, first_day: int | None) -> tuple[int, _Side]:
    local_start, local_end = to_local(start, zone), to_local(end, zone)
    day = local_start.weekday()
    shift = 0 if first_day is None else (day - first_day + 3) % 7 - 3
    return day, _Side(shift, clock_range(local_start, local_end), abbreviation(start, zone))


def describe_overlaps(
    intervals: list[Interval], zone_a: str, zone_b: str, names: Sequence[str] = DAY_NAMES
) -> list[str]:
    """One line per group of weekdays sharing the same local times on both sides; weekdays
    written as `names` has them."""
    groups: dict[tuple[_Side, _Side], list[int]] = {}
    for start, end in intervals:
        day_a, side_a = _side(start, end, zone_a, None)
        _, side_b = _side(start, end, zone_b, day_a)
        groups.setdefault((side_a, side_b), []).append(day_a)
    lines = []
    for (side_a, side_b), days in groups.items():
        left = f"{day_list(days, names)} {side_a.times} {side_a.zone}"
        right = f"{side_b.times} {side_b.zone}"
        if side_b.day_shift:
            right = f"{day_list([(d + side_b.day_shift) % 7 for d in days], names)} {right}"
        lines.append(f"{left} = {right}")
    return lines


def describe_in_zone(intervals: list[Interval], zone: str) -> list[str]:
    """One zone's side alone, one line per group of weekdays sharing the same local times:
    `Mon–Fri 09:00–15:30 KST` (for a spreadsheet's column per school)."""
    groups: dict[_Side, list[int]] = {}
    for start, end in intervals:
        day, side = _side(start, end, zone, None)
        groups.setdefault(side, []).append(day)
    return [f"{day_list(days)} {side.times} {side.zone}" for side, days in groups.items()]


def describe_window(start: datetime, end: datetime, zone_a: str, zone_b: str) -> str:
    return describe_overlaps([(start, end)], zone_a, zone_b)[0]


@dataclass(frozen=True)
class SharedTimes:
    """Shared weekly time as a message argument, groups separated by `; `: `Mon–Fri
    09:00–15:30 KST = 09:00–15:30 JST` in English, the weekdays as the reader's language
    abbreviates them elsewhere (`월–금`, `月–金`, `週一–週五`)."""

    intervals: tuple[Interval, ...]
    zone_a: str
    zone_b: str

    def localized(self, language: Language, translator: Renderer) -> str:
        names = day_abbreviations(language)  # `Mon` … in English, as DAY_NAMES
        return "; ".join(describe_overlaps(list(self.intervals), self.zone_a, self.zone_b, names))
