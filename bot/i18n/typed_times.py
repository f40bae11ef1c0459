"""Clock times and lengths of time typed in any language (`오후 3시 반`, `15時`, `下午3點`,
`90분`, `1時間半`), rewritten as `bot.core.value_types` and `bot.times.query` read them
(`15:30`, `90`, `tomorrow 15:00`).

Text in the English forms passes through untouched, so those parsers keep their own rules
and messages for it; anything else that does not read raises `InputProblem`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from bot.i18n.languages import Language
from bot.i18n.messages import InputProblem, Message
from bot.i18n.typed_dates import date_in_iso, left_in_english
from bot.i18n.vocabulary import DayPeriod, alternatives, clean, english_weekday, vocabulary

_ENGLISH_RELATIVE_DAYS = ("today", "tomorrow")  # the words bot.times.query reads
MINUTES_PER_DAY = 24 * 60


@cache
def clock_pattern() -> str:
    """A regex for one clock time in any language: `15:30`, `오후 3시 30분`, `午後3時半`,
    `下午3點`, `3:30 pm`. Groups: before/after (AM/PM), h, m (after a colon), mm (with a
    minute mark), half."""
    words = vocabulary()
    period = alternatives(words.periods)
    return (
        rf"(?:(?P<before>{period})\s*)?(?P<h>\d{{1,2}})"
        rf"(?:\s*:\s*(?P<m>\d{{2}})"
        rf"|\s*{alternatives(words.hour_marks)}"
        rf"(?:\s*(?P<mm>\d{{1,2}})\s*{alternatives(words.minute_marks)}"
        rf"|\s*(?P<half>{alternatives(words.half_marks)}))?)?"
        rf"(?:\s*(?P<after>{period}))?"
    )


def period_of(match: re.Match[str]) -> DayPeriod | None:
    """The part of the day the time names (오후 3시, 晚上7點, 3pm), if it names one."""
    word = match["before"] or match["after"]
    return vocabulary().periods[word] if word else None


def clock_minutes(
    match: re.Match[str], text: str, *, end_of_day: bool = False, period: DayPeriod | None = None
) -> int:
    """Minutes after midnight for a `clock_pattern` match; `24:00` only as an `end_of_day`;
    `period` is the part of the day it carries on from a range's start (오후 4시~6시)."""
    bare_number = match.group(0).strip() == match["h"]  # 15: an hour, or a count of something
    if bare_number or (match["before"] and match["after"]):
        raise InputProblem(Message("input-time-invalid", text=text))
    hour = int(match["h"])
    minute = 30 if match["half"] else int(match["m"] or match["mm"] or 0)
    period = period_of(match) or period
    if period is not None and hour > 12:
        raise InputProblem(Message("input-time-out-of-range", text=text))
    total = hour * 60 + minute if period is None else _in_period(hour % 12 * 60 + minute, period)
    if minute > 59 or total > MINUTES_PER_DAY or (total == MINUTES_PER_DAY and not end_of_day):
        raise InputProblem(Message("input-time-out-of-range", text=text))
    return total


def _in_period(minutes: int, period: DayPeriod) -> int:
    """The morning or the evening reading of a 12-hour time, whichever lies in (or nearest to)
    the period: 오후 12시 is noon, 午前0時 midnight, 밤 11시 23:00, 凌晨1點 01:00."""

    def distance(reading: int) -> int:
        return min(
            0
            if start <= reading < end
            else min((start - reading) % 1440, (reading - end + 1) % 1440)
            for start, end in period
        )

    return min((minutes, minutes + 720), key=distance)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clock_time_in_english(raw: str) -> str:
    """`오후 3시 반` → `15:30`; `15:30` and `3pm` as they are."""
    text = clean(raw)
    if text.isascii():
        return text
    match = re.fullmatch(clock_pattern(), text.casefold())
    if match is None:
        raise InputProblem(Message("input-time-invalid", text=raw.strip()))
    return hhmm(clock_minutes(match, raw.strip()))


@cache
def _duration_pattern() -> re.Pattern[str]:
    words = vocabulary()
    return re.compile(
        rf"(?:(?P<h>\d+)\s*{alternatives(words.hour_units)})?\s*"
        rf"(?:(?P<m>\d+)\s*{alternatives(words.minute_units)}"
        rf"|(?P<half>{alternatives(words.half_marks)}))?"
    )


def duration_in_minutes(raw: str) -> str:
    """`90분`, `1시간 30분`, `1時間半`, `90 分鐘` → `90`; `1h30m` and `90` as they are."""
    text = clean(raw)
    if text.isascii():
        return text
    match = _duration_pattern().fullmatch(text.casefold())
    if match is None or not (match["h"] or match["m"]) or (match["half"] and not match["h"]):
        raise InputProblem(Message("input-duration-invalid", text=raw.strip()))
    minutes = int(match["h"] or 0) * 60 + (30 if match["half"] else int(match["m"] or 0))
    return str(minutes)


def wall_time_in_english(raw: str, language: Language | None, *, today: date | None = None) -> str:
    """A time with an optional day, as `bot.times.query` reads it: `내일 오후 3시` → `tomorrow
    15:00`, `화요일 15시` → `Tue 15:00`, `3月9日 15時` → `2027-03-09 15:00` (a date without
    its year is the next one from `today`, in `language`'s order: `3/9` is 9 March in
    English, and left to the English parser when `language` is None). English text passes
    through."""
    text = clean(raw)
    if left_in_english(text, language):
        return text
    folded = text.casefold()
    match = re.search(rf"{clock_pattern()}$", folded)
    if match is None or not match.group(0).strip():
        raise InputProblem(Message("input-time-invalid", text=raw.strip()))
    clock = hhmm(clock_minutes(match, match.group(0).strip()))
    day = text[: match.start()].strip().rstrip(",").strip()
    return f"{_day_in_english(day, language, today)} {clock}" if day else clock


def _day_in_english(day: str, language: Language | None, today: date | None) -> str:
    words = vocabulary()
    folded = day.casefold()
    if folded in words.weekdays:
        return english_weekday(words.weekdays[folded])
    if folded in words.relative_days:
        return _ENGLISH_RELATIVE_DAYS[words.relative_days[folded]]
    if left_in_english(day, language):
        return day  # Tue, tomorrow, 2027-03-09, or an English mistake bot.times.query names
    try:
        return date_in_iso(day, language, today=today)
    except InputProblem:
        raise InputProblem(Message("input-wall-time-day", text=day)) from None
