"""Times as each reader's language writes them, in both schools' zones: `3월 9일 (화) 09:00–10:00
KST (서울) · …` for Korean, `3月9日(火) 09:00～10:00 JST（東京）` for Japanese, and English
exactly as `bot.times.display` has always written it.

Days come from CLDR (Babel) for the reader's locale; the clock is 24-hour `HH:MM` unless the
language reads a 12-hour clock (en-US); the order of day, clock, zone and city, and their
punctuation, are catalog messages (`times.ftl`), so each language's file decides them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Protocol

from babel.dates import format_datetime

from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.zones import abbreviation, to_local, zone_city

SEPARATOR = " · "


class Located(Protocol):
    """A zone and the city shown after its abbreviation: `bot.times.display.Place` is one."""

    @property
    def timezone(self) -> str: ...

    @property
    def city(self) -> str: ...


@cache
def _day_pattern(language: Language, year: bool) -> str:
    if language.day_patterns is not None:
        return language.day_patterns[year]
    return str(language.locale.datetime_skeletons["yMMMEd" if year else "MMMEd"].pattern)


@cache
def _date_pattern(language: Language, year: bool) -> str:
    if language.day_patterns is not None:  # the bot's own format, without the weekday
        return language.day_patterns[year].removeprefix("EEE ")
    return str(language.locale.datetime_skeletons["yMMMd" if year else "MMMd"].pattern)


@cache
def _twelve_hour_pattern(language: Language) -> str:
    # Babel cannot write flexible day periods (`B`, as in zh_Hant_TW's `Bh:mm`): use AM/PM.
    return str(language.locale.datetime_skeletons["hm"].pattern).replace("B", "a")


@lru_cache(maxsize=4096)  # a reminder burst writes the same few days over and over
def day_text(day: date, language: Language, *, year: bool = False) -> str:
    """`Tue 9 Mar`, `3월 9일 (화)`, `3月9日(火)`, `3月9日週二`; with the year when asked."""
    return format_datetime(
        datetime.combine(day, datetime.min.time()),
        _day_pattern(language, year),
        locale=language.locale,
    )


@lru_cache(maxsize=1024)
def date_text(day: date, language: Language, *, year: bool = True) -> str:
    """A date without its weekday: `1 Mar 2027`, `2027년 3월 1일`, `2027年3月1日`; `8 Mar`,
    `3월 8일` without the year."""
    return format_datetime(
        datetime.combine(day, datetime.min.time()),
        _date_pattern(language, year),
        locale=language.locale,
    )


def clock_text(local: datetime, language: Language) -> str:
    """`09:00`, or `9:00 AM` for a language that reads a 12-hour clock."""
    if not language.twelve_hour:
        return f"{local:%H:%M}"
    return format_datetime(
        local.replace(tzinfo=None), _twelve_hour_pattern(language), locale=language.locale
    )


def at_place(
    instant: datetime,
    place: Located,
    language: Language,
    translator: Renderer,
    *,
    year: bool = False,
) -> str:
    """`Tue 9 Mar 15:00 KST (Seoul)` in the reader's language."""
    local = to_local(instant, place.timezone)
    message = Message(
        "time-at",
        day=day_text(local.date(), language, year=year),
        time=clock_text(local, language),
        zone=abbreviation(instant, place.timezone),
        city=zone_city(place.timezone, place.city, language),
    )
    return translator.render(message, language)


def at(
    instant: datetime,
    places: Sequence[Located],
    language: Language,
    translator: Renderer,
    *,
    year: bool = False,
) -> str:
    """One instant in every place, the caller's first."""
    return SEPARATOR.join(
        at_place(instant, place, language, translator, year=year) for place in places
    )


def span_at_place(
    start: datetime,
    end: datetime,
    place: Located,
    language: Language,
    translator: Renderer,
    *,
    year: bool = False,
) -> str:
    """`Tue 9 Mar 09:00–10:00 KST (Seoul)`; the end names its day or zone when they differ."""
    first, last = to_local(start, place.timezone), to_local(end, place.timezone)
    first_zone, last_zone = abbreviation(start, place.timezone), abbreviation(end, place.timezone)
    shared = {
        "day": day_text(first.date(), language, year=year),
        "start": clock_text(first, language),
        "end": clock_text(last, language),
        "zone": first_zone,
        "city": zone_city(place.timezone, place.city, language),
    }
    overnight, zone_change = last.date() != first.date(), last_zone != first_zone
    if overnight:
        end_day = day_text(last.date(), language, year=year)
    if overnight and zone_change:
        message = Message(
            "time-span-overnight-zone-change", **shared, end_day=end_day, end_zone=last_zone
        )
    elif overnight:
        message = Message("time-span-overnight", **shared, end_day=end_day)
    elif zone_change:
        message = Message("time-span-zone-change", **shared, end_zone=last_zone)
    else:
        message = Message("time-span", **shared)
    return translator.render(message, language)


def span(
    start: datetime,
    end: datetime,
    places: Sequence[Located],
    language: Language,
    translator: Renderer,
    *,
    year: bool = False,
) -> str:
    """A meeting in every place: `Tue 9 Mar 09:00–10:00 KST (Seoul) · Mon 8 Mar 19:00–…`."""
    return SEPARATOR.join(
        span_at_place(start, end, place, language, translator, year=year) for place in places
    )


@dataclass(frozen=True)
class TimeAt:
    """An instant in every place, as a message argument: each reader sees it in their language."""

    instant: datetime
    places: tuple[Located, ...]
    year: bool = False

    def localized(self, language: Language, translator: Renderer) -> str:
        return at(self.instant, self.places, language, translator, year=self.year)


@dataclass(frozen=True)
class TimeSpan:
    """A meeting in every place, as a message argument: each reader sees it in their language."""

    start: datetime
    end: datetime
    places: tuple[Located, ...]
    year: bool = False

    def localized(self, language: Language, translator: Renderer) -> str:
        return span(self.start, self.end, self.places, language, translator, year=self.year)


@dataclass(frozen=True)
class DayOf:
    """A day as a message argument, with its weekday (`Tue 9 Mar`, `3월 9일 (화)`) or, with
    `weekday=False`, without it (`1 Mar 2027`, `2027년 3월 1일`). With `iso_in_english`, English
    keeps the `2027-03-09` the bot has always written for a day without a time."""

    day: date
    year: bool = False
    weekday: bool = True
    iso_in_english: bool = False

    def localized(self, language: Language, translator: Renderer) -> str:
        if self.iso_in_english and language.catalog == ENGLISH.catalog:
            return self.day.isoformat()
        if self.weekday:
            return day_text(self.day, language, year=self.year)
        return date_text(self.day, language, year=self.year)


@dataclass(frozen=True)
class CityOf:
    """A place's city as a message argument: the zone's city in the reader's language, or the
    school's own city as it was written."""

    place: Located

    def localized(self, language: Language, translator: Renderer) -> str:
        return zone_city(self.place.timezone, self.place.city, language)
