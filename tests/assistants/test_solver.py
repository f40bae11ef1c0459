"""Matching: as many sessions covered as an exhaustive oracle finds, with the smallest largest
load among those covers and then the most assistants who know the pair; kept assignments stay;
no rule is broken; the same input always gives the same plan."""

from __future__ import annotations

import random

from hypothesis import given, settings

from bot.assistants.checker import broken_rules
from bot.assistants.rules import Obstacle
from bot.assistants.solver import match
from bot.assistants.values import Assignment
from tests.support.assistant_oracle import best, keeps_every_rule, loads
from tests.support.assistants import PAIR, assistant, instances, session


def test_each_assistant_goes_where_only_they_can_help() -> None:
    # Greedy by id would give the trilingual assistant the ko-ja session and lose ko-en.
    trilingual = assistant(1, "ko,ja,en")
    bilingual = assistant(2, "ko,ja")
    ko_ja = session(1, "2027-03-09 01:00", languages="ko-ja")
    ko_en = session(2, "2027-03-09 01:00", languages="ko-en")
    plan = match([ko_ja, ko_en], [trilingual, bilingual])
    assert {(a.session.id, a.assistant_id) for a in plan.added} == {(1, 2), (2, 1)}
    assert plan.uncovered == ()


def test_the_load_is_spread_before_familiarity_counts() -> None:
    knows_the_pair = assistant(1, served=(PAIR,))
    newcomer = assistant(2)
    sessions = [session(1, "2027-03-09 01:00"), session(2, "2027-03-16 01:00")]
    plan = match(sessions, [knows_the_pair, newcomer])
    assert loads(plan.added) == {1: 1, 2: 1}


def test_an_assistant_who_knows_the_pair_is_preferred_when_the_load_allows() -> None:
    newcomer = assistant(1)
    knows_the_pair = assistant(2, served=(PAIR,))
    plan = match([session(1, "2027-03-09 01:00")], [newcomer, knows_the_pair])
    assert [a.assistant_id for a in plan.added] == [2]


def test_kept_assignments_stay_and_count_for_clashes_and_the_monthly_cap() -> None:
    once_a_month = assistant(1, max_per_month=1)
    other = assistant(2, max_per_month=1)
    held = Assignment(session(1, "2027-03-02 01:00"), 1)
    also_march = session(2, "2027-03-23 01:00")
    clashing = session(3, "2027-03-02 01:30")
    plan = match([held.session, also_march, clashing], [once_a_month, other], kept=[held])
    assert plan.kept == (held,)
    assert [(a.session.id, a.assistant_id) for a in plan.added] == [(2, 2)]
    (left,) = plan.uncovered
    assert left.session.id == 3
    assert [s.obstacle for s in left.reason.speakers] == [Obstacle.BUSY, Obstacle.MONTHLY_CAP]


def test_the_monthly_cap_counts_months_in_the_assistants_zone_not_utc() -> None:
    # 03:00 UTC on 1 April is still 31 March in Los Angeles, already 1 April in Seoul.
    tenth = session(1, "2027-03-10 20:00")
    month_end = session(2, "2027-04-01 03:00")
    in_los_angeles = assistant(1, zone="America/Los_Angeles", max_per_month=1)
    in_seoul = assistant(1, zone="Asia/Seoul", max_per_month=1)
    assert len(match([tenth, month_end], [in_los_angeles]).added) == 1
    assert len(match([tenth, month_end], [in_seoul]).added) == 2
    # And the other way round: 16:00 UTC on 31 March is 1 April in Seoul.
    seoul_april = session(3, "2027-03-31 16:00")
    assert len(match([tenth, seoul_april], [in_seoul]).added) == 2


def test_the_same_input_in_any_order_gives_the_same_plan() -> None:
    rng = random.Random(7)
    spoken = ("ko,ja", "ko,ja,en", "ja,en")
    people = [assistant(n, rng.choice(spoken), max_per_month=2) for n in range(1, 7)]
    sessions = [
        session(
            n,
            f"2027-03-{rng.randint(8, 12):02d} 0{rng.randint(0, 2)}:{rng.choice(('00', '30'))}",
            languages=rng.choice(("ko-ja", "ja-en")),
        )
        for n in range(1, 19)
    ]
    first = match(sessions, people)
    rng.shuffle(sessions)
    rng.shuffle(people)
    assert match(sessions, people) == first


def test_the_largest_load_is_found_even_where_the_lp_relaxation_promises_less() -> None:
    # Each day's three back-to-back sessions can be covered two at a time by that day's pair
    # (the first clashes with the second, the second with the third, and the second helper's
    # cap allows one), so the only French speaker covers the third, plus Thursday's ja-fr one:
    # a load of three. Fractionally each day's pair covers two and a half, leaving two.
    everyone = assistant(1, "ko,ja,en,fr", zone="Europe/London")
    people = [everyone]
    sessions = [session(7, "2027-03-11 09:00", languages="ja-fr")]
    for number, (day, weekday) in enumerate((("09", "Tue"), ("10", "Wed"))):
        hours = f"{weekday} 00:00-24:00"
        people.append(assistant(2 + 2 * number, "ko,ja,en", hours, "Europe/London"))
        people.append(assistant(3 + 2 * number, "ko,ja", hours, "Europe/London", max_per_month=1))
        sessions.append(session(1 + 3 * number, f"2027-03-{day} 09:00"))
        sessions.append(session(2 + 3 * number, f"2027-03-{day} 10:00", languages="ja-en"))
        sessions.append(session(3 + 3 * number, f"2027-03-{day} 11:00"))
    plan = match(sessions, people)
    assert len(plan.added) == 7
    assert max(loads(plan.added).values()) == 3 == best(sessions, people, []).largest_load


@settings(max_examples=150, deadline=None)
@given(instances())
def test_the_plan_is_the_oracles_best_cover_then_load_then_familiarity(instance) -> None:
    sessions, people, kept = instance
    plan = match(sessions, people, kept)
    optimum = best(sessions, people, kept)
    assert len(plan.added) == optimum.covered
    assert max(loads(plan.assignments).values(), default=0) == optimum.largest_load
    familiar = {p.id: p.served_pairs for p in people}
    assert (
        sum(a.session.schools in familiar[a.assistant_id] for a in plan.added) == optimum.familiar
    )


@settings(max_examples=150, deadline=None)
@given(instances())
def test_every_plan_keeps_the_rules_and_accounts_for_every_session_once(instance) -> None:
    sessions, people, kept = instance
    plan = match(sessions, people, kept)
    assert plan.kept == tuple(sorted(kept, key=lambda a: (a.session.start, a.session.id)))
    assert broken_rules(plan.assignments, people) == []
    assert keeps_every_rule(plan.assignments, people)
    accounted = [a.session.id for a in plan.assignments] + [u.session.id for u in plan.uncovered]
    assert sorted(accounted) == sorted(s.id for s in sessions)
