"""The ratings chart: weekly means, and a PNG even before anyone has answered."""

from datetime import date
from itertools import pairwise

from bot.feedback.ratings_chart import date_ticks, rating_marks, ratings_chart, weekly_means


def test_weekly_means_group_ratings_by_monday_to_sunday_weeks():
    points = [(date(2027, 3, 8), 4), (date(2027, 3, 14), 5), (date(2027, 3, 17), 2)]
    assert weekly_means(points) == [(date(2027, 3, 8), 4.5), (date(2027, 3, 15), 2.0)]


def test_a_chart_without_ratings_is_still_a_png():
    assert ratings_chart([], "Ratings").startswith(b"\x89PNG\r\n\x1a\n")


def test_equal_ratings_of_one_day_are_one_mark_that_counts_them():
    points = [(date(2027, 3, 9), 4), (date(2027, 3, 9), 4), (date(2027, 3, 9), 5)]
    assert rating_marks(points) == [(date(2027, 3, 9), 4, 2), (date(2027, 3, 9), 5, 1)]


def test_dates_read_as_day_and_month_with_the_year_where_it_starts_or_changes():
    assert date_ticks(date(2027, 3, 2), date(2027, 3, 20)) == [
        (date(2027, 3, 1), "1 Mar 2027"),
        (date(2027, 3, 8), "8 Mar"),
        (date(2027, 3, 15), "15 Mar"),
    ]
    over_new_year = [label for _, label in date_ticks(date(2027, 12, 20), date(2028, 1, 5))]
    assert over_new_year == ["20 Dec 2027", "27 Dec", "3 Jan 2028"]


def test_a_long_term_gets_at_most_eight_evenly_spaced_marks():
    ticks = date_ticks(date(2027, 3, 1), date(2027, 8, 31))
    assert len(ticks) <= 8
    gaps = {(later - earlier).days for (earlier, _), (later, _) in pairwise(ticks)}
    assert len(gaps) == 1 and all(day.weekday() == 0 for day, _ in ticks)
