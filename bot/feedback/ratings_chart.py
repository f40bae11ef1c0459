"""A PNG of ratings over time, so coordinators see at a glance whether exchanges get better.

Each dot is one teacher's rating, placed on the day its session started; the line is the
mean rating of each week (Monday to Sunday), drawn at the week's middle. Drawn with
matplotlib's Agg backend: no display is ever needed.
"""

from __future__ import annotations

import io
import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

logger = logging.getLogger(__name__)

MARGIN = timedelta(days=7)  # room either side, so one week of answers still reads as dates


def weekly_means(points: Sequence[tuple[date, int]]) -> list[tuple[date, float]]:
    """The mean rating of each week (weeks start on Monday), in order."""
    weeks: dict[date, list[int]] = defaultdict(list)
    for day, rating in points:
        weeks[day - timedelta(days=day.weekday())].append(rating)
    return [(week, sum(r) / len(r)) for week, r in sorted(weeks.items())]


def ratings_chart(points: Sequence[tuple[date, int]], title: str) -> bytes:
    """PNG bytes; an empty `points` still gives a chart that says there is nothing yet."""
    figure = Figure(figsize=(8, 4), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.set_ylabel("rating (1–5)")
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks(range(1, 6))
    axes.grid(axis="y", alpha=0.3)
    if points:
        days = [day for day, _ in points]
        axes.scatter(date2num(days), [r for _, r in points], alpha=0.5, label="answer")
        means = weekly_means(points)
        axes.plot(
            date2num([week + timedelta(days=3) for week, _ in means]),
            [mean for _, mean in means],
            marker="o",
            label="weekly mean",
        )
        axes.set_xlim(float(date2num(min(days) - MARGIN)), float(date2num(max(days) + MARGIN)))
        locator = AutoDateLocator(minticks=3, maxticks=8)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        axes.legend(loc="lower left")
    else:
        axes.text(0.5, 0.5, "no ratings yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_xticks([])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    logger.debug("drew a ratings chart of %s answers", len(points))
    return buffer.getvalue()
