"""Property tests on the value types every command, form and import reads through: a value
written as Korean, Japanese or Chinese writes it reads as the same value as its English form,
and English text reads exactly as the English parsers alone read it."""

from __future__ import annotations

from datetime import date, time

import babel
from babel.dates import format_date
from babel.units import format_unit
from hypothesis import given
from hypothesis import strategies as st

from bot.core.value_types import DATE, DURATION, TIME, ValueProblem, parse_clock_time
from bot.i18n.languages import Language
from bot.times.country_names import COUNTRY
from bot.times.query import WALL_TIME
from bot.times.vacations import VACATIONS
from bot.times.weekly_hours import DAY_NAMES, WEEKLY_HOURS, parse_weekly_hours
from tests.i18n.test_input_in_every_language import (
    CLOCKS,
    COUNTRY_CODES,
    DATES,
    EAST_ASIAN,
    SETTINGS,
    clock_written,
    weekday_name,
    weekly_hours_written,
)


@SETTINGS
@given(weekly_hours_written())
def test_weekly_hours_read_the_same_in_every_language(hours: tuple[str, str]) -> None:
    written, english = hours
    assert WEEKLY_HOURS.read(written) == WEEKLY_HOURS.read(english), written


@SETTINGS
@given(DATES, st.sampled_from(EAST_ASIAN), st.sampled_from(("full", "long", "medium", "y/M/d")))
def test_a_date_reads_as_its_iso_form(day: date, language: Language, form: str) -> None:
    written = format_date(day, form, locale=language.cldr)
    assert DATE.read(written) == DATE.read(day.isoformat()) == day, written


@SETTINGS
@given(DATES, DATES, st.sampled_from(EAST_ASIAN), st.sampled_from(("~", "부터", "から", "至")))
def test_vacations_read_as_their_iso_ranges(
    first: date, last: date, language: Language, mark: str
) -> None:
    first, last = sorted((first, last))
    written = mark.join(format_date(day, "long", locale=language.cldr) for day in (first, last))
    english = f"{first.isoformat()}..{last.isoformat()}"
    assert VACATIONS.read(written) == VACATIONS.read(english), written


@SETTINGS
@given(st.data(), CLOCKS)
def test_a_time_of_day_reads_as_its_24_hour_form(data: st.DataObject, clock: time) -> None:
    written = data.draw(clock_written(data.draw(st.sampled_from(EAST_ASIAN)), clock))
    assert TIME.read(written) == TIME.read(f"{clock:%H:%M}") == clock, written


@SETTINGS
@given(st.data(), st.integers(0, 6), CLOCKS)
def test_a_weekday_and_time_read_as_the_english_when_does(
    data: st.DataObject, weekday: int, clock: time
) -> None:
    language = data.draw(st.sampled_from(EAST_ASIAN))
    written = (
        f"{weekday_name(language, weekday, 'wide')} {data.draw(clock_written(language, clock))}"
    )
    assert WALL_TIME.read(written) == WALL_TIME.read(f"{DAY_NAMES[weekday]} {clock:%H:%M}"), written


@SETTINGS
@given(st.integers(1, 12 * 60), st.sampled_from(EAST_ASIAN), st.sampled_from(("long", "short")))
def test_a_length_of_time_reads_as_its_minutes(
    minutes: int, language: Language, length: str
) -> None:
    hours, rest = divmod(minutes, 60)
    written = " ".join(
        format_unit(amount, unit, length=length, locale=language.cldr)
        for amount, unit in ((hours, "duration-hour"), (rest, "duration-minute"))
        if amount
    )
    assert DURATION.read(written) == DURATION.read(str(minutes)) == minutes, written


@SETTINGS
@given(st.sampled_from(COUNTRY_CODES), st.sampled_from(("ko", "ja", "zh_Hant_TW", "el")))
def test_a_country_named_in_another_script_reads_as_its_code(code: str, cldr: str) -> None:
    name = babel.Locale.parse(cldr).territories[code]
    assert COUNTRY.read(name) == COUNTRY.read(code) == code, name


ENGLISH_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)


def outcome(read: object, text: str) -> object:
    try:
        return read(text)  # type: ignore[operator]
    except ValueProblem as problem:
        return str(problem)


@SETTINGS
@given(st.one_of(ENGLISH_TEXT, st.sampled_from(("Mon-Fri 09:00-16:00", "Tue 25:00-26:00"))))
def test_english_text_reads_or_is_refused_exactly_as_before(text: str) -> None:
    for value_type, english_parser in (
        (WEEKLY_HOURS, parse_weekly_hours),
        (TIME, parse_clock_time),
    ):
        assert outcome(value_type.read, text) == outcome(english_parser, text), text
