"""One crash run: clone the seeded database, start the child, SIGKILL it at a random moment,
restart the bot the normal way on the same database, let due work and delivery run, check.

Databases are files (SQLite) or databases of a throwaway PostgreSQL cluster, each run on its
own copy of a template seeded once per operation.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.crash_invariants import Findings, check
from benchmarks.crash_seed import seed_template
from benchmarks.crash_world import JournalRecord, crash_environment, start_bot
from tests.support.postgres import PostgresCluster

REPOSITORY = Path(__file__).resolve().parent.parent
KILL_WINDOW = {  # seconds after the child is ready; each run's kill falls uniformly inside
    "booking": 6.0,
    "import": 5.0,
    "tieup": 9.0,
    "reminders": 5.0,
}
READY_TIMEOUT = 120.0


class ChildFailed(RuntimeError):
    """The child stopped on its own with an error: a bug in the operation, not a crash."""


class SqliteFiles:
    name = "sqlite"

    def __init__(self, root: Path) -> None:
        self.root = root
        self.templates: dict[str, Path] = {}

    def template_url(self, operation: str) -> str:
        path = self.root / f"template-{operation}.sqlite3"
        self.templates[operation] = path
        return f"sqlite+aiosqlite:///{path}"

    def clone(self, operation: str, workdir: Path) -> str:
        copy = workdir / "jointclass.sqlite3"
        shutil.copyfile(self.templates[operation], copy)
        return f"sqlite+aiosqlite:///{copy}"

    def drop(self, url: str) -> None:
        """The file goes with the run's directory."""


class PostgresDatabases:
    name = "postgresql"

    def __init__(self, cluster: PostgresCluster) -> None:
        self.cluster = cluster
        self.templates: dict[str, str] = {}

    def template_url(self, operation: str) -> str:
        self.templates[operation] = self.cluster.create_database()
        return self.cluster.url(self.templates[operation])

    def clone(self, operation: str, workdir: Path) -> str:
        return self.cluster.url(self.cluster.create_database(template=self.templates[operation]))

    def drop(self, url: str) -> None:
        self.cluster.drop_database(url.rsplit("/", 1)[1])


Backend = SqliteFiles | PostgresDatabases


@dataclass
class RunResult:
    operation: str
    backend: str
    seed: int
    kill_after: float  # seconds after the child was ready
    killed: bool  # False when the child had finished before the kill was due
    interrupted: str | None  # the unit of work the kill landed in
    findings: Findings
    restart_seconds: float
    workdir: Path


class CrashLab:
    """Runs crash runs in a scratch directory, seeding each template on first use."""

    def __init__(self, root: Path, backend: Backend, window_scale: float = 1.0) -> None:
        self.root = root
        self.backend = backend
        self.window_scale = window_scale
        self.assets = root / "assets"
        self.assets.mkdir(parents=True, exist_ok=True)

    async def run(self, operation: str, seed: int) -> RunResult:
        workdir = self.root / f"{operation}-{self.backend.name}-{seed}"
        workdir.mkdir()
        url = await self.fresh_database(operation, workdir)
        try:
            kill_after, killed = await self._kill_child(operation, seed, url, workdir)
            journal = JournalRecord.read(workdir)
            findings, restart_seconds = await self.restart_and_check(
                operation, url, workdir, journal
            )
        finally:
            self.backend.drop(url)
        if not findings.failed:
            shutil.rmtree(workdir)  # kept only when something is wrong, for a look
        return RunResult(
            operation,
            self.backend.name,
            seed,
            kill_after,
            killed,
            journal.interrupted if killed else None,
            findings,
            restart_seconds,
            workdir,
        )

    async def fresh_database(self, operation: str, workdir: Path) -> str:
        """A copy of the operation's seeded template, for one run."""
        if operation not in self.backend.templates:
            await seed_template(
                operation, self.backend.template_url(operation), self.root, self.assets
            )
        return self.backend.clone(operation, workdir)

    async def _kill_child(
        self, operation: str, seed: int, url: str, workdir: Path
    ) -> tuple[float, bool]:
        """(seconds after ready the kill was due, whether the child was still there to kill)"""
        with (workdir / "child.log").open("w") as log:
            child = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.crash_child",
                    operation,
                    url,
                    str(workdir),
                    str(self.assets),
                    str(seed),
                ],
                cwd=REPOSITORY,
                env=os.environ | crash_environment(url, workdir),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
            try:
                await _until_ready(child, workdir)
                kill_after = (
                    random.Random(seed).uniform(0, KILL_WINDOW[operation]) * self.window_scale
                )
                await asyncio.sleep(kill_after)
                killed = child.poll() is None
            finally:
                if child.poll() is None:
                    child.send_signal(signal.SIGKILL)
                child.wait()
        if not killed and child.returncode != 0:
            raise ChildFailed(f"{operation} child failed:\n{(workdir / 'child.log').read_text()}")
        return kill_after, killed

    async def restart_and_check(
        self, operation: str, url: str, workdir: Path, journal: JournalRecord
    ) -> tuple[Findings, float]:
        """Start the bot as after any crash, let it fire and deliver what is due, then check;
        returns the findings and the seconds from start until delivery was done."""
        started = time.perf_counter()
        core = await start_bot(url, workdir, journal.clock)
        try:
            await core.run_due_work()
            restart_seconds = time.perf_counter() - started
            return await check(operation, core, journal, workdir, self.assets), restart_seconds
        finally:
            await core.close()


async def _until_ready(child: subprocess.Popen[bytes], workdir: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while not JournalRecord.read(workdir).ready:
        if child.poll() is not None:
            raise ChildFailed(
                f"the child exited before it was ready:\n{(workdir / 'child.log').read_text()}"
            )
        if time.monotonic() > deadline:
            raise ChildFailed("the child did not get ready in time")
        await asyncio.sleep(0.02)
