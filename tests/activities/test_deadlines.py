"""Deadlines on the owner school's calendar: moved off closed days, never in the past, never
before the step they answer, whatever the zones, calendars and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from bot.activities.deadlines import StepOwner, place_deadlines, planned_dates
from bot.schools.closed_days import SchoolCalendar
from bot.times.local_time import to_local
from bot.times.vacations import DateRange
from tests.support.school_strategies import CALENDARS, ZONES

NOW = datetime(2027, 1, 11, tzinfo=UTC)
SEOUL = StepOwner("KR", "Asia/Seoul", SchoolCalendar("KR", None, ()))
NEW_YORK = StepOwner("US", "America/New_York", SchoolCalendar("US", "NY", ()))
MELBOURNE = StepOwner("AU", "Australia/Melbourne", SchoolCalendar("AU", "VIC", ()))


def test_a_deadline_on_a_korean_holiday_moves_to_the_previous_school_day() -> None:
    (deadline,) = place_deadlines([SEOUL], [date(2027, 3, 1)], NOW)  # Independence Movement Day
    assert deadline.due == date(2027, 2, 26)  # Friday; the weekend between is closed too
    assert deadline.moved_from is not None
    assert str(deadline.moved_from.name) == "Independence Movement Day"


def test_a_deadline_on_a_victorian_holiday_moves_to_the_previous_school_day() -> None:
    (deadline,) = place_deadlines([MELBOURNE], [date(2027, 3, 8)], NOW)  # Labour Day (VIC)
    assert deadline.due == date(2027, 3, 5)
    assert deadline.moved_from is not None and "Labo" in str(deadline.moved_from.name)


def test_a_deadline_whose_previous_school_day_is_past_moves_to_the_next_one() -> None:
    """Melbourne is on its summer vacation until late January: the last school day before
    Australia Day was in December, so the deadline goes to the first day back."""
    (deadline,) = place_deadlines([MELBOURNE], [date(2027, 1, 26)], NOW)
    assert deadline.due > date(2027, 1, 26)
    assert MELBOURNE.calendar.is_open(deadline.due)
    assert all(
        not MELBOURNE.calendar.is_open(date(2027, 1, 26) + timedelta(days=n))
        for n in range((deadline.due - date(2027, 1, 26)).days)
    )


def test_a_reply_never_falls_due_before_what_it_answers() -> None:
    """Seoul posts by Friday 26 Feb (moved back off 1 Mar); New York's reply planned for the
    same Friday is due at its end in New York, after Seoul's deadline."""
    post, reply = place_deadlines([SEOUL, NEW_YORK], [date(2027, 3, 1), date(2027, 2, 26)], NOW)
    assert post.due == date(2027, 2, 26)
    assert reply.end > post.end


def test_deadlines_end_at_local_midnight_across_the_daylight_saving_change() -> None:
    """New York moves to EDT on 14 Mar 2027: the end of its 24 Mar is 04:00 UTC, of its
    10 Mar 05:00 UTC."""
    before, after = place_deadlines(
        [NEW_YORK, NEW_YORK], [date(2027, 3, 10), date(2027, 3, 24)], NOW
    )
    assert before.end == datetime(2027, 3, 11, 5, tzinfo=UTC)
    assert after.end == datetime(2027, 3, 25, 4, tzinfo=UTC)


def test_planned_dates_follow_the_gaps() -> None:
    assert planned_dates(date(2027, 3, 10), [14, 7]) == [
        date(2027, 3, 10),
        date(2027, 3, 24),
        date(2027, 3, 31),
    ]


owners = st.builds(
    lambda zone, calendar, breaks: StepOwner(
        f"{calendar[0]}-{zone}", zone, SchoolCalendar(calendar[0], calendar[1], breaks)
    ),
    st.sampled_from(ZONES),
    st.sampled_from(CALENDARS),
    st.lists(
        st.builds(
            lambda start, days: DateRange(start, start + timedelta(days=days)),
            st.dates(date(2027, 1, 1), date(2027, 12, 31)),
            st.integers(0, 40),
        ),
        max_size=2,
    ).map(tuple),
)


@given(
    st.lists(owners, min_size=1, max_size=4),
    st.dates(date(2027, 1, 1), date(2027, 10, 31)),
    st.lists(st.integers(0, 30), min_size=3, max_size=3),
    st.integers(0, 23),
)
def test_every_deadline_lands_on_an_open_day_of_its_owner_in_order_and_not_in_the_past(
    steps: list[StepOwner], first: date, gaps: list[int], hour: int
) -> None:
    now = NOW + timedelta(hours=hour)
    planned = planned_dates(first, gaps[: len(steps) - 1])
    deadlines = place_deadlines(steps, planned, now)
    assert [d.owner for d in deadlines] == steps
    for deadline in deadlines:
        assert deadline.owner.calendar.is_open(deadline.due)
        assert deadline.due >= to_local(now, deadline.owner.zone).date()
        if deadline.due == deadline.planned:
            assert deadline.moved_from is None
    for earlier, later in pairwise(deadlines):
        assert later.end > earlier.end


@given(owners, st.dates(date(2027, 1, 12), date(2027, 12, 31)))
def test_a_deadline_moves_back_whenever_an_open_day_before_it_is_still_ahead(
    owner: StepOwner, planned: date
) -> None:
    (deadline,) = place_deadlines([owner], [planned], NOW)
    today = to_local(NOW, owner.zone).date()
    open_before = [
        planned - timedelta(days=n)
        for n in range((planned - today).days + 1)
        if owner.calendar.is_open(planned - timedelta(days=n))
    ]
    if open_before:
        assert deadline.due == open_before[0]  # the nearest open day on or before the plan
    else:
        assert deadline.due > planned
