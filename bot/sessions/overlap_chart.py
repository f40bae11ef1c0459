"""The overlap picture: one week of both schools' hours on a common axis, as a PNG.

Rows are the caller's local dates; the horizontal axis is the caller's clock (bottom) and the
partner's clock at the same instants (top). Each school's class and after-school hours are
placed on its own local dates, so daylight saving and the date line fall where they really do,
and the overlap on days both schools are open is highlighted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from bot.schools.closed_days import Closure
from bot.schools.profile import SchoolProfile
from bot.sessions.slots import SchoolSide
from bot.times.availability import Interval, intersect
from bot.times.display import Place, day_label
from bot.times.local_days import day_span, place
from bot.times.local_time import abbreviation, to_local

HOUR = timedelta(hours=1)
MINE, THEIRS, OVERLAP = "#2b6cb0", "#dd6b20", "#38a169"
TICK_HOURS = range(0, 25, 3)


@dataclass(frozen=True)
class DayRow:
    """One caller-local date: each school's hours and the overlap, as UTC intervals."""

    day: date
    span: Interval  # the caller's local day
    class_hours: tuple[list[Interval], list[Interval]]  # mine, theirs
    after_school: tuple[list[Interval], list[Interval]]
    overlap: list[Interval]
    closed: tuple[tuple[str, Closure], ...]  # (city, closure) for each school closed that day

    @property
    def overlap_minutes(self) -> int:
        return sum(int((end - start).total_seconds()) // 60 for start, end in self.overlap)


@dataclass(frozen=True)
class WeekOverlap:
    mine: SchoolProfile
    theirs: SchoolProfile
    rows: tuple[DayRow, ...]

    @property
    def places(self) -> tuple[Place, Place]:
        return Place.of(self.mine), Place.of(self.theirs)


def week_overlap(mine: SchoolProfile, theirs: SchoolProfile, monday: date) -> WeekOverlap:
    sides = SchoolSide.of(mine), SchoolSide.of(theirs)
    rows = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        span = day_span(mine.timezone, day)
        class_hours = tuple(
            s.available(span, s.profile.class_hours, open_only=False) for s in sides
        )
        every = tuple(s.available(span, s.all_hours, open_only=False) for s in sides)
        after_school = tuple(_minus(every[i], class_hours[i]) for i in range(2))
        open_hours = [s.available(span, s.all_hours, open_only=True) for s in sides]
        rows.append(
            DayRow(
                day=day,
                span=span,
                class_hours=(class_hours[0], class_hours[1]),
                after_school=(after_school[0], after_school[1]),
                overlap=intersect(open_hours[0], open_hours[1]),
                closed=_closed(sides, span),
            )
        )
    return WeekOverlap(mine, theirs, tuple(rows))


def _minus(whole: list[Interval], part: list[Interval]) -> list[Interval]:
    """`whole` without `part` (both sorted and merged)."""
    result = []
    for start, end in whole:
        cursor = start
        for low, high in part:
            if high <= cursor or low >= end:
                continue
            if low > cursor:
                result.append((cursor, low))
            cursor = max(cursor, high)
        if cursor < end:
            result.append((cursor, end))
    return result


def _closed(
    sides: tuple[SchoolSide, SchoolSide], span: Interval
) -> tuple[tuple[str, Closure], ...]:
    """Closures of either school whose hours would have fallen inside the row's day."""
    found = []
    for side in sides:
        zone = side.profile.timezone
        for local_day in sorted(
            {to_local(span[0], zone).date(), to_local(span[1] - timedelta(seconds=1), zone).date()}
        ):
            closure = side.calendar.closure(local_day)
            if closure and intersect(place(side.all_hours, zone, local_day), [span]):
                found.append((Place.of(side.profile).city, closure))
    return tuple(found)


def render_png(week: WeekOverlap) -> bytes:
    mine, theirs = week.places
    figure = Figure(figsize=(11, 6), dpi=100)
    axes = figure.add_subplot()
    for index, row in enumerate(week.rows):
        y = 6 - index
        _bars(axes, row, row.overlap, y, 0.9, OVERLAP, alpha=0.25)
        _bars(axes, row, row.class_hours[0], y + 0.18, 0.3, MINE)
        _bars(axes, row, row.after_school[0], y + 0.18, 0.3, MINE, alpha=0.35, hatch="//")
        _bars(axes, row, row.class_hours[1], y - 0.18, 0.3, THEIRS)
        _bars(axes, row, row.after_school[1], y - 0.18, 0.3, THEIRS, alpha=0.35, hatch="//")
        if row.closed:
            closed = "; ".join(f"{city}: {closure.name}" for city, closure in row.closed)
            axes.text(24.2, y, f"closed: {closed}", va="center", fontsize=7, color="#555555")
    first = week.rows[0]
    axes.set_xlim(0, 24)
    axes.set_ylim(-0.6, 6.6)
    axes.set_yticks([6 - i for i in range(7)], [day_label(row.day) for row in week.rows])
    axes.set_xticks(list(TICK_HOURS), [f"{hour:02d}:00" for hour in TICK_HOURS])
    axes.set_xlabel(f"{mine.city} time ({abbreviation(first.span[0], mine.timezone)})")
    axes.grid(axis="x", color="#dddddd")
    top = axes.twiny()
    top.set_xlim(axes.get_xlim())
    top.set_xticks(
        list(TICK_HOURS), [_clock(first.span[0] + hour * HOUR, theirs) for hour in TICK_HOURS]
    )
    top.set_xlabel(f"{theirs.city} time at the same moments, on {day_label(first.day)}")
    axes.legend(
        handles=[
            Patch(color=MINE, label=f"{week.mine.name}: class hours"),
            Patch(facecolor=MINE, alpha=0.35, hatch="//", label="after school"),
            Patch(color=THEIRS, label=f"{week.theirs.name}: class hours"),
            Patch(facecolor=THEIRS, alpha=0.35, hatch="//", label="after school"),
            Patch(color=OVERLAP, alpha=0.4, label="both can meet"),
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=5,
        fontsize=8,
        frameon=False,
    )
    figure.suptitle(
        f"{week.mine.name} ({mine.city}) and {week.theirs.name} ({theirs.city}), "
        f"week of {day_label(first.day, year=True)}",
        fontsize=11,
    )
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _bars(
    axes: Axes,
    row: DayRow,
    intervals: list[Interval],
    y: float,
    height: float,
    color: str,
    *,
    alpha: float = 1.0,
    hatch: str | None = None,
) -> None:
    ranges = [((start - row.span[0]) / HOUR, (end - start) / HOUR) for start, end in intervals]
    if ranges:
        axes.broken_barh(
            ranges,
            (y - height / 2, height),
            facecolors=color,
            alpha=alpha,
            hatch=hatch,
            edgecolor=color,
        )


def _clock(instant: datetime, place: Place) -> str:
    return f"{to_local(instant, place.timezone):%H:%M}"
