"""Shared time as teachers read it: weekday ranges in both zones, with abbreviations."""

from datetime import UTC, date, datetime

from bot.matching.feasibility import ReferenceWeek, TimePattern
from bot.times.overlap_text import clock_range, day_list, describe_overlaps
from bot.times.weekly_hours import parse_weekly_hours


def shared(zone_a: str, hours_a: str, zone_b: str, hours_b: str, week_of: date):
    a = parse_weekly_hours(hours_a)
    b = parse_weekly_hours(hours_b)
    week = ReferenceWeek(week_of)
    return week.shared(TimePattern(zone_a, a, a), TimePattern(zone_b, b, b))


def test_days_with_the_same_times_are_grouped_and_shown_in_both_zones():
    pieces = shared(
        "Asia/Seoul", "Tue-Thu 10:00-11:30", "Asia/Tokyo", "Mon-Fri 08:00-15:00", date(2027, 3, 15)
    )
    assert describe_overlaps(pieces, "Asia/Seoul", "Asia/Tokyo") == [
        "Tue–Thu 10:00–11:30 KST = 10:00–11:30 JST"
    ]


def test_the_other_side_may_be_on_the_previous_local_day():
    pieces = shared(
        "Asia/Seoul",
        "Tue,Thu 08:00-10:00",
        "America/New_York",
        "Mon,Wed 17:00-20:00",
        date(2027, 1, 18),
    )
    assert describe_overlaps(pieces, "Asia/Seoul", "America/New_York") == [
        "Tue, Thu 08:00–10:00 KST = Mon, Wed 18:00–20:00 EST"
    ]


def test_abbreviations_follow_the_daylight_saving_in_force_that_week():
    winter = shared(
        "Asia/Seoul", "Mon 16:00-18:00", "Europe/Paris", "Mon 08:00-10:00", date(2027, 3, 15)
    )
    summer = shared(
        "Asia/Seoul", "Mon 15:00-17:00", "Europe/Paris", "Mon 08:00-10:00", date(2027, 4, 5)
    )
    assert describe_overlaps(winter, "Asia/Seoul", "Europe/Paris") == [
        "Mon 16:00–18:00 KST = 08:00–10:00 CET"
    ]
    assert describe_overlaps(summer, "Europe/Paris", "Asia/Seoul") == [
        "Mon 08:00–10:00 CEST = 15:00–17:00 KST"
    ]


def test_a_week_across_a_dst_change_is_shown_in_two_groups():
    # New York springs forward on Sunday 14 March 2027: Saturday and Sunday differ.
    pieces = shared(
        "America/New_York",
        "Sat-Sun 10:00-12:00",
        "Europe/London",
        "Sat-Sun 00:00-24:00",
        date(2027, 3, 8),
    )
    assert describe_overlaps(pieces, "America/New_York", "Europe/London") == [
        "Sat 10:00–12:00 EST = 15:00–17:00 GMT",
        "Sun 10:00–12:00 EDT = 14:00–16:00 GMT",
    ]


def test_ranges_ending_on_a_later_local_date_are_marked():
    start = datetime(2027, 1, 18, 23, 0, tzinfo=UTC)
    assert clock_range(start, datetime(2027, 1, 19, 0, 0, tzinfo=UTC)) == "23:00–24:00"
    assert clock_range(start, datetime(2027, 1, 19, 1, 0, tzinfo=UTC)) == "23:00–01:00+1"
    assert day_list([0, 1, 2, 4, 6]) == "Mon–Wed, Fri, Sun"
