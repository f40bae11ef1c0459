"""Weekdays and weekly hours typed in any language (`월-금`, `월,수`, `月・水`, `週一至週五`,
`一至五`, `월-금 9시-16시`), rewritten in the English form `bot.times.weekly_hours` reads
(`Mon-Fri 09:00-16:00`). English text passes through untouched."""

from __future__ import annotations

import re
from functools import cache

from bot.i18n.messages import InputProblem, Message
from bot.i18n.typed_times import clock_minutes, clock_pattern, hhmm, period_of
from bot.i18n.vocabulary import (
    LIST_MARKS,
    RANGE_MARKS,
    alternatives,
    clean,
    english_weekday,
    vocabulary,
)

_SEPARATORS = re.compile(rf"[\s{''.join(LIST_MARKS)}]+")


def weekdays_in_english(raw: str) -> str:
    """`월-금` → `Mon-Fri`; `一、三` → `Mon,Wed`; `Mon-Fri` as it is."""
    text = clean(raw)
    return text if text.isascii() else _days(text)


def weekly_hours_in_english(raw: str) -> str:
    """`월-금 9시-16시; 화,목 16:00-18:00` → `Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00`."""
    text = clean(raw)
    if text.isascii():
        return text
    return "; ".join(_group(group.strip()) for group in text.split(";") if group.strip())


def with_dashes(text: str) -> str:
    """Range words and marks as one `-` without spaces: `월요일부터 금요일까지` → `월요일-금요일`,
    `9:00 ~ 16:00` → `9:00-16:00`."""
    words = vocabulary()
    if words.range_end_words:
        text = re.sub(alternatives(words.range_end_words), "", text)
    if words.range_words:
        text = re.sub(alternatives(words.range_words), "-", text)
    return re.sub(rf"\s*{alternatives(RANGE_MARKS)}\s*", "-", text).strip()


def _days(text: str) -> str:
    items = [item for item in _SEPARATORS.split(with_dashes(text)) if item]
    if not items:
        raise InputProblem(Message("input-weekday-unknown", text=text))
    return ",".join(_day_item(item) for item in items)


def _day_item(item: str) -> str:
    ends = item.split("-")
    if len(ends) > 2 or "" in ends:
        raise InputProblem(Message("input-weekday-range", text=item))
    return "-".join(_day_name(end) for end in ends)


def _day_name(word: str) -> str:
    weekdays = vocabulary().weekdays
    if word.casefold() in weekdays:
        return english_weekday(weekdays[word.casefold()])
    if word.isascii():
        return word  # Tues, Thurs…: bot.times.weekly_hours reads (or names) it
    raise InputProblem(Message("input-weekday-unknown", text=word))


@cache
def _times_start() -> re.Pattern[str]:
    return re.compile(rf"\d|{alternatives(vocabulary().periods)}")


@cache
def _clock() -> re.Pattern[str]:
    return re.compile(clock_pattern())


def _group(group: str) -> str:
    start = _times_start().search(group.casefold())
    if start is None or start.start() == 0:
        raise InputProblem(Message("input-hours-needs-days", text=group))
    return f"{_days(group[: start.start()])} {_ranges(group[start.start() :])}"


def _ranges(text: str) -> str:
    """`9시-16시, 오후 5시~6시` → `09:00-16:00 17:00-18:00`."""
    folded = with_dashes(text.casefold())
    ranges, position = [], 0
    while position < len(folded):
        start = _clock().match(folded, position)
        end = _clock().match(folded, start.end() + 1) if start else None
        if start is None or end is None or folded[start.end()] != "-":
            raise InputProblem(Message("input-time-range", text=text.strip()))
        first = clock_minutes(start, start.group(0).strip())
        last = clock_minutes(end, end.group(0).strip(), end_of_day=True)
        if last <= first and period_of(start) and not period_of(end):  # 오후 4시~6시
            last = clock_minutes(
                end, end.group(0).strip(), end_of_day=True, period=period_of(start)
            )
        if last <= first:
            raise InputProblem(Message("input-time-range-order", text=folded[position : end.end()]))
        ranges.append(f"{hhmm(first)}-{hhmm(last)}")
        between = _SEPARATORS.match(folded, end.end())
        position = between.end() if between else end.end()
    return " ".join(ranges)
