"""Dates and vacation ranges typed as each language writes them, read as ISO dates."""

from __future__ import annotations

from datetime import date

import pytest

from bot.i18n.languages import ENGLISH, LANGUAGES
from bot.i18n.translator import Translator
from bot.i18n.typed_dates import date_in_iso, vacations_in_iso
from bot.times.vacations import parse_vacations
from tests.support.refusals import refusal

EN_US, KOREAN, JAPANESE, CHINESE = LANGUAGES[1:]
TODAY = date(2027, 1, 10)


@pytest.mark.parametrize(
    "typed",
    [
        "2027/03/02",
        "2027/3/2",
        "2027. 3. 2.",
        "2027년 3월 2일",
        "2027년 3월 2일 (화)",
        "2027년 3월 2일 화요일",
        "2027年3月2日",
        "2027年3月2日(火)",
        "2027年3月2日火曜日",
        "2027年3月2日 星期二",
        "2027年3月2號",
        "2027-03-02",
    ],
)
def test_a_date_reads_as_each_language_writes_it(typed: str) -> None:
    assert date_in_iso(typed, KOREAN) == "2027-03-02"


def test_a_date_in_numbers_is_read_in_the_readers_order() -> None:
    assert date_in_iso("3/2", ENGLISH, today=TODAY) == "2027-02-03"
    assert date_in_iso("3/2/2027", ENGLISH) == "2027-02-03"
    for language in (EN_US, KOREAN, JAPANESE, CHINESE):
        assert date_in_iso("3/2", language, today=TODAY) == "2027-03-02"


def test_a_date_without_its_year_is_the_next_one_from_today() -> None:
    assert date_in_iso("1월 5일", KOREAN, today=TODAY) == "2028-01-05"
    assert date_in_iso("1월 10일", KOREAN, today=TODAY) == "2027-01-10"
    assert date_in_iso("2월 29일", KOREAN, today=TODAY) == "2028-02-29"


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("2027/7/24~8/22", "2027-07-24..2027-08-22"),
        ("2027년 7월 24일부터 8월 22일까지", "2027-07-24..2027-08-22"),
        (
            "2027年7月24日～8月22日; 2027年12月24日～2028年2月28日",
            "2027-07-24..2027-08-22; 2027-12-24..2028-02-28",
        ),
        ("12/24~2/28", "2027-12-24..2028-02-28"),  # the end is the next 28 February after
        ("2027/5/5", "2027-05-05"),
        ("2027-07-24..2027-08-22", "2027-07-24..2027-08-22"),
    ],
)
def test_vacations_read_as_bot_times_vacations_reads_them(typed: str, english: str) -> None:
    converted = vacations_in_iso(typed, KOREAN, today=TODAY)
    assert converted == english
    assert parse_vacations(converted) == parse_vacations(english)


@pytest.mark.parametrize(
    ("typed", "korean"),
    [
        ("2027년 2월 30일", "'2027년 2월 30일'에 해당하는 날짜는 달력에 없습니다."),
        (
            "2027년 3월 3일 (화)",
            "'2027년 3월 3일 (화)'의 날짜와 요일이 맞지 않습니다. 그날은 수요일입니다.",
        ),
        ("3월 2일", "'3월 2일'에 연도를 넣어 2027년 3월 9일처럼 써 주세요."),
        (
            "27/3/2",
            "'27/3/2'에서 날짜를 알아볼 수 없습니다. 2027년 3월 9일이나 2027/03/09처럼 써 주세요.",
        ),
        (
            "언젠가",
            "'언젠가'에서 날짜를 알아볼 수 없습니다. 2027년 3월 9일이나 2027/03/09처럼 써 주세요.",
        ),
    ],
)
def test_a_date_that_does_not_read_is_refused_in_the_readers_language(
    typed: str, korean: str, translator: Translator
) -> None:
    assert refusal(translator, KOREAN, date_in_iso, typed, KOREAN) == korean


def test_a_range_that_ends_before_it_starts_is_refused(translator: Translator) -> None:
    assert refusal(translator, JAPANESE, vacations_in_iso, "2027/8/22~2027/7/24", KOREAN) == (
        "「2027/8/22~2027/7/24」は終わりの日が始まりの日より前です。"
    )
