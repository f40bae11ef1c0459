"""Reading a local time a teacher types (`Tue 15:00`, `15:00`, `2027-03-09 15:00`, `fri 3pm`)
and finding when it next happens in their zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from babel.lists import format_list

from bot.core.declared_text import accepted
from bot.core.value_types import (
    ValueProblem,
    ValueType,
    Wire,
    in_readers_order,
    parse_clock_time,
)
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.typed_times import wall_time_in_english
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


_CLOCK_LIKE = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:am|pm)?|am|pm", re.IGNORECASE)
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def is_time_word(word: str) -> bool:
    """Whether `word` can be part of a local time: a day word, a date, a clock time, am/pm."""
    text = word.strip().lower()
    return (
        text in _WEEKDAYS
        or text in _RELATIVE
        or bool(_DATE_LIKE.fullmatch(text) or _CLOCK_LIKE.fullmatch(text))
    )


@dataclass(frozen=True)
class QuotedWords:
    """Words a teacher typed, quoted and listed as the reader's language lists them:
    `'on' and 'next'`, `「on」、「next」`."""

    words: tuple[str, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        if language.catalog == ENGLISH.catalog:
            return " and ".join(f"'{word}'" for word in self.words)
        opening, closing = ("'", "'") if language.locale.language == "ko" else ("「", "」")
        quoted = [f"{opening}{word}{closing}" for word in self.words]
        return format_list(quoted, locale=language.cldr)


def parse_wall_time(raw: str) -> WallTime:
    """A day (optional) and a clock time. Each refusal names the word it could not read."""
    words = raw.replace(",", " ").split()
    if len(words) > 1 and words[-1].lower() in ("am", "pm"):
        words[-2:] = [words[-2] + words[-1]]  # 3 pm
    if not words:
        raise ValueProblem(Message("value-wall-time-needed", accepted=accepted(WALL_TIME)))
    *day_words, clock = words
    unknown = [word for word in day_words if not _reads_as_day(word)]
    if unknown:
        raise ValueProblem(
            Message(
                "value-wall-time-not-a-day", words=QuotedWords(tuple(unknown)), count=len(unknown)
            )
        )
    if len(day_words) > 1:
        raise ValueProblem(Message("value-wall-time-several-days", text=" ".join(day_words)))
    if _reads_as_day(clock):
        raise ValueProblem(Message("value-wall-time-day-only", text=clock))
    at = parse_clock_time(clock)
    if not day_words:
        return WallTime(at)
    head = day_words[0].lower()
    if head in _WEEKDAYS:
        return WallTime(at, weekday=_WEEKDAYS[head])
    if head in _RELATIVE:
        return WallTime(at, days_ahead=_RELATIVE[head])
    return WallTime(at, day=date.fromisoformat(head))


def _reads_as_day(word: str) -> bool:
    text = word.lower()
    if text in _WEEKDAYS or text in _RELATIVE:
        return True
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


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


WALL_TIME = ValueType(
    "local time",
    Wire.STRING,
    "<when>",
    ACCEPTED,
    parse_wall_time,
    part_of_value=is_time_word,
    # `내일 오후 3시`, `火曜 15時`; dates in numbers year first, as value_types.DATE reads them
    in_english=in_readers_order(wall_time_in_english),
)
