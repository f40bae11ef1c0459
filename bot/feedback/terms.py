"""Report terms: the stretches of the school year a program's feedback is read and closed by.

A named term follows the Korean semesters in the programs' own calendar: `2027-1` is the first
semester, 1 March to 31 August 2027 (summer vacation included), and `2027-2` the second,
1 September 2027 to the end of February 2028 (winter and spring vacation included). A range
`2027-03-01..2027-05-31` (both days included) reads any stretch, but only named terms can be
closed; `all` reads every term at once (a whole export). A session belongs to the term its
start falls in, on the calendar of the program's home country (its main time zone; UTC when
the program has no home country).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from bot.core.grammar import FIRST_DATE, LAST_DATE
from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.messages import Message
from bot.times.local_time import to_local

FIRST_SEMESTER_MONTH = 3
SECOND_SEMESTER_MONTH = 9
_NAMED = re.compile(r"(?P<year>\d{4})-(?P<half>[12])")
_RANGE = re.compile(r"(?P<first>\d{4}-\d{2}-\d{2})\s*\.\.\s*(?P<last>\d{4}-\d{2}-\d{2})")
TERM_HELP = "a term like 2027-1 (Mar–Aug) or 2027-2 (Sep–Feb), dates 2027-03-01..2027-05-31, or all"
ALL_TERMS = "all"


@dataclass(frozen=True)
class Term:
    label: str  # "2027-1", or "2027-03-01..2027-05-31" for a range
    first_day: date
    last_day: date  # included
    named: bool

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def named_term(year: int, half: int) -> Term:
    if half == 1:
        first, last = date(year, 3, 1), date(year, 8, 31)
    else:
        february_days = calendar.monthrange(year + 1, 2)[1]
        first, last = date(year, 9, 1), date(year + 1, 2, february_days)
    return Term(f"{year}-{half}", first, last, named=True)


def every_term() -> Term:
    """All the days an option accepts: every answer ever given."""
    return Term(ALL_TERMS, FIRST_DATE, LAST_DATE, named=False)


def term_of(day: date) -> Term:
    """The named term a day falls in (January and February belong to last year's second)."""
    if day.month < FIRST_SEMESTER_MONTH:
        return named_term(day.year - 1, 2)
    return named_term(day.year, 1 if day.month < SECOND_SEMESTER_MONTH else 2)


def parse_term(raw: str) -> Term:
    text = raw.strip()
    if text.lower() == ALL_TERMS:
        return every_term()
    if match := _NAMED.fullmatch(text):
        return named_term(int(match["year"]), int(match["half"]))
    if match := _RANGE.fullmatch(text):
        try:
            first, last = date.fromisoformat(match["first"]), date.fromisoformat(match["last"])
        except ValueError:
            raise ValueProblem(Message("value-term-no-such-date", text=raw)) from None
        if last < first:
            raise ValueProblem(Message("value-range-ends-before-start", text=raw))
        return Term(f"{first}..{last}", first, last, named=False)
    raise ValueProblem(Message("value-term-invalid", text=raw))


TERM = ValueType("term", Wire.STRING, "<term>", TERM_HELP, parse_term)


def local_day(instant: datetime, zone_name: str) -> date:
    return to_local(instant, zone_name).date()
