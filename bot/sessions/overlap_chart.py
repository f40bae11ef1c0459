"""The overlap picture: one week of both schools' hours on a common axis, as a PNG.

Rows are the caller's local dates; the horizontal axis is the caller's wall clock, so a bar
sits where the caller's clocks show its time, daylight saving included (on the day New York
springs forward, 20:00 EDT is drawn at 20:00), and each row names its UTC offset. The top axis
is the partner's clock at the same moments of the first row, with its date wherever that
differs. Each school's class and after-school hours are placed on its own local dates; on a
date the school is closed (weekend, holiday, vacation) they are drawn grey, named, and the
overlap is highlighted only where both are open. School and city names draw in any script
(`bot.i18n.chart_fonts`).

`chart_plan` decides what goes where; `render_png` only draws it, so tests read the plan.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from bot.i18n.chart_fonts import drawn_with_chart_fonts
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Argument, Message, Renderer
from bot.i18n.time_text import CityOf, DayOf
from bot.i18n.translator import english_only
from bot.schools.closed_days import ClosedDayName, Closure
from bot.schools.profile import SchoolProfile
from bot.sessions.slots import SchoolSide
from bot.times.availability import Interval, intersect
from bot.times.display import Place
from bot.times.local_days import day_span, offset_changes
from bot.times.local_time import abbreviation, to_local, to_utc

HOUR = timedelta(hours=1)
MINE, THEIRS, OVERLAP, CLOSED = "#2b6cb0", "#dd6b20", "#38a169", "#a0aec0"
TICK_HOURS = range(0, 25, 3)


@dataclass(frozen=True)
class SchoolDay:
    """One school's hours inside one caller-local day, as UTC intervals."""

    class_hours: list[Interval]  # on the school's open dates
    after_school: list[Interval]
    closed: list[tuple[Interval, Closure]]  # its hours on dates it is closed, and why


@dataclass(frozen=True)
class DayRow:
    """One caller-local date: each school's hours and the overlap."""

    day: date
    span: Interval  # the caller's local day
    schools: tuple[SchoolDay, SchoolDay]  # mine, theirs
    overlap: list[Interval]  # both open and in hours
    closed: tuple[tuple[Place, Closure], ...]  # (its place, closure) for each school closed

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
        days = (_school_day(sides[0], span), _school_day(sides[1], span))
        open_hours = [s.available(span, s.all_hours, open_only=True) for s in sides]
        rows.append(
            DayRow(
                day=day,
                span=span,
                schools=days,
                overlap=intersect(open_hours[0], open_hours[1]),
                closed=tuple(
                    (Place.of(side.profile), closure)
                    for side, school in zip(sides, days, strict=True)
                    for closure in dict.fromkeys(closure for _, closure in school.closed)
                ),
            )
        )
    return WeekOverlap(mine, theirs, tuple(rows))


def _school_day(side: SchoolSide, span: Interval) -> SchoolDay:
    class_hours = side.available(span, side.profile.class_hours, open_only=True)
    every = side.available(span, side.all_hours, open_only=True)
    zone = side.profile.timezone
    closed = []
    for start, end in side.available(span, side.all_hours, open_only=False):
        closure = side.calendar.closure(to_local(start, zone).date())
        if closure is not None:
            closed.append(((start, end), closure))
    return SchoolDay(class_hours, _minus(every, class_hours), closed)


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


class BarKind(StrEnum):
    CLASS = "class"
    AFTER_SCHOOL = "after_school"
    CLOSED = "closed"
    OVERLAP = "overlap"


@dataclass(frozen=True)
class Bar:
    row: int  # 0 is the first day, drawn at the top
    school: int | None  # 0 the caller's, 1 the partner's, None the overlap
    kind: BarKind
    start: float  # hours on the caller's wall clock of the row's day, 0–24
    end: float
    label: ClosedDayName | None = None  # for a closed day: why


@dataclass(frozen=True)
class ChartPlan:
    bars: tuple[Bar, ...]
    row_labels: tuple[str, ...]  # `Sun 14 Mar · EST→EDT`
    top_ticks: tuple[str, ...]  # the partner's clock at TICK_HOURS of the first row
    top_title: str


def chart_plan(
    week: WeekOverlap, language: Language = ENGLISH, translator: Renderer | None = None
) -> ChartPlan:
    """What goes where, its words in `language`."""
    say = _writer(language, translator)
    mine, theirs = week.places
    bars: list[Bar] = []
    for index, row in enumerate(week.rows):
        bars += [
            _bar(index, None, BarKind.OVERLAP, interval, row, mine) for interval in row.overlap
        ]
        for school, hours in enumerate(row.schools):
            bars += [_bar(index, school, BarKind.CLASS, i, row, mine) for i in hours.class_hours]
            bars += [
                _bar(index, school, BarKind.AFTER_SCHOOL, i, row, mine) for i in hours.after_school
            ]
            bars += [
                _bar(index, school, BarKind.CLOSED, i, row, mine, closure.name)
                for i, closure in hours.closed
            ]
    first = week.rows[0].day
    moments = [
        to_utc(datetime.combine(first, time()) + hour * HOUR, mine.timezone) for hour in TICK_HOURS
    ]
    dates = [to_local(moment, theirs.timezone).date() for moment in moments]
    ticks = tuple(
        say(
            Message(
                "meetings-chart-tick-day",
                time=f"{to_local(moment, theirs.timezone):%H:%M}",
                day=DayOf(day),
            )
        )
        if index == 0 or day != dates[index - 1]
        else f"{to_local(moment, theirs.timezone):%H:%M}"
        for index, (moment, day) in enumerate(zip(moments, dates, strict=True))
    )
    shown = sorted(set(dates[:-1]))  # the last tick is the next day's midnight
    top: dict[str, Argument | Message] = {
        "city": CityOf(theirs),
        "day": DayOf(first),
        "own_city": CityOf(mine),
        "shown": DayOf(shown[0]),
    }
    return ChartPlan(
        bars=tuple(bars),
        row_labels=tuple(say(_row_label(row, mine)) for row in week.rows),
        top_ticks=ticks,
        top_title=say(
            Message("meetings-chart-top-title-two-days", **top, last=DayOf(shown[-1]))
            if len(shown) > 1
            else Message("meetings-chart-top-title", **top)
        ),
    )


def _writer(language: Language, translator: Renderer | None) -> Callable[[Message], str]:
    renderer = translator or english_only()
    return lambda message: renderer.render(message, language)


def _bar(
    row_index: int,
    school: int | None,
    kind: BarKind,
    interval: Interval,
    row: DayRow,
    mine: Place,
    label: ClosedDayName | None = None,
) -> Bar:
    start, end = (_wall_hours(instant, row, mine) for instant in interval)
    return Bar(row_index, school, kind, start, end, label)


def _wall_hours(instant: datetime, row: DayRow, mine: Place) -> float:
    """Where the caller's clock shows `instant` on the row's day: 20:00 EDT is 20.0, even on
    the day the clocks changed; the end of the day is 24.0."""
    if instant >= row.span[1]:
        return 24.0
    local = to_local(instant, mine.timezone)
    return local.hour + local.minute / 60


def _row_label(row: DayRow, mine: Place) -> Message:
    changes = offset_changes(mine.timezone, row.day, row.day)
    zone = (
        f"{changes[0].before}→{changes[0].after}"
        if changes
        else abbreviation(row.span[0], mine.timezone)
    )
    return Message("meetings-chart-row", day=DayOf(row.day), zone=zone)


_STYLE: dict[BarKind, tuple[float, str | None]] = {  # alpha, hatch
    BarKind.CLASS: (1.0, None),
    BarKind.AFTER_SCHOOL: (0.35, "//"),
    BarKind.CLOSED: (0.5, "xx"),
}
LABEL_HOURS_PER_CHARACTER = 0.16  # how much of the axis a 7-point character takes


@drawn_with_chart_fonts
def render_png(
    week: WeekOverlap, language: Language = ENGLISH, translator: Renderer | None = None
) -> bytes:
    """The chart, its words in `language`."""
    say = _writer(language, translator)
    mine, theirs = week.places
    plan = chart_plan(week, language, translator)
    figure = Figure(figsize=(11, 6.4), dpi=100)
    axes = figure.add_subplot()
    for bar in plan.bars:
        _draw(axes, bar, say)
    axes.set_xlim(0, 24)
    axes.set_ylim(-0.6, 6.6)
    axes.set_yticks([6 - i for i in range(7)], list(plan.row_labels), fontsize=9)
    axes.set_xticks(list(TICK_HOURS), [f"{hour:02d}:00" for hour in TICK_HOURS])
    axes.set_xlabel(say(Message("meetings-chart-axis", city=CityOf(mine))))
    axes.grid(axis="x", color="#dddddd")
    top = axes.twiny()
    top.set_xlim(axes.get_xlim())
    top.set_xticks(list(TICK_HOURS), list(plan.top_ticks), fontsize=8)
    top.set_xlabel(plan.top_title)
    after_school = say(Message("meetings-chart-after-school"))
    axes.legend(
        handles=[
            *(
                patch
                for color, school in ((MINE, week.mine), (THEIRS, week.theirs))
                for patch in (
                    Patch(
                        color=color,
                        label=say(Message("meetings-chart-class-hours", school=school.name)),
                    ),
                    Patch(facecolor=color, alpha=0.35, hatch="//", label=after_school),
                )
            ),
            Patch(
                facecolor=CLOSED, alpha=0.5, hatch="xx", label=say(Message("meetings-chart-closed"))
            ),
            Patch(color=OVERLAP, alpha=0.4, label=say(Message("meetings-chart-both-can-meet"))),
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=6,
        fontsize=8,
        frameon=False,
    )
    title = Message(
        "meetings-chart-title",
        school=week.mine.name,
        city=CityOf(mine),
        partner=week.theirs.name,
        partner_city=CityOf(theirs),
        week=DayOf(week.rows[0].day, year=True),
    )
    figure.suptitle(say(title), fontsize=11)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _draw(axes: Axes, bar: Bar, say: Callable[[Message], str]) -> None:
    y = 6 - bar.row
    width = bar.end - bar.start
    if bar.kind is BarKind.OVERLAP:
        axes.broken_barh([(bar.start, width)], (y - 0.45, 0.9), facecolors=OVERLAP, alpha=0.25)
        return
    middle = y + (0.18 if bar.school == 0 else -0.18)
    color = CLOSED if bar.kind is BarKind.CLOSED else (MINE if bar.school == 0 else THEIRS)
    alpha, hatch = _STYLE[bar.kind]
    axes.broken_barh(
        [(bar.start, width)],
        (middle - 0.15, 0.3),
        facecolors=color,
        edgecolor=color,
        alpha=alpha,
        hatch=hatch,
    )
    if bar.label is not None:
        text = say(Message("meetings-chart-closed-because", closure=bar.label))
        fits = width >= len(text) * LABEL_HOURS_PER_CHARACTER
        x, align = (
            ((bar.start + bar.end) / 2, "center")
            if fits
            else (bar.end + 0.2, "left")
            if bar.end < 12
            else (bar.start - 0.2, "right")
        )
        axes.text(x, middle, text, ha=align, va="center", fontsize=7, color="#1a202c")
