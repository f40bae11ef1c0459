"""Property tests: every value written as each supported language writes it reads as the same
value as its English form. The writers use CLDR's own names and formats (Babel), not the
parsers' tables, so a word the parsers miss shows up here."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import babel
from babel.dates import format_date, format_time
from babel.units import format_unit
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.value_types import parse_clock_time, parse_duration
from bot.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.i18n.time_text import day_text
from bot.i18n.typed_dates import date_in_iso
from bot.i18n.typed_days import weekly_hours_in_english
from bot.i18n.typed_names import country_code
from bot.i18n.typed_times import clock_time_in_english, duration_in_minutes, wall_time_in_english
from bot.times.country_names import parse_country
from bot.times.query import parse_wall_time
from bot.times.weekly_hours import DAY_NAMES, parse_weekly_hours

EN_US, KOREAN, JAPANESE, CHINESE = LANGUAGES[1:]
EAST_ASIAN = (KOREAN, JAPANESE, CHINESE)
HOUR_MARKS = {KOREAN: "시", JAPANESE: "時", CHINESE: "點"}
MINUTE_MARKS = {KOREAN: "분", JAPANESE: "分", CHINESE: "分"}
HALF = {KOREAN: "반", JAPANESE: "半", CHINESE: "半"}
RANGE_MARKS = {
    KOREAN: ("-", "~", "부터"),
    JAPANESE: ("-", "～", "〜", "から"),
    CHINESE: ("-", "至", "到"),
}
LIST_MARKS = (",", "、", ", ", "，")
SETTINGS = settings(max_examples=150, deadline=None)


def runs(days: list[int]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for day in sorted(days):
        if found and found[-1][1] == day - 1:
            found[-1] = (found[-1][0], day)
        else:
            found.append((day, day))
    return found


def weekday_name(language: Language, index: int, width: str) -> str:
    return str(language.locale.days["format"][width][index])


@st.composite
def days_written(draw: st.DrawFn) -> tuple[str, str]:
    """A set of weekdays in English (`Mon-Wed,Fri`) and in an East Asian language."""
    language = draw(st.sampled_from(EAST_ASIAN))
    widths = ("abbreviated", "wide", "narrow") if language is CHINESE else ("abbreviated", "wide")
    spans = runs(draw(st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True)))
    english, written = [], []
    for first, last in spans:
        english.append(DAY_NAMES[first] + ("" if first == last else f"-{DAY_NAMES[last]}"))
        ends = [weekday_name(language, day, draw(st.sampled_from(widths))) for day in (first, last)]
        mark = draw(st.sampled_from(RANGE_MARKS[language]))
        written.append(ends[0] if first == last else mark.join(ends))
    return ",".join(english), draw(st.sampled_from(LIST_MARKS)).join(written)


@st.composite
def clock_written(draw: st.DrawFn, language: Language, clock: time) -> str:
    """A time as `language` writes it: its hour mark, its AM/PM words, CLDR's own formats."""
    hour, minute = clock.hour, clock.minute
    hour12 = hour % 12 or 12
    period = language.locale.day_periods["format"]["abbreviated"]["am" if hour < 12 else "pm"]
    minutes = f" {minute}{MINUTE_MARKS[language]}" if minute else ""
    if minute == 30:
        minutes = draw(st.sampled_from((minutes, f" {HALF[language]}", HALF[language])))
    forms = [
        f"{hour}{HOUR_MARKS[language]}{minutes}",
        f"{period} {hour12}{HOUR_MARKS[language]}{minutes}",
        f"{period}{hour12}{HOUR_MARKS[language]}{minutes.strip()}",
        format_time(clock, "short", locale=language.cldr),
        format_time(clock, "h:mm a", locale=language.cldr),
        format_time(clock, "a h:mm", locale=language.cldr),
    ]
    return draw(st.sampled_from(forms))


CLOCKS = st.builds(time, st.integers(0, 23), st.sampled_from((0, 5, 15, 30, 45, 59)))


@SETTINGS
@given(st.data(), CLOCKS)
def test_a_time_of_day_reads_the_same_in_every_language(data: st.DataObject, clock: time) -> None:
    language = data.draw(st.sampled_from(EAST_ASIAN))
    written = data.draw(clock_written(language, clock))
    assert parse_clock_time(clock_time_in_english(written)) == clock, written


@st.composite
def weekly_hours_written(draw: st.DrawFn) -> tuple[str, str]:
    """Weekly hours in an East Asian language and in English (`Mon-Fri 09:00-16:00`)."""
    english_days, written_days = draw(days_written())
    opens, closes = sorted(draw(st.lists(CLOCKS, min_size=2, max_size=2, unique=True)))
    language = draw(st.sampled_from(EAST_ASIAN))
    mark = draw(st.sampled_from(RANGE_MARKS[language]))
    written = (
        f"{written_days} {draw(clock_written(language, opens))}"
        f"{mark}{draw(clock_written(language, closes))}"
    )
    return written, f"{english_days} {opens:%H:%M}-{closes:%H:%M}"


@SETTINGS
@given(weekly_hours_written())
def test_weekly_hours_read_the_same_in_every_language(hours: tuple[str, str]) -> None:
    written, english = hours
    assert parse_weekly_hours(weekly_hours_in_english(written)) == parse_weekly_hours(english), (
        written
    )


DATES = st.dates(date(2000, 1, 1), date(2099, 12, 31))


@SETTINGS
@given(DATES, st.sampled_from(EAST_ASIAN), st.sampled_from(("full", "long", "medium", "y/M/d")))
def test_a_date_in_cldrs_formats_reads_as_its_iso_form(
    day: date, language: Language, form: str
) -> None:
    written = format_date(day, form, locale=language.cldr)
    assert date_in_iso(written, language) == day.isoformat(), written


@SETTINGS
@given(DATES, st.sampled_from(EAST_ASIAN))
def test_a_date_as_the_bot_writes_it_reads_back_as_the_same_date(
    day: date, language: Language
) -> None:
    written = day_text(day, language, year=True)
    assert date_in_iso(written, language) == day.isoformat(), written


@SETTINGS
@given(DATES)
def test_a_date_in_numbers_reads_in_each_english_readers_order(day: date) -> None:
    assert date_in_iso(f"{day.day}/{day.month}/{day.year}", ENGLISH) == day.isoformat()
    assert date_in_iso(format_date(day, "M/d/y", locale="en_US"), EN_US) == day.isoformat()


@SETTINGS
@given(st.integers(1, 12 * 60), st.sampled_from(EAST_ASIAN), st.sampled_from(("long", "short")))
def test_a_length_of_time_in_cldrs_units_reads_as_its_minutes(
    minutes: int, language: Language, length: str
) -> None:
    hours, rest = divmod(minutes, 60)
    parts = [
        format_unit(amount, unit, length=length, locale=language.cldr)
        for amount, unit in ((hours, "duration-hour"), (rest, "duration-minute"))
        if amount
    ]
    written = " ".join(parts)
    assert parse_duration(duration_in_minutes(written)) == minutes, written


@SETTINGS
@given(st.data(), st.integers(0, 6), CLOCKS)
def test_a_weekday_and_time_read_as_the_english_query_does(
    data: st.DataObject, weekday: int, clock: time
) -> None:
    language = data.draw(st.sampled_from(EAST_ASIAN))
    width = data.draw(st.sampled_from(("abbreviated", "wide")))
    written = (
        f"{weekday_name(language, weekday, width)} {data.draw(clock_written(language, clock))}"
    )
    now = datetime(2027, 3, 1, 3, 0, tzinfo=UTC)
    english = parse_wall_time(f"{DAY_NAMES[weekday]} {clock:%H:%M}")
    read = parse_wall_time(wall_time_in_english(written, language))
    assert read.next_after(now, "Asia/Seoul") == english.next_after(now, "Asia/Seoul"), written


def _known_code(code: str) -> bool:
    try:
        parse_country(code)
    except ValueError:
        return False
    return True


COUNTRY_CODES = sorted(
    code for code in babel.Locale.parse("en").territories if code.isalpha() and _known_code(code)
)


@SETTINGS
@given(st.sampled_from(COUNTRY_CODES), st.sampled_from(("en", "ko", "ja", "zh_Hant_TW", "el")))
def test_a_country_named_in_any_of_the_languages_reads_as_its_code(code: str, cldr: str) -> None:
    name = babel.Locale.parse(cldr).territories[code]
    assert parse_country(country_code(name)) == code, name
