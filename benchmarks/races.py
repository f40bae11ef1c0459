"""Races: conflicting commands fired at the same moment through the dispatcher, many rounds.

    python -m benchmarks.races [--rounds 40] [--seed 2027] [--backends sqlite,postgresql]
                               [--scenarios "book/book,request x3"]

`--rounds` is per scenario and backend (`benchmarks/race_scenarios.py` lists the scenarios).
Each round stages a fresh cast of schools and teachers through the bot's own commands, fires
the scenario's commands together (each after a random few milliseconds), delivers what they
queued, and checks `benchmarks/race_invariants.py`. SQLite runs on a database file (several
connections, as in production), PostgreSQL on a throwaway cluster when its server binaries are
installed. Prints rounds and violations per scenario and backend, then every violation found;
exits non-zero if there was any.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.race_invariants import RoundRecord, load_rows, violations
from benchmarks.race_scenarios import BY_NAME, Scenario
from benchmarks.race_world import Cast, RaceWorld, errors_logged
from benchmarks.tables import print_table
from tests.support.postgres import PostgresCluster, find_bindir


@dataclass
class Tally:
    scenario: str
    backend: str
    rounds: int = 0
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0


async def play_round(world: RaceWorld, scenario: Scenario, number: int) -> RoundRecord:
    """Stage round `number` of `scenario`, fire its calls together, and record what happened."""
    cast = Cast(number)
    await scenario.stage(world, cast)
    calls = scenario.calls(cast)
    created_before = len(world.channels.created)
    with errors_logged() as errors:
        replies = await world.fire(calls)
    return RoundRecord(
        scenario.name,
        cast,
        calls,
        replies,
        errors.records,
        world.channels.created[created_before:],
    )


async def round_violations(world: RaceWorld, scenario: Scenario, record: RoundRecord) -> list[str]:
    """What the replies got wrong for the scenario, then every invariant the round broke."""
    return scenario.expect(record.replies) + violations(record, await load_rows(world, record.cast))


@asynccontextmanager
async def databases(backend: str, root: Path) -> AsyncIterator[list[str]]:
    """URLs of fresh databases on `backend`, one per scenario, dropped at the end; none when
    the backend is not available here."""
    if backend == "sqlite":
        yield [f"sqlite+aiosqlite:///{root / f'races-{n}.sqlite3'}" for n in range(len(BY_NAME))]
        return
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL server binaries are not installed: skipping postgresql", file=sys.stderr)
        yield []
        return
    cluster = PostgresCluster(bindir)
    cluster.start()
    try:
        yield [cluster.url(cluster.create_database()) for _ in range(len(BY_NAME))]
    finally:
        cluster.stop()


async def run_backend(
    backend: str, scenarios: Sequence[Scenario], rounds: int, seed: int, root: Path
) -> list[Tally]:
    tallies = []
    async with databases(backend, root) as urls:
        for scenario, url in zip(scenarios, urls, strict=False):
            tally = Tally(scenario.name, backend)
            world = await RaceWorld.start(url, seed)
            started = time.perf_counter()
            try:
                for number in range(1, rounds + 1):
                    record = await play_round(world, scenario, number)
                    found = await round_violations(world, scenario, record)
                    tally.rounds += 1
                    tally.violations += [f"round {number}: {problem}" for problem in found]
            finally:
                await world.close()
            tally.seconds = time.perf_counter() - started
            tallies.append(tally)
            print(
                f"{backend:10} {scenario.name:28} {tally.rounds} rounds, "
                f"{len(tally.violations)} violation(s)",
                file=sys.stderr,
            )
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.races")
    parser.add_argument("--rounds", type=int, default=40, help="per scenario and backend")
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--scenarios", default=",".join(BY_NAME))
    args = parser.parse_args()
    scenarios = [BY_NAME[name.strip()] for name in args.scenarios.split(",") if name.strip()]
    tallies: list[Tally] = []
    with tempfile.TemporaryDirectory(prefix="jointclass-races-") as scratch:
        for backend in (name.strip() for name in args.backends.split(",") if name.strip()):
            tallies += asyncio.run(
                run_backend(backend, scenarios, args.rounds, args.seed, Path(scratch))
            )
    print_table(
        "Simultaneous commands: rounds and invariant violations",
        [
            {
                "backend": t.backend,
                "scenario": t.scenario,
                "rounds": t.rounds,
                "violations": len(t.violations),
                "s per round": t.seconds / max(t.rounds, 1),
            }
            for t in tallies
        ],
    )
    for backend in sorted({t.backend for t in tallies}):
        mine = [t for t in tallies if t.backend == backend]
        print(
            f"{backend}: {sum(t.rounds for t in mine)} rounds, "
            f"{sum(len(t.violations) for t in mine)} violation(s)"
        )
    problems = [f"{t.backend} {t.scenario} {v}" for t in tallies for v in t.violations]
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
