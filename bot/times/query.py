"""Reading a local time a teacher types (`Tue 15:00`, `15:00`, `2027-03-09 15:00`, `fri 3pm`)
and finding when it next happens in their zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.core.value_types import ValueProblem, ValueType, Wire, parse_clock_time
from bot.times.local_time import abbreviation, to_local, to_utc
from bot.times.weekly_hours import DAY_NAMES

_WEEKDAYS = {
    **{name.lower(): index for index, name in enumerate(DAY_NAMES)},
    **{
        name: index
        for index, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}
_RELATIVE = {"today": 0, "tomorrow": 1}
ACCEPTED = "a local time like 'Tue 15:00', '15:00' (the next one) or '2027-03-09 15:00'"


@dataclass(frozen=True)
class WallTime:
    """A wall-clock time with an optional day: a date, a weekday or today/tomorrow."""

    at: time
    day: date | None = None
    weekday: int | None = None
    days_ahead: int | None = None

    def next_after(self, now: datetime, zone_name: str) -> datetime:
        """The naive local datetime it names: its date, else the next such weekday or time
        after `now` (today counts while the time is still ahead)."""
        today = to_local(now, zone_name).replace(tzinfo=None)
        if self.day is not None:
            return datetime.combine(self.day, self.at)
        if self.days_ahead is not None:
            return datetime.combine(today.date() + timedelta(days=self.days_ahead), self.at)
        candidate = datetime.combine(today.date(), self.at)
        if self.weekday is not None:
            candidate += timedelta(days=(self.weekday - candidate.weekday()) % 7)
            return candidate if candidate > today else candidate + timedelta(days=7)
        return candidate if candidate > today else candidate + timedelta(days=1)


def parse_wall_time(raw: str) -> WallTime:
    words = raw.replace(",", " ").split()
    if not 1 <= len(words) <= 2:
        raise ValueProblem(f"'{raw}' is not a time; write {ACCEPTED}")
    at = parse_clock_time(words[-1])
    if len(words) == 1:
        return WallTime(at)
    head = words[0].lower()
    if head in _WEEKDAYS:
        return WallTime(at, weekday=_WEEKDAYS[head])
    if head in _RELATIVE:
        return WallTime(at, days_ahead=_RELATIVE[head])
    try:
        return WallTime(at, day=date.fromisoformat(head))
    except ValueError:
        raise ValueProblem(
            f"'{words[0]}' is not a day; write a weekday (Tue), today, tomorrow or a date "
            "like 2027-03-09"
        ) from None


@dataclass(frozen=True)
class ResolvedTime:
    instant: datetime  # UTC
    wall: datetime  # the naive local time asked for
    note: str  # set when daylight saving makes the wall time odd on that day


def resolve(wall: WallTime, now: datetime, zone_name: str, city: str) -> ResolvedTime:
    """The instant a wall time names in the zone, with a note when that time is skipped or
    happens twice there (read as `local_time` reads it: the offset before the change)."""
    local = wall.next_after(now, zone_name)
    instant = to_utc(local, zone_name)
    shown = to_local(instant, zone_name)
    note = ""
    if shown.replace(tzinfo=None) != local:
        note = (
            f"{local:%H:%M} does not exist in {city} that day (the clocks jump forward); "
            f"it is read as {shown:%H:%M} {abbreviation(instant, zone_name)}."
        )
    elif any(
        to_local(instant + timedelta(minutes=step), zone_name).replace(tzinfo=None) == local
        for step in (30, 60)
    ):
        note = (
            f"{local:%H:%M} happens twice in {city} that day (the clocks go back); "
            f"this is the first one, {abbreviation(instant, zone_name)}."
        )
    return ResolvedTime(instant, local, note)


WALL_TIME = ValueType("local time", Wire.STRING, "<when>", ACCEPTED, parse_wall_time)
