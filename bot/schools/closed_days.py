"""The local dates a school is closed: weekends, public holidays, school vacations, declared breaks.

Public holidays and (where the `holidays` package has them: FR zones, DE Länder, AU states…)
school vacations come from the package for the school's country and subdivision; breaks the
teachers declared come from the profile. The weekend is the country's (Friday–Saturday in
Kuwait), as the package knows it, except the weekend days a school declared hours on: a school
with Saturday classes meets on Saturdays. Building a country's calendar costs milliseconds, so each
(country, subdivision, year) is built once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

import holidays

from bot.schools.profile import SchoolProfile
from bot.times.vacations import DateRange


class ClosureKind(StrEnum):
    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public_holiday"
    SCHOOL_VACATION = "school_vacation"
    DECLARED_VACATION = "declared_vacation"


@dataclass(frozen=True)
class Closure:
    day: date
    kind: ClosureKind
    name: str  # "Chuseok", "Summer Break", "declared break 2027-07-24..2027-08-22", "Saturday"


@cache
def _entity_class(country: str) -> type[holidays.HolidayBase] | None:
    try:
        return type(holidays.country_holidays(country))
    except NotImplementedError:
        return None


@cache
def canonical_subdivision(country: str, subdivision: str | None) -> str | None:
    """The package's own spelling of a subdivision (`ZONE A` is stored; `Zone A` is known)."""
    entity = _entity_class(country)
    if not subdivision or entity is None:
        return None
    wanted = subdivision.strip().casefold()
    known = [*entity.subdivisions, *getattr(entity, "subdivisions_aliases", {})]
    return next((code for code in known if code.casefold() == wanted), None)


@cache
def _named_days(country: str, subdivision: str | None, category: str, year: int) -> dict[date, str]:
    entity = _entity_class(country)
    if entity is None or category not in entity.supported_categories:
        return {}
    found = holidays.country_holidays(
        country, subdiv=subdivision, years=year, categories=(category,)
    )
    return dict(found.items())


@cache
def weekend_of(country: str) -> frozenset[int]:
    entity = _entity_class(country)
    return frozenset(entity.weekend) if entity is not None else frozenset({5, 6})


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class SchoolCalendar:
    country: str
    subdivision: str | None
    declared: tuple[DateRange, ...]
    weekend_classes: frozenset[int] = frozenset()  # weekend weekdays the school teaches on

    @classmethod
    def of(cls, profile: SchoolProfile) -> SchoolCalendar:
        weekend = weekend_of(profile.country)
        return cls(
            profile.country,
            canonical_subdivision(profile.country, profile.subdivision),
            profile.vacations,
            frozenset(day for day in weekend if profile.availability.on(day)),
        )

    def closure(self, day: date) -> Closure | None:
        """Why the school is closed on its local `day`, or None when it is open.

        A declared break wins over a holiday in the message, since the teachers chose it.
        """
        for declared in self.declared:
            if day in declared:
                return Closure(day, ClosureKind.DECLARED_VACATION, f"declared break {declared}")
        public = _named_days(self.country, self.subdivision, "public", day.year).get(day)
        if public:
            return Closure(day, ClosureKind.PUBLIC_HOLIDAY, public)
        school = _named_days(self.country, self.subdivision, "school", day.year).get(day)
        if school:
            return Closure(day, ClosureKind.SCHOOL_VACATION, school)
        if day.weekday() in weekend_of(self.country) - self.weekend_classes:
            return Closure(day, ClosureKind.WEEKEND, _WEEKDAY_NAMES[day.weekday()])
        return None

    def is_open(self, day: date) -> bool:
        return self.closure(day) is None
