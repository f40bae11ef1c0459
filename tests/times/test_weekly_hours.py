"""Weekly hours: the format teachers write, its errors, and its canonical form."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.value_types import ValueProblem
from bot.times.weekly_hours import WeeklyHours, Window, parse_weekly_hours


def test_the_documented_example_reads_as_expected():
    hours = parse_weekly_hours("Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00")
    assert hours.on(1) == [Window(1, 540, 1080)]  # Tuesday's touching windows are merged
    assert hours.on(0) == [Window(0, 540, 960)]
    assert hours.on(5) == []


def test_several_ranges_on_one_day_and_full_day_names():
    hours = parse_weekly_hours("Monday 09:00-12:00, 13:00-15:00")
    assert hours.on(0) == [Window(0, 540, 720), Window(0, 780, 900)]


def test_day_ranges_may_wrap_around_the_week():
    assert {w.weekday for w in parse_weekly_hours("Sat-Mon 10:00-11:00").windows} == {5, 6, 0}


def test_midnight_may_end_a_window():
    assert parse_weekly_hours("Fri 20:00-24:00").on(4) == [Window(4, 1200, 1440)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Mon-Fry 09:00-16:00", "'Fry' is not a day"),
        ("Mon 9-16", "'9-16' is not a time range"),
        ("Mon 16:00-09:00", "ends before it starts"),
        ("Mon 25:00-26:00", "does not exist"),
        ("09:00-16:00", "needs days then hours"),
    ],
)
def test_errors_point_at_the_bad_token(text, message):
    with pytest.raises(ValueProblem, match=message):
        parse_weekly_hours(text)


def test_the_canonical_form_groups_days_with_the_same_hours():
    hours = parse_weekly_hours("Mon 09:00-16:00; Tue 09:00-16:00; Wed 09:00-16:00; Fri 09:00-12:00")
    assert str(hours) == "Mon-Wed 09:00-16:00; Fri 09:00-12:00"


windows = st.builds(
    lambda day, start, length: Window(day, start, min(start + length, 1440)),
    st.integers(0, 6),
    st.integers(0, 1439),
    st.integers(1, 600),
)


@given(st.lists(windows, max_size=8))
def test_the_canonical_form_reads_back_to_the_same_hours(generated):
    hours = WeeklyHours(tuple(generated)).union(WeeklyHours())
    assert parse_weekly_hours(str(hours)) == hours
