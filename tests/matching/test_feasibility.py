"""The tie-up's time rule: the fast per-pattern path agrees with `bot.times.availability`."""

from dataclasses import replace
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.matching.feasibility import ReferenceWeek, TimePattern, coming_monday, feasible
from bot.schools.profile import SchoolProfile
from bot.times.availability import intersect, intervals_between, longest_minutes, reference_week
from bot.times.vacations import DateRange
from bot.times.weekly_hours import WeeklyHours, Window, parse_weekly_hours

# Zones with DST of both signs and sizes, the date line, and odd offsets.
ZONES = (
    "Asia/Seoul",
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Pacific/Chatham",
    "Asia/Kolkata",
    "Europe/Dublin",
    "America/St_Johns",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Etc/GMT+12",
)
DST_WEEKS = (
    date(2027, 3, 8),
    date(2027, 3, 14),
    date(2027, 3, 28),
    date(2027, 4, 4),
    date(2027, 10, 31),
    date(2027, 11, 7),
    date(2027, 9, 26),
)

windows = st.builds(
    lambda day, start, length: Window(day, start, min(start + length, 1440)),
    st.integers(0, 6),
    st.integers(0, 1439),
    st.integers(1, 600),
)
weekly = st.lists(windows, max_size=8).map(
    lambda found: WeeklyHours().union(WeeklyHours(tuple(found)))
)
weeks = st.one_of(st.sampled_from(DST_WEEKS), st.dates(date(2024, 1, 1), date(2031, 12, 31)))
patterns = st.builds(
    lambda zone, class_hours, extra: TimePattern(zone, class_hours, class_hours.union(extra)),
    st.sampled_from(ZONES),
    weekly,
    weekly,
)


def reference(pattern: TimePattern, week_of: date, class_only: bool = False):
    """The rule as `bot/times/availability.py` states it: placed intervals of the reference week."""
    monday, sunday = reference_week(week_of)
    hours = pattern.class_hours if class_only else pattern.availability
    return intervals_between(hours, pattern.zone, monday, sunday)


@settings(max_examples=150, deadline=None)
@given(patterns, weeks)
def test_a_pattern_is_placed_exactly_as_availability_places_it(pattern, week_of):
    week = ReferenceWeek(week_of)
    placed = [(week.instant(s), week.instant(e)) for s, e in week.ranges(pattern)]
    assert placed == reference(pattern, week_of)


@settings(max_examples=300, deadline=None)
@given(patterns, patterns, weeks, st.integers(1, 240))
def test_overlap_and_meeting_agree_with_the_interval_rule(a, b, week_of, duration):
    week = ReferenceWeek(week_of)
    shared = intersect(reference(a, week_of), reference(b, week_of))
    in_class = intersect(reference(a, week_of, True), reference(b, week_of, True))
    overlap = week.overlap(a, b)
    assert overlap.any_minutes == longest_minutes(shared)
    assert overlap.class_minutes == longest_minutes(in_class)
    assert week.meets(a, b, duration) == (longest_minutes(shared) >= duration)
    assert week.shared(a, b) == shared


@settings(max_examples=60, deadline=None)
@given(
    st.lists(patterns, min_size=1, max_size=5), st.lists(patterns, min_size=1, max_size=5), weeks
)
def test_a_table_of_many_patterns_holds_each_pair_s_overlap(rows, cols, week_of):
    week = ReferenceWeek(week_of)
    any_minutes, class_minutes = week.overlap_table(rows, cols)
    for i, a in enumerate(rows):
        for j, b in enumerate(cols):
            assert any_minutes[i, j] == longest_minutes(
                intersect(reference(a, week_of), reference(b, week_of))
            )
            assert class_minutes[i, j] == longest_minutes(
                intersect(reference(a, week_of, True), reference(b, week_of, True))
            )


def school(
    zone: str,
    country: str,
    side: str,
    class_hours: str,
    after: str = "",
    languages: tuple[str, ...] = ("en",),
    level: str = "middle",
) -> SchoolProfile:
    return SchoolProfile(
        id=f"{country}-{side}",
        name=f"{country} school",
        program_id=1,
        side=side,
        country=country,
        subdivision=None,
        city="",
        timezone=zone,
        level=level,
        grades=(),
        languages=languages,
        topics=(),
        quota=1,
        class_hours=parse_weekly_hours(class_hours),
        after_school_hours=parse_weekly_hours(after),
        vacations=(),
    )


SEOUL = school("Asia/Seoul", "KR", "home", "Mon-Fri 09:00-16:00")
PARIS = school("Europe/Paris", "FR", "partner", "Mon-Fri 08:00-12:00")
NEW_YORK = school("America/New_York", "US", "partner", "Mon-Fri 19:00-21:00")


def test_a_paris_school_meets_seoul_only_once_europe_is_on_summer_time():
    # Paris 08:00 is 16:00 in Seoul under CET (Seoul's day is over), 15:00 under CEST.
    assert not feasible(SEOUL, PARIS, ReferenceWeek(date(2027, 3, 15)), 60)
    assert feasible(SEOUL, PARIS, ReferenceWeek(date(2027, 4, 5)), 60)


def test_a_new_york_evening_meets_the_seoul_morning_only_after_the_us_change():
    # New York 19:00-21:00 EST is 09:00-11:00 next day in Seoul; from 14 March (EDT) it is
    # 08:00-10:00, one hour of which is before Seoul's classes begin.
    assert feasible(SEOUL, NEW_YORK, ReferenceWeek(date(2027, 3, 1)), 120)
    assert not feasible(SEOUL, NEW_YORK, ReferenceWeek(date(2027, 3, 15)), 120)
    assert feasible(SEOUL, NEW_YORK, ReferenceWeek(date(2027, 3, 15)), 60)


def test_vacations_do_not_count_for_feasibility():
    on_break = replace(PARIS, vacations=(DateRange(date(2027, 4, 1), date(2027, 4, 30)),))
    assert feasible(SEOUL, on_break, ReferenceWeek(date(2027, 4, 5)), 60)


def test_the_other_conditions_are_sides_countries_level_and_a_common_language():
    week = ReferenceWeek(date(2027, 4, 5))
    tokyo = school("Asia/Tokyo", "JP", "partner", "Mon-Fri 09:00-15:00")
    assert feasible(SEOUL, tokyo, week, 60)
    assert not feasible(tokyo, SEOUL, week, 60)  # the home school comes first
    assert not feasible(
        SEOUL, school("Asia/Seoul", "KR", "partner", "Mon-Fri 09:00-15:00"), week, 60
    )
    assert not feasible(
        SEOUL, school("Asia/Tokyo", "JP", "partner", "Mon-Fri 09:00-15:00", level="high"), week, 60
    )
    assert not feasible(
        SEOUL,
        school("Asia/Tokyo", "JP", "partner", "Mon-Fri 09:00-15:00", languages=("ja",)),
        week,
        60,
    )


def test_adjacent_class_and_after_school_hours_make_one_stretch():
    week = ReferenceWeek(date(2027, 3, 15))
    # Seoul 15:00-16:00 class then 16:00-17:00 after school: 120 min with Tokyo 15:00-17:00.
    seoul = school("Asia/Seoul", "KR", "home", "Mon 09:00-16:00", "Mon 16:00-17:00")
    tokyo = school("Asia/Tokyo", "JP", "partner", "Mon 15:00-17:00")
    assert week.overlap(TimePattern.of(seoul), TimePattern.of(tokyo)).any_minutes == 120
    assert feasible(seoul, tokyo, week, 120)


def test_the_coming_week_starts_on_the_next_monday():
    assert coming_monday(datetime(2027, 1, 13, 23, 0, tzinfo=UTC)) == date(2027, 1, 18)
    assert coming_monday(datetime(2027, 1, 18, 0, 0, tzinfo=UTC)) == date(2027, 1, 25)
    assert coming_monday(datetime(2027, 1, 17, 12, 0, tzinfo=UTC)) == date(2027, 1, 18)
