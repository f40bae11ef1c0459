"""Declared school breaks: `2027-07-24..2027-08-22; 2027-12-24..2028-02-28` (inclusive dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.core.value_types import ValueProblem, ValueType, Wire, in_readers_order
from bot.i18n.messages import Message
from bot.i18n.typed_dates import vacations_in_iso


@dataclass(frozen=True, order=True)
class DateRange:
    first: date
    last: date  # inclusive

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def parse_vacations(raw: str) -> tuple[DateRange, ...]:
    ranges = [_parse_range(part.strip()) for part in raw.split(";") if part.strip()]
    return tuple(sorted(ranges))


def _parse_range(text: str) -> DateRange:
    first_text, separator, last_text = text.partition("..")
    first = _date(first_text.strip())
    last = _date(last_text.strip()) if separator else first
    if last < first:
        raise ValueProblem(Message("value-range-ends-before-start", text=text))
    return DateRange(first, last)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueProblem(Message("value-vacations-not-a-date", text=text)) from None


def format_vacations(ranges: tuple[DateRange, ...]) -> str:
    return "; ".join(str(r) for r in ranges)


VACATIONS = ValueType(
    "vacations",
    Wire.STRING,
    "<dates>",
    "date ranges like '2027-07-24..2027-08-22; 2027-12-24..2028-02-28'",
    parse_vacations,
    in_english=in_readers_order(vacations_in_iso),
)
