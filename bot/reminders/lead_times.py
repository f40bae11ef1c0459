"""How long before a session each reminder goes out: `3mo`, `1w`, `60m`, read, shown and applied.

Months, weeks and days are calendar steps taken on the school's local date at the session's
local wall time, then converted to UTC: "three months before a 16:00 class" is 16:00 local
three months earlier, whatever daylight saving did in between. Hours and minutes are elapsed
time taken off the instant: "60 minutes before" is always sixty real minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta

from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.messages import Message
from bot.times.local_time import to_local, to_utc

_PART = re.compile(
    r"(?P<n>\d{1,4})\s*(?P<unit>months?|mo|weeks?|w|days?|d|hours?|h|minutes?|mins?|m)",
    re.IGNORECASE,
)
_UNITS = {"mo": "months", "w": "weeks", "d": "days", "h": "hours", "m": "minutes"}
_APPROX_MINUTES = {"months": 30 * 1440, "weeks": 7 * 1440, "days": 1440, "hours": 60, "minutes": 1}
LONGEST = 12 * 30 * 1440  # a year, roughly: nothing is planned further ahead
OFF = "off"


def _unit(text: str) -> str:
    text = text.lower()
    if text.startswith("mo"):
        return "months"
    if text.startswith("min"):
        return "minutes"
    return _UNITS[text[0]]


@dataclass(frozen=True)
class LeadTime:
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0

    @classmethod
    def parse(cls, raw: str) -> LeadTime:
        """`3mo`, `1w`, `2w3d`, `1h30m`, `90 minutes`, or `off`; spaces between parts are fine."""
        text = raw.strip()
        if text.lower() == OFF:
            return cls()
        position, amounts = 0, dict.fromkeys(_APPROX_MINUTES, 0)
        while position < len(text):
            if text[position].isspace():
                position += 1
                continue
            match = _PART.match(text, position)
            if match is None:
                raise ValueProblem(Message("value-lead-time-invalid", text=raw))
            amounts[_unit(match["unit"])] += int(match["n"])
            position = match.end()
        lead = cls(**amounts)
        if lead.approx_minutes == 0:
            raise ValueProblem(Message("value-lead-time-zero", text=raw))
        if lead.approx_minutes > LONGEST:
            raise ValueProblem(Message("value-lead-time-too-far", text=raw))
        return lead

    @property
    def off(self) -> bool:
        """No time at all: the program turned this reminder off."""
        return self.approx_minutes == 0

    @property
    def approx_minutes(self) -> int:
        """For limits and ordering only (a month counts 30 days); never for scheduling."""
        return sum(getattr(self, f.name) * _APPROX_MINUTES[f.name] for f in fields(self))

    @property
    def calendar(self) -> relativedelta:
        return relativedelta(months=self.months, weeks=self.weeks, days=self.days)

    @property
    def elapsed(self) -> timedelta:
        return timedelta(hours=self.hours, minutes=self.minutes)

    def before(self, instant: datetime, zone_name: str) -> datetime:
        """The UTC instant this long before `instant`, by the wall clock of `zone_name`."""
        if self.calendar:
            local = to_local(instant, zone_name).replace(tzinfo=None)
            instant = to_utc(local - self.calendar, zone_name)
        return instant - self.elapsed

    def __str__(self) -> str:
        short = {"months": "mo", "weeks": "w", "days": "d", "hours": "h", "minutes": "m"}
        amounts = [(getattr(self, f.name), short[f.name]) for f in fields(self)]
        return "".join(f"{amount}{unit}" for amount, unit in amounts if amount) or OFF

    def amounts(self) -> list[tuple[str, int]]:
        """`[("weeks", 1), ("days", 2)]`: each unit given, largest first, to be written out."""
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]


LEAD_TIME = ValueType(
    "lead time",
    Wire.STRING,
    "<lead time>",
    "a lead time like 3mo, 1w, 1d or 60m (mo, w, d, h, m), or off",
    LeadTime.parse,
)


@dataclass(frozen=True)
class LeadTimes:
    """A program's lead times, one per reminder before the session."""

    lead: LeadTime = LeadTime(months=3)  # request, coordinator, interpreter
    preliminary: LeadTime = LeadTime(months=1)  # preliminary meeting of the teachers
    practice: LeadTime = LeadTime(weeks=1)  # device check and practice run
    day_before: LeadTime = LeadTime(days=1)  # the checklist
    agenda: LeadTime = LeadTime(minutes=60)  # the day-of agenda

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_text(cls, values: dict[str, str]) -> LeadTimes:
        """From stored text (`3mo`, `off`); names not given keep their default."""
        return cls(**{name: LeadTime.parse(text) for name, text in values.items()})

    def as_text(self) -> dict[str, str]:
        return {name: str(getattr(self, name)) for name in self.names()}

    def changed(self, **values: LeadTime) -> LeadTimes:
        return replace(self, **values)

    def agenda_not_on_the_day(self) -> bool:
        """The day-of agenda would go out before the day (checked before it is saved)."""
        return self.agenda.approx_minutes > 1440


DEFAULT_LEAD_TIMES = LeadTimes()
