"""The local dates a school is closed: weekends, public holidays, school vacations, declared breaks.

Public holidays and (where the `holidays` package has them: FR zones, DE Länder, AU states…)
school vacations come from the package for the school's country and subdivision; breaks the
teachers declared come from the profile. The weekend is the country's (Friday–Saturday in
Kuwait), as the package knows it, except the weekend days a school declared hours on: a school
with Saturday classes meets on Saturdays. Building a country's calendar costs milliseconds, so each
(country, subdivision, year, language) is built once per process.

A closed day's name is written for each reader (`ClosedDayName`): a holiday as the package
translates it into the reader's language (Korean, Japanese and Taiwanese holidays have their
own; English where the package has no translation), a weekday as CLDR names it, a declared
break through the catalogs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

import holidays

from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.translator import english_only
from bot.i18n.weekday_text import day_names
from bot.schools.profile import SchoolProfile
from bot.times.vacations import DateRange


class ClosureKind(StrEnum):
    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public_holiday"
    SCHOOL_VACATION = "school_vacation"
    DECLARED_VACATION = "declared_vacation"


@dataclass(frozen=True)
class ClosedDayName:
    """Why a school is closed on `day`, as a message argument: each reader reads it in their
    language (`Chuseok`, `추석`; `Saturday`, `土曜日`; `declared break 2027-07-24..2027-08-22`)."""

    kind: ClosureKind
    day: date
    country: str = ""  # a holiday's
    subdivision: str | None = None
    declared: DateRange | None = None  # a declared break's

    def localized(self, language: Language, translator: Renderer) -> str:
        if self.declared is not None:
            declared = Message("school-declared-break", dates=str(self.declared))
            return translator.render(declared, language)
        if self.kind is ClosureKind.WEEKEND:
            return day_names(language)[self.day.weekday()]
        category = "public" if self.kind is ClosureKind.PUBLIC_HOLIDAY else "school"
        spoken = _holiday_language(self.country, language)
        return _named_days(self.country, self.subdivision, category, self.day.year, spoken)[
            self.day
        ]

    def __str__(self) -> str:
        """In English, as `data` and logs show it whoever reads them."""
        return self.localized(ENGLISH, english_only())


@dataclass(frozen=True)
class Closure:
    day: date
    kind: ClosureKind
    name: ClosedDayName


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


HOLIDAYS_ENGLISH = "en_US"  # the package's English, which every program country has


@cache
def _holiday_language(country: str, language: Language) -> str:
    """The package's code for the reader's language where it translates this country's
    holidays into it (`ko`, `ja`, `zh_TW`), else its English."""
    entity = _entity_class(country)
    supported = entity.supported_languages if entity is not None else ()
    locale = language.locale
    wanted = (f"{locale.language}_{locale.territory}", locale.language)
    return next((code for code in wanted if code in supported), HOLIDAYS_ENGLISH)


@cache
def _named_days(
    country: str,
    subdivision: str | None,
    category: str,
    year: int,
    language: str = HOLIDAYS_ENGLISH,
) -> dict[date, str]:
    entity = _entity_class(country)
    if entity is None or category not in entity.supported_categories:
        return {}
    found = holidays.country_holidays(
        country, subdiv=subdivision, years=year, categories=(category,), language=language
    )
    return dict(found.items())


@cache
def weekend_of(country: str) -> frozenset[int]:
    entity = _entity_class(country)
    return frozenset(entity.weekend) if entity is not None else frozenset({5, 6})


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
                kind = ClosureKind.DECLARED_VACATION
                return Closure(day, kind, ClosedDayName(kind, day, declared=declared))
        for kind, category in (
            (ClosureKind.PUBLIC_HOLIDAY, "public"),
            (ClosureKind.SCHOOL_VACATION, "school"),
        ):
            if day in _named_days(self.country, self.subdivision, category, day.year):
                name = ClosedDayName(kind, day, self.country, self.subdivision)
                return Closure(day, kind, name)
        if day.weekday() in weekend_of(self.country) - self.weekend_classes:
            return Closure(day, ClosureKind.WEEKEND, ClosedDayName(ClosureKind.WEEKEND, day))
        return None

    def is_open(self, day: date) -> bool:
        return self.closure(day) is None


def named_again(profile: SchoolProfile, day: date, stored: str) -> ClosedDayName | str:
    """A closed day whose name was stored (in English, as `str(ClosedDayName)` writes it),
    named for each reader again while the school's calendar still says the day is closed."""
    closure = SchoolCalendar.of(profile).closure(day)
    return closure.name if closure is not None else stored
