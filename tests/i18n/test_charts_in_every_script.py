"""The bot's own charts draw Korean, Japanese and Traditional Chinese school and city names:
matplotlib's "Glyph … missing from font(s)" warning, an empty box in the PNG, fails the test."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import matplotlib
import pytest

from bot.feedback.ratings_chart import date_ticks, ratings_chart
from bot.i18n.languages import LANGUAGES, Language, matching_language
from bot.i18n.translator import Translator
from bot.schools.profile import SchoolProfile
from bot.sessions.overlap_chart import render_png, week_overlap
from bot.times.weekly_hours import parse_weekly_hours

SEOUL = SchoolProfile(
    id="KR-hanbit-middle",
    name="한빛중학교",
    program_id=1,
    side="home",
    country="KR",
    subdivision=None,
    city="서울",
    timezone="Asia/Seoul",
    level="middle",
    grades=(1, 2, 3),
    languages=("ko", "en"),
    topics=("culture",),
    quota=2,
    class_hours=parse_weekly_hours("Mon-Fri 09:00-16:00"),
    after_school_hours=parse_weekly_hours("Tue,Thu 16:00-18:00"),
    vacations=(),
)
OSAKA = replace(
    SEOUL, id="JP-sakura", name="さくら中学校", country="JP", city="大阪", timezone="Asia/Tokyo"
)
TAIPEI = replace(
    SEOUL,
    id="TW-taipei",
    name="臺北市立國民中學",
    country="TW",
    city="臺北",
    timezone="Asia/Taipei",
)
MONDAY = date(2027, 3, 15)
RATINGS = [(date(2027, 3, 9), 4), (date(2027, 3, 16), 5), (date(2027, 3, 23), 3)]


def every_glyph_drawn(draw: Callable[[], bytes]) -> bytes:
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph .* missing from font")
        return draw()


@pytest.mark.parametrize(("mine", "theirs"), [(SEOUL, OSAKA), (OSAKA, TAIPEI), (TAIPEI, SEOUL)])
def test_the_overlap_chart_draws_every_schools_name(
    mine: SchoolProfile, theirs: SchoolProfile
) -> None:
    png = every_glyph_drawn(lambda: render_png(week_overlap(mine, theirs, MONDAY)))
    assert png.startswith(b"\x89PNG")


@pytest.mark.parametrize("school", [SEOUL, OSAKA, TAIPEI], ids=lambda school: school.country)
def test_the_ratings_chart_draws_a_title_naming_the_school(school: SchoolProfile) -> None:
    png = every_glyph_drawn(lambda: ratings_chart(RATINGS, f"{school.name} ({school.city})"))
    assert png.startswith(b"\x89PNG")


def test_the_charts_leave_the_global_font_settings_as_they_were() -> None:
    before = list(matplotlib.rcParams["font.family"])
    every_glyph_drawn(lambda: ratings_chart(RATINGS, SEOUL.name))
    assert matplotlib.rcParams["font.family"] == before


@pytest.mark.parametrize("reader", LANGUAGES, ids=lambda language: language.tag)
def test_the_ratings_chart_is_labelled_in_the_readers_language(
    reader: Language, translator: Translator
) -> None:
    title = f"{SEOUL.name} – {OSAKA.name} – {TAIPEI.name}"
    with_ratings = every_glyph_drawn(lambda: ratings_chart(RATINGS, title, reader, translator))
    none_yet = every_glyph_drawn(lambda: ratings_chart([], title, reader, translator))
    assert with_ratings.startswith(b"\x89PNG") and none_yet.startswith(b"\x89PNG")


def test_the_ratings_charts_dates_read_as_each_language_writes_them() -> None:
    korean, japanese = (matching_language("ko"), matching_language("ja"))
    assert korean is not None and japanese is not None
    first, last = date(2027, 3, 8), date(2027, 3, 22)
    assert [label for _, label in date_ticks(first, last)] == ["8 Mar 2027", "15 Mar", "22 Mar"]
    assert [label for _, label in date_ticks(first, last, korean)] == [
        "2027년 3월 8일",
        "3월 15일",
        "3월 22일",
    ]
    assert [label for _, label in date_ticks(first, last, japanese)][1:] == ["3月15日", "3月22日"]
