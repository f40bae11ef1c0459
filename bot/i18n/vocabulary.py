"""The words teachers type for days, times, dates and durations, in every language the bot
speaks: CLDR's (Babel) names for weekdays, AM/PM and time units, and each language's
`input.toml` for what CLDR lacks (시, 時, 點; 오늘, 明日; 부터, から, 至).

Input is read in all the languages at once, so a teacher may type Korean days while reading
English: a word means the same in every language or it is left out (and listed in `clashes`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel.units import format_unit

from bot.i18n.languages import ENGLISH, LANGUAGES, LOCALES, Language

RANGE_MARKS = ("-", "–", "—", "~", "〜")  # after NFKC, which turns ～ and － into ~ and -
LIST_MARKS = (",", "、", "・", "·")
DayPeriod = tuple[tuple[int, int], ...]  # the minutes of the day it covers, ends excluded
AM: DayPeriod = ((0, 720),)
PM: DayPeriod = ((720, 1440),)
_CONTEXTS, _WIDTHS = ("format", "stand-alone"), ("abbreviated", "wide", "short", "narrow")


def clean(raw: str) -> str:
    """Typed text with full-width forms folded (１５：００ → 15:00, ～ → ~) and ends trimmed."""
    return unicodedata.normalize("NFKC", raw).strip()


@dataclass(frozen=True)
class Vocabulary:
    weekdays: Mapping[str, int]  # casefolded name → weekday, Monday 0
    periods: Mapping[str, DayPeriod]  # 오후, 午後, 下午 → PM; 晚上, 저녁 → their hours
    relative_days: Mapping[str, int]  # 내일 → 1
    hour_marks: tuple[str, ...]  # 15시, 15時, 3點
    minute_marks: tuple[str, ...]
    half_marks: tuple[str, ...]  # 3시 반
    year_marks: tuple[str, ...]
    month_marks: tuple[str, ...]
    day_marks: tuple[str, ...]
    hour_units: tuple[str, ...]  # 1시간, 1 時間, 1 小時, 1h
    minute_units: tuple[str, ...]
    range_words: tuple[str, ...]  # 부터, から, 至: read as a dash
    range_end_words: tuple[str, ...]  # 까지, まで: dropped
    countries: Mapping[str, str]  # common names CLDR and ISO lack → ISO code
    clashes: Mapping[str, frozenset[object]]  # words with two meanings, left out


def alternatives(words: Iterable[str]) -> str:
    """A regex group matching any of `words`, longest first (화요일 before 화)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def english_weekday(index: int) -> str:
    """`Mon` … `Sun`, as `bot.times.weekly_hours` writes and reads them."""
    return str(ENGLISH.locale.days["format"]["abbreviated"][index])


@cache
def vocabulary() -> Vocabulary:
    words: dict[str, defaultdict[str, set[Any]]] = {
        kind: defaultdict(set) for kind in ("weekdays", "periods", "relative_days", "countries")
    }
    lists: dict[str, list[str]] = defaultdict(list)
    english_days = {english_weekday(index).casefold(): index for index in range(7)}
    for language in LANGUAGES:
        for kind, found in _cldr_words(language).items():
            for word, meaning in found.items():
                words[kind][word].add(meaning)
    for extra in _extra_words():
        for word, day in extra.get("weekdays", {}).items():
            words["weekdays"][word.casefold()].add(english_days[day.casefold()])
        for kind in ("relative_days", "countries"):
            for word, meaning in extra.get(kind, {}).items():
                words[kind][word.casefold()].add(meaning)
        for key in ("range", "range_end"):
            lists[key] += extra.get(key, [])
        for group in ("clock", "date"):
            for key, found in extra.get(group, {}).items():
                lists[f"{group}.{key}"] += found
    unique = {kind: _unique(found) for kind, found in words.items()}
    marks = {key: tuple(dict.fromkeys(found)) for key, found in lists.items()}
    units = _duration_units()
    return Vocabulary(
        weekdays=unique["weekdays"],
        periods=unique["periods"],
        relative_days=unique["relative_days"],
        hour_marks=marks["clock.hour"],
        minute_marks=marks["clock.minute"],
        half_marks=marks["clock.half"],
        year_marks=marks["date.year"],
        month_marks=marks["date.month"],
        day_marks=marks["date.day"],
        hour_units=units["duration-hour"],
        minute_units=tuple(dict.fromkeys((*units["duration-minute"], *marks["clock.minute"]))),
        range_words=marks["range"],
        range_end_words=marks["range_end"],
        countries=unique["countries"],
        clashes={
            word: frozenset(meanings)
            for found in words.values()
            for word, meanings in found.items()
            if len(meanings) > 1
        },
    )


def _cldr_words(language: Language) -> dict[str, dict[str, Any]]:
    """Weekday names and day periods (AM/PM, and 晚上, 저녁, 夕方 with CLDR's hours for them) of
    one language; a name two weekdays share in one language (English narrow `T`) means
    neither."""
    locale = language.locale
    names: defaultdict[str, set[int]] = defaultdict(set)
    for context in _CONTEXTS:
        for width in _WIDTHS:
            for index, name in locale.days[context].get(width, {}).items():
                if _readable(name):
                    names[clean(name).casefold()].add(index)
    found: dict[str, dict[str, Any]] = {
        "weekdays": {name: days.pop() for name, days in names.items() if len(days) == 1},
        "periods": {},
    }
    rules = locale.day_period_rules.get(None, {})
    for period_id, hours in (*rules.items(), ("am", AM), ("pm", PM)):  # AM and PM win
        for context in _CONTEXTS:
            for width in ("abbreviated", "wide"):
                if name := locale.day_periods[context].get(width, {}).get(period_id):
                    found["periods"][clean(name).casefold()] = (
                        hours if period_id in ("am", "pm") else _day_period(hours)
                    )
    return found


def _day_period(rules: list[dict[str, int]]) -> DayPeriod:
    """CLDR's rules for a day period (`{"from": 68400, "before": 86400}`, in seconds; or
    `{"at": 0}`) as minute ranges, one that wraps past midnight split in two."""
    spans: list[tuple[int, int]] = []
    for rule in rules:
        if "at" in rule:
            spans.append((rule["at"] // 60, rule["at"] // 60 + 1))
            continue
        start, end = rule["from"] // 60, rule["before"] // 60
        spans += [(start, end)] if start < end else [(start, 1440), (0, end)]
    return tuple(spans)


def _readable(name: str) -> bool:
    """A name worth reading: not one Latin letter (English narrow names: M, T, W… are read as
    nothing by the English parser either)."""
    return not (len(name) == 1 and name.isascii())


def _extra_words() -> list[dict[str, Any]]:
    """Each catalog's `input.toml`, once per catalog."""
    folders = dict.fromkeys(language.catalog for language in LANGUAGES)
    return [
        tomllib.loads((LOCALES / folder / "input.toml").read_text(encoding="utf-8"))
        for folder in folders
        if (LOCALES / folder / "input.toml").exists()
    ]


def _duration_units() -> dict[str, tuple[str, ...]]:
    """`시간`, `時間`, `小時`, `hours`, `h`…: CLDR's duration units without their number."""
    units: dict[str, tuple[str, ...]] = {}
    for unit in ("duration-hour", "duration-minute"):
        found = {
            clean(format_unit(number, unit, length=length, locale=language.cldr))
            .replace(str(number), "")
            .strip()
            .casefold()
            for language in LANGUAGES
            for length in ("long", "short", "narrow")
            for number in (1, 7)
        }
        units[unit] = tuple(sorted(found))
    return units


def _unique(found: Mapping[str, set[Any]]) -> dict[str, Any]:
    return {word: next(iter(meanings)) for word, meanings in found.items() if len(meanings) == 1}
