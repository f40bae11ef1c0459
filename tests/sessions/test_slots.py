"""Slot rules, checked against an independent oracle (zoneinfo, the holidays package, a scan)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.sessions.slots import (
    Obstacle,
    Refusal,
    RefusalKind,
    Shortfall,
    SlotRequest,
    Within,
    check_slot,
    checked_range,
    default_range,
    propose_slots,
    spread,
)
from bot.times.vacations import DateRange
from tests.support.school_strategies import (
    DST_ZONES,
    EARLY,
    ZONES,
    profile,
    random_schools,
    transition_days,
)
from tests.support.time_oracle import local_date, offset_changes_2027, valid_starts


def assert_obeys_the_rules(request: SlotRequest) -> None:
    """Every slot valid by the oracle; class hours preferred; none missed; dates spread."""
    proposal = propose_slots(request)
    a, b = request.caller, request.partner
    span = request.span
    by_class = valid_starts(a, b, a.class_hours, b.class_hours, span, request.duration)
    by_any = valid_starts(a, b, a.availability, b.availability, span, request.duration)
    expected_tier, expected = (
        (Within.CLASS_HOURS, by_class) if by_class else (Within.AFTER_SCHOOL, by_any)
    )
    starts = [slot.start for slot in proposal.slots]
    assert bool(starts) == bool(expected), (starts, expected[:3])
    if not expected:
        assert proposal.shortfall is not None
        assert_diagnosis_is_right(request, proposal.shortfall)
        return
    assert all(slot.within is expected_tier for slot in proposal.slots)
    assert set(starts) <= set(expected), "a slot the oracle rejects"
    for slot in proposal.slots:
        assert slot.start.tzinfo is not None and slot.start.utcoffset() == timedelta(0)
        assert slot.start.minute % 15 == 0 and slot.start.second == 0
        assert slot.end - slot.start == timedelta(minutes=request.duration)
        assert span[0] <= slot.start and slot.end <= span[1]
        assert slot.start >= request.not_before
    assert starts == sorted(starts) and len(starts) <= request.count
    for earlier, later in zip(proposal.slots, proposal.slots[1:], strict=False):
        assert earlier.end <= later.start, "slots overlap"
    dates = {local_date(start, a.timezone) for start in expected}
    chosen = [local_date(start, a.timezone) for start in starts]
    if len(dates) >= request.count:
        assert len(starts) == request.count and len(set(chosen)) == request.count
    else:
        assert set(chosen) == dates, "a date with a valid slot was left out"


def assert_diagnosis_is_right(request: SlotRequest, shortfall: Shortfall) -> None:
    a, b = request.caller, request.partner
    span = request.span
    year = (span[0], span[0] + timedelta(days=366))

    def meet(window: tuple[datetime, datetime], minutes: int, *, open_only: bool) -> bool:
        return bool(
            valid_starts(a, b, a.availability, b.availability, window, minutes, open_only=open_only)
        )

    if shortfall.obstacle is Obstacle.BLOCKED:
        assert meet(span, request.duration, open_only=False)
        assert shortfall.closures
    elif shortfall.obstacle is Obstacle.NO_OVERLAP:
        assert not meet(year, 15, open_only=False)
    elif shortfall.obstacle is Obstacle.TOO_SHORT:
        assert meet(year, shortfall.longest_minutes, open_only=False)
        assert not meet(year, request.duration, open_only=False)
    else:
        assert not meet(span, request.duration, open_only=False)
        assert meet(year, request.duration, open_only=False)
    nearest = shortfall.nearest
    if nearest is not None:
        assert not span[0] <= nearest.start < span[1] and nearest.start >= request.not_before
        assert meet((nearest.start, nearest.end), request.duration, open_only=True)


@st.composite
def requests(draw: st.DrawFn) -> SlotRequest:
    first = draw(
        st.one_of(
            st.sampled_from(transition_days).map(lambda day: day - timedelta(days=3)),
            st.dates(date(2027, 1, 1), date(2027, 12, 20)),
        )
    )
    last = first + timedelta(days=draw(st.integers(0, 8)))
    schools = draw(random_schools(first, break_offsets=(-2, 8), break_days=3))
    not_before = draw(
        st.one_of(
            st.just(EARLY),
            st.integers(0, 9 * 24 * 60).map(
                lambda minutes: (
                    datetime.combine(first, datetime.min.time(), UTC)
                    + timedelta(minutes=minutes, seconds=7)
                )
            ),
        )
    )
    return SlotRequest(
        schools[0],
        schools[1],
        first,
        last,
        not_before=not_before,
        duration=draw(st.sampled_from([15, 30, 45, 50, 60, 90, 120])),
        count=draw(st.integers(1, 6)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_every_proposal_obeys_the_slot_rules_by_zoneinfo(request: SlotRequest) -> None:
    assert_obeys_the_rules(request)


@pytest.mark.parametrize(
    ("zone", "change"),
    [(zone, day) for zone in DST_ZONES for day in offset_changes_2027(zone)],
)
def test_slots_around_every_2027_offset_change_match_zoneinfo(zone: str, change: date) -> None:
    """Both directions of every change, against every other zone, with windows that straddle
    the hours clocks jump; Friday–Saturday weekends keep the Sunday of the change open."""
    changing = profile("changing", zone, "Mon-Sun 00:00-04:00, 07:30-11:00, 16:00-23:45")
    for other_zone in ZONES:
        other = profile("other", other_zone, "Mon-Sun 00:00-24:00")
        for caller, partner in ((changing, other), (other, changing)):
            assert_obeys_the_rules(
                SlotRequest(
                    caller,
                    partner,
                    change - timedelta(days=3),
                    change + timedelta(days=3),
                    not_before=EARLY,
                    duration=45,
                    count=10,
                )
            )


def test_slots_fall_inside_class_hours_of_both_schools_in_their_own_zones() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    kathmandu = profile("ktm", "Asia/Kathmandu", "Sun-Fri 10:00-16:00", country="NP")
    proposal = propose_slots(
        SlotRequest(
            seoul, kathmandu, date(2027, 3, 15), date(2027, 3, 19), not_before=EARLY, count=3
        )
    )
    # 10:00 in Kathmandu (+05:45) is 13:15 in Seoul: the first slot both can make
    assert proposal.slots[0].start == datetime(2027, 3, 15, 4, 15, tzinfo=UTC)
    assert {slot.within for slot in proposal.slots} == {Within.CLASS_HOURS}


def test_after_school_hours_are_used_only_when_class_hours_never_overlap() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    new_york = profile(
        "ny",
        "America/New_York",
        "Mon-Fri 08:00-15:00",
        "Mon-Fri 15:00-20:30",
        country="US",
        subdivision="NY",
    )
    proposal = propose_slots(
        SlotRequest(
            seoul,
            new_york,
            date(2027, 3, 8),
            date(2027, 3, 12),
            not_before=EARLY,
            duration=60,
            count=3,
        )
    )
    assert proposal.slots and {s.within for s in proposal.slots} == {Within.AFTER_SCHOOL}
    # Tue 09:00 KST is Mon 19:00 EST, inside New York's after-school window
    assert proposal.slots[0].start == datetime(2027, 3, 9, 0, 0, tzinfo=UTC)


def test_slots_are_spread_over_the_range_on_different_weekdays() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    osaka = profile("osaka", "Asia/Tokyo", "Mon-Fri 08:30-15:30", country="JP")
    proposal = propose_slots(
        SlotRequest(
            seoul,
            osaka,
            date(2027, 5, 24),
            date(2027, 7, 16),
            not_before=EARLY,
            duration=60,
            count=5,
        )
    )
    days = [local_date(slot.start, "Asia/Seoul") for slot in proposal.slots]
    assert len(set(days)) == 5 and len({day.weekday() for day in days}) == 5
    assert days[-1] - days[0] > timedelta(weeks=5), "the picks cover the whole range"


def test_spread_takes_one_day_from_each_share() -> None:
    days = [date(2027, 3, 1) + timedelta(days=n) for n in range(10)]
    assert spread(days, 1) == [days[0]]
    assert spread(days, 10) == days
    assert len(set(spread(days, 4))) == 4


def test_schools_with_saturday_classes_meet_on_saturdays() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Sat 09:00-12:00", country="KR")
    osaka = profile("osaka", "Asia/Tokyo", "Sat 09:00-12:00", country="JP")
    proposal = propose_slots(
        SlotRequest(
            seoul,
            osaka,
            date(2027, 3, 8),
            date(2027, 3, 21),
            not_before=EARLY,
            duration=60,
            count=5,
        )
    )
    days = {local_date(slot.start, "Asia/Seoul") for slot in proposal.slots}
    assert days == {date(2027, 3, 13), date(2027, 3, 20)}


def test_public_holidays_of_either_country_are_never_proposed() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    osaka = profile("osaka", "Asia/Tokyo", "Mon-Fri 08:30-15:30", country="JP")
    proposal = propose_slots(
        SlotRequest(
            seoul,
            osaka,
            date(2027, 9, 13),
            date(2027, 9, 24),
            not_before=EARLY,
            duration=60,
            count=10,
        )
    )
    days = {local_date(slot.start, "Asia/Seoul") for slot in proposal.slots}
    chuseok = {date(2027, 9, 14), date(2027, 9, 15), date(2027, 9, 16)}
    japan = {date(2027, 9, 20), date(2027, 9, 23)}  # Respect for the Aged Day, Equinox
    assert days and not days & (chuseok | japan)
    assert date(2027, 9, 17) in days


def test_a_range_all_on_holidays_says_so_and_points_to_the_next_open_day() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    osaka = profile("osaka", "Asia/Tokyo", "Mon-Fri 08:30-15:30", country="JP")
    proposal = propose_slots(
        SlotRequest(seoul, osaka, date(2027, 9, 14), date(2027, 9, 16), not_before=EARLY)
    )
    assert proposal.shortfall is not None and proposal.shortfall.obstacle is Obstacle.BLOCKED
    assert {str(c.name) for _, c in proposal.shortfall.closures} >= {"Chuseok"}
    assert proposal.shortfall.nearest is not None
    assert local_date(proposal.shortfall.nearest.start, "Asia/Seoul") == date(2027, 9, 17)


def test_school_vacations_the_holidays_package_knows_are_avoided() -> None:
    munich = profile(
        "munich", "Europe/Berlin", "Mon-Fri 08:00-16:00", country="DE", subdivision="BY"
    )
    dublin = profile("dublin", "Europe/Dublin", "Mon-Fri 08:00-16:00", country="IE")
    summer = propose_slots(
        SlotRequest(munich, dublin, date(2027, 8, 2), date(2027, 8, 13), not_before=EARLY)
    )
    assert summer.shortfall is not None and summer.shortfall.obstacle is Obstacle.BLOCKED
    assert any(closure.kind == "school_vacation" for _, closure in summer.shortfall.closures)


def test_declared_breaks_are_avoided() -> None:
    seoul = profile(
        "seoul",
        "Asia/Seoul",
        "Mon-Fri 09:00-16:00",
        country="KR",
        vacations=(DateRange(date(2027, 3, 8), date(2027, 3, 10)),),
    )
    osaka = profile("osaka", "Asia/Tokyo", "Mon-Fri 08:30-15:30", country="JP")
    proposal = propose_slots(
        SlotRequest(seoul, osaka, date(2027, 3, 8), date(2027, 3, 12), not_before=EARLY, count=5)
    )
    assert {local_date(s.start, "Asia/Seoul") for s in proposal.slots} == {
        date(2027, 3, 11),
        date(2027, 3, 12),
    }


def test_hours_that_never_meet_are_reported_as_no_overlap() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    new_york = profile(
        "ny", "America/New_York", "Mon-Fri 08:00-15:00", country="US", subdivision="NY"
    )
    proposal = propose_slots(
        SlotRequest(seoul, new_york, date(2027, 3, 1), date(2027, 4, 30), not_before=EARLY)
    )
    assert proposal.slots == ()
    assert proposal.shortfall is not None and proposal.shortfall.obstacle is Obstacle.NO_OVERLAP


def test_an_overlap_shorter_than_the_meeting_is_reported_with_its_length() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    dubai = profile("dubai", "Asia/Dubai", "Mon-Fri 10:15-14:00", country="AE")
    # 10:15 in Dubai is 15:15 in Seoul all year: 45 minutes before Seoul's day ends
    proposal = propose_slots(
        SlotRequest(
            seoul, dubai, date(2027, 1, 25), date(2027, 1, 29), not_before=EARLY, duration=60
        )
    )
    assert proposal.shortfall is not None and proposal.shortfall.obstacle is Obstacle.TOO_SHORT
    assert proposal.shortfall.longest_minutes == 45


def test_an_overlap_only_in_summer_time_is_reported_outside_the_range() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    athens = profile("athens", "Europe/Athens", "Mon-Fri 08:45-14:00", country="GR")
    # in winter 08:45 EET is 15:45 KST (15 minutes); from 28 March, EEST, it is 14:45 KST
    proposal = propose_slots(
        SlotRequest(
            seoul, athens, date(2027, 2, 1), date(2027, 2, 26), not_before=EARLY, duration=60
        )
    )
    assert proposal.shortfall is not None
    assert proposal.shortfall.obstacle is Obstacle.OUTSIDE_RANGE
    nearest = proposal.shortfall.nearest
    assert nearest is not None and local_date(nearest.start, "Asia/Seoul") == date(2027, 3, 29)
    assert nearest.start == datetime(2027, 3, 29, 5, 45, tzinfo=UTC)


def test_no_slot_starts_before_now() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    osaka = profile("osaka", "Asia/Tokyo", "Mon-Fri 08:30-15:30", country="JP")
    now = datetime(2027, 3, 8, 3, 7, tzinfo=UTC)  # Mon 12:07 in Seoul
    proposal = propose_slots(
        SlotRequest(seoul, osaka, date(2027, 3, 8), date(2027, 3, 8), not_before=now, count=1)
    )
    assert proposal.slots[0].start == datetime(2027, 3, 8, 3, 15, tzinfo=UTC)


def test_check_slot_names_the_rule_a_time_breaks() -> None:
    seoul = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
    osaka = profile("osaka", "Asia/Tokyo", "Mon-Fri 08:30-15:30", country="JP")
    hour = timedelta(hours=1)
    tuesday = datetime(2027, 3, 9, 0, 0, tzinfo=UTC)
    assert check_slot(seoul, osaka, tuesday, tuesday + hour).within is Within.CLASS_HOURS  # type: ignore[union-attr]
    off_grid = check_slot(seoul, osaka, tuesday + timedelta(minutes=5), tuesday + hour)
    assert isinstance(off_grid, Refusal) and off_grid.kind is RefusalKind.OFF_GRID
    chuseok = datetime(2027, 9, 15, 0, 0, tzinfo=UTC)
    closed = check_slot(seoul, osaka, chuseok, chuseok + hour)
    assert isinstance(closed, Refusal) and closed.kind is RefusalKind.CLOSED
    assert closed.school is seoul and closed.closure is not None
    evening = tuesday + 8 * hour  # 17:00 in both
    outside = check_slot(seoul, osaka, evening, evening + hour)
    assert isinstance(outside, Refusal) and outside.kind is RefusalKind.OUTSIDE_HOURS


def test_default_range_is_eight_weeks_starting_two_weeks_out() -> None:
    assert default_range(date(2027, 1, 11)) == (date(2027, 1, 25), date(2027, 3, 21))


@pytest.mark.parametrize(
    ("first", "last", "says"),
    [
        (date(2027, 3, 9), date(2027, 3, 1), "before it starts"),
        (date(2026, 1, 1), date(2026, 2, 1), "in the past"),
        (date(2027, 1, 12), date(2028, 6, 1), "at most a year"),
    ],
)
def test_unusable_ranges_are_refused_with_the_reason(first: date, last: date, says: str) -> None:
    with pytest.raises(UserError, match=says):
        checked_range(date(2027, 1, 11), first, last)


def test_an_end_alone_gets_a_start_before_it() -> None:
    assert checked_range(date(2027, 1, 11), None, date(2027, 1, 20)) == (
        date(2027, 1, 11),
        date(2027, 1, 20),
    )
