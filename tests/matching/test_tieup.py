"""The batch tie-up: as many pairs as an independent max-flow finds, of the best total quality,
within every quota, no pair twice, and a reason a coordinator can act on for every open place."""

from collections import Counter
from dataclasses import replace
from datetime import date

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.matching.feasibility import ReferenceWeek
from bot.matching.match_quality import pair_points
from bot.matching.tieup import Applicant, ContinuingPolicy, tie_up
from bot.matching.unmatched_reasons import unmatched
from bot.schools.profile import SchoolProfile
from bot.times.availability import intersect, intervals_between, longest_minutes, reference_week
from bot.times.weekly_hours import parse_weekly_hours

PLACES = (
    ("Asia/Seoul", "KR"),
    ("Asia/Tokyo", "JP"),
    ("Asia/Taipei", "TW"),
    ("Asia/Tokyo", "JP"),
    ("Europe/Paris", "FR"),
    ("America/New_York", "US"),
    ("Australia/Sydney", "AU"),
)
CLASS_HOURS = (
    "Mon-Fri 09:00-15:00",
    "Mon-Fri 09:00-15:00",
    "Mon-Fri 08:00-12:00",
    "Tue,Thu 13:00-17:00",
    "Mon-Fri 19:00-21:00",
    "Wed 10:00-11:00",
)
AFTER_SCHOOL = ("", "Tue,Thu 16:00-18:00", "Wed 07:00-09:00", "Mon-Fri 15:00-16:30")
GRADES = ((), (1,), (1, 2, 3), (2, 3), (5, 6))
KEEP, PREFER = ContinuingPolicy.KEEP, ContinuingPolicy.PREFER
WEEKS = (
    date(2027, 1, 18),
    date(2027, 3, 15),
    date(2027, 3, 29),
    date(2027, 4, 5),
    date(2027, 11, 1),
)


def profile(
    school_id: str,
    side: str,
    zone: str,
    country: str,
    *,
    level: str = "middle",
    languages: tuple[str, ...] = ("en",),
    class_hours: str = "Mon-Fri 09:00-15:00",
    after: str = "",
    topics: tuple[str, ...] = (),
    grades: tuple[int, ...] = (),
    quota: int = 1,
) -> SchoolProfile:
    return SchoolProfile(
        id=school_id,
        name=school_id,
        program_id=1,
        side=side,
        country=country,
        subdivision=None,
        city="",
        timezone=zone,
        level=level,
        grades=grades,
        languages=languages,
        topics=topics,
        quota=quota,
        class_hours=parse_weekly_hours(class_hours),
        after_school_hours=parse_weekly_hours(after),
        vacations=(),
    )


@st.composite
def instances(draw):
    applicants = []
    homes, partners = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    for number in range(homes + partners):
        side = "home" if number < homes else "partner"
        zone, country = draw(st.sampled_from(PLACES))
        quota = draw(st.integers(1, 3))
        school = profile(
            f"{side[0]}{number}",
            side,
            zone,
            country,
            level=draw(st.sampled_from(("middle", "middle", "high"))),
            languages=tuple(
                sorted(
                    draw(st.sets(st.sampled_from(("en", "en", "ko", "ja")), min_size=1, max_size=2))
                )
            ),
            class_hours=draw(st.sampled_from(CLASS_HOURS)),
            after=draw(st.sampled_from(AFTER_SCHOOL)),
            topics=tuple(sorted(draw(st.sets(st.sampled_from(("culture", "ai", "sdgs")))))),
            grades=draw(st.sampled_from(GRADES)),
            quota=quota,
        )
        taken = draw(st.sampled_from((0, 0, 0, 1)))  # places already used by partnerships
        applicants.append(Applicant(school, max(quota - taken, 0)))
    pairs = [
        frozenset((a.profile.id, b.profile.id))
        for a in applicants[:homes]
        for b in applicants[homes:]
    ]
    excluded = set(draw(st.lists(st.sampled_from(pairs), max_size=3))) if pairs else set()
    return applicants, excluded, draw(st.sampled_from(WEEKS)), draw(st.sampled_from((30, 60, 90)))


def reference_edges(applicants, excluded, week_of, duration):
    """Feasible pairs and their quality, straight from the rule and `bot/times/availability.py`."""
    monday, sunday = reference_week(week_of)

    def placed(school, hours):
        return intervals_between(hours, school.timezone, monday, sunday)

    edges = {}
    for home in (a.profile for a in applicants if a.profile.side == "home"):
        for partner in (a.profile for a in applicants if a.profile.side == "partner"):
            if (
                home.level != partner.level
                or home.country == partner.country
                or not set(home.languages) & set(partner.languages)
                or frozenset((home.id, partner.id)) in excluded
            ):
                continue
            shared = longest_minutes(
                intersect(placed(home, home.availability), placed(partner, partner.availability))
            )
            if shared < duration:
                continue
            in_class = longest_minutes(
                intersect(placed(home, home.class_hours), placed(partner, partner.class_hours))
            )
            edges[(home.id, partner.id)] = pair_points(
                in_class, shared, home.topics, partner.topics, home.grades, partner.grades
            )
    return edges


def reference_network(applicants, edges, preferred=frozenset()):
    """A min-cost maximum flow of the tie-up's network (networkx), each `preferred` pair's
    cost lowered by more than any spread of total quality; the chosen pairs."""
    bonus = 1 + sum(abs(points) for points in edges.values())
    graph = nx.DiGraph()
    graph.add_node("source")
    graph.add_node("sink")
    for a in applicants:
        end = ("source", a.profile.id) if a.profile.side == "home" else (a.profile.id, "sink")
        graph.add_edge(*end, capacity=a.remaining, weight=0)
    for (home, partner), points in edges.items():
        extra = bonus if frozenset((home, partner)) in preferred else 0
        graph.add_edge(home, partner, capacity=1, weight=-(points + extra))
    flow = nx.max_flow_min_cost(graph, "source", "sink")
    return [edge for edge in edges if flow[edge[0]][edge[1]]]


def reference_flow(applicants, edges):
    """Max-flow value and, among maximum flows, the best total quality (networkx)."""
    chosen = reference_network(applicants, edges)
    return len(chosen), sum(edges[edge] for edge in chosen)


@settings(max_examples=120, deadline=None)
@given(instances())
def test_the_tie_up_is_a_maximum_of_maximum_quality(instance):
    applicants, excluded, week_of, duration = instance
    result = tie_up(applicants, ReferenceWeek(week_of), duration, excluded)
    edges = reference_edges(applicants, excluded, week_of, duration)
    count, quality = reference_flow(applicants, edges)
    assert len(result.pairs) == count
    assert sum(pair.score for pair in result.pairs) == quality
    for pair in result.pairs:
        assert edges[(pair.home, pair.partner)] == pair.score


@settings(max_examples=120, deadline=None)
@given(instances())
def test_every_school_stays_within_its_quota_and_no_pair_comes_twice(instance):
    applicants, excluded, week_of, duration = instance
    result = tie_up(applicants, ReferenceWeek(week_of), duration, excluded)
    keys = [(pair.home, pair.partner) for pair in result.pairs]
    assert len(keys) == len(set(keys))
    used = Counter(school for key in keys for school in key)
    for applicant in applicants:
        assert used[applicant.profile.id] <= applicant.remaining
    assert not {frozenset(key) for key in keys} & excluded


@settings(max_examples=80, deadline=None)
@given(instances())
def test_a_school_with_open_places_has_no_feasible_partner_with_open_places(instance):
    applicants, excluded, week_of, duration = instance
    result = tie_up(applicants, ReferenceWeek(week_of), duration, excluded)
    used = Counter(s for pair in result.pairs for s in (pair.home, pair.partner))
    remaining = {a.profile.id: a.remaining for a in applicants}
    left = {u.school_id: u.remaining_quota for u in unmatched(result)}
    assert left == {
        school: places - used[school]
        for school, places in remaining.items()
        if places > used[school]
    }
    paired = {(pair.home, pair.partner) for pair in result.pairs}
    for home, partner in reference_edges(applicants, excluded, week_of, duration):
        if (home, partner) not in paired:
            assert used[home] == remaining[home] or used[partner] == remaining[partner]


@st.composite
def with_continuing(draw):
    """An instance and last year's pairs: home with partner, at most one pair per school, of
    schools with a place left (all fit: `keep` keeps every one), feasible this week or not."""
    applicants, excluded, week_of, duration = draw(instances())
    open_homes = [a.profile.id for a in applicants if a.profile.side == "home" and a.remaining]
    open_partners = [
        a.profile.id for a in applicants if a.profile.side == "partner" and a.remaining
    ]
    homes = draw(st.permutations(open_homes))
    partners = draw(st.permutations(open_partners))
    count = draw(st.integers(0, min(len(homes), len(partners))))
    continuing = {
        frozenset(pair)
        for pair in zip(homes[:count], partners[:count], strict=True)
        if frozenset(pair) not in excluded
    }
    return applicants, excluded, week_of, duration, continuing


def reference_preferred_flow(applicants, edges, preferred):
    """Among maximum flows, the most preferred edges, then the best quality (networkx), as
    (pairs, preferred pairs, quality)."""
    chosen = reference_network(applicants, edges, preferred)
    return (
        len(chosen),
        sum(frozenset(edge) in preferred for edge in chosen),
        sum(edges[edge] for edge in chosen),
    )


@settings(max_examples=100, deadline=None)
@given(with_continuing())
def test_kept_pairs_are_all_there_and_the_rest_is_a_maximum_of_maximum_quality(instance):
    applicants, excluded, week_of, duration, continuing = instance
    result = tie_up(applicants, ReferenceWeek(week_of), duration, excluded, None, continuing, KEEP)
    kept = {frozenset((p.home, p.partner)) for p in result.pairs if p.continuing}
    assert kept == continuing
    in_kept = Counter(school for pair in continuing for school in pair)
    residual = [replace(a, remaining=a.remaining - in_kept[a.profile.id]) for a in applicants]
    edges = reference_edges(residual, excluded | continuing, week_of, duration)
    count, quality = reference_flow(residual, edges)
    rest = [p for p in result.pairs if not p.continuing]
    assert len(rest) == count
    assert sum(pair.score for pair in rest) == quality
    used = Counter(school for p in result.pairs for school in (p.home, p.partner))
    assert all(used[a.profile.id] <= a.remaining for a in applicants)


@settings(max_examples=100, deadline=None)
@given(with_continuing())
def test_preferred_pairs_cost_no_pair_and_are_as_many_as_a_maximum_can_hold(instance):
    applicants, excluded, week_of, duration, continuing = instance
    week = ReferenceWeek(week_of)
    result = tie_up(applicants, week, duration, excluded, None, continuing, PREFER)
    edges = reference_edges(applicants, excluded, week_of, duration)
    assert len(result.pairs) == reference_flow(applicants, edges)[0]  # no pair lost
    assert (
        len(result.pairs),
        sum(pair.continuing for pair in result.pairs),
        sum(pair.score for pair in result.pairs),
    ) == reference_preferred_flow(applicants, edges, continuing)
    assert all(frozenset((p.home, p.partner)) in continuing for p in result.pairs if p.continuing)


def test_a_kept_pair_without_overlap_this_year_is_kept_with_no_overlap_and_no_score():
    night = profile("US-1", "partner", "America/New_York", "US", class_hours="Mon-Fri 09:00-15:00")
    seoul = profile("KR-1", "home", "Asia/Seoul", "KR", class_hours="Mon-Fri 09:00-16:00")
    pair = frozenset(("KR-1", "US-1"))
    applicants = [Applicant(seoul, 1), Applicant(night, 1)]
    kept = tie_up(applicants, WINTER, 60, frozenset(), None, {pair}, KEEP)
    assert [(p.home, p.partner, p.overlap_minutes, p.score, p.continuing) for p in kept.pairs] == [
        ("KR-1", "US-1", 0, 0, True)
    ]
    assert tie_up(applicants, WINTER, 60, frozenset(), None, {pair}, PREFER).pairs == []


SEOUL = profile("KR-1", "home", "Asia/Seoul", "KR", class_hours="Mon-Fri 09:00-16:00")
TOKYO = profile("JP-1", "partner", "Asia/Tokyo", "JP", class_hours="Mon-Fri 09:00-15:00")
WINTER = ReferenceWeek(date(2027, 3, 15))


def reasons(*schools: SchoolProfile, week: ReferenceWeek = WINTER, excluded=frozenset()):
    result = tie_up([Applicant(s, s.quota) for s in schools], week, 60, excluded)
    return {u.school_id: u.reason_in_english for u in unmatched(result)}


def test_a_level_nobody_else_applied_for_is_named():
    special = replace(SEOUL, id="KR-2", level="special")
    assert reasons(SEOUL, TOKYO, special)["KR-2"] == (
        "no partner of level special: no special school applied on the partner side"
    )


def test_a_missing_common_language_lists_both_sides_languages():
    korean_only = replace(SEOUL, id="KR-2", languages=("ko",))
    assert reasons(SEOUL, TOKYO, korean_only)["KR-2"] == (
        "no common language with any middle-level school on the partner side "
        "(languages: ko; theirs: en)"
    )


def test_no_time_overlap_suggests_the_after_school_window_that_would_create_one():
    paris = profile("FR-1", "partner", "Europe/Paris", "FR", class_hours="Mon-Fri 08:30-16:30")
    reason = reasons(SEOUL, paris)["FR-1"]
    assert reason.startswith(
        "no time overlap >= 60 min with any of the 1 middle-level schools "
        "sharing a language: adding after-school hours Mon 07:00–08:00 CET "
        "= 15:00–16:00 KST (Asia/Seoul, their commonest zone) would "
        "overlap with 1 of them (1 with quota left)"
    )


def test_when_no_window_helps_a_non_real_time_exchange_is_suggested():
    # Seoul's classes are 00:00-07:00 UTC, London's 07:00-20:00 window lies after them.
    london = profile("GB-1", "partner", "Europe/London", "GB", class_hours="Mon-Fri 08:00-15:00")
    assert reasons(SEOUL, london)["GB-1"] == (
        "no time overlap >= 60 min with any of the 1 middle-level schools sharing a language: "
        "no after-school window on a weekday between 07:00 and 20:00 would reach one of them; "
        "consider a non-real-time exchange (shared boards, letters, recorded video), "
        "e.g. with KR-1"
    )


def test_a_school_whose_partners_are_all_taken_is_told_so():
    second = replace(SEOUL, id="KR-2")
    found = reasons(SEOUL, second, TOKYO)
    assert list(found.values()) == [
        "quota left unfilled: every feasible partner (1) is already at quota"
    ]


def test_a_school_that_declined_its_only_partner_is_told_so():
    assert reasons(SEOUL, TOKYO, excluded={frozenset(("KR-1", "JP-1"))})["KR-1"] == (
        "every school it could meet (1) already partners with it or declined a request between them"
    )


def test_a_school_wanting_more_partners_than_it_can_reach_gets_advice_for_the_rest():
    wanting = replace(SEOUL, quota=2)
    paris = profile("FR-1", "partner", "Europe/Paris", "FR", class_hours="Mon-Fri 08:30-16:30")
    reason = reasons(wanting, TOKYO, paris)["KR-1"]
    assert reason.startswith(
        "only 1 feasible partner(s), all paired with it; for the other 1 "
        "place(s): adding after-school hours Mon 16:30–17:30 KST = "
        "08:30–09:30 CET (Europe/Paris, their commonest zone) would overlap "
        "with 1 of them (1 with quota left)"
    )
