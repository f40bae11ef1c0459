"""The batch tie-up: the most pairs possible within every quota, then the best total quality.

The tie-up is a bipartite b-matching: home schools on one side, partner schools on the other, a
school taking at most its remaining quota of partners and a pair at most once. As a flow network
(source -> home school, capacity its quota; home -> partner, capacity 1, for every feasible
pair; partner school -> sink, capacity its quota) an integral maximum flow is a largest set of
pairs, and a maximum flow of minimum cost, with each pair costing minus its quality, is a
largest set of best total quality. OR-tools' `solve_max_flow_with_min_cost` computes exactly
that, with integral flows, in C++.

Last year's pairs whose schools both applied again and both want to continue (`continuing`)
follow the coordinator's `ContinuingPolicy`. *keep* fixes them first, each using a place of
both schools, and matches the rest optimally: every tie-up containing the kept pairs is the
kept pairs plus a b-matching of the other pairs within the places left, so a maximum of best
quality of that residual network is a maximum of best quality among tie-ups that keep them.
*prefer* fixes nothing: among the tie-ups with the most pairs it takes one with the most
continuing pairs (a pair that still meets this year's rules), then the best quality, by adding
to each continuing pair's quality a bonus larger than any difference in total quality.

Levels never pair across, so each level is its own network. Inside a level, schools that share
a time pattern, a set of languages and a country are one *type*: the rule is decided once per
pair of types, and the school-by-school edge list comes out of one numpy expansion.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np
from ortools.graph.python import min_cost_flow

from bot.core.declared_text import choice_label
from bot.i18n.messages import Message
from bot.matching.feasibility import ReferenceWeek, TimePattern, common_languages
from bot.matching.interning import Interned
from bot.matching.match_quality import (
    grade_gap,
    grade_points,
    pair_points,
    time_points,
    topic_points,
)
from bot.schools.profile import SchoolProfile
from storage.models import Side

logger = logging.getLogger(__name__)

Progress = Callable[[Message], None]  # a step of a long tie-up, for a log or a terminal
Pair = frozenset[str]  # two school ids


class ContinuingPolicy(StrEnum):
    """What the tie-up does with last year's pairs that both want to continue."""

    KEEP = "keep"  # paired again first, whatever this year's hours; the rest matched around them
    PREFER = "prefer"  # paired again when it costs no pair overall and they still fit the rules
    IGNORE = "ignore"  # matched like any other two schools


@dataclass(frozen=True)
class Applicant:
    profile: SchoolProfile
    remaining: int  # quota minus the school's active partnerships


@dataclass(frozen=True)
class TiedPair:
    home: str
    partner: str
    overlap_minutes: int
    language: str
    score: int
    continuing: bool = False  # last year's pair, kept or preferred


@dataclass
class LevelBlock:
    """One level's network: which schools may pair, decided per type, then per school."""

    level: str
    home: np.ndarray  # applicant indices of the home-side schools of this level
    partner: np.ndarray
    home_type: np.ndarray  # each home school's type (row of `speaks` and `meets`)
    partner_type: np.ndarray
    speaks: np.ndarray  # [home type, partner type]: different countries and a common language
    meets: np.ndarray  # [home type, partner type]: enough contiguous overlap this week
    edge_home: np.ndarray  # feasible pairs, as positions in `home` and `partner`
    edge_partner: np.ndarray
    edge_score: np.ndarray
    edge_minutes: np.ndarray  # longest contiguous overlap of each feasible pair


@dataclass
class FeasibilityGraph:
    applicants: list[Applicant]
    week: ReferenceWeek
    duration: int
    patterns: list[TimePattern]
    pattern_of: np.ndarray  # pattern index of each applicant
    blocks: list[LevelBlock] = field(default_factory=list)

    @property
    def edge_count(self) -> int:
        return sum(len(block.edge_home) for block in self.blocks)

    def edges(self) -> Iterator[tuple[int, int]]:
        """Every feasible pair as (home applicant index, partner applicant index)."""
        for block in self.blocks:
            homes = block.home[block.edge_home].tolist()
            partners = block.partner[block.edge_partner].tolist()
            yield from zip(homes, partners, strict=True)

    def pattern(self, applicant: int) -> TimePattern:
        return self.patterns[int(self.pattern_of[applicant])]


@dataclass
class TieupResult:
    graph: FeasibilityGraph
    pairs: list[TiedPair]
    matched: np.ndarray  # partners found for each applicant
    filled_by_kept: list[SchoolProfile] = field(default_factory=list)  # no place left to match

    @property
    def applicants(self) -> list[Applicant]:
        """The schools matched in the network, in its order (kept pairs' places taken off)."""
        return self.graph.applicants

    @property
    def profiles(self) -> dict[str, SchoolProfile]:
        """Every school that took part with a place left, by id."""
        schools = [a.profile for a in self.applicants] + self.filled_by_kept
        return {school.id: school for school in schools}


def build_graph(
    applicants: Sequence[Applicant],
    week: ReferenceWeek,
    duration: int,
    excluded: AbstractSet[frozenset[str]] = frozenset(),
) -> FeasibilityGraph:
    """Every feasible pair among applicants with quota left, minus `excluded` pairs."""
    applicants = [a for a in applicants if a.remaining > 0]
    patterns: Interned[TimePattern] = Interned()
    languages: Interned[frozenset[str]] = Interned()
    countries: Interned[str] = Interned()
    topics: Interned[frozenset[str]] = Interned()
    grades: Interned[tuple[int, ...]] = Interned()
    columns = np.array(
        [
            (
                patterns(TimePattern.of(a.profile)),
                languages(frozenset(a.profile.languages)),
                countries(a.profile.country),
                topics(frozenset(a.profile.topics)),
                grades(a.profile.grades),
            )
            for a in applicants
        ],
        dtype=np.int64,
    ).reshape(-1, 5)
    graph = FeasibilityGraph(
        applicants=applicants,
        week=week,
        duration=duration,
        patterns=patterns.values,
        pattern_of=columns[:, 0],
    )
    position = {a.profile.id: i for i, a in enumerate(applicants)}
    by_level: dict[str, dict[str, list[int]]] = {}
    for index, applicant in enumerate(applicants):
        sides = by_level.setdefault(applicant.profile.level, {side: [] for side in Side})
        if applicant.profile.side in sides:
            sides[applicant.profile.side].append(index)
    tables = _Tables(graph, languages.values, topics.values, grades.values)
    for level in sorted(by_level):
        home = np.array(by_level[level][Side.HOME], dtype=np.int64)
        partner = np.array(by_level[level][Side.PARTNER], dtype=np.int64)
        graph.blocks.append(tables.block(level, home, partner, columns, excluded, position))
    return graph


class _Tables:
    """Pairwise tables over distinct values (patterns, language sets, topics, grades)."""

    def __init__(
        self,
        graph: FeasibilityGraph,
        languages: list[frozenset[str]],
        topics: list[frozenset[str]],
        grades: list[tuple[int, ...]],
    ) -> None:
        self.graph = graph
        self.languages = languages
        self.topics = topics
        self.grades = grades

    def block(
        self,
        level: str,
        home: np.ndarray,
        partner: np.ndarray,
        columns: np.ndarray,
        excluded: AbstractSet[frozenset[str]],
        position: dict[str, int],
    ) -> LevelBlock:
        graph = self.graph
        home_keys, home_type = _types(columns[home, :3])
        partner_keys, partner_type = _types(columns[partner, :3])
        speaks = _expanded(home_keys[:, 1], partner_keys[:, 1], self._share_language) & (
            home_keys[:, 2][:, None] != partner_keys[:, 2][None, :]
        )
        home_patterns, home_pattern = np.unique(columns[home, 0], return_inverse=True)
        partner_patterns, partner_pattern = np.unique(columns[partner, 0], return_inverse=True)
        any_minutes, class_minutes = graph.week.overlap_table(
            [graph.patterns[i] for i in home_patterns.tolist()],
            [graph.patterns[j] for j in partner_patterns.tolist()],
        )
        meets = (any_minutes >= graph.duration)[
            np.searchsorted(home_patterns, home_keys[:, 0])[:, None],
            np.searchsorted(partner_patterns, partner_keys[:, 0])[None, :],
        ]
        feasible = (speaks & meets)[home_type[:, None], partner_type[None, :]]
        self._drop_excluded(feasible, home, partner, excluded, position)
        edge_home, edge_partner = np.nonzero(feasible)
        home_cell = home_pattern.reshape(-1)[edge_home]
        partner_cell = partner_pattern.reshape(-1)[edge_partner]
        edge_minutes = any_minutes[home_cell, partner_cell].astype(np.int64)
        score = time_points(class_minutes[home_cell, partner_cell].astype(np.int64), edge_minutes)
        for column, points in ((3, self._topic_points), (4, self._grade_points)):
            table, home_value, partner_value = _table(
                columns[home, column], columns[partner, column], points
            )
            score += table[home_value[edge_home], partner_value[edge_partner]]
        logger.debug(
            "level %s: %s x %s schools, %s feasible pairs",
            level,
            len(home),
            len(partner),
            len(edge_home),
        )
        return LevelBlock(
            level,
            home,
            partner,
            home_type,
            partner_type,
            speaks,
            meets,
            edge_home,
            edge_partner,
            score,
            edge_minutes,
        )

    def _share_language(self, a: int, b: int) -> bool:
        return not self.languages[a].isdisjoint(self.languages[b])

    def _topic_points(self, a: int, b: int) -> int:
        return topic_points(len(self.topics[a] & self.topics[b]))

    def _grade_points(self, a: int, b: int) -> int:
        return grade_points(grade_gap(self.grades[a], self.grades[b]))

    @staticmethod
    def _drop_excluded(
        feasible: np.ndarray,
        home: np.ndarray,
        partner: np.ndarray,
        excluded: AbstractSet[frozenset[str]],
        position: dict[str, int],
    ) -> None:
        if not excluded or not len(home) or not len(partner):
            return
        home_at = {int(index): i for i, index in enumerate(home)}
        partner_at = {int(index): j for j, index in enumerate(partner)}
        for pair in excluded:
            ends = [position.get(school_id) for school_id in pair]
            if len(ends) != 2 or None in ends:
                continue
            a, b = ends
            for h, p in ((a, b), (b, a)):
                if h in home_at and p in partner_at:
                    feasible[home_at[h], partner_at[p]] = False


def _table(
    rows: np.ndarray, cols: np.ndarray, value: Callable[[int, int], int | bool]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`value` of every distinct (row, col) pair, computed once each, with each row's and each
    column's index into that table."""
    row_values, row_of = np.unique(rows, return_inverse=True)
    col_values, col_of = np.unique(cols, return_inverse=True)
    table = np.array(
        [[value(r, c) for c in col_values.tolist()] for r in row_values.tolist()],
        dtype=np.int64,
    ).reshape(len(row_values), len(col_values))
    return table, row_of.reshape(-1), col_of.reshape(-1)


def _expanded(rows: np.ndarray, cols: np.ndarray, test: Callable[[int, int], bool]) -> np.ndarray:
    """`test` over every (row, col), as a [rows, cols] matrix."""
    table, row_of, col_of = _table(rows, cols, test)
    return table.astype(bool)[row_of[:, None], col_of[None, :]]


def _types(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of `keys` and, for each row, the index of its distinct row."""
    if len(keys) == 0:
        return keys.reshape(0, keys.shape[1]), np.zeros(0, dtype=np.int64)
    distinct, inverse = np.unique(keys, axis=0, return_inverse=True)
    return distinct, inverse.reshape(-1)


def solve(
    graph: FeasibilityGraph,
    progress: Progress | None = None,
    preferred: AbstractSet[Pair] = frozenset(),
) -> TieupResult:
    """A maximum set of pairs of maximum total quality, level by level; with `preferred`
    pairs, the most of them such a maximum can hold, then the best total quality."""
    matched = np.zeros(len(graph.applicants), dtype=np.int64)
    pairs: list[TiedPair] = []
    remaining = np.array([a.remaining for a in graph.applicants], dtype=np.int64)
    for block in graph.blocks:
        if progress:
            progress(
                Message(
                    "tieup-progress-solving",
                    level=choice_label(block.level),
                    home=len(block.home),
                    partner=len(block.partner),
                    pairs=len(block.edge_home),
                )
            )
        chosen = _solve_block(block, remaining, _preferred_edges(graph, block, preferred))
        homes = block.home[block.edge_home[chosen]]
        partners = block.partner[block.edge_partner[chosen]]
        np.add.at(matched, homes, 1)
        np.add.at(matched, partners, 1)
        for home, partner, score, minutes in zip(
            homes.tolist(),
            partners.tolist(),
            block.edge_score[chosen].tolist(),
            block.edge_minutes[chosen].tolist(),
            strict=True,
        ):
            home_profile = graph.applicants[home].profile
            partner_profile = graph.applicants[partner].profile
            pairs.append(
                TiedPair(
                    home=home_profile.id,
                    partner=partner_profile.id,
                    overlap_minutes=minutes,
                    language=common_languages(home_profile, partner_profile)[0],
                    score=score,
                    continuing=frozenset((home_profile.id, partner_profile.id)) in preferred,
                )
            )
    pairs.sort(key=lambda pair: (pair.home, pair.partner))
    return TieupResult(graph, pairs, matched)


def _preferred_edges(
    graph: FeasibilityGraph, block: LevelBlock, preferred: AbstractSet[Pair]
) -> np.ndarray:
    """Which of the block's edges are preferred pairs, as a boolean array."""
    if not preferred:
        return np.zeros(len(block.edge_home), dtype=bool)
    ids = [a.profile.id for a in graph.applicants]
    homes = block.home[block.edge_home].tolist()
    partners = block.partner[block.edge_partner].tolist()
    return np.array(
        [frozenset((ids[h], ids[p])) in preferred for h, p in zip(homes, partners, strict=True)],
        dtype=bool,
    )


def _solve_block(block: LevelBlock, remaining: np.ndarray, preferred: np.ndarray) -> np.ndarray:
    """Indices of the block's edges that carry flow in a min-cost maximum flow; a preferred
    edge's bonus exceeds the spread of any two flows' total quality, so the most preferred
    edges come before quality."""
    edges = len(block.edge_home)
    if edges == 0:
        return np.zeros(0, dtype=np.int64)
    homes, partners = len(block.home), len(block.partner)
    source, sink, first_home, first_partner = 0, 1, 2, 2 + homes
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        np.concatenate(
            [
                np.full(homes, source),
                first_home + block.edge_home,
                first_partner + np.arange(partners),
            ]
        ),
        np.concatenate(
            [
                first_home + np.arange(homes),
                first_partner + block.edge_partner,
                np.full(partners, sink),
            ]
        ),
        np.concatenate(
            [remaining[block.home], np.ones(edges, dtype=np.int64), remaining[block.partner]]
        ),
        np.concatenate(
            [
                np.zeros(homes, dtype=np.int64),
                -(block.edge_score + preferred * (1 + int(np.abs(block.edge_score).sum()))),
                np.zeros(partners, dtype=np.int64),
            ]
        ),
    )
    supply = int(min(remaining[block.home].sum(), remaining[block.partner].sum()))
    flow.set_node_supply(source, supply)
    flow.set_node_supply(sink, -supply)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow for level {block.level} ended with status {status}")
    carried = flow.flows(np.arange(homes, homes + edges))
    return np.nonzero(carried > 0)[0]


def tie_up(
    applicants: Sequence[Applicant],
    week: ReferenceWeek,
    duration: int,
    excluded: AbstractSet[Pair] = frozenset(),
    progress: Progress | None = None,
    continuing: AbstractSet[Pair] = frozenset(),
    policy: ContinuingPolicy = ContinuingPolicy.IGNORE,
) -> TieupResult:
    """Build the feasibility graph and solve it, with last year's `continuing` pairs kept,
    preferred or ignored as `policy` says."""
    if progress:
        progress(
            Message(
                "tieup-progress-checking",
                schools=len(applicants),
                week=week.monday.isoformat(),
                duration=duration,
            )
        )
    kept: list[TiedPair] = []
    if policy is ContinuingPolicy.KEEP and continuing:
        kept, applicants = keep_pairs(applicants, continuing, week, duration)
        excluded = excluded | {frozenset((p.home, p.partner)) for p in kept}
    graph = build_graph(applicants, week, duration, excluded)
    if progress:
        progress(Message("tieup-progress-feasible", pairs=graph.edge_count))
    preferred = continuing if policy is ContinuingPolicy.PREFER else frozenset()
    result = solve(graph, progress, preferred)
    if kept:
        result.pairs = sorted([*result.pairs, *kept], key=lambda pair: (pair.home, pair.partner))
        in_kept = {school_id for pair in kept for school_id in (pair.home, pair.partner)}
        result.filled_by_kept = [
            a.profile for a in applicants if a.remaining == 0 and a.profile.id in in_kept
        ]
    return result


def keep_pairs(
    applicants: Sequence[Applicant],
    continuing: AbstractSet[Pair],
    week: ReferenceWeek,
    duration: int,
) -> tuple[list[TiedPair], list[Applicant]]:
    """The continuing pairs kept (in the order of their ids, while both schools have a place
    left), and the applicants with those places used."""
    by_id = {a.profile.id: a for a in applicants}
    left = {school_id: a.remaining for school_id, a in by_id.items()}
    kept = []
    for pair in sorted(tuple(sorted(p)) for p in continuing):
        if not all(left.get(school_id, 0) > 0 for school_id in pair):
            continue
        first, second = (by_id[school_id].profile for school_id in pair)
        home, partner = (first, second) if first.side == Side.HOME else (second, first)
        kept.append(_kept_pair(home, partner, week, duration))
        for school_id in pair:
            left[school_id] -= 1
    return kept, [replace(a, remaining=left[a.profile.id]) for a in applicants]


def _kept_pair(
    home: SchoolProfile, partner: SchoolProfile, week: ReferenceWeek, duration: int
) -> TiedPair:
    """A kept pair with this week's figures: its overlap and quality, zero when the week gives
    it no overlap long enough (they may exchange non-real-time)."""
    mine, theirs = TimePattern.of(home), TimePattern.of(partner)
    any_minutes, class_minutes = (
        int(table[0, 0]) for table in week.overlap_table([mine], [theirs])
    )
    meets = any_minutes >= duration
    languages = common_languages(home, partner)
    return TiedPair(
        home=home.id,
        partner=partner.id,
        overlap_minutes=any_minutes if meets else 0,
        language=languages[0] if languages else "",
        score=pair_points(
            class_minutes, any_minutes, home.topics, partner.topics, home.grades, partner.grades
        )
        if meets
        else 0,
        continuing=True,
    )
