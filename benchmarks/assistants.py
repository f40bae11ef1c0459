"""Benchmark of matching remote class assistants: `python -m benchmarks.assistants`.

    python -m benchmarks.assistants [--sessions 600] [--assistants 150] [--seeds 1,2,3]
                                    [--exact-limit 60] [--offers 200]

Each seed makes a term of `--sessions` sessions asking for an assistant (five language pairs,
at the local times such pairs meet) and `--assistants` volunteers in eleven zones with their
hours, breaks, caps and past pairs (`benchmarks/assistant_world.py`). They are matched as
`jointclass assistants match` will match them, every uncovered session explained; the time
to match is measured in wall-clock and CPU seconds (the machine may be shared).

The count covered is then held against figures from the same rows solved another way: the
LP relaxation's bound (GLOP) and the exact optimum of the integer program by SCIP, when SCIP
proves it within `--exact-limit` seconds. Finally `--offers` new bookings are offered an
assistant one after another, each accepted offer kept, as new bookings will be.
"""

from __future__ import annotations

import argparse
import logging
import random
import time
from datetime import timedelta

from benchmarks.assistant_world import assistants, sessions
from benchmarks.tables import percentile, print_table
from bot.assistants.offer import offer
from bot.assistants.plan import MatchPlan
from bot.assistants.problem import components, linear_model
from bot.assistants.solver import match
from bot.assistants.values import AskingSession, Assignment, Assistant, session_order


def reference_figures(
    asked: list[AskingSession], people: list[Assistant], exact_limit: float
) -> dict[str, object]:
    """The LP bound on the count covered and, where SCIP finishes, the exact optimum."""
    parts = components(sorted(asked, key=session_order), sorted(people, key=lambda a: a.id), {})
    bound = 0.0
    exact: int | None = 0
    started = time.perf_counter()
    for part in parts:
        lp, take = linear_model(part)
        lp.Maximize(lp.Sum(take))
        lp.Solve()
        bound += lp.Objective().Value()
        if exact is None:
            continue
        mip, chosen = linear_model(part, "SCIP")
        mip.SetTimeLimit(int(exact_limit * 1000))
        mip.Maximize(mip.Sum(chosen))
        exact = round(mip.Objective().Value()) + exact if mip.Solve() == mip.OPTIMAL else None
    return {
        "pairs": sum(len(part.pairs) for part in parts),
        "components": len(parts),
        "LP bound": round(bound, 2),
        "SCIP optimum": "timeout" if exact is None else exact,
        "reference s": time.perf_counter() - started,
    }


def match_row(seed: int, count: int, helpers: int, exact_limit: float) -> dict[str, object]:
    rng = random.Random(seed)
    asked = sessions(count, rng)
    people = assistants(helpers, asked, rng)
    wall, cpu = time.perf_counter(), time.process_time()
    plan = match(asked, people)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    loads: dict[int, int] = {}
    for assignment in plan.added:
        loads[assignment.assistant_id] = loads.get(assignment.assistant_id, 0) + 1
    served = {a.id: a.served_pairs for a in people}
    return {
        "seed": seed,
        "sessions": len(asked),
        "assistants": len(people),
        "match s": wall,
        "match cpu s": cpu,
        "covered": len(plan.added),
        **reference_figures(asked, people, exact_limit),
        "largest load": max(loads.values(), default=0),
        "familiar": sum(a.session.schools in served[a.assistant_id] for a in plan.added),
        "nobody speaks": sum(not u.reason.speakers for u in plan.uncovered),
        "no free time": sum(u.reason.nearest_free is None for u in plan.uncovered),
    }


def offer_row(seed: int, count: int, helpers: int, offers: int) -> dict[str, object]:
    """New bookings offered an assistant one by one after a full match (milliseconds)."""
    rng = random.Random(seed)
    asked = sessions(count, rng)
    people = assistants(helpers, asked, rng)
    plan: MatchPlan = match(asked, people)
    held = list(plan.assignments)
    bookings = [
        AskingSession(
            count + n,
            s.start + timedelta(days=1),
            s.end + timedelta(days=1),
            s.languages,
            s.schools,
        )
        for n, s in enumerate(rng.sample(asked, offers), start=1)
    ]
    timings, accepted = [], 0
    for booking in bookings:
        started = time.perf_counter()
        result = offer(booking, people, held)
        timings.append((time.perf_counter() - started) * 1000)
        if isinstance(result, Assignment):
            held.append(result)
            accepted += 1
    return {
        "seed": seed,
        "offers": len(bookings),
        "assistant found": accepted,
        "p50 ms": percentile(timings, 50),
        "p99 ms": percentile(timings, 99),
        "max ms": max(timings),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.assistants",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sessions", type=int, default=600)
    parser.add_argument("--assistants", type=int, default=150)
    parser.add_argument("--seeds", default="1,2,3", help="one row per seed (default: 1,2,3)")
    parser.add_argument(
        "--exact-limit", type=float, default=60.0, help="seconds SCIP may take per component"
    )
    parser.add_argument("--offers", type=int, default=200, help="new bookings offered (0 skips)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    print_table(
        f"Matching {args.sessions} sessions and {args.assistants} assistants over a term "
        "(seconds; 'covered' against the LP bound and SCIP's exact optimum of the same rows)",
        [match_row(seed, args.sessions, args.assistants, args.exact_limit) for seed in seeds],
    )
    if args.offers:
        print_table(
            "Offers to new bookings after the match, one by one, existing assignments kept",
            [offer_row(seed, args.sessions, args.assistants, args.offers) for seed in seeds],
        )


if __name__ == "__main__":
    main()
