"""Teachers at work during a big import: `python -m benchmarks.import_traffic [--rows 37000]`.

On one SQLite file, `jointclass import` of a generated survey (benchmarks/survey_generator.py)
runs in its own process while, in this one, teachers register schools one after another through
the dispatcher (writing commands, each in its transaction) and the leader lease is claimed every
second, as the running bot's leader does. Reported: the import's duration, the writing commands'
latency (p50, p99, max) and failures during the import and for 30 s before it, and the
slowest lease claim: the lease lasts `LEASE_SECONDS`, so a claim slower than a few seconds would
cost the leader its lease and hold reminders up.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.survey_generator import survey_csv, survey_rows
from benchmarks.tables import percentile, print_table
from bot.adapters.testing import RecordingMessenger
from bot.bootstrap import build_bot
from bot.core.bot_core import BotCore
from bot.core.identity import Actor
from bot.core.leadership import LeaderLease
from bot.core.settings import Settings

PROGRAM = "Import traffic"
WRITERS = 4  # teachers typing at once
PAUSE = 0.05  # seconds a teacher waits between two commands
CLAIM_EVERY = 1.0
BASE_ROWS = 616  # rows of survey_rows() at scale 1
BEFORE_SECONDS = 30.0  # the same traffic measured first without an import, for comparison


@dataclass
class Traffic:
    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    claims: list[float] = field(default_factory=list)
    lost_claims: int = 0

    def row(self, phase: str, seconds: float) -> dict[str, object]:
        return {
            "phase": phase,
            "seconds": seconds,
            "commands": len(self.latencies),
            "failed": self.failures,
            "p50 ms": percentile(self.latencies, 50) * 1000,
            "p99 ms": percentile(self.latencies, 99) * 1000,
            "max ms": max(self.latencies, default=0.0) * 1000,
            "slowest lease claim ms": max(self.claims, default=0.0) * 1000,
            "claims lost": self.lost_claims,
        }


async def teacher(core: BotCore, names: itertools.count[int], traffic: Traffic) -> None:
    """New teachers, one after another, each registering their school."""
    while True:
        number = next(names)
        actor = Actor("slack", "T0IMPORT", f"U0W{number:06d}", f"teacher{number}")
        name = f"Traffic School {number}"
        line = (
            f'school register "{name}" country=KR city=Seoul level=middle languages=ko,en '
            'class_hours="Mon-Fri 09:00-16:00"'
        )
        began = time.perf_counter()
        reply = await core.handle_text(actor, line)
        traffic.latencies.append(time.perf_counter() - began)
        traffic.failures += not reply.ok
        await asyncio.sleep(PAUSE)


async def leader(core: BotCore, traffic: Traffic) -> None:
    """The leader's lease, claimed (renewed) every CLAIM_EVERY seconds."""
    lease = LeaderLease(core.sessions, "import-traffic")
    while True:
        began = time.perf_counter()
        try:
            held = await lease.claim()
        except Exception:
            held = False
        traffic.claims.append(time.perf_counter() - began)
        traffic.lost_claims += not held
        await asyncio.sleep(CLAIM_EVERY)


async def measured(
    core: BotCore, names: itertools.count[int], work: asyncio.Future[object]
) -> tuple[Traffic, float]:
    """Traffic until `work` ends; returns it and its duration."""
    traffic = Traffic()
    load = [asyncio.ensure_future(teacher(core, names, traffic)) for _ in range(WRITERS)]
    load.append(asyncio.ensure_future(leader(core, traffic)))
    began = time.perf_counter()
    try:
        await work
    finally:
        for task in load:
            task.cancel()
        await asyncio.gather(*load, return_exceptions=True)
    return traffic, time.perf_counter() - began


async def run(rows: int) -> tuple[list[dict[str, object]], int]:
    with tempfile.TemporaryDirectory(prefix="jointclass-import-traffic-") as directory:
        configured = {
            "JOINTCLASS_DATA_DIR": directory,
            "DATABASE_URL": f"sqlite+aiosqlite:///{directory}/bot.sqlite3",
            "JOINTCLASS_PROGRAM": PROGRAM,
            "JOINTCLASS_COORDINATORS": "",
            "LOG_LEVEL": "WARNING",
        }
        survey = Path(directory) / "survey.csv"
        survey.write_text(survey_csv(list(survey_rows(scale=rows / BASE_ROWS))))
        settings = Settings(_env_file=None, **configured)  # type: ignore[call-arg]
        core = await build_bot(settings, database_url=configured["DATABASE_URL"])
        core.add_messenger("slack", RecordingMessenger())
        names = itertools.count(1)
        try:
            quiet = asyncio.ensure_future(asyncio.sleep(BEFORE_SECONDS))
            before, _ = await measured(core, names, quiet)
            command = [sys.executable, "-m", "bot", "import", str(survey), "--program", PROGRAM]
            command.append("--create-program")  # unless a teacher's registration made it
            importing = await asyncio.create_subprocess_exec(
                *command, env={**os.environ, **configured}, stdout=asyncio.subprocess.DEVNULL
            )
            during, took = await measured(core, names, asyncio.ensure_future(importing.wait()))
        finally:
            await core.close()
    table = [
        before.row("before the import", BEFORE_SECONDS),
        during.row("during the import", took),
    ]
    return table, importing.returncode or 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.import_traffic",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--rows", type=int, default=37_000, help="survey rows (37,000)")
    args = parser.parse_args(argv)
    table, code = asyncio.run(run(args.rows))
    print_table(
        f"{WRITERS} teachers registering schools on SQLite while {args.rows:,} rows are imported",
        table,
    )
    if code:
        print(f"the import failed (exit code {code})")
    return code


if __name__ == "__main__":
    sys.exit(main())
