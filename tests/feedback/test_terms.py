"""Report terms: the Korean semesters, named or as a range of days."""

from datetime import date

import pytest

from bot.core.value_types import ValueProblem
from bot.feedback.program_report import TermText
from bot.feedback.terms import parse_term, term_of
from bot.i18n.languages import ENGLISH, matching_language
from bot.i18n.translator import Translator, english_only
from bot.times.geography import home_zone


def described(raw: str) -> str:
    return TermText(parse_term(raw)).localized(ENGLISH, english_only())


def test_the_first_semester_runs_from_march_to_august():
    term = parse_term("2027-1")
    assert (term.first_day, term.last_day) == (date(2027, 3, 1), date(2027, 8, 31))
    assert described("2027-1") == "2027-1 (1 Mar 2027 – 31 Aug 2027)"


def test_the_second_semester_ends_with_february_of_the_next_year_leap_day_included():
    assert parse_term("2027-2").last_day == date(2028, 2, 29)


def test_january_and_february_belong_to_the_previous_years_second_semester():
    assert term_of(date(2028, 1, 15)).label == "2027-2"
    assert term_of(date(2027, 3, 1)).label == "2027-1"
    assert term_of(date(2027, 9, 1)).label == "2027-2"


def test_a_range_of_days_includes_both_ends():
    term = parse_term("2027-03-01..2027-03-31")
    assert term.contains(date(2027, 3, 31)) and not term.contains(date(2027, 4, 1))
    assert not term.named


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2027-3", "is not a term"),
        ("2027-04-31..2027-05-01", "a date that does not exist"),
        ("2027-05-01..2027-04-01", "ends before it starts"),
    ],
)
def test_what_is_not_a_term_is_said_plainly(text, says):
    with pytest.raises(ValueProblem, match=says):
        parse_term(text)


def test_a_programs_calendar_is_its_home_countrys_main_zone():
    assert (home_zone("KR"), home_zone(None)) == ("Asia/Seoul", "UTC")


def test_all_reads_every_term_at_once():
    term = parse_term("all")
    assert term.contains(date(2025, 3, 11)) and term.contains(date(2031, 1, 1))
    assert described("all") == "all (every term)" and not term.named


def test_a_term_reads_as_each_language_writes_dates():
    korean = matching_language("ko")
    assert korean is not None
    term = TermText(parse_term("2027-03-01..2027-05-31"))
    assert described("2027-03-01..2027-05-31") == "1 Mar 2027 – 31 May 2027"
    assert term.localized(korean, Translator.load()) == "2027년 3월 1일 – 2027년 5월 31일"
