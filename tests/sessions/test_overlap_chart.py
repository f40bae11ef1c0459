"""The overlap chart's plan: bars at the caller's real local time, closed days drawn closed,
each day's offset and both dates of the partner's clock labelled."""

from __future__ import annotations

from datetime import date

from bot.sessions.overlap_chart import BarKind, chart_plan, render_png, week_overlap
from bot.times.vacations import parse_vacations
from tests.sessions.test_slots import profile

NEW_YORK = profile(
    "new-york", "America/New_York", "Mon-Fri 08:00-15:00", "Mon-Fri 15:00-20:30", country="US"
)
SEOUL = profile(
    "seoul",
    "Asia/Seoul",
    "Mon-Fri 09:00-16:00",
    country="KR",
    vacations=parse_vacations("2027-03-10"),
)
WEEK = date(2027, 3, 8)  # New York springs forward on Sunday 14 March


def bars(plan, row, school, kind):
    return [
        (bar.start, bar.end)
        for bar in plan.bars
        if (bar.row, bar.school, bar.kind) == (row, school, kind)
    ]


def test_bars_sit_at_the_callers_wall_time_on_the_day_its_clocks_change():
    plan = chart_plan(week_overlap(NEW_YORK, SEOUL, WEEK))
    assert bars(plan, 0, 1, BarKind.CLASS) == [(0.0, 2.0), (19.0, 24.0)]  # Mon 8 Mar, EST
    assert bars(plan, 6, 1, BarKind.CLASS) == [(20.0, 24.0)]  # Sun 14 Mar: 09:00 KST is 20:00 EDT


def test_each_day_is_labelled_with_its_offset():
    plan = chart_plan(week_overlap(NEW_YORK, SEOUL, WEEK))
    assert plan.row_labels[0] == "Mon 8 Mar · EST"
    assert plan.row_labels[6] == "Sun 14 Mar · EST→EDT"


def test_hours_on_a_day_the_school_is_closed_are_drawn_closed_and_named():
    plan = chart_plan(week_overlap(NEW_YORK, SEOUL, WEEK))
    closed = [bar for bar in plan.bars if bar.kind is BarKind.CLOSED]
    # Wed 10 Mar in Seoul, 09:00–16:00 KST: Tue 9 Mar 19:00 to Wed 10 Mar 02:00 in New York
    assert [(bar.row, bar.school, bar.start, bar.end) for bar in closed] == [
        (1, 1, 19.0, 24.0),
        (2, 1, 0.0, 2.0),
    ]
    assert {str(bar.label) for bar in closed} == {"declared break 2027-03-10"}
    assert bars(plan, 1, 1, BarKind.CLASS) == [(0.0, 2.0)]  # Tuesday's own classes stay
    assert bars(plan, 1, None, BarKind.OVERLAP) == []  # no meeting on a closed day


def test_the_top_axis_names_both_of_the_partners_dates():
    plan = chart_plan(week_overlap(SEOUL, NEW_YORK, WEEK))
    assert plan.top_ticks[0] == "10:00\nSun 7 Mar"
    assert "01:00\nMon 8 Mar" in plan.top_ticks
    assert plan.top_ticks[1] == "13:00"
    assert plan.top_title.endswith(": Sun 7 Mar and Mon 8 Mar")


def test_the_plan_renders_as_a_png():
    assert render_png(week_overlap(NEW_YORK, SEOUL, WEEK)).startswith(b"\x89PNG")
