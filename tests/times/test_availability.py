"""Interval arithmetic behind slots: what is left of free time once sessions take their part."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.times.availability import merge, subtract

ORIGIN = datetime(2027, 3, 1, tzinfo=UTC)


def minutes(start: int, end: int) -> tuple[datetime, datetime]:
    return ORIGIN + timedelta(minutes=start), ORIGIN + timedelta(minutes=end)


spans = st.lists(
    st.tuples(st.integers(0, 600), st.integers(1, 120)).map(lambda s: minutes(s[0], s[0] + s[1])),
    max_size=8,
)


def covered(intervals, minute: int) -> bool:
    point = ORIGIN + timedelta(minutes=minute, seconds=30)
    return any(start <= point < end for start, end in intervals)


@given(spans, spans)
def test_what_is_left_is_exactly_the_free_minutes_no_session_takes(free, taken) -> None:
    left = subtract(merge(free), taken)
    for minute in range(0, 721):
        expected = covered(free, minute) and not covered(taken, minute)
        assert covered(left, minute) == expected, minute
    assert left == sorted(left) and all(start < end for start, end in left)


def test_a_session_in_the_middle_splits_a_window_in_two() -> None:
    window = [minutes(0, 240)]
    assert subtract(window, [minutes(60, 120)]) == [minutes(0, 60), minutes(120, 240)]
