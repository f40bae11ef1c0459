"""The reminder plan: calendar arithmetic on each school's wall clock, right across DST."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from bot.reminders.lead_times import DEFAULT_LEAD_TIMES, LeadTime
from bot.reminders.plan import (
    CHANNEL,
    COORDINATORS,
    JOINT,
    Clock,
    ReminderKind,
    SessionTimes,
    StepTimes,
    assistant,
    plan_reminders,
    split_missed,
    teachers,
)
from bot.schools.closed_days import SchoolCalendar
from bot.times.local_time import to_local, to_utc
from bot.times.vacations import parse_vacations

K = ReminderKind
SEOUL, PARIS = "Asia/Seoul", "Europe/Paris"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def seoul_paris(start: datetime, minutes: int = 60) -> SessionTimes:
    return SessionTimes(
        start=start,
        end=start + timedelta(minutes=minutes),
        home=Clock(SEOUL),
        schools=(("KR-a", Clock(SEOUL)), ("FR-b", Clock(PARIS))),
    )


def test_the_whole_plan_of_a_session_each_audience_on_its_own_wall_clock():
    # 15 June 2027 17:00 KST = 10:00 CEST; in March Paris is still on CET.
    plan = plan_reminders(seoul_paris(utc(2027, 6, 15, 8)), DEFAULT_LEAD_TIMES)
    assert {(p.kind, p.audience, p.due) for p in plan} == {
        (K.LEAD, CHANNEL, utc(2027, 3, 15, 8)),
        (K.LEAD, COORDINATORS, utc(2027, 3, 15, 8)),
        (K.LEAD, teachers("KR-a"), utc(2027, 3, 15, 8)),
        (K.LEAD, teachers("FR-b"), utc(2027, 3, 15, 9)),  # 10:00 CET, as on the day
        (K.PRELIMINARY, CHANNEL, utc(2027, 5, 15, 8)),
        (K.PRELIMINARY, teachers("KR-a"), utc(2027, 5, 15, 8)),
        (K.PRELIMINARY, teachers("FR-b"), utc(2027, 5, 15, 8)),
        (K.PRACTICE, CHANNEL, utc(2027, 6, 8, 8)),
        (K.PRACTICE, COORDINATORS, utc(2027, 6, 8, 8)),
        (K.PRACTICE, teachers("KR-a"), utc(2027, 6, 8, 8)),
        (K.PRACTICE, teachers("FR-b"), utc(2027, 6, 8, 8)),
        (K.DAY_BEFORE, CHANNEL, utc(2027, 6, 14, 8)),
        (K.DAY_BEFORE, teachers("KR-a"), utc(2027, 6, 14, 8)),
        (K.DAY_BEFORE, teachers("FR-b"), utc(2027, 6, 14, 8)),
        (K.AGENDA, JOINT, utc(2027, 6, 15, 7)),
        (K.END, JOINT, utc(2027, 6, 15, 9)),
    }
    assert [p.due for p in plan] == sorted(p.due for p in plan)


def test_preparation_is_useful_until_the_start_and_the_end_hook_for_a_week():
    session = seoul_paris(utc(2027, 6, 15, 8))
    for planned in plan_reminders(session, DEFAULT_LEAD_TIMES):
        if planned.kind is K.END:
            assert planned.useful_until == session.end + timedelta(days=7)
        else:
            assert planned.useful_until == session.start


def test_a_reminder_the_program_turned_off_is_not_planned():
    lead_times = DEFAULT_LEAD_TIMES.changed(preliminary=LeadTime(), practice=LeadTime(weeks=2))
    plan = plan_reminders(seoul_paris(utc(2027, 6, 15, 8)), lead_times)
    assert K.PRELIMINARY not in {p.kind for p in plan}
    assert {p.due for p in plan if p.kind is K.PRACTICE} == {utc(2027, 6, 1, 8)}


def test_step_nudges_mark_each_step_start_and_are_useful_until_it_ends():
    start = utc(2027, 6, 15, 8)
    steps = [
        StepTimes(start, start + timedelta(minutes=5)),
        StepTimes(start + timedelta(minutes=5), start + timedelta(minutes=60)),
    ]
    nudges = [
        p for p in plan_reminders(seoul_paris(start), DEFAULT_LEAD_TIMES, steps) if p.kind is K.STEP
    ]
    assert [(p.step, p.due, p.useful_until) for p in nudges] == [
        (0, start, start + timedelta(minutes=5)),
        (1, start + timedelta(minutes=5), start + timedelta(minutes=60)),
    ]


def calendar(country: str, vacations: str = "") -> SchoolCalendar:
    return SchoolCalendar(country, None, parse_vacations(vacations))


def test_a_reminder_on_a_closed_day_of_its_school_moves_to_its_previous_open_day():
    # Thu 1 Apr 2027, 15:00 KST / 08:00 CEST. A month before is Mon 1 Mar, Independence
    # Movement Day in Korea (27 and 28 Feb are the weekend): Seoul's reminders go out on Fri
    # 26 Feb at 15:00 KST; Paris is open on 1 March. A week before, Thu 25 Mar, falls in the
    # break Paris declared; three months before is New Year's Day in both countries.
    session = SessionTimes(
        utc(2027, 4, 1, 6),
        utc(2027, 4, 1, 7),
        Clock(SEOUL, calendar("KR")),
        (
            ("KR-a", Clock(SEOUL, calendar("KR"))),
            ("FR-b", Clock(PARIS, calendar("FR", "2027-03-25..2027-03-26"))),
        ),
    )
    due = {(p.kind, p.audience): p for p in plan_reminders(session, DEFAULT_LEAD_TIMES)}
    seoul = due[K.PRELIMINARY, teachers("KR-a")]
    assert seoul.due == utc(2027, 2, 26, 6)  # Fri 26 Feb 15:00 KST
    assert seoul.moved_from is not None and seoul.moved_from.day == date(2027, 3, 1)
    assert str(seoul.moved_from.name) == "Independence Movement Day"
    assert due[K.PRELIMINARY, CHANNEL].due == utc(2027, 2, 26, 6)  # the home school's calendar
    paris = due[K.PRELIMINARY, teachers("FR-b")]
    assert (paris.due, paris.moved_from) == (utc(2027, 3, 1, 7), None)  # Mon 1 Mar 08:00 CET
    practice = due[K.PRACTICE, teachers("FR-b")]
    assert practice.due == utc(2027, 3, 24, 7)  # Wed 24 Mar 08:00 CET, before the break
    assert practice.moved_from is not None and practice.moved_from.day == date(2027, 3, 25)
    assert due[K.PRACTICE, COORDINATORS].due == utc(2027, 3, 25, 6)  # Seoul is open that day
    lead = due[K.LEAD, teachers("FR-b")]
    assert lead.due == utc(2026, 12, 31, 7)  # Thu 31 Dec 08:00 CET, before New Year's Day
    assert due[K.AGENDA, JOINT].due == utc(2027, 4, 1, 5)  # on the day: never moved


def test_southern_hemisphere_three_months_before_keeps_the_local_wall_time():
    # Sydney: 10:00 AEST (UTC+10) on 15 June; 15 March is still daylight time (AEDT, UTC+11).
    session = SessionTimes(
        utc(2027, 6, 15, 0),
        utc(2027, 6, 15, 1),
        Clock("Australia/Sydney"),
        (("AU-a", Clock("Australia/Sydney")), ("KR-b", Clock(SEOUL))),
    )
    lead = next(
        p
        for p in plan_reminders(session, DEFAULT_LEAD_TIMES)
        if p.kind is K.LEAD and p.audience == teachers("AU-a")
    )
    assert lead.due == utc(2027, 3, 14, 23)
    assert to_local(lead.due, "Australia/Sydney").strftime("%d %b %H:%M %Z") == "15 Mar 10:00 AEDT"


def test_dublin_whose_winter_time_is_the_negative_one_keeps_the_wall_time_too():
    # 10:00 IST (UTC+1) on 20 June; 20 March is GMT.
    due = LeadTime(months=3).before(utc(2027, 6, 20, 9), "Europe/Dublin")
    assert due == utc(2027, 3, 20, 10)
    assert to_local(due, "Europe/Dublin").strftime("%H:%M %Z") == "10:00 GMT"


def test_a_wall_time_the_clocks_skip_on_the_due_date_is_read_with_the_offset_before():
    # New York springs forward at 02:00 on 14 March 2027: 02:30 EDT three months later
    # falls in the gap, and is read as 02:30 EST, that is 03:30 EDT.
    due = LeadTime(months=3).before(utc(2027, 6, 14, 6, 30), "America/New_York")
    assert due == utc(2027, 3, 14, 7, 30)


def test_minutes_before_are_elapsed_minutes_even_on_a_dst_morning():
    start = utc(2027, 3, 14, 7, 30)  # 03:30 EDT, just after New York sprang forward
    assert LeadTime(minutes=60).before(start, "America/New_York") == start - timedelta(hours=1)


ZONES = (
    "Asia/Seoul",
    "Asia/Tokyo",
    "Europe/Paris",
    "Europe/Dublin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Asia/Kathmandu",
)


@given(
    zone=st.sampled_from(ZONES),
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2031, 12, 31)),
    minutes=st.integers(min_value=7 * 60, max_value=19 * 60).map(lambda m: m - m % 15),
    lead=st.builds(
        LeadTime, months=st.integers(0, 6), weeks=st.integers(0, 3), days=st.integers(0, 6)
    ).filter(lambda lead: not lead.off),
)
def test_calendar_lead_times_land_on_the_same_wall_time_by_an_independent_oracle(
    zone, day, minutes, lead
):
    """Checked against the standard library's zoneinfo (fold=0), not pytz."""
    wall = time(minutes // 60, minutes % 60)
    start = datetime.combine(day, wall, tzinfo=ZoneInfo(zone)).astimezone(UTC)
    due = lead.before(start, zone)
    local_start = start.astimezone(ZoneInfo(zone))
    expected_day = local_start.date() - relativedelta(
        months=lead.months, weeks=lead.weeks, days=lead.days
    )
    expected = datetime.combine(expected_day, local_start.time(), tzinfo=ZoneInfo(zone))
    assert due == expected.astimezone(UTC)
    assert due < start


@given(
    zone=st.sampled_from(ZONES),
    start=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2031, 12, 31), timezones=st.just(UTC)
    ),
)
def test_each_school_gets_every_preparation_reminder_at_its_own_class_time(zone, start):
    session = SessionTimes(
        start,
        start + timedelta(hours=1),
        Clock(SEOUL),
        (("KR-a", Clock(SEOUL)), ("XX-b", Clock(zone))),
    )
    wall = to_local(start, zone).time().replace(tzinfo=None)
    for planned in plan_reminders(session, DEFAULT_LEAD_TIMES):
        if planned.audience != teachers("XX-b"):
            continue
        local_due = to_local(planned.due, zone).replace(tzinfo=None)
        same_wall = datetime.combine(local_due.date(), wall)
        skipped_by_dst = to_local(to_utc(same_wall, zone), zone).replace(tzinfo=None) != same_wall
        assert local_due == same_wall or skipped_by_dst, planned


def test_booked_five_weeks_ahead_the_three_month_step_is_missed_not_burst():
    start = utc(2027, 6, 15, 8)
    plan = plan_reminders(seoul_paris(start), DEFAULT_LEAD_TIMES)
    scheduled, missed = split_missed(plan, start - timedelta(weeks=5))
    assert {p.kind for p in missed} == {K.LEAD}
    assert {p.kind for p in scheduled} == {K.PRELIMINARY, K.PRACTICE, K.DAY_BEFORE, K.AGENDA, K.END}


def test_booked_half_an_hour_ahead_the_agenda_is_posted_at_once():
    start = utc(2027, 6, 15, 8)
    now = start - timedelta(minutes=30)
    scheduled, missed = split_missed(plan_reminders(seoul_paris(start), DEFAULT_LEAD_TIMES), now)
    assert {p.kind for p in missed} == {K.LEAD, K.PRELIMINARY, K.PRACTICE, K.DAY_BEFORE}
    assert [(p.kind, p.due) for p in scheduled] == [
        (K.AGENDA, now),
        (K.END, start + timedelta(hours=1)),
    ]


def test_the_sessions_assistant_gets_the_practice_run_checklist_and_agenda_on_their_own_clock():
    # 15 June 2027 17:00 KST is 01:00 PDT: "one week before" for a Los Angeles assistant is
    # 01:00 on their 8 June, the same instant; "the day before" too; the agenda is elapsed time.
    times = replace(seoul_paris(utc(2027, 6, 15, 8)), assistant=(5, "America/Los_Angeles"))
    plan = plan_reminders(times, DEFAULT_LEAD_TIMES)
    theirs = {(p.kind, p.due, p.zone) for p in plan if p.audience == assistant(5)}
    assert theirs == {
        (K.PRACTICE, utc(2027, 6, 8, 8), "America/Los_Angeles"),
        (K.DAY_BEFORE, utc(2027, 6, 14, 8), "America/Los_Angeles"),
        (K.AGENDA, utc(2027, 6, 15, 7), "America/Los_Angeles"),
    }
    without = plan_reminders(seoul_paris(utc(2027, 6, 15, 8)), DEFAULT_LEAD_TIMES)
    assert {p.key for p in plan} - {p.key for p in without} == {
        (kind, assistant(5), None) for kind in (K.PRACTICE, K.DAY_BEFORE, K.AGENDA)
    }


def test_a_month_before_in_the_assistants_zone_is_their_wall_clock_across_daylight_saving():
    # 2 April 10:00 KST is 1 April 21:00 EDT; one month before is 1 March 21:00 EST (UTC-5).
    times = SessionTimes(
        utc(2027, 4, 2, 1),
        utc(2027, 4, 2, 2),
        Clock(SEOUL),
        (("KR-a", Clock(SEOUL)),),
        (3, "America/New_York"),
    )
    practice = LeadTime(months=1)
    plan = plan_reminders(times, DEFAULT_LEAD_TIMES.changed(practice=practice))
    (due,) = [p.due for p in plan if p.kind is K.PRACTICE and p.audience == assistant(3)]
    assert due == utc(2027, 3, 2, 2)
    assert to_local(due, "America/New_York").strftime("%d %b %H:%M %Z") == "01 Mar 21:00 EST"
