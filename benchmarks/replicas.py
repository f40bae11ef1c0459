"""Two replicas on one PostgreSQL, the leader killed with SIGKILL mid-stream: lost, duplicated,
and how long the survivor took to take over.

    python -m benchmarks.replicas [--reminders 500] [--runs 1]

Each run is the drill of `tests/system/test_replicas.py` (`tests/support/replica_drill.py`): a
throwaway PostgreSQL cluster (server binaries needed), a fake Slack Web API, reminders due over
20 s, two `jointclass run` processes, the leader killed once a third have arrived. Takeover is
the time from the kill to the survivor's first message; the lease allows at most 20 s.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from benchmarks.tables import print_table
from tests.support.postgres import PostgresCluster, find_bindir
from tests.support.replica_drill import DrillResult, run_drill


def row(run: int, result: DrillResult) -> dict[str, object]:
    takeover = "never" if result.takeover_seconds is None else f"{result.takeover_seconds:.1f}"
    return {
        "run": run,
        "reminders": result.reminders,
        "delivered": result.delivered,
        "lost": result.lost,
        "duplicated": result.duplicated,
        "takeover s": takeover,
        "sent once": f"{result.sent_once_rate:.1%}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.replicas")
    parser.add_argument("--reminders", type=int, default=500)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    cluster = PostgresCluster(bindir)
    cluster.start()
    rows = []
    try:
        for run in range(1, args.runs + 1):
            with tempfile.TemporaryDirectory() as workdir:
                result = asyncio.run(run_drill(cluster, Path(workdir), reminders=args.reminders))
            rows.append(row(run, result))
    finally:
        cluster.stop()
    print_table("Two replicas, the leader killed with SIGKILL mid-stream", rows)


if __name__ == "__main__":
    main()
