"""Charts draw Hangul, Kana and Han with the font the project's own dependencies install."""

from __future__ import annotations

import io
import warnings

import matplotlib
import pytest
from fontTools.ttLib import TTFont
from matplotlib.figure import Figure

from bot.i18n.chart_fonts import chart_font_rc, cjk_font_path

SCHOOL_NAMES = [
    "한빛중학교",
    "さくら中学校",
    "サクラ・ジュニア",
    "臺北市立國民中學",
    "Ελληνικό Σχολείο",
]
TITLE = "평가 · 評価 · 評分 · Ratings"


def draw_ratings() -> bytes:
    figure = Figure(figsize=(6, 3))
    axes = figure.subplots()
    axes.barh(SCHOOL_NAMES, [4.5, 4.0, 3.8, 3.5, 4.2])
    axes.set_title(TITLE)
    png = io.BytesIO()
    figure.savefig(png, format="png")
    return png.getvalue()


def test_a_chart_of_korean_japanese_and_chinese_schools_misses_no_glyph() -> None:
    with warnings.catch_warnings(), matplotlib.rc_context(chart_font_rc()):
        warnings.simplefilter("error")  # "Glyph … missing from font(s)" fails the test
        assert draw_ratings().startswith(b"\x89PNG")


def test_without_the_cjk_font_the_same_chart_would_draw_empty_boxes() -> None:
    with (
        matplotlib.rc_context({"font.family": ["DejaVu Sans"]}),
        pytest.warns(UserWarning, match="Glyph .* missing from font"),
    ):
        draw_ratings()


def test_the_font_file_covers_every_han_hangul_and_kana_character_of_the_names() -> None:
    covered = TTFont(cjk_font_path(), lazy=True).getBestCmap()
    wanted = {ch for name in [*SCHOOL_NAMES, TITLE] for ch in name if ord(ch) > 0x2FFF}
    assert wanted and {ch for ch in wanted if ord(ch) not in covered} == set()


def test_importing_the_module_changes_no_global_setting() -> None:
    assert "Noto Sans CJK JP" not in matplotlib.rcParams["font.family"]
    assert chart_font_rc()["font.family"] == ["DejaVu Sans", "Noto Sans CJK JP"]
    assert "Noto Sans CJK JP" not in matplotlib.rcParams["font.family"]
