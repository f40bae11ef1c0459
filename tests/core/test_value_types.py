"""Reading typed option values: durations, times, dates, users."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.value_types import (
    DATE,
    INTEGER,
    USER,
    ValueProblem,
    parse_clock_time,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("90", 90),
        ("90m", 90),
        ("90 min", 90),
        ("1h", 60),
        ("1h30m", 90),
        ("1:30", 90),
        ("2 hours", 120),
    ],
)
def test_durations_read_in_the_ways_teachers_write_them(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "abc", "1:75", "h", "-5"])
def test_nonsense_durations_say_what_is_accepted(text):
    with pytest.raises(ValueProblem, match="minutes"):
        parse_duration(text)


@given(st.integers(0, 20), st.integers(0, 59))
def test_every_spelling_of_a_duration_agrees(hours, minutes):
    total = hours * 60 + minutes
    assert parse_duration(str(total)) == total
    assert parse_duration(f"{hours}:{minutes:02d}") == total
    assert parse_duration(f"{hours}h{minutes}m") == total


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15:30", time(15, 30)),
        ("9:05", time(9, 5)),
        ("3pm", time(15)),
        ("12am", time(0)),
        ("12:30pm", time(12, 30)),
    ],
)
def test_clock_times_accept_24_hour_and_am_pm(text, expected):
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "13pm", "9", "noon", "12:60"])
def test_impossible_clock_times_are_refused(text):
    with pytest.raises(ValueProblem):
        parse_clock_time(text)


def test_dates_are_iso_and_errors_show_the_format():
    assert DATE.parse("2027-03-09") == date(2027, 3, 9)
    with pytest.raises(ValueProblem, match="YYYY-MM-DD"):
        DATE.parse("9/3/2027")


def test_integers_refuse_words():
    with pytest.raises(ValueProblem, match="not a whole number"):
        INTEGER.parse("two")


@pytest.mark.parametrize(
    "text", ["@alice", "alice", "<@U012AB3CD>", "<@U012AB3CD|alice>", "<@!1234567>"]
)
def test_users_are_read_from_mentions_of_every_platform(text):
    assert USER.parse(text).user_id in {"alice", "U012AB3CD", "1234567"}
