"""The ratings chart: weekly means, and a PNG even before anyone has answered."""

from datetime import date

from bot.feedback.ratings_chart import ratings_chart, weekly_means


def test_weekly_means_group_ratings_by_monday_to_sunday_weeks():
    points = [(date(2027, 3, 8), 4), (date(2027, 3, 14), 5), (date(2027, 3, 17), 2)]
    assert weekly_means(points) == [(date(2027, 3, 8), 4.5), (date(2027, 3, 15), 2.0)]


def test_a_chart_without_ratings_is_still_a_png():
    assert ratings_chart([], "Ratings").startswith(b"\x89PNG\r\n\x1a\n")
