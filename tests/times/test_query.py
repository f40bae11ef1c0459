"""Reading `Tue 15:00`, `15:00`, `2027-03-09 15:00` as the next such local time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.value_types import ValueProblem
from bot.times.query import parse_wall_time, resolve

MONDAY_NOON_SEOUL = datetime(2027, 3, 8, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue 15:00", datetime(2027, 3, 9, 15, 0)),
        ("tuesday 3pm", datetime(2027, 3, 9, 15, 0)),
        ("Mon 15:00", datetime(2027, 3, 8, 15, 0)),  # later today
        ("Mon 09:00", datetime(2027, 3, 15, 9, 0)),  # gone today: next week
        ("15:00", datetime(2027, 3, 8, 15, 0)),
        ("11:00", datetime(2027, 3, 9, 11, 0)),
        ("tomorrow 08:30", datetime(2027, 3, 9, 8, 30)),
        ("2027-03-09 15:00", datetime(2027, 3, 9, 15, 0)),
    ],
)
def test_times_mean_their_next_occurrence_in_the_callers_zone(
    text: str, expected: datetime
) -> None:
    resolved = resolve(parse_wall_time(text), MONDAY_NOON_SEOUL, "Asia/Seoul", "Seoul")
    assert resolved.wall == expected and resolved.note == ""


@pytest.mark.parametrize("text", ["", "Tue", "Funday 15:00", "25:00", "Tue 15:00 extra"])
def test_unreadable_times_say_what_is_accepted(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_wall_time(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Tue 25:00", "'25:00' is not a time of day; hours run 00–23"),
        ("next Tuesday 15:00", r"'next' is not a day; write a weekday \(Tue: the next one\)"),
        ("on next Tue 15:00", "'on' and 'next' are not a day"),
        ("Tue Wed 15:00", "'Tue Wed' names more than one day"),
        ("tomorrow", "'tomorrow' is a day; add the time after it, e.g. tomorrow 15:00"),
        ("2027-02-30 15:00", "'2027-02-30' is not a day"),
    ],
)
def test_a_refusal_names_the_word_it_could_not_read(text: str, message: str) -> None:
    with pytest.raises(ValueProblem, match=message):
        parse_wall_time(text)


def test_a_clock_time_may_be_followed_by_am_or_pm_as_a_word() -> None:
    resolved = resolve(parse_wall_time("Tue 3 pm"), MONDAY_NOON_SEOUL, "Asia/Seoul", "Seoul")
    assert resolved.wall == datetime(2027, 3, 9, 15, 0)


def test_a_skipped_time_is_read_after_the_jump_and_said_so() -> None:
    resolved = resolve(
        parse_wall_time("2027-03-14 02:30"), MONDAY_NOON_SEOUL, "America/New_York", "New York"
    )
    assert resolved.instant == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)  # 03:30 EDT
    assert "does not exist in New York" in resolved.note and "03:30 EDT" in resolved.note


def test_a_repeated_time_is_the_first_one_and_said_so() -> None:
    resolved = resolve(
        parse_wall_time("2027-11-07 01:30"), MONDAY_NOON_SEOUL, "America/New_York", "New York"
    )
    assert resolved.instant == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)  # 01:30 EDT
    assert "happens twice" in resolved.note and "EDT" in resolved.note
