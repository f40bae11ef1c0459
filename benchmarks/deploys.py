"""Deploys and crashes while teachers type: `python -m benchmarks.deploys [--kills 200]`.

Each backend (a SQLite file; a database of a throwaway PostgreSQL 15 cluster when its server
binaries are installed) gets `--kills` rounds of the drill in `tests/support/deploy_drill.py`:
a real `jointclass run` (Slack over HTTP, pointed at a fake Slack), a burst of signed slash
commands from new teachers (two in five register a school, the rest read), SIGTERM or SIGKILL
(even odds) at a random moment of the burst, a restart. Reported: commands, how many the bot
acknowledged, answered once, lost, answered twice, effects that happened twice or never, and
the longest SIGTERM from the signal to the exit, against the grace. Commands answered twice are
counted by the signal that stopped their burst, beside the answers a restart re-sent because
its process was stopped between marking an answer on its way and marking it answered (the
window no order of writes closes on Slack, README "Deploys and shutdowns"). Exits non-zero on
any loss, double, or late SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from benchmarks.tables import print_table
from tests.support.deploy_drill import DeployResult, run_deploys
from tests.support.postgres import PostgresCluster, find_bindir


def row(result: DeployResult) -> dict[str, object]:
    return {
        "backend": result.backend,
        "stops": result.kills,
        "SIGTERM": result.count("SIGTERM"),
        "SIGKILL": result.count("SIGKILL"),
        "commands": len(result.commands),
        "acknowledged": len(result.acked),
        "answered once": result.answered_once,
        "lost": result.lost,
        "answered twice": result.answered_twice,
        "twice, SIGKILL": result.answered_twice_after("SIGKILL"),
        "twice, SIGTERM": result.answered_twice_after("SIGTERM"),
        "re-sent": result.resent,
        "error replies": result.sum_errors(),
        "effect twice": result.effects_twice,
        "effect missing": result.effects_missing,
        "unacked, answered": result.unacked_answered,
        "longest SIGTERM s": result.longest_sigterm,
        "grace s": result.grace,
        "late SIGTERM": result.late_sigterms,
    }


async def drill(
    backend: str, kills: int, grace: float, seed: int, minutes: float | None
) -> DeployResult | None:
    with tempfile.TemporaryDirectory(prefix=f"jointclass-deploys-{backend}-") as directory:
        workdir = Path(directory)
        if backend == "sqlite":
            url = f"sqlite+aiosqlite:///{workdir}/drill.sqlite3"
            return await run_deploys(
                backend, url, workdir, kills=kills, minutes=minutes, grace=grace, seed=seed
            )
        bindir = find_bindir()
        if bindir is None:
            print("PostgreSQL server binaries are not installed: skipped", file=sys.stderr)
            return None
        cluster = PostgresCluster(bindir)
        cluster.start()
        try:
            url = cluster.url(cluster.create_database())
            return await run_deploys(
                backend, url, workdir, kills=kills, minutes=minutes, grace=grace, seed=seed
            )
        finally:
            cluster.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.deploys",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--kills", type=int, default=200, help="stops per backend (200)")
    parser.add_argument("--grace", type=float, default=5.0, help="JOINTCLASS_SHUTDOWN_GRACE (5)")
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--minutes", type=float, help="stop starting new rounds after this long, per backend"
    )
    args = parser.parse_args(argv)
    results = []
    for backend in args.backends.split(","):
        result = asyncio.run(
            drill(backend.strip(), args.kills, args.grace, args.seed, args.minutes)
        )
        if result is not None:
            print(result.summary(), flush=True)
            results.append(result)
    print_table(
        "Slack commands through SIGTERM and SIGKILL, restarted each time",
        [row(result) for result in results],
    )
    failed = any(
        r.lost or r.answered_twice or r.late_sigterms or r.effects_twice or r.effects_missing
        for r in results
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
