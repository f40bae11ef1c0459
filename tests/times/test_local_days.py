"""Weekly hours placed on dates, and offset changes found, agree with zoneinfo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.times.availability import intervals_on
from bot.times.local_days import offset_changes, place
from bot.times.weekly_hours import parse_weekly_hours
from tests.support.time_oracle import offset_changes_2027, windows

ZONES = (
    "America/New_York",
    "Europe/Dublin",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Auckland",
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "Europe/Athens",
    "Asia/Seoul",
)
AROUND_CHANGES = [
    (zone, day + timedelta(days=shift))
    for zone in ZONES
    for day in offset_changes_2027(zone)
    for shift in (-1, 0, 1)
]
HOURS = parse_weekly_hours(
    "Mon-Sun 00:00-01:00, 01:30-02:30, 02:45-03:15, 08:10-15:40, 23:00-24:00"
)


@pytest.mark.parametrize(("zone", "day"), AROUND_CHANGES)
def test_hours_on_days_around_each_2027_change_match_zoneinfo(zone: str, day: date) -> None:
    assert tuple(place(HOURS, zone, day)) == windows(HOURS, zone, day)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.dates(date(2027, 1, 1), date(2027, 12, 31)),
    st.integers(0, 1435),
    st.integers(5, 1440),
)
def test_any_window_on_any_day_matches_zoneinfo(
    zone: str, day: date, start: int, length: int
) -> None:
    end = min(start + length, 1440)
    hours = parse_weekly_hours(
        f"Mon-Sun {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
    )
    assert tuple(place(hours, zone, day)) == windows(hours, zone, day)
    assert place(hours, zone, day) == intervals_on(hours, zone, day)


@pytest.mark.parametrize("zone", ZONES)
def test_offset_changes_are_found_on_the_days_zoneinfo_has_them(zone: str) -> None:
    found = offset_changes(zone, date(2027, 1, 1), date(2027, 12, 31))
    expected = offset_changes_2027(zone)
    assert len(found) == len(expected)
    for change, near in zip(found, expected, strict=True):
        assert abs((change.day - near).days) <= 1


def test_an_offset_change_knows_both_abbreviations_and_the_size_of_the_jump() -> None:
    (spring,) = offset_changes("America/New_York", date(2027, 3, 1), date(2027, 3, 31))
    assert (spring.day, spring.before, spring.after, spring.minutes) == (
        date(2027, 3, 14),
        "EST",
        "EDT",
        60,
    )
    (autumn,) = offset_changes("Australia/Lord_Howe", date(2027, 4, 1), date(2027, 4, 30))
    assert autumn.minutes == -30
    (dublin,) = offset_changes("Europe/Dublin", date(2027, 10, 1), date(2027, 10, 31))
    assert (dublin.before, dublin.after, dublin.minutes) == ("IST", "GMT", -60)
