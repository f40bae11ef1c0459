"""Times in both schools' zones as each reader's language writes them; English unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n.languages import ENGLISH, LANGUAGES, LOCALES, Language
from bot.i18n.messages import Message
from bot.i18n.time_text import TimeSpan, at, clock_text, date_text, span, span_at_place
from bot.i18n.translator import Translator
from bot.times import display
from bot.times.display import Place

EN_US, KOREAN, JAPANESE, CHINESE = LANGUAGES[1:]
SEOUL = Place("Asia/Seoul", "Seoul")
TOKYO = Place("Asia/Tokyo", "Tokyo")
OSAKA = Place("Asia/Tokyo", "Osaka")
TAIPEI = Place("Asia/Taipei", "Taipei")
NEW_YORK = Place("America/New_York", "New York")
MORNING = (datetime(2027, 3, 9, 0, 0, tzinfo=UTC), datetime(2027, 3, 9, 1, 0, tzinfo=UTC))
TRANSLATOR = Translator.load()  # for the property tests, which cannot take fixtures


def test_a_korean_reader_sees_korean_dates_and_cities(translator: Translator) -> None:
    assert span(*MORNING, (SEOUL, TOKYO), KOREAN, translator) == (
        "3월 9일 (화) 09:00–10:00 KST (서울) · 3월 9일 (화) 09:00–10:00 JST (도쿄)"
    )


def test_a_japanese_reader_sees_japanese_punctuation(translator: Translator) -> None:
    assert span(*MORNING, (TOKYO,), JAPANESE, translator) == "3月9日(火) 09:00～10:00 JST（東京）"


def test_a_taiwanese_reader_sees_traditional_chinese(translator: Translator) -> None:
    assert span(*MORNING, (TAIPEI, SEOUL), CHINESE, translator) == (
        "3月9日週二 08:00–09:00 CST（台北） · 3月9日週二 09:00–10:00 KST（首爾）"
    )


def test_a_schools_own_city_has_no_translation_and_is_shown_as_given(
    translator: Translator,
) -> None:
    assert span(*MORNING, (OSAKA,), KOREAN, translator).endswith("JST (Osaka)")


def test_an_en_us_reader_sees_a_twelve_hour_clock(translator: Translator) -> None:
    assert span(*MORNING, (NEW_YORK,), EN_US, translator) == (
        "Mon 8 Mar 7:00 PM–8:00 PM EST (New York)"
    )


def test_a_twelve_hour_chinese_clock_avoids_the_day_period_babel_cannot_write() -> None:
    # zh_Hant_TW's 12-hour skeleton is `Bh:mm`; Babel raises NotImplementedError on `B`.
    twelve_hour = Language("zh-Hant", "zh_Hant_TW", twelve_hour=True)
    assert clock_text(datetime(2027, 3, 9, 15, 5), twelve_hour) == "下午3:05"


def test_a_meeting_across_midnight_and_a_zone_change_in_korean(translator: Translator) -> None:
    start = datetime(2027, 11, 7, 5, 30, tzinfo=UTC)  # 01:30 EDT in New York
    assert span_at_place(start, start + timedelta(hours=1), NEW_YORK, KOREAN, translator) == (
        "11월 7일 (일) 01:30 EDT–01:30 EST (뉴욕)"
    )
    late = datetime(2027, 3, 9, 14, 30, tzinfo=UTC)
    assert span_at_place(late, late + timedelta(hours=1), SEOUL, JAPANESE, translator) == (
        "3月9日(火) 23:30～3月10日(水) 00:30 KST（ソウル）"
    )


def test_a_time_with_its_year_names_it_in_each_language(translator: Translator) -> None:
    assert at(MORNING[0], (SEOUL,), KOREAN, translator, year=True) == (
        "2027년 3월 9일 (화) 09:00 KST (서울)"
    )
    assert at(MORNING[0], (SEOUL,), CHINESE, translator, year=True) == (
        "2027年3月9日週二 09:00 KST（首爾）"
    )


def test_a_span_inside_a_message_is_written_for_each_reader(tmp_path: Path) -> None:
    for folder, text in {
        "en": "booked = Booked: { $when }",
        "ko": "booked = 예약: { $when }",
    }.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "times.ftl").write_text(
            (LOCALES / folder / "times.ftl").read_text(encoding="utf-8") + text, encoding="utf-8"
        )
    both = Translator.load(tmp_path, (ENGLISH, KOREAN)).in_both(
        Message("booked", when=TimeSpan(*MORNING, (SEOUL, TOKYO))), KOREAN, ENGLISH
    )
    assert both == (
        "예약: 3월 9일 (화) 09:00–10:00 KST (서울) · 3월 9일 (화) 09:00–10:00 JST (도쿄)",
        "Booked: Tue 9 Mar 09:00–10:00 KST (Seoul) · Tue 9 Mar 09:00–10:00 JST (Tokyo)",
    )


PLACES = st.sampled_from(
    [
        SEOUL,
        OSAKA,
        NEW_YORK,
        Place("Australia/Lord_Howe", "Lord Howe"),  # CLDR's English city is "Lord Howe Island"
        Place("Asia/Kathmandu", "Kathmandu"),
        Place("Europe/Dublin", "Dublin"),
        Place("Asia/Ho_Chi_Minh", "Ho Chi Minh"),
        Place("America/Argentina/Buenos_Aires", "Buenos Aires"),
        Place("Etc/UTC", "UTC"),
    ]
)
INSTANTS = st.datetimes(datetime(2026, 1, 1), datetime(2029, 12, 31)).map(
    lambda naive: naive.replace(tzinfo=UTC, second=0, microsecond=0)
)


@settings(max_examples=300, deadline=None)
@given(
    INSTANTS,
    st.integers(1, 30 * 60),
    st.lists(PLACES, min_size=1, max_size=3),
    st.booleans(),
)
def test_english_spans_read_exactly_as_bot_times_display_writes_them(
    start: datetime, minutes: int, places: list[Place], year: bool
) -> None:
    end = start + timedelta(minutes=minutes)
    assert span(start, end, places, ENGLISH, TRANSLATOR, year=year) == display.span(
        start, end, places, year=year
    )


@settings(max_examples=200, deadline=None)
@given(INSTANTS, st.lists(PLACES, min_size=1, max_size=3), st.booleans())
def test_english_instants_read_exactly_as_bot_times_display_writes_them(
    instant: datetime, places: list[Place], year: bool
) -> None:
    assert at(instant, places, ENGLISH, TRANSLATOR, year=year) == display.at(
        instant, places, year=year
    )


@settings(max_examples=100, deadline=None)
@given(INSTANTS, st.sampled_from(LANGUAGES))
def test_every_language_names_the_zone_and_the_city_on_both_sides(
    instant: datetime, language: Language
) -> None:
    shown = at(instant, (SEOUL, NEW_YORK), language, TRANSLATOR)
    seoul, new_york = shown.split(" · ")
    assert "KST" in seoul and any(zone in new_york for zone in ("EST", "EDT"))
    assert seoul.rstrip(")）").endswith(("Seoul", "서울", "ソウル", "首爾"))


def test_a_date_without_its_weekday_is_written_as_each_language_writes_it() -> None:
    day = datetime(2027, 3, 1).date()
    written = {language.tag: date_text(day, language) for language in LANGUAGES}
    assert written == {
        "en": "1 Mar 2027",  # as the bot has always written it
        "en-US": "1 Mar 2027",
        "ko": "2027년 3월 1일",
        "ja": "2027年3月1日",
        "zh-Hant": "2027年3月1日",
    }
    assert date_text(day, ENGLISH, year=False) == "1 Mar"
