"""A date typed in numbers is read in the reader's order, as CLDR's short date writes it:
`3/2` is 3 February in English, 2 March in en-US, Korean, Japanese and Traditional Chinese;
one without its year is the next such day. The dispatcher knows the reader, so every
command's dates read this way."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.value_types import DATE, UNKNOWN_READER, Reading
from bot.i18n.languages import LANGUAGES, Language
from bot.times.vacations import VACATIONS
from tests.i18n.test_slice_in_every_language import REGISTER
from tests.support.in_language import console_in

TODAY = date(2027, 1, 10)
STORED_RANGE = re.compile(r"\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d")
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
READERS = st.sampled_from(LANGUAGES)


def in_numbers(day: date, language: Language, *, year: bool = True) -> str:
    """`day` as the reader writes it in numbers: 3/2/2027 (en-US), 2/3/2027 (en), 2027/3/2."""
    parts = {"y": str(day.year), "m": str(day.month), "d": str(day.day)}
    order = language.date_order if year else language.date_order.replace("y", "")
    return "/".join(parts[letter] for letter in order)


@settings(max_examples=200, deadline=None)
@given(day=DAYS, reader=READERS)
def test_a_date_in_numbers_reads_as_its_iso_form_in_the_readers_order(day, reader) -> None:
    typed = in_numbers(day, reader)
    assert DATE.read(typed, Reading(reader)) == DATE.read(day.isoformat()) == day


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=TODAY, max_value=TODAY + timedelta(days=364)), reader=READERS)
def test_a_date_without_its_year_is_the_next_such_day(day, reader) -> None:
    typed = in_numbers(day, reader, year=False)
    assert DATE.read(typed, Reading(reader, TODAY)) == day


def test_3_2_is_read_by_the_readers_locale() -> None:
    read = {lang.tag: DATE.read("3/2", Reading(lang, TODAY)) for lang in LANGUAGES}
    assert read == {
        "en": date(2027, 2, 3),
        "en-US": date(2027, 3, 2),
        "ko": date(2027, 3, 2),
        "ja": date(2027, 3, 2),
        "zh-Hant": date(2027, 3, 2),
    }


def test_without_a_reader_only_a_date_that_starts_with_its_year_reads() -> None:
    assert DATE.read("2027/3/2", UNKNOWN_READER) == date(2027, 3, 2)
    assert VACATIONS.read("2027/3/2~2027/3/9", UNKNOWN_READER)[0].last == date(2027, 3, 9)


async def test_a_command_reads_the_callers_dates_in_their_order(bot) -> None:
    """Through the dispatcher: the same `3/2~3/9` is March for a reader of en-US and Korean,
    February to September for a reader of English (day first); `school show` shows it."""
    await console_in(bot, "en", [f"@alice {REGISTER}"])
    edit_and_show = [
        '@alice /exchange school edit vacations="3/2~3/9"',
        "@alice /exchange school show",
    ]
    stored = {
        tag: set(STORED_RANGE.findall(await console_in(bot, tag, edit_and_show)))
        for tag in ("en-US", "ko", "en")
    }
    assert stored == {
        "en-US": {"2027-03-02..2027-03-09"},
        "ko": {"2027-03-02..2027-03-09"},
        "en": {"2027-02-03..2027-09-03"},
    }
