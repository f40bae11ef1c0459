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
import shutil
import sys
import tempfile
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

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


async def drill(backend: str, args: argparse.Namespace, workdir: Path) -> DeployResult | None:
    def deploys(url: str) -> Coroutine[Any, Any, DeployResult]:
        return run_deploys(
            backend,
            url,
            workdir,
            kills=args.kills,
            minutes=args.minutes,
            grace=args.grace,
            seed=args.seed,
            log_level=args.log_level,
        )

    if backend == "sqlite":
        return await deploys(f"sqlite+aiosqlite:///{workdir}/drill.sqlite3")
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL server binaries are not installed: skipped", file=sys.stderr)
        return None
    cluster = PostgresCluster(bindir)
    cluster.start()
    try:
        return await deploys(cluster.url(cluster.create_database()))
    finally:
        cluster.stop()


def drill_keeping_log(backend: str, args: argparse.Namespace) -> DeployResult | None:
    """One backend's drill in a directory of its own; its bot's log is copied to `--logs`."""
    with tempfile.TemporaryDirectory(prefix=f"jointclass-deploys-{backend}-") as directory:
        workdir = Path(directory)
        try:
            return asyncio.run(drill(backend, args, workdir))
        finally:
            if args.logs is not None and (workdir / "bot.log").exists():
                args.logs.mkdir(parents=True, exist_ok=True)
                shutil.copy(workdir / "bot.log", args.logs / f"{backend}.log")


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
    parser.add_argument("--logs", type=Path, help="keep each backend's bot log in this folder")
    parser.add_argument("--log-level", default="WARNING", help="the bots' LOG_LEVEL (WARNING)")
    args = parser.parse_args(argv)
    results = []
    for backend in args.backends.split(","):
        result = drill_keeping_log(backend.strip(), args)
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
