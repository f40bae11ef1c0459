"""Closed dates from real country calendars, school vacations and declared breaks."""

from __future__ import annotations

from datetime import date

import pytest

from bot.i18n.languages import Language, language_for_country
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from bot.schools.closed_days import ClosureKind, SchoolCalendar, canonical_subdivision
from bot.times.vacations import DateRange, parse_vacations


@pytest.mark.parametrize(
    ("country", "subdivision", "day", "kind", "name"),
    [
        ("KR", None, date(2027, 9, 15), ClosureKind.PUBLIC_HOLIDAY, "Chuseok"),
        ("JP", None, date(2027, 5, 3), ClosureKind.PUBLIC_HOLIDAY, "Constitution"),
        ("US", "NY", date(2027, 11, 25), ClosureKind.PUBLIC_HOLIDAY, "Thanksgiving"),
        ("US", "CA", date(2027, 3, 31), ClosureKind.PUBLIC_HOLIDAY, "Cesar Chavez"),
        ("GR", None, date(2027, 3, 25), ClosureKind.PUBLIC_HOLIDAY, "Independence"),
        ("AU", "VIC", date(2027, 7, 1), ClosureKind.SCHOOL_VACATION, "school holidays"),
        ("DE", "BY", date(2027, 8, 16), ClosureKind.SCHOOL_VACATION, "Summer"),
        ("FR", "Zone C", date(2027, 2, 15), ClosureKind.SCHOOL_VACATION, "Winter"),
        ("KW", None, date(2027, 3, 12), ClosureKind.WEEKEND, "Friday"),
        ("KR", None, date(2027, 3, 13), ClosureKind.WEEKEND, "Saturday"),
    ],
)
def test_real_calendars_close_these_days(
    country: str, subdivision: str | None, day: date, kind: ClosureKind, name: str
) -> None:
    closure = SchoolCalendar(country, subdivision, ()).closure(day)
    assert closure is not None and closure.kind is kind and name in str(closure.name)


@pytest.mark.parametrize(
    ("country", "subdivision", "day"),
    [
        ("KR", None, date(2027, 9, 17)),  # the Friday after Chuseok
        ("US", "NY", date(2027, 3, 31)),  # a California holiday only
        ("DE", "BY", date(2027, 10, 12)),
        ("KW", None, date(2027, 3, 14)),  # Sunday is a school day in Kuwait
        ("FR", None, date(2027, 2, 15)),  # no zone given: school vacations are unknown
    ],
)
def test_ordinary_school_days_are_open(country: str, subdivision: str | None, day: date) -> None:
    assert SchoolCalendar(country, subdivision, ()).is_open(day)


def test_a_subdivision_only_adds_its_own_holidays() -> None:
    assert SchoolCalendar("AU", "VIC", ()).closure(date(2027, 11, 2)) is not None  # Cup Day
    assert SchoolCalendar("AU", "NSW", ()).closure(date(2027, 11, 2)) is None


def test_declared_breaks_close_every_day_they_cover() -> None:
    calendar = SchoolCalendar("JP", None, (DateRange(date(2027, 7, 20), date(2027, 8, 31)),))
    closure = calendar.closure(date(2027, 8, 2))
    assert closure is not None and closure.kind is ClosureKind.DECLARED_VACATION
    assert "2027-07-20..2027-08-31" in str(closure.name)
    assert calendar.is_open(date(2027, 9, 1))


def test_stored_subdivision_spellings_are_matched_to_the_packages() -> None:
    assert canonical_subdivision("FR", "ZONE C") == "Zone C"
    assert canonical_subdivision("AU", "vic") == "VIC"
    assert canonical_subdivision("KR", "SEOUL") is None


def test_a_school_with_saturday_classes_is_open_on_saturdays() -> None:
    saturday, sunday = date(2027, 3, 13), date(2027, 3, 14)
    weekday_only = SchoolCalendar("KR", None, ())
    saturday_classes = SchoolCalendar("KR", None, (), weekend_classes=frozenset({5}))
    assert not weekday_only.is_open(saturday)
    assert saturday_classes.is_open(saturday)
    assert not saturday_classes.is_open(sunday)


TRANSLATOR = Translator.load()
KOREAN, JAPANESE = language_for_country("KR"), language_for_country("JP")


@pytest.mark.parametrize(
    ("country", "day", "reader", "name"),
    [
        ("KR", date(2027, 9, 15), KOREAN, "추석"),
        ("JP", date(2027, 5, 3), JAPANESE, "憲法記念日"),
        ("TW", date(2027, 10, 10), language_for_country("TW"), "國慶日"),
        ("FR", date(2027, 7, 14), KOREAN, "National Day"),  # the package has no Korean for it
        ("KR", date(2027, 3, 13), KOREAN, "토요일"),
        ("KR", date(2027, 3, 13), JAPANESE, "土曜日"),
    ],
)
def test_a_closed_day_is_named_in_the_readers_language(
    country: str, day: date, reader: Language, name: str
) -> None:
    closure = SchoolCalendar(country, None, ()).closure(day)
    assert closure is not None and name in closure.name.localized(reader, TRANSLATOR)


def test_a_closed_days_name_is_english_where_no_reader_is_known() -> None:
    """As `data` and the stored rows keep it, whoever reads them."""
    closure = SchoolCalendar("KR", None, ()).closure(date(2027, 9, 15))
    assert closure is not None and str(closure.name) == "Chuseok"


def test_a_declared_break_is_named_through_the_catalogs() -> None:
    closure = SchoolCalendar("KR", None, parse_vacations("2027-07-20..2027-08-31")).closure(
        date(2027, 8, 1)
    )
    assert closure is not None
    declared = Message("school-declared-break", dates="2027-07-20..2027-08-31")
    assert closure.name.localized(KOREAN, TRANSLATOR) == TRANSLATOR.render(declared, KOREAN)
