"""Matching assistants to the sessions that ask: the most sessions covered, then the smallest
largest load, then the most sessions served by an assistant who already knows the pair.

The aims are lexicographic; for each component of the problem:
1. the most sessions it can cover;
2. a lower bound on the largest load among covers that large, from the LP relaxation (GLOP)
   of the same rows; the run's bound is the largest over the components and the kept loads;
3. with every load capped at that bound as a constraint, the most sessions covered, then the
   most familiar assignments (one objective, weighted so one more session covered outweighs
   every familiar assignment). If a component then covers fewer sessions than in step 1, no
   cover that large fits under the bound: it is raised by one and step 3 runs again. The first
   bound under which every component keeps its full cover is the smallest largest load.
The relaxation is tight on realistic terms, so step 3 usually runs once. On the benchmark's
terms (600 sessions, 150 assistants) steps 1 and 2 take under a second of CPU, where one CP-SAT
solve for coverage and then the largest load takes about three, and fixing the coverage as an
equality constraint before minimising the load about nine. One worker and a fixed seed make
the result the same on every run for the same input.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable

from ortools.sat.python import cp_model

from bot.assistants.plan import MatchPlan
from bot.assistants.problem import Component, Pair, components, linear_model
from bot.assistants.reasons import Uncovered, explain
from bot.assistants.rules import schedules
from bot.assistants.values import (
    AskingSession,
    Assignment,
    Assistant,
    assignment_order,
    session_order,
)

logger = logging.getLogger(__name__)

_LP_SLACK = 1e-4  # an LP value this far above an integer still rounds down to it


def match(
    sessions: Iterable[AskingSession],
    assistants: Iterable[Assistant],
    kept: Iterable[Assignment] = (),
) -> MatchPlan:
    """Assign `assistants` to `sessions` without moving the `kept` assignments; sessions a kept
    assignment covers already are not matched again."""
    kept = tuple(sorted(kept, key=assignment_order))
    covered = {assignment.session.id for assignment in kept}
    asking = sorted({s.id: s for s in sessions if s.id not in covered}.values(), key=session_order)
    people = sorted(assistants, key=lambda assistant: assistant.id)
    kept_schedules = schedules(kept)
    parts = components(asking, people, kept_schedules)
    kept_largest = max((len(theirs) for theirs in kept_schedules.values()), default=0)
    chosen, largest = _best_pairs(parts, kept_largest)
    added = tuple(Assignment(asking[i], people[a].id) for i, a in chosen)
    served = {i for i, _ in chosen}
    everyone = (*kept, *added)
    uncovered = tuple(
        Uncovered(session, explain(session, people, everyone))
        for i, session in enumerate(asking)
        if i not in served
    )
    logger.info(
        "assistants matched: %s of %s sessions covered in %s component(s), largest load %s",
        len(added),
        len(asking),
        len(parts),
        largest,
    )
    return MatchPlan(kept, added, uncovered)


def _best_pairs(parts: list[Component], kept_largest: int) -> tuple[list[Pair], int]:
    """The lexicographically best pairs of all components, and the largest load."""
    covers = [len(_most_covered(part)) for part in parts]
    largest = max(
        [kept_largest]
        + [_load_bound(part, cover) for part, cover in zip(parts, covers, strict=True)]
    )
    while True:
        found = [_most_familiar(part, largest) for part in parts]
        if all(len(pairs) == cover for pairs, cover in zip(found, covers, strict=True)):
            return sorted(pair for pairs in found for pair in pairs), largest
        largest += 1


def _most_covered(part: Component) -> list[Pair]:
    model, take = _model(part)
    model.maximize(sum(take))
    return _solve(part, model, take)


def _most_familiar(part: Component, largest: int) -> list[Pair]:
    """Most covered, then most familiar, with no load above `largest`."""
    model, take = _model(part)
    for load in part.loads:
        if load.kept + len(load.pairs) > largest:
            model.add(sum(take[p] for p in load.pairs) <= largest - load.kept)
    familiar = sum(take[p] for p in part.familiar)
    model.maximize((min(len(part.familiar), part.sessions) + 1) * sum(take) + familiar)
    return _solve(part, model, take)


def _model(part: Component) -> tuple[cp_model.CpModel, list[cp_model.IntVar]]:
    model = cp_model.CpModel()
    take = [model.new_bool_var(f"s{i}a{a}") for i, a in part.pairs]
    for row in part.rows:
        if row.bound == 1:
            model.add_at_most_one(take[p] for p in row.pairs)
        else:
            model.add(sum(take[p] for p in row.pairs) <= row.bound)
    return model, take


def _solve(part: Component, model: cp_model.CpModel, take: list[cp_model.IntVar]) -> list[Pair]:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # with a fixed seed: the same answer every run
    solver.parameters.random_seed = 0
    solver.parameters.symmetry_level = 0  # its detection costs more than it saves here
    status = solver.solve(model)
    if status != cp_model.OPTIMAL:
        raise RuntimeError(f"CP-SAT ended with {solver.status_name(status)}")
    return [pair for pair, var in zip(part.pairs, take, strict=True) if solver.value(var)]


def _load_bound(part: Component, cover: int) -> int:
    """No cover of `cover` sessions has a smaller largest load (LP relaxation, rounded up)."""
    lp, take = linear_model(part)
    largest = lp.NumVar(0, lp.infinity(), "largest")
    for load in part.loads:
        lp.Add(load.kept + lp.Sum([take[p] for p in load.pairs]) <= largest)
    lp.Add(lp.Sum(take) >= cover)
    lp.Minimize(largest)
    if lp.Solve() != lp.OPTIMAL:
        raise RuntimeError("the LP relaxation of the largest load has no optimum")
    return math.ceil(largest.solution_value() - _LP_SLACK)
