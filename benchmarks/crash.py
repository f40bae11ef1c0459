"""Crash safety: SIGKILL during booking, import, tie-up and reminder delivery, then restart.

    python -m benchmarks.crash [--runs 52] [--seed 2027] [--backends sqlite,postgresql]

Each run clones a seeded database, starts a child process doing one operation in a loop
(`benchmarks/crash_child.py`), kills it with SIGKILL at a moment drawn from the seeded RNG,
restarts the bot on the same database the normal way, lets due reminders fire and the outbox
deliver, and checks the invariants of `benchmarks/crash_invariants.py`. `--runs` is per
backend, spread evenly over the four operations; PostgreSQL runs on a throwaway cluster when
its server binaries are installed. Exits non-zero if anything is inconsistent or lost.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.crash_harness import Backend, CrashLab, PostgresDatabases, RunResult, SqliteFiles
from benchmarks.crash_world import OPERATIONS
from tests.support.postgres import PostgresCluster, find_bindir


@contextmanager
def backend_named(name: str, root: Path) -> Iterator[Backend | None]:
    if name == "sqlite":
        yield SqliteFiles(root)
        return
    bindir = find_bindir()
    if bindir is None:
        yield None
        return
    cluster = PostgresCluster(bindir)
    cluster.start()
    try:
        yield PostgresDatabases(cluster)
    finally:
        cluster.stop()


async def crash_runs(backend: Backend, root: Path, runs: int, seed: int) -> list[RunResult]:
    lab = CrashLab(root, backend)
    results = []
    for number in range(runs):
        operation = OPERATIONS[number % len(OPERATIONS)]
        result = await lab.run(operation, seed + number)
        results.append(result)
        where = (
            repr(result.interrupted)
            if result.interrupted
            else "between units"
            if result.killed
            else "none: the child had finished"
        )
        print(
            f"  {backend.name:10} {operation:9} seed {result.seed}: kill at "
            f"{result.kill_after:4.1f} s, in {where:.60}; "
            f"{len(result.findings.inconsistencies)} inconsistent",
            file=sys.stderr,
        )
        for problem in result.findings.inconsistencies[:5]:
            print(f"    {problem} (kept in {result.workdir})", file=sys.stderr)
    return results


def table(results: list[RunResult]) -> str:
    header = (
        "operation",
        "backend",
        "runs",
        "killed mid-op",
        "inconsistent",
        "reminders due",
        "reminders lost",
        "messages",
        "messages lost",
        "resent",
        "restart p50",
        "restart max",
    )
    rows = [header]
    groups: dict[tuple[str, str], list[RunResult]] = {}
    for result in results:
        groups.setdefault((result.operation, result.backend), []).append(result)
    for (operation, backend), group in groups.items():
        restarts = [r.restart_seconds for r in group]
        rows.append(
            (
                operation,
                backend,
                str(len(group)),
                str(sum(1 for r in group if r.interrupted)),
                str(sum(len(r.findings.inconsistencies) for r in group)),
                str(sum(r.findings.reminders_due for r in group)),
                str(sum(r.findings.reminders_lost for r in group)),
                str(sum(r.findings.messages for r in group)),
                str(sum(r.findings.messages_lost for r in group)),
                str(sum(r.findings.messages_resent for r in group)),
                f"{statistics.median(restarts):.2f} s",
                f"{max(restarts):.2f} s",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=52, help="kills per backend (default 52)")
    parser.add_argument("--seed", type=int, default=2027, help="first run's seed")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    print(f"seed {args.seed}, {args.runs} runs per backend", file=sys.stderr)
    results: list[RunResult] = []
    scratch = Path(tempfile.mkdtemp(prefix="jointclass-crash-"))
    for name in args.backends.split(","):
        root = scratch / name
        with backend_named(name, root) as backend:
            if backend is None:
                print(f"{name}: skipped, its server binaries are not installed", file=sys.stderr)
                continue
            results += await crash_runs(backend, root, args.runs, args.seed)
    print(f"Crash runs (seed {args.seed}): SIGKILL at a random moment, restart, check.")
    print(table(results))
    failed = any(result.findings.failed for result in results)
    if not failed:
        shutil.rmtree(scratch)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
