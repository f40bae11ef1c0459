"""A PNG of ratings over time, so coordinators see at a glance whether exchanges get better.

Each dot is the ratings one value got on one day (sessions start on it); equal ratings of a day
are one dot, sized by how many, with the number beside it. The line is the mean rating of each
week (Monday to Sunday), drawn at the week's middle. The date axis marks Mondays as `8 Mar`
(`3월 8일`, `3月8日`), with the year on the first mark and wherever it changes. Labels are in
the reader's language (`feedback.ftl`). Drawn with matplotlib's Agg backend: no display is
ever needed; every script draws (`bot.i18n.chart_fonts`).
"""

from __future__ import annotations

import io
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from bot.i18n.chart_fonts import drawn_with_chart_fonts
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.time_text import date_text
from bot.i18n.translator import english_only

logger = logging.getLogger(__name__)

MARGIN = timedelta(days=7)  # room either side, so one week of answers still reads as dates
MAX_TICKS = 8
DOT_AREA = 40  # points² for one answer; each further one adds as much


def weekly_means(points: Sequence[tuple[date, int]]) -> list[tuple[date, float]]:
    """The mean rating of each week (weeks start on Monday), in order."""
    weeks: dict[date, list[int]] = defaultdict(list)
    for day, rating in points:
        weeks[day - timedelta(days=day.weekday())].append(rating)
    return [(week, sum(r) / len(r)) for week, r in sorted(weeks.items())]


def rating_marks(points: Sequence[tuple[date, int]]) -> list[tuple[date, int, int]]:
    """(day, rating, how many gave it that day), in order: one dot each."""
    return [(day, rating, count) for (day, rating), count in sorted(Counter(points).items())]


def date_ticks(first: date, last: date, language: Language = ENGLISH) -> list[tuple[date, str]]:
    """Mondays from `first`'s week to `last`'s, at most MAX_TICKS of them evenly spaced, as
    `8 Mar`; the first mark and the first of each new year also say the year."""
    monday = first - timedelta(days=first.weekday())
    weeks = (last - monday).days // 7 + 1
    step = -(-weeks // MAX_TICKS)  # ceiling
    days = [monday + timedelta(weeks=n) for n in range(0, weeks, step)]
    return [
        (day, date_text(day, language, year=k == 0 or day.year != days[k - 1].year))
        for k, day in enumerate(days)
    ]


@drawn_with_chart_fonts
def ratings_chart(
    points: Sequence[tuple[date, int]],
    title: str,
    language: Language = ENGLISH,
    translator: Renderer | None = None,
) -> bytes:
    """PNG bytes, labelled for a reader of `language` (English by default); an empty `points`
    still gives a chart that says there is nothing yet."""
    translator = translator or english_only()

    def label(message: Message) -> str:
        return translator.render(message, language)

    figure = Figure(figsize=(8, 4), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.set_ylabel(label(Message("report-chart-rating-axis")))
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks(range(1, 6))
    axes.grid(axis="y", alpha=0.3)
    if points:
        marks = rating_marks(points)
        axes.scatter(
            date2num([day for day, _, _ in marks]),
            [rating for _, rating, _ in marks],
            s=[DOT_AREA * count for _, _, count in marks],
            alpha=0.5,
            label=label(Message("report-chart-answers")),
        )
        for day, rating, count in marks:
            if count > 1:
                axes.annotate(
                    f"×{count}",
                    (float(date2num(day)), rating),
                    xytext=(7, 5),
                    textcoords="offset points",
                    fontsize=8,
                )
        means = weekly_means(points)
        axes.plot(
            date2num([week + timedelta(days=3) for week, _ in means]),
            [mean for _, mean in means],
            marker="o",
            label=label(Message("report-chart-weekly-mean")),
        )
        first, last = min(day for day, _ in points), max(day for day, _ in points)
        axes.set_xlim(float(date2num(first - MARGIN)), float(date2num(last + MARGIN)))
        ticks = date_ticks(first - MARGIN, last + MARGIN, language)
        axes.set_xticks(date2num([day for day, _ in ticks]), [label for _, label in ticks])
        axes.set_xlabel(label(Message("report-chart-week-axis")))
        axes.legend(loc="lower left", fontsize=8)
    else:
        nothing = label(Message("report-chart-no-ratings"))
        axes.text(0.5, 0.5, nothing, ha="center", va="center", transform=axes.transAxes)
        axes.set_xticks([])
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    logger.debug("drew a ratings chart of %s answers", len(points))
    return buffer.getvalue()
