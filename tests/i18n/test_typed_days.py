"""Weekdays and weekly hours typed in Korean, Japanese and Chinese read as the English form."""

from __future__ import annotations

import pytest

from bot.i18n.languages import LANGUAGES
from bot.i18n.translator import Translator
from bot.i18n.typed_days import weekdays_in_english, weekly_hours_in_english
from bot.times.weekly_hours import parse_weekly_hours
from tests.support.refusals import refusal

KOREAN = LANGUAGES[2]


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("월-금", "Mon-Fri"),
        ("월,수", "Mon,Wed"),
        ("월, 수", "Mon,Wed"),
        ("월요일부터 금요일까지", "Mon-Fri"),
        ("月-金", "Mon-Fri"),
        ("月・水", "Mon,Wed"),
        ("月曜～金曜", "Mon-Fri"),
        ("週一至週五", "Mon-Fri"),
        ("一至五", "Mon-Fri"),
        ("星期一、星期三", "Mon,Wed"),
        ("Mon-Fri", "Mon-Fri"),
    ],
)
def test_weekdays_read_in_every_language(typed: str, english: str) -> None:
    assert weekdays_in_english(typed) == english


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("월-금 09:00-16:00", "Mon-Fri 09:00-16:00"),
        ("월-금 9시-16시; 화,목 오후 4시~6시", "Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00"),
        ("月～金 9:00～16:00", "Mon-Fri 09:00-16:00"),
        ("月-金 9時から16時まで", "Mon-Fri 09:00-16:00"),
        ("週一至週五 上午9點至下午4點", "Mon-Fri 09:00-16:00"),
        ("一至五 9點-12點, 13點-16點", "Mon-Fri 09:00-12:00 13:00-16:00"),
        ("월-금 9시-24시", "Mon-Fri 09:00-24:00"),
    ],
)
def test_weekly_hours_read_as_bot_times_weekly_hours_reads_them(typed: str, english: str) -> None:
    assert weekly_hours_in_english(typed) == english
    assert parse_weekly_hours(weekly_hours_in_english(typed)) == parse_weekly_hours(english)


def test_english_hours_pass_through_untouched_for_the_english_parser() -> None:
    assert weekly_hours_in_english(" Mon-Fri 09:00-16:00 ") == "Mon-Fri 09:00-16:00"


@pytest.mark.parametrize(
    ("typed", "korean"),
    [
        ("월-X금 9시-16시", "'X금'에서 요일을 알아볼 수 없습니다. 월-금이나 월,수처럼 써 주세요."),
        (
            "월-수-금 9시-16시",
            "'월-수-금'에서 요일 범위를 알아볼 수 없습니다. 월-금처럼 써 주세요.",
        ),
        (
            "9시-16시",
            "'9시-16시'에는 요일과 시간이 함께 있어야 합니다. 월-금 09:00-16:00처럼 써 주세요.",
        ),
        (
            "월-금 9시",
            "'9시'에서 시간 범위를 알아볼 수 없습니다. 09:00-16:00이나 9시-16시처럼 써 주세요.",
        ),
        (
            "월-금 16시-9시",
            "'16시-9시'의 끝 시각이 시작 시각보다 빠릅니다. 자정을 넘는 범위는 쓸 수 없습니다.",
        ),
        (
            "월-금 9시-25시",
            "'25시'에 맞는 시각이 없습니다. 시는 0–23(오전·오후를 붙이면 0–12), 분은 0–59입니다.",
        ),
    ],
)
def test_hours_that_do_not_read_are_refused_in_the_readers_language(
    typed: str, korean: str, translator: Translator
) -> None:
    assert refusal(translator, KOREAN, weekly_hours_in_english, typed) == korean
