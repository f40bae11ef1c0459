"""Vacations, zone names and languages: accepted forms and helpful suggestions."""

import re
from datetime import date

import pytest

from bot.core.value_types import ValueProblem
from bot.times.geography import parse_language, parse_timezone
from bot.times.vacations import DateRange, parse_vacations


def test_vacations_read_ranges_and_single_days():
    assert parse_vacations("2027-07-24..2027-08-22; 2027-05-05") == (
        DateRange(date(2027, 5, 5), date(2027, 5, 5)),
        DateRange(date(2027, 7, 24), date(2027, 8, 22)),
    )


def test_a_vacation_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueProblem, match="ends before it starts"):
        parse_vacations("2027-08-22..2027-07-24")


def test_zone_names_are_case_insensitive_and_typos_get_suggestions():
    assert parse_timezone("asia/seoul") == "Asia/Seoul"
    with pytest.raises(ValueProblem, match="did you mean America/New_York"):
        parse_timezone("America/New_Yrok")
    with pytest.raises(ValueProblem, match="did you mean America/New_York"):
        parse_timezone("New York")


def test_languages_are_iso_639_1_and_names_point_to_the_code():
    assert parse_language("KO") == "ko"
    with pytest.raises(ValueProblem, match="write the ISO 639-1 code ja"):
        parse_language("Japanese")


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("eng", "en"),
        ("KOR", "ko"),
        ("jpn", "ja"),
        ("ger", "de"),
        ("kau", "kr"),
        ("en-US", "en"),
        ("zh_Hant_TW", "zh"),
        ("ko", "ko"),
    ],
)
def test_three_letter_codes_and_region_tags_read_as_the_two_letter_code(written, code):
    assert parse_language(written) == code


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [
        ("jp", "did you mean ja (Japanese)?"),
        ("cn", "did you mean zh (Chinese)?"),
        ("kr", "did you mean ko (Korean)? (Kanuri is written kau.)"),
        ("si", "did you mean sl (Slovenian)?"),
    ],
)
def test_a_country_code_written_as_a_language_suggests_the_countrys_language(written, suggestion):
    with pytest.raises(ValueProblem, match=f"'{written}' is the country code of") as raised:
        parse_language(written)
    assert suggestion in str(raised.value)


def test_an_unknown_two_letter_code_suggests_codes_one_letter_away_taught_ones_first():
    with pytest.raises(ValueProblem, match=re.escape("did you mean ko (Korean), kk (Kazakh)")):
        parse_language("kx")
