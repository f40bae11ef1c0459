"""Clock times, lengths of time and times with a day, typed in any of the languages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.value_types import parse_clock_time, parse_duration
from bot.i18n.languages import ENGLISH, LANGUAGES
from bot.i18n.translator import Translator
from bot.i18n.typed_times import clock_time_in_english, duration_in_minutes, wall_time_in_english
from bot.times.query import parse_wall_time
from tests.support.refusals import refusal

KOREAN, JAPANESE, CHINESE = LANGUAGES[2:]
TODAY = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("15시", "15:00"),
        ("15시 30분", "15:30"),
        ("오후 3시", "15:00"),
        ("오후 3시 반", "15:30"),
        ("오전 0시", "00:00"),
        ("오후 12시", "12:00"),
        ("15時", "15:00"),
        ("午後3時", "15:00"),
        ("午前0時", "00:00"),
        ("午後0時", "12:00"),
        ("下午3點", "15:00"),
        ("下午3點半", "15:30"),
        ("15點30分", "15:30"),
        ("午後3:30", "15:30"),
        ("밤 11시", "23:00"),  # CLDR's night (21:00–03:00), so the evening reading
        ("晚上7點", "19:00"),
        ("凌晨1點", "01:00"),
        ("午夜12:00", "00:00"),  # how Babel itself writes midnight in zh_Hant_TW
        ("１５：３０", "15:30"),  # full-width digits and colon
        ("3pm", "3pm"),  # English, for bot.core.value_types to read
    ],
)
def test_clock_times_read_in_every_language(typed: str, english: str) -> None:
    assert clock_time_in_english(typed) == english
    assert parse_clock_time(clock_time_in_english(typed)) == parse_clock_time(english)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("90분", "90"),
        ("90分", "90"),
        ("90 分鐘", "90"),
        ("1시간 30분", "90"),
        ("1時間半", "90"),
        ("1小時30分鐘", "90"),
        ("2시간", "120"),
        ("1h30m", "1h30m"),
    ],
)
def test_lengths_of_time_read_in_every_language(typed: str, minutes: str) -> None:
    assert duration_in_minutes(typed) == minutes
    assert parse_duration(duration_in_minutes(typed)) == parse_duration(minutes)


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("내일 오후 3시", "tomorrow 15:00"),
        ("오늘 15시", "today 15:00"),
        ("화요일 15시", "Tue 15:00"),
        ("明日15時", "tomorrow 15:00"),
        ("火曜日 午後3時", "Tue 15:00"),
        ("今天 下午3點", "today 15:00"),
        ("週二 15:00", "Tue 15:00"),
        ("3월 9일 15시", "2027-03-09 15:00"),
        ("2027年3月9日 15時", "2027-03-09 15:00"),
        ("오후 3시", "15:00"),
        ("Tue 15:00", "Tue 15:00"),
    ],
)
def test_a_time_with_its_day_reads_as_bot_times_query_reads_it(typed: str, english: str) -> None:
    converted = wall_time_in_english(typed, KOREAN, today=TODAY)
    assert converted == english
    now = datetime(2027, 3, 1, 3, 0, tzinfo=UTC)
    asked, meant = parse_wall_time(converted), parse_wall_time(english)
    assert asked.next_after(now, "Asia/Seoul") == meant.next_after(now, "Asia/Seoul")


def test_a_day_in_numbers_reads_in_the_readers_order() -> None:
    assert wall_time_in_english("3/9 15:00", KOREAN, today=TODAY) == "2027-03-09 15:00"
    assert wall_time_in_english("3/9 15:00", ENGLISH, today=TODAY) == "2027-09-03 15:00"


NO_SUCH_TIME = "という時刻はありません。時は0～23（午前・午後を付けるときは0～12）、分は0～59です。"


@pytest.mark.parametrize(
    ("typed", "japanese"),
    [
        ("오후 13시", f"「오후 13시」{NO_SUCH_TIME}"),
        ("25時", f"「25時」{NO_SUCH_TIME}"),
        ("15시 61분", f"「15시 61분」{NO_SUCH_TIME}"),
        (
            "세시",
            "「세시」は時刻として読めません。15:30、15時30分、午後3時半のように書いてください。",
        ),
    ],
)
def test_a_time_that_does_not_read_is_refused_in_the_readers_language(
    typed: str, japanese: str, translator: Translator
) -> None:
    assert refusal(translator, JAPANESE, clock_time_in_english, typed) == japanese


def test_a_length_that_does_not_read_is_refused_with_examples(translator: Translator) -> None:
    assert refusal(translator, CHINESE, duration_in_minutes, "한 시간") == (
        "無法將「한 시간」讀作時間長度。請寫成「90分鐘」、「1小時30分鐘」或「1小時半」。"
    )


def test_a_day_that_does_not_read_is_refused_in_the_readers_language(
    translator: Translator,
) -> None:
    assert refusal(
        translator, KOREAN, wall_time_in_english, "언젠가 15시", KOREAN, today=TODAY
    ) == (
        "'언젠가'에서 날짜를 알아볼 수 없습니다. "
        "화요일, 오늘, 내일 또는 2027년 3월 9일처럼 써 주세요."
    )
