"""The rules an assistant's assignment keeps: both languages, their own hours in their own zone
with 15 minutes either side (daylight saving, half-hour offsets, midnight, vacations), no other
session within 15 minutes, and the monthly cap counted in their zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.assistants.rules import (
    Obstacle,
    clash_groups,
    clashes,
    clashing_pairs,
    eligibility,
    month_of,
    obstacle,
)
from bot.assistants.values import AskingSession, Assistant
from tests.support.assistant_oracle import open_for
from tests.support.assistants import ANCHORS, assistants, session, sessions
from tests.support.assistants import assistant as person
from tests.support.time_oracle import windows

NINE_TO_FIVE = "Mon-Fri 09:00-17:00"


def test_an_assistant_who_lacks_one_of_the_two_languages_cannot_serve() -> None:
    korean_english = person(1, "ko,en")
    assert eligibility(korean_english, session(1, "2027-03-09 01:00")) is Obstacle.LANGUAGE
    assert eligibility(person(2, "ko,ja,en"), session(1, "2027-03-09 01:00")) is None


def test_the_session_needs_fifteen_free_minutes_inside_their_hours_on_each_side() -> None:
    seoul = person(1, hours=NINE_TO_FIVE)  # 00:00-08:00 UTC
    assert eligibility(seoul, session(1, "2027-03-09 00:15")) is None
    assert eligibility(seoul, session(1, "2027-03-09 00:14")) is Obstacle.HOURS
    assert eligibility(seoul, session(1, "2027-03-09 07:00", minutes=45)) is None
    assert eligibility(seoul, session(1, "2027-03-09 07:01", minutes=45)) is Obstacle.HOURS


def test_new_york_hours_move_an_hour_earlier_in_utc_when_daylight_saving_starts() -> None:
    new_york = person(1, hours=NINE_TO_FIVE, zone="America/New_York")
    # Monday 8 March is EST (UTC-5), Monday 15 March EDT (UTC-4).
    assert eligibility(new_york, session(1, "2027-03-08 13:15")) is Obstacle.HOURS  # 08:15 EST
    assert eligibility(new_york, session(2, "2027-03-15 13:15")) is None  # 09:15 EDT
    assert eligibility(new_york, session(3, "2027-03-08 21:15", 30)) is None  # 16:15 EST
    assert eligibility(new_york, session(4, "2027-03-15 21:15", 30)) is Obstacle.HOURS


def test_adelaide_hours_move_an_hour_later_in_utc_when_its_summer_time_ends() -> None:
    adelaide = person(1, hours=NINE_TO_FIVE, zone="Australia/Adelaide")
    # Until Sunday 4 April 2027 ACDT (UTC+10:30), then ACST (UTC+09:30).
    assert eligibility(adelaide, session(1, "2027-03-28 22:45")) is None  # Mon 09:15 ACDT
    assert eligibility(adelaide, session(2, "2027-04-04 22:45")) is Obstacle.HOURS  # 08:15 ACST
    assert eligibility(adelaide, session(3, "2027-03-29 06:00", 45)) is Obstacle.HOURS  # 16:30
    assert eligibility(adelaide, session(4, "2027-04-05 06:00", 45)) is None  # 15:30 ACST


def test_a_half_hour_zone_places_the_hours_on_the_half_hour() -> None:
    kolkata = person(1, hours=NINE_TO_FIVE, zone="Asia/Kolkata")  # UTC+05:30
    assert eligibility(kolkata, session(1, "2027-03-09 03:45")) is None  # 09:15 IST
    assert eligibility(kolkata, session(2, "2027-03-09 03:30")) is Obstacle.HOURS  # 09:00 IST


def test_a_session_across_the_assistants_midnight_needs_hours_on_both_dates() -> None:
    # 14:30-15:30 UTC is 23:30-00:30 in Seoul, Tuesday into Wednesday.
    late = session(1, "2027-03-09 14:30")
    assert eligibility(person(1, hours="Mon-Sun 20:00-24:00; Mon-Sun 00:00-02:00"), late) is None
    assert eligibility(person(2, hours="Mon-Sun 20:00-24:00"), late) is Obstacle.HOURS
    friday_night = session(2, "2027-03-12 14:30")  # into Saturday, which has no hours
    weekdays = person(3, hours="Mon-Fri 20:00-24:00; Mon-Fri 00:00-02:00")
    assert eligibility(weekdays, friday_night) is Obstacle.HOURS


def test_a_vacation_on_either_local_date_of_the_session_closes_it() -> None:
    late = session(1, "2027-03-09 14:30")  # 23:30 Tue 9 - 00:30 Wed 10 March in Seoul
    hours = "Mon-Sun 20:00-24:00; Mon-Sun 00:00-02:00"
    assert eligibility(person(1, hours=hours, vacations="2027-03-10"), late) is Obstacle.VACATION
    assert eligibility(person(2, hours=hours, vacations="2027-03-11"), late) is None


def test_vacation_dates_are_the_assistants_local_dates() -> None:
    # 16:00 UTC on 9 March is already 01:00 on 10 March in Seoul.
    after_midnight = session(1, "2027-03-09 16:00")
    assert eligibility(person(1, vacations="2027-03-09"), after_midnight) is None
    assert eligibility(person(2, vacations="2027-03-10"), after_midnight) is Obstacle.VACATION


def test_outside_hours_is_said_before_vacation_when_both_hold() -> None:
    closed_both_ways = person(1, hours=NINE_TO_FIVE, vacations="2027-03-09")
    assert eligibility(closed_both_ways, session(1, "2027-03-09 12:00")) is Obstacle.HOURS


def test_two_sessions_fifteen_minutes_apart_do_not_clash_fourteen_do() -> None:
    first = session(1, "2027-03-09 01:00")  # until 02:00
    assert not clashes(first, session(2, "2027-03-09 02:15"))
    assert clashes(first, session(3, "2027-03-09 02:14"))
    assert clashes(session(4, "2027-03-09 00:00", 150), first)  # one inside the other
    assert not clashes(session(5, "2027-03-08 23:45"), first)  # ends 00:45, 15 min before


def test_the_month_of_a_session_is_the_month_of_its_start_in_the_assistants_zone() -> None:
    # 03:00 UTC on 1 April is 20:00 on 31 March in Los Angeles; 16:00 UTC on 31 March is
    # 01:00 on 1 April in Seoul.
    assert month_of(person(1, zone="America/Los_Angeles"), session(1, "2027-04-01 03:00")) == (
        2027,
        3,
    )
    assert month_of(person(2, zone="Asia/Seoul"), session(2, "2027-03-31 16:00")) == (2027, 4)


def test_an_assistant_at_their_monthly_cap_takes_nothing_more_that_month() -> None:
    once_a_month = person(1, max_per_month=1)
    march = [session(1, "2027-03-02 01:00")]
    assert obstacle(once_a_month, session(2, "2027-03-30 01:00"), march) is Obstacle.MONTHLY_CAP
    assert obstacle(once_a_month, session(3, "2027-04-01 01:00"), march) is None


def test_a_clash_is_named_before_the_cap() -> None:
    once_a_month = person(1, max_per_month=1)
    march = [session(1, "2027-03-02 01:00")]
    assert obstacle(once_a_month, session(2, "2027-03-02 01:30"), march) is Obstacle.BUSY


@st.composite
def near_an_edge(draw: st.DrawFn) -> tuple[Assistant, AskingSession]:
    """An assistant and a session starting or ending within 20 minutes of one of their windows'
    edges on a local date next to a daylight-saving change or a month end."""
    anchor = draw(st.sampled_from(ANCHORS))
    (someone,) = draw(assistants(anchor, 1))
    day = anchor.date() + timedelta(days=draw(st.integers(-1, 1)))
    edges = [
        edge
        for low, high in windows(someone.hours, someone.timezone, day)
        for edge in (("start", low), ("end", high))
    ]
    minutes = draw(st.sampled_from((45, 60, 90)))
    side, instant = draw(st.sampled_from(edges)) if edges else ("start", anchor)
    start = instant + timedelta(minutes=draw(st.integers(-20, 20)))
    if side == "end":
        start -= timedelta(minutes=minutes)
    asking = session(1, start.strftime("%Y-%m-%d %H:%M"), minutes)
    return replace(someone, languages=frozenset(asking.languages)), asking


@settings(max_examples=300, deadline=None)
@given(near_an_edge())
def test_hours_and_vacations_agree_with_a_minute_by_minute_scan_in_zoneinfo(drawn) -> None:
    someone, asking = drawn
    found = eligibility(someone, asking)
    if open_for(someone, asking.start, asking.end, vacations=True):
        assert found is None
    elif open_for(someone, asking.start, asking.end, vacations=False):
        assert found is Obstacle.VACATION
    else:
        assert found is Obstacle.HOURS


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ANCHORS).flatmap(lambda anchor: sessions(anchor, 8)))
def test_the_sweep_finds_exactly_the_clashing_pairs_and_groups_are_cliques(drawn) -> None:
    ordered = sorted(drawn, key=lambda s: (s.start, s.id))
    expected = {
        (i, j) for i, j in combinations(range(len(ordered)), 2) if clashes(ordered[i], ordered[j])
    }
    assert set(clashing_pairs(ordered)) == expected
    groups = clash_groups(ordered)
    for group in groups:
        assert all(clashes(ordered[i], ordered[j]) for i, j in combinations(group, 2))
    assert {(min(i, j), max(i, j)) for g in groups for i, j in combinations(g, 2)} == expected
