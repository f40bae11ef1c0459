"""The matching as 0/1 pairs and linear rows, per independent component, so that the CP-SAT
model and its LP relaxation are written from one encoding of the rules.

A pair is a (session, assistant) the rules allow next to the kept assignments. Each row says
"at most `bound` of these pairs": one per session (one assistant each), one per assistant and
clash group (never two clashing sessions), one per assistant and month of their zone (the cap,
less the kept sessions of that month). Sessions and assistants that share no pair are in
different components, which never constrain each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ortools.linear_solver import pywraplp

from bot.assistants.rules import Month, clash_groups, month_of, obstacle, speaks_both
from bot.assistants.values import AskingSession, Assistant

Pair = tuple[int, int]  # (position in the asking sessions, position in the assistants)


@dataclass(frozen=True)
class Row:
    pairs: tuple[int, ...]  # positions in the component's pairs
    bound: int


@dataclass(frozen=True)
class Load:
    pairs: tuple[int, ...]  # one assistant's pairs in the component
    kept: int  # their kept assignments


@dataclass
class Component:
    pairs: list[Pair]
    rows: list[Row] = field(default_factory=list)
    loads: list[Load] = field(default_factory=list)
    familiar: list[int] = field(default_factory=list)  # pairs whose assistant knows the schools

    @property
    def sessions(self) -> int:
        return len({i for i, _ in self.pairs})


def components(
    asking: Sequence[AskingSession],
    people: Sequence[Assistant],
    kept_schedules: dict[int, list[AskingSession]],
) -> list[Component]:
    """Every component with its rows, in order of first session; `asking` sorted by start."""
    pairs = _allowed_pairs(asking, people, kept_schedules)
    groups = clash_groups(asking)
    found = []
    for component_pairs in _connected(pairs):
        component = Component(component_pairs)
        by_session: dict[int, list[int]] = defaultdict(list)
        by_assistant: dict[int, list[int]] = defaultdict(list)
        for p, (i, a) in enumerate(component_pairs):
            by_session[i].append(p)
            by_assistant[a].append(p)
        component.rows.extend(Row(tuple(ps), 1) for ps in by_session.values() if len(ps) > 1)
        for a, own in by_assistant.items():
            assistant = people[a]
            kept = kept_schedules.get(assistant.id, [])
            pair_of = {component_pairs[p][0]: p for p in own}
            component.rows.extend(_clash_rows(pair_of, groups))
            component.rows.extend(_cap_rows(assistant, kept, pair_of, asking))
            component.loads.append(Load(tuple(own), len(kept)))
            component.familiar.extend(
                p for p in own if asking[component_pairs[p][0]].schools in assistant.served_pairs
            )
        found.append(component)
    return found


def linear_model(part: Component, backend: str = "GLOP") -> tuple[Any, list[Any]]:
    """The component's rows in a `pywraplp` solver, with one variable per pair: from 0 to 1
    for GLOP (the LP relaxation), 0 or 1 for a MIP backend such as SCIP."""
    solver = pywraplp.Solver.CreateSolver(backend)
    if solver is None:
        raise RuntimeError(f"OR-tools has no {backend} backend here")
    integral = backend != "GLOP"
    take = [solver.Var(0, 1, integral, f"p{p}") for p in range(len(part.pairs))]
    for row in part.rows:
        solver.Add(solver.Sum([take[p] for p in row.pairs]) <= row.bound)
    return solver, take


def _allowed_pairs(
    asking: Sequence[AskingSession],
    people: Sequence[Assistant],
    kept_schedules: dict[int, list[AskingSession]],
) -> list[Pair]:
    speakers: dict[frozenset[str], list[int]] = {}
    pairs = []
    for i, session in enumerate(asking):
        languages = frozenset(session.languages)
        if languages not in speakers:
            speakers[languages] = [a for a, p in enumerate(people) if speaks_both(p, session)]
        for a in speakers[languages]:
            if obstacle(people[a], session, kept_schedules.get(people[a].id, [])) is None:
                pairs.append((i, a))
    return pairs


def _connected(pairs: list[Pair]) -> list[list[Pair]]:
    """The pairs grouped by connected sessions and assistants, in order of first session."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, a in pairs:
        parent[root(("session", i))] = root(("assistant", a))
    grouped: dict[tuple[str, int], list[Pair]] = {}
    for pair in pairs:
        grouped.setdefault(root(("session", pair[0])), []).append(pair)
    return list(grouped.values())


def _clash_rows(pair_of: dict[int, int], groups: list[list[int]]) -> list[Row]:
    """One assistant's clash groups, each cut down to the sessions they could serve."""
    rows = []
    for i in pair_of:
        mine = tuple(pair_of[j] for j in groups[i] if j in pair_of)
        if len(mine) > 1:
            rows.append(Row(mine, 1))
    return rows


def _cap_rows(
    assistant: Assistant,
    kept: list[AskingSession],
    pair_of: dict[int, int],
    asking: Sequence[AskingSession],
) -> list[Row]:
    by_month: dict[Month, list[int]] = defaultdict(list)
    for i, p in pair_of.items():
        by_month[month_of(assistant, asking[i])].append(p)
    rows = []
    for month, month_pairs in by_month.items():
        room = assistant.max_per_month - sum(month_of(assistant, s) == month for s in kept)
        if len(month_pairs) > room:
            rows.append(Row(tuple(month_pairs), room))
    return rows
