"""Where a series' occurrences land, checked against an oracle that walks every quarter hour of
the week with zoneinfo and the holidays package, across daylight-saving changes in both
hemispheres; the rule's dates; and who carries the after-school hour."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.schools.profile import SchoolProfile
from bot.sessions.series_plan import (
    FairHours,
    SeriesPlan,
    SeriesRequest,
    occurrence_date,
    occurrences_until,
    plan_series,
)
from bot.times.availability import Interval
from bot.times.vacations import DateRange
from storage.models import OccurrenceObstacle, Placement, SeriesCadence
from tests.support.school_strategies import (
    CALENDARS,
    ZONES,
    profile,
    random_schools,
    transition_days,
)
from tests.support.time_oracle import QUARTER, closed, local_date, valid_starts, wall_utc, windows

NOW = datetime(2026, 12, 1, tzinfo=UTC)


# ---- the oracle: the rules as the README states them, walked quarter hour by quarter hour


def _inside(school: SchoolProfile, hours_of: str, start: datetime, end: datetime) -> bool:
    hours = school.class_hours if hours_of == "class" else school.availability
    day = local_date(start, school.timezone)
    return any(low <= start and end <= high for low, high in windows(hours, school.timezone, day))


def oracle_fits(request: SeriesRequest, start: datetime, taken: list[Interval]) -> bool:
    end = start + timedelta(minutes=request.duration)
    return (
        start >= request.not_before
        and all(
            not closed(school, local_date(start, school.timezone))
            and _inside(school, "any", start, end)
            for school in request.schools
        )
        and not any(low < end and start < high for low, high in taken)
    )


def oracle_after_school(request: SeriesRequest, start: datetime) -> tuple[str, ...]:
    end = start + timedelta(minutes=request.duration)
    return tuple(s.id for s in request.schools if not _inside(s, "class", start, end))


def oracle_week(instant: datetime, zone: str) -> tuple[datetime, datetime]:
    day = local_date(instant, zone)
    monday = day - timedelta(days=day.weekday())
    return wall_utc(monday, 0, zone), wall_utc(monday + timedelta(days=7), 0, zone)


def oracle_place(
    request: SeriesRequest, planned: datetime, taken: list[Interval], turn: str
) -> tuple[Placement, datetime | None]:
    if oracle_fits(request, planned, taken):
        return Placement.AS_PLANNED, planned
    low, high = oracle_week(planned, request.proposer.timezone)
    starts = []
    start = low
    while start < high:
        if oracle_fits(request, start, taken):
            starts.append(start)
        start += QUARTER
    if not starts:
        return Placement.SKIPPED, None
    same_turn = [s for s in starts if turn and oracle_after_school(request, s) == (turn,)]
    best = min(same_turn or starts, key=lambda s: (abs(s - planned), s))
    return Placement.MOVED, best


def assert_placed_as_the_oracle_says(plan: SeriesPlan) -> None:
    request = plan.request
    taken = list(request.taken)
    length = timedelta(minutes=request.duration)
    for steps, occurrence in enumerate(plan.occurrences):
        turn = plan.hours[steps % len(plan.hours)].carrier
        placement, start = oracle_place(request, occurrence.planned, taken, turn)
        assert (occurrence.placement, occurrence.slot and occurrence.slot.start) == (
            placement,
            start,
        ), f"occurrence {occurrence.position} planned {occurrence.planned}"
        if start is not None:
            assert occurrence.slot is not None and occurrence.slot.end == start + length
            assert occurrence.after_school_for == oracle_after_school(request, start)
            assert oracle_week(start, request.proposer.timezone) == oracle_week(
                occurrence.planned, request.proposer.timezone
            )
            taken.append((start, start + length))
        else:
            assert occurrence.hindrance is not None


# ---- the rule's dates and wall times, by zoneinfo and the calendar module


def oracle_date(first: date, cadence: SeriesCadence, steps: int) -> date:
    weeks = {"1w": 1, "2w": 2, "3w": 3, "4w": 4}
    if cadence.value in weeks:
        return first + timedelta(weeks=weeks[cadence.value] * steps)
    month_index = first.month - 1 + steps
    year, month = first.year + month_index // 12, month_index % 12 + 1
    days = [
        week[first.weekday()]
        for week in calendar.monthcalendar(year, month)
        if week[first.weekday()]
    ]
    nth = (first.day - 1) // 7
    return date(year, month, days[nth] if nth < 4 else days[-1])


def assert_planned_on_the_rule(plan: SeriesPlan) -> None:
    """Without turns, the k-th occurrence is planned on the rule's k-th date at the first's wall
    time on the proposer's clock; with turns, each turn keeps its carrier's wall time."""
    request = plan.request
    zone = request.proposer.timezone
    first_local = request.first_start.astimezone(ZoneInfo(zone))
    for steps, occurrence in enumerate(plan.occurrences):
        day = oracle_date(first_local.date(), request.cadence, steps)
        hour = plan.hours[steps % len(plan.hours)]
        if steps == 0:
            assert occurrence.planned == request.first_start
        elif plan.fair_hours is not FairHours.TAKING_TURNS:
            minutes = first_local.hour * 60 + first_local.minute
            assert occurrence.planned == wall_utc(day, minutes, zone)
        else:
            assert occurrence.planned == wall_utc(
                day + timedelta(days=hour.day_offset), hour.minutes, hour.zone
            )


def assert_turns_follow_the_rule(plan: SeriesPlan) -> None:
    """Turns only when the first session is after school for one school alone and its date has
    no time in class for both; the other turn is the nearest time after school for the other
    school alone."""
    request = plan.request
    if plan.fair_hours is not FairHours.TAKING_TURNS:
        return
    zone = request.proposer.timezone
    day = local_date(request.first_start, zone)
    span = (wall_utc(day, 0, zone), wall_utc(day, 24 * 60, zone))
    a, b = request.schools
    starts = valid_starts(
        a, b, a.availability, b.availability, span, request.duration, open_only=False
    )
    kinds = {start: oracle_after_school(request, start) for start in starts}
    first = kinds[request.first_start]
    assert len(first) == 1 and all(kinds.values())
    theirs = [s for s, kind in kinds.items() if len(kind) == 1 and kind != first]
    other = min(theirs, key=lambda s: (abs(s - request.first_start), s))
    hour = plan.hours[1]
    assert (hour.carrier,) == kinds[other] and wall_utc(
        day + timedelta(days=hour.day_offset), hour.minutes, hour.zone
    ) == other


# ---- random series: zones and calendars of both hemispheres, dates around DST changes


@st.composite
def series_requests(draw: st.DrawFn) -> SeriesRequest:
    first_day = draw(
        st.one_of(
            st.sampled_from(transition_days).map(lambda day: day - timedelta(days=9)),
            st.dates(date(2027, 1, 4), date(2027, 11, 20)),
        )
    )
    schools = draw(random_schools(first_day, break_offsets=(0, 40), break_days=9))
    duration = draw(st.sampled_from([30, 45, 60, 90]))
    return draw(_series_of(schools[0], schools[1], first_day, duration))


@st.composite
def _series_of(
    draw: st.DrawFn,
    proposer: SchoolProfile,
    partner: SchoolProfile,
    first_day: date,
    duration: int,
    fair_hours: bool | None = None,
) -> SeriesRequest:
    """A series of the two schools from `first_day`: mostly at a time that fits that day."""
    day = (
        wall_utc(first_day, 0, proposer.timezone),
        wall_utc(first_day, 24 * 60, proposer.timezone),
    )
    fitting = valid_starts(
        proposer, partner, proposer.availability, partner.availability, day, duration
    )
    if fitting and draw(st.booleans()):
        first_start = draw(st.sampled_from(fitting))
    else:
        first_start = day[0] + QUARTER * draw(st.integers(0, 95))
        first_start -= timedelta(minutes=first_start.minute % 15)
    taken = tuple(
        (start, start + timedelta(minutes=draw(st.sampled_from([45, 60, 120]))))
        for start in (
            first_start + QUARTER * draw(st.integers(-200, 4000))
            for _ in range(draw(st.integers(0, 3)))
        )
    )
    return SeriesRequest(
        proposer,
        partner,
        first_start,
        duration,
        draw(st.sampled_from(list(SeriesCadence))),
        tuple(range(1, draw(st.integers(2, 5)) + 1)),
        not_before=first_start - QUARTER * draw(st.integers(0, 700)),
        taken=taken,
        fair_hours=draw(st.booleans()) if fair_hours is None else fair_hours,
    )


@st.composite
def turn_taking_requests(draw: st.DrawFn) -> SeriesRequest:
    """Two schools whose class hours only touch, each with an after-school hour reaching into
    the other's class time (Seoul and Paris in winter), in zones that change clocks."""
    first_day = draw(
        st.sampled_from(transition_days).map(lambda day: day - timedelta(days=9))
        | st.dates(date(2027, 1, 4), date(2027, 11, 20))
    )
    zones = draw(st.lists(st.sampled_from(ZONES), min_size=2, max_size=2, unique=True))
    noon = datetime.combine(first_day, datetime.min.time(), UTC) + timedelta(hours=12)
    shift = (
        int(
            (
                noon.astimezone(ZoneInfo(zones[1])).utcoffset()
                - noon.astimezone(ZoneInfo(zones[0])).utcoffset()
            ).total_seconds()  # type: ignore[operator]
        )
        // 60
    )
    a_start = draw(st.integers(6 * 60, 10 * 60).map(lambda m: m - m % 15))
    a_length = draw(st.integers(5 * 60, 8 * 60).map(lambda m: m - m % 15))
    b_start = a_start + a_length + shift  # the other school starts class as the first ends it
    assume(b_start >= 60 and b_start + 6 * 60 <= 24 * 60)
    country_a, country_b = (draw(st.sampled_from(CALENDARS)) for _ in range(2))
    weekdays = "Mon-Fri"
    first = profile(
        "a",
        zones[0],
        f"{weekdays} {_hhmm(a_start)}-{_hhmm(a_start + a_length)}",
        f"{weekdays} {_hhmm(a_start + a_length)}-{_hhmm(a_start + a_length + 120)}",
        *country_a,
    )
    second = profile(
        "b",
        zones[1],
        f"{weekdays} {_hhmm(b_start)}-{_hhmm(b_start + 6 * 60)}",
        f"{weekdays} {_hhmm(b_start - 60)}-{_hhmm(b_start)}",
        *country_b,
    )
    proposer, partner = (first, second) if draw(st.booleans()) else (second, first)
    return draw(_series_of(proposer, partner, first_day, 60, fair_hours=True))


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series_requests() | turn_taking_requests())
def test_every_occurrence_lands_where_the_oracle_says(request: SeriesRequest) -> None:
    plan = plan_series(request)
    assert_planned_on_the_rule(plan)
    assert_turns_follow_the_rule(plan)
    assert_placed_as_the_oracle_says(plan)


# ---- fair hours: Seoul after school, or Paris early, never both in class


def school(
    school_id: str, country: str, zone: str, city: str, class_hours: str, after_school: str
) -> SchoolProfile:
    return replace(profile(school_id, zone, class_hours, after_school, country), city=city)


SEOUL = school(
    "KR-hanbit", "KR", "Asia/Seoul", "Seoul", "Mon-Fri 09:00-16:00", "Mon-Fri 16:00-18:00"
)
PARIS = school(
    "FR-moliere", "FR", "Europe/Paris", "Paris", "Mon-Fri 08:00-16:00", "Mon-Fri 07:00-08:00"
)
MON_8_MARCH_1500_KST = datetime(2027, 3, 8, 6, 0, tzinfo=UTC)  # 07:00 CET: early for Paris


def seoul_paris(**changes: object) -> SeriesPlan:
    values: dict[str, object] = {
        "proposer": SEOUL,
        "partner": PARIS,
        "first_start": MON_8_MARCH_1500_KST,
        "duration": 60,
        "cadence": SeriesCadence.WEEKLY,
        "positions": tuple(range(1, 7)),
        "not_before": NOW,
    }
    values.update(changes)
    return plan_series(SeriesRequest(**values))  # type: ignore[arg-type]


def test_the_after_school_hour_takes_turns_across_a_holiday_and_a_dst_change() -> None:
    plan = seoul_paris()
    assert plan.fair_hours is FairHours.TAKING_TURNS
    carriers = [o.after_school_for for o in plan.occurrences]
    assert carriers == [("FR-moliere",), ("KR-hanbit",)] * 3
    assert [(school.id, n) for school, n in plan.after_school_counts()] == [
        ("KR-hanbit", 3),
        ("FR-moliere", 3),
    ]
    # Paris keeps 07:00 on its own clock after it moves to CEST on 28 March: 14:00 in Seoul
    fifth = plan.occurrences[4].slot
    assert fifth is not None and fifth.start == datetime(2027, 4, 5, 5, 0, tzinfo=UTC)
    # 29 March is Easter Monday in Paris: Seoul's turn moves within the week and stays Seoul's
    fourth = plan.occurrences[3]
    assert fourth.placement is Placement.MOVED
    assert fourth.hindrance is not None and fourth.hindrance.kind is OccurrenceObstacle.CLOSED
    assert str(fourth.hindrance.name) == "Easter Monday"
    assert fourth.after_school_for == ("KR-hanbit",)


def test_without_fair_hours_every_session_keeps_the_proposers_wall_time() -> None:
    plan = seoul_paris(fair_hours=False)
    assert plan.fair_hours is FairHours.OFF
    as_planned = [o for o in plan.occurrences if o.placement is Placement.AS_PLANNED]
    assert {o.slot.start.astimezone(ZoneInfo("Asia/Seoul")).hour for o in as_planned if o.slot} == {
        15
    }
    # 15:00 in Seoul is 07:00 in Paris until 28 March, then 08:00 and in class for both; the
    # Easter Monday occurrence moves to the nearest time that week, Tuesday 07:00 in Paris
    counts = {s.id: n for s, n in plan.after_school_counts()}
    assert counts == {"KR-hanbit": 0, "FR-moliere": 4}


def test_shared_class_time_needs_no_turns() -> None:
    paris_all_day = school(
        "FR-all", "FR", "Europe/Paris", "Paris", "Mon-Fri 07:00-17:00", "Mon-Fri 17:00-18:00"
    )
    plan = seoul_paris(partner=paris_all_day)  # 15:00 KST is 07:00 CET: class for both
    assert plan.fair_hours is FairHours.NOT_NEEDED
    assert all(o.after_school_for == () for o in plan.placed)


def test_when_only_one_school_can_stay_late_the_hour_cannot_take_turns() -> None:
    paris_no_early = school("FR-late", "FR", "Europe/Paris", "Paris", "Mon-Fri 08:00-16:00", "")
    plan = seoul_paris(
        partner=paris_no_early, first_start=MON_8_MARCH_1500_KST + timedelta(hours=1)
    )
    assert plan.fair_hours is FairHours.ONE_SIDED
    assert len(plan.hours) == 1
    # Seoul stays late every time, but for Easter Monday's move: the nearest time that week,
    # Tuesday 15:00 in Seoul, is in class for both once Paris is on CEST
    counts = {s.id: n for s, n in plan.after_school_counts()}
    assert counts == {"KR-hanbit": 5, "FR-late": 0}


def test_an_occurrence_with_no_time_that_week_is_skipped() -> None:
    week_off = DateRange(date(2027, 3, 15), date(2027, 3, 21))
    paris_off = replace(PARIS, vacations=(week_off,))
    plan = seoul_paris(partner=paris_off)
    second = plan.occurrences[1]
    assert second.placement is Placement.SKIPPED and second.slot is None
    assert second.hindrance is not None and second.hindrance.school == paris_off
    assert len(plan.placed) == 5


def test_an_occurrence_clashing_with_another_session_moves() -> None:
    taken = (
        (
            MON_8_MARCH_1500_KST + timedelta(weeks=2),
            MON_8_MARCH_1500_KST + timedelta(weeks=2, hours=1),
        ),
    )
    plan = seoul_paris(taken=taken)
    third = plan.occurrences[2]
    assert third.placement is Placement.MOVED
    assert third.hindrance is not None and third.hindrance.kind is OccurrenceObstacle.CLASH
    assert third.slot is not None and not (
        third.slot.start < taken[0][1] and taken[0][0] < third.slot.end
    )


# ---- the rule's dates


def test_monthly_means_the_same_weekday_of_the_same_week() -> None:
    second_tuesday = date(2027, 3, 9)
    assert [occurrence_date(second_tuesday, SeriesCadence.MONTHLY, k) for k in range(4)] == [
        date(2027, 3, 9),
        date(2027, 4, 13),
        date(2027, 5, 11),
        date(2027, 6, 8),
    ]


def test_a_fifth_weekday_reads_as_the_months_last() -> None:
    fifth_wednesday = date(2027, 3, 31)
    assert occurrence_date(fifth_wednesday, SeriesCadence.MONTHLY, 1) == date(2027, 4, 28)


def test_until_counts_the_rules_dates_up_to_and_including_it() -> None:
    first = date(2027, 3, 8)
    assert occurrences_until(first, SeriesCadence.EVERY_2_WEEKS, date(2027, 5, 17)) == 6
    assert occurrences_until(first, SeriesCadence.EVERY_2_WEEKS, date(2027, 5, 16)) == 5
