"""Dates typed in any language (`2027/03/02`, `2027년 3월 2일`, `2027年3月2日(火)`, `3/2`) and
vacation ranges (`2027/7/24~8/22`), rewritten in the ISO forms `bot.core.value_types` and
`bot.times.vacations` read (`2027-03-02`, `2027-07-24..2027-08-22`).

A date in numbers is read in the reader's order (`3/2` is 3 February in English, 2 March in
en-US, Korean, Japanese and Chinese); while the reader's language is not known (`language`
None) only one that starts with its year (`2027/03/02`) reads. A date without a year is the
next such day from `today`. English text (ISO dates, or anything without a date in numbers
this reader's order reads) passes through untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from bot.i18n.languages import Language
from bot.i18n.messages import InputProblem, Message, Renderer
from bot.i18n.vocabulary import alternatives, clean, vocabulary

_NUMERIC = re.compile(r"(\d+)\s*[/.\-]\s*(\d+)(?:\s*[/.\-]\s*(\d+))?\s*\.?")
_NUMERIC_DATE = re.compile(r"\d\s*[/.]\s*\d")
_YEAR_FIRST_DATE = re.compile(r"(?<!\d)\d{4}\s*[/.]\s*\d")
_LEAP_YEAR_GAP = 8  # 29 February comes back within eight years


def left_in_english(text: str, language: Language | None) -> bool:
    """Whether `text` goes to the English parsers as it is: ASCII without a date in numbers
    (`3/2`, `2027/03/02`, which they do not read). With `language` None only a year-first one
    counts: `3/2` may be 3 February or 2 March, so it is left to be refused as before."""
    numeric = _NUMERIC_DATE if language is not None else _YEAR_FIRST_DATE
    return text.isascii() and numeric.search(text) is None


@dataclass(frozen=True)
class WeekdayName:
    """A weekday as a message argument, written out in the reader's language (화요일, 火曜日)."""

    index: int  # Monday 0

    def localized(self, language: Language, translator: Renderer) -> str:
        return str(language.locale.days["format"]["wide"][self.index])


@dataclass(frozen=True)
class _Written:
    year: int | None
    month: int
    day: int


def date_in_iso(raw: str, language: Language | None, *, today: date | None = None) -> str:
    """`2027년 3월 2일` → `2027-03-02`; an ISO date or other English text as it is."""
    text = clean(raw)
    if left_in_english(text, language):
        return text
    return read_date(text, language, today=today)[0].isoformat()


def vacations_in_iso(raw: str, language: Language | None, *, today: date | None = None) -> str:
    """`2027/7/24~8/22; 2027년 12월 24일부터 2028년 2월 28일까지` → ISO ranges joined by `..`;
    an end without a year is the next such day from the start."""
    text = clean(raw)
    if left_in_english(text, language):
        return text
    return "; ".join(_range_in_iso(part.strip(), language, today) for part in text.split(";"))


def _range_in_iso(part: str, language: Language | None, today: date | None) -> str:
    if not part:
        return part
    ends = re.split(_range_marks(), part, maxsplit=1)
    if len(ends) == 1:
        ends = re.split(r"\s+-\s+", part, maxsplit=1)
    first, _ = read_date(ends[0].strip(), language, today=today)
    if len(ends) == 1:
        return first.isoformat()
    last_text = re.sub(rf"\s*{alternatives(vocabulary().range_end_words)}$", "", ends[1].strip())
    last, _ = read_date(last_text, language, today=first)
    if last < first:
        raise InputProblem(Message("input-date-range-order", text=part))
    return f"{first.isoformat()}..{last.isoformat()}"


@cache
def _range_marks() -> str:
    return alternatives((*vocabulary().range_words, "..", "~", "〜", "–", "—"))


def read_date(text: str, language: Language | None, *, today: date | None) -> tuple[date, bool]:
    """The date `text` names, and whether it gave its year."""
    weekday, rest = _without_weekday(text.casefold())
    written = _numeric(rest, language) or _marked(rest)
    if written is None:
        raise InputProblem(Message("input-date-invalid", text=text))
    day = _resolve(written, today, text)
    if weekday is not None and day.weekday() != weekday:
        raise InputProblem(
            Message("input-date-weekday-mismatch", text=text, weekday=WeekdayName(day.weekday()))
        )
    return day, written.year is not None


@cache
def _weekday_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = alternatives(vocabulary().weekdays)
    leading = re.compile(rf"\(?(?P<weekday>{names})\)?(?![^\W\d_])[\s,]*")
    # After the date, but not a 日 that is the date's own day mark (2日 is the 2nd, not Sunday).
    trailing = re.compile(rf"(?:[\s,]+|(?<=\D)|(?=\())\(?(?P<weekday>{names})\)?\.?$")
    return leading, trailing


def _without_weekday(text: str) -> tuple[int | None, str]:
    leading, trailing = _weekday_patterns()
    match = leading.match(text) or trailing.search(text)
    if match is None:
        return None, text
    rest = (text[: match.start()] + text[match.end() :]).strip().rstrip(",").strip()
    return vocabulary().weekdays[match["weekday"]], rest


def _numeric(text: str, language: Language | None) -> _Written | None:
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    first, second, third = match.groups()
    if len(first) == 4:
        return _Written(int(first), int(second), int(third)) if third else None
    if language is None:
        return None  # 3/2: day or month first, as the reader writes, who is not known yet
    if third is not None and len(third) != 4:
        return None  # a two-digit year: 27 could be 1927 or 2027
    order = language.date_order.replace("y", "")
    month, day = (first, second) if order == "md" else (second, first)
    return _Written(int(third) if third else None, int(month), int(day))


@cache
def _marked_pattern() -> re.Pattern[str]:
    words = vocabulary()
    return re.compile(
        rf"(?:(?P<year>\d{{4}})\s*{alternatives(words.year_marks)}\s*)?"
        rf"(?P<month>\d{{1,2}})\s*{alternatives(words.month_marks)}\s*"
        rf"(?P<day>\d{{1,2}})\s*{alternatives(words.day_marks)}?"
    )


def _marked(text: str) -> _Written | None:
    match = _marked_pattern().fullmatch(text)
    if match is None:
        return None
    year = int(match["year"]) if match["year"] else None
    return _Written(year, int(match["month"]), int(match["day"]))


def _resolve(written: _Written, today: date | None, text: str) -> date:
    if written.year is not None:
        years = [written.year]
    elif today is None:
        raise InputProblem(Message("input-date-needs-year", text=text))
    else:
        years = list(range(today.year, today.year + _LEAP_YEAR_GAP + 1))
    for year in years:
        try:
            found = date(year, written.month, written.day)
        except ValueError:
            continue
        if today is None or written.year is not None or found >= today:
            return found
    raise InputProblem(Message("input-date-impossible", text=text))
