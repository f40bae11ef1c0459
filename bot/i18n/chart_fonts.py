"""A font for charts that draws Hangul, Kana and Han (school names like 한빛중학교, さくら中学校,
臺北市立國中): Noto Sans CJK, installed by the `noto-cjk-sans-jp-regular` package, so a fresh
machine needs no system fonts.

matplotlib's own DejaVu Sans stays first for Latin and Greek; from matplotlib 3.6 a family
list falls back glyph by glyph, so every other character comes from Noto Sans CJK. Nothing
happens at import: `chart_font_rc()` registers the font once and returns settings for
`matplotlib.rc_context`, so charts use it without changing anyone's global rcParams; a
function that draws a chart is decorated `@drawn_with_chart_fonts`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, wraps
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import matplotlib
from matplotlib import font_manager
from matplotlib.typing import RcKeyType

P = ParamSpec("P")
R = TypeVar("R")

_PACKAGE, _FILE = "noto_cjk_sans_jp_regular", "NotoSansCJKjp-Regular.otf"
LATIN_FAMILY = "DejaVu Sans"  # matplotlib's bundled default


@cache
def cjk_font_path() -> Path:
    """The Noto Sans CJK file on disk (it covers all of Hangul, Kana and the unified Han)."""
    with as_file(files(_PACKAGE) / _FILE) as path:
        return Path(path)


@cache
def chart_font_families() -> tuple[str, ...]:
    """The font families charts use, in fallback order, the CJK font registered."""
    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    return (LATIN_FAMILY, font_manager.FontProperties(fname=path).get_name())


def chart_font_rc() -> dict[RcKeyType, Any]:
    """Settings for `matplotlib.rc_context(chart_font_rc())` around drawing a chart."""
    return {"font.family": list(chart_font_families())}


def drawn_with_chart_fonts(draw: Callable[P, R]) -> Callable[P, R]:
    """`draw` run inside the chart fonts' settings: every text it makes, from figure to saved
    PNG, draws Hangul, Kana and Han."""

    @wraps(draw)
    def drawn(*args: P.args, **kwargs: P.kwargs) -> R:
        with matplotlib.rc_context(chart_font_rc()):
            return draw(*args, **kwargs)

    return drawn
