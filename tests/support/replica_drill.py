"""The replica drill: two `jointclass run` on one PostgreSQL, the leader killed mid-stream.

Reminders are seeded as rows the scheduler fires (not through booking commands: the drill is
about who fires and sends, and 500 bookings would take longer than the drill), each a
day-before checklist for its own partnership's joint Slack channel, due in real time over a
short window. So every message at the fake Slack API names the reminder it came from, and as
each replica has its own bot token for the workspace, the API also knows which replica sent it.
Used by `tests/system/test_replicas.py` and `python -m benchmarks.replicas`.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.reminders import insert_reminders, reminder_row, seed_pairs, seed_sessions
from bot.bootstrap import build_bot
from bot.core.leadership import LeaderLease
from bot.core.settings import Settings
from bot.reminders.plan import CHANNEL, ReminderKind
from storage.engine import create_engine, session_factory
from tests.support.fake_slack_api import FakeSlackApi
from tests.support.postgres import PostgresCluster

WORKSPACE = "T0DRILL"
PROGRAM = "Replica drill"
COORDINATOR = f"slack:{WORKSPACE}:U0COORD"
TAKEOVER_LIMIT = 30.0  # seconds from the kill to the survivor's first message, at most
STARTUP_LIMIT = 60.0  # seconds a replica may take to start on a busy machine


@dataclass(frozen=True)
class DrillResult:
    reminders: int
    copies: Counter[str]  # messages received per reminder (its joint channel)
    delivered_before_kill: int
    takeover_seconds: float | None  # None: the survivor never sent anything

    @property
    def delivered(self) -> int:
        return len(self.copies)

    @property
    def lost(self) -> int:
        return self.reminders - self.delivered

    @property
    def duplicated(self) -> int:
        return sum(count - 1 for count in self.copies.values())

    @property
    def sent_once_rate(self) -> float:
        return sum(1 for count in self.copies.values() if count == 1) / self.reminders

    def summary(self) -> str:
        takeover = "never" if self.takeover_seconds is None else f"{self.takeover_seconds:.1f} s"
        return (
            f"{self.reminders} reminders, {self.delivered} delivered, {self.lost} lost, "
            f"{self.duplicated} duplicated; leader killed after {self.delivered_before_kill}, "
            f"survivor's first message {takeover} after the kill"
        )


@dataclass
class Replica:
    instance_id: str
    token: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])


async def run_drill(
    cluster: PostgresCluster,
    workdir: Path,
    *,
    reminders: int = 500,
    lead_in: float = 12.0,
    spread: float = 20.0,
    kill_after: float = 1 / 3,
) -> DrillResult:
    """Seed `reminders` due from `lead_in` to `lead_in + spread` seconds from now, start two
    replicas, SIGKILL the leader once `kill_after` of them arrived, wait for the rest."""
    database = cluster.create_database()
    url = cluster.url(database)
    watcher = create_engine(url)
    lease = LeaderLease(session_factory(watcher), "drill")  # only to read who holds it
    slack = FakeSlackApi()
    await slack.start()
    replicas: list[Replica] = []
    try:
        last_due = await seed(url, workdir, reminders, lead_in, spread)
        for name in ("replica-a", "replica-b"):
            slack.add_workspace(WORKSPACE, f"xoxb-drill-{name}")
            replicas.append(start_replica(name, url, slack.api_url, workdir))
            if name == "replica-a":
                await until_leader(lease, replicas[0])
        await until_serving(replicas[1])
        await until(lambda: len(channels_reached(slack)) >= reminders * kill_after, replicas)
        leader, survivor = await current_leader(lease, replicas)
        delivered_before_kill = len(channels_reached(slack))
        leader.process.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        leader.process.wait()
        await until(
            lambda: len(channels_reached(slack)) >= reminders,
            [survivor],
            timeout=max(last_due - time.time(), 0) + TAKEOVER_LIMIT + 30,
            fail=False,
        )
        await asyncio.sleep(1.0)  # a duplicate still on its way arrives too
        first = [
            call.at
            for call in slack.calls_to("chat.postMessage")
            if call.token == survivor.token and call.at > killed_at
        ]
        return DrillResult(
            reminders,
            channels_reached(slack),
            delivered_before_kill,
            min(first) - killed_at if first else None,
        )
    finally:
        for replica in replicas:
            await stop(replica)
        await slack.close()
        await watcher.dispose()
        cluster.drop_database(database)


def drill_settings(workdir: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        JOINTCLASS_PROGRAM=PROGRAM,
        JOINTCLASS_COORDINATORS=COORDINATOR,
        JOINTCLASS_DATA_DIR=str(workdir),
        LOG_LEVEL="WARNING",
    )


async def seed(url: str, workdir: Path, count: int, lead_in: float, spread: float) -> float:
    """Migrate, then write the partnerships, sessions and due reminders; returns the last due
    instant as a `time.time()` value."""
    core = await build_bot(drill_settings(workdir), database_url=url, lead=False)
    try:
        now = datetime.now(UTC)
        pairs = await seed_pairs(core, count, now, platform="slack", workspace=WORKSPACE)
        start = now + timedelta(days=1)
        ids = await seed_sessions(core, pairs, [start] * count, now)
        first_due = now + timedelta(seconds=lead_in)
        rows = [
            reminder_row(
                session_id,
                ReminderKind.DAY_BEFORE.value,
                CHANNEL,
                first_due + timedelta(seconds=spread * n / count),
                "Asia/Seoul",
                start,
                now,
            )
            for n, session_id in enumerate(ids)
        ]
        await insert_reminders(core, rows)
    finally:
        await core.close()
    return (first_due + timedelta(seconds=spread)).timestamp()


def start_replica(instance_id: str, url: str, slack_api_url: str, workdir: Path) -> Replica:
    """`jointclass run` (as `python -m bot run`) with its own port, instance id and token."""
    token = f"xoxb-drill-{instance_id}"
    port = free_port()
    home = workdir / instance_id
    home.mkdir(parents=True, exist_ok=True)
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SLACK_", "DISCORD_", "JOINTCLASS_", "DATABASE_URL"))
    }
    env = inherited | {
        "DATABASE_URL": url,
        "SLACK_BOT_TOKEN": token,
        "SLACK_SIGNING_SECRET": "drill-signing-secret",
        "SLACK_API_URL": slack_api_url,
        "PORT": str(port),
        "JOINTCLASS_INSTANCE_ID": instance_id,
        "JOINTCLASS_PROGRAM": PROGRAM,
        "JOINTCLASS_COORDINATORS": COORDINATOR,
        "JOINTCLASS_DATA_DIR": str(home),
        "LOG_LEVEL": "INFO",
    }
    log = home / "replica.log"
    with log.open("wb") as out:  # the child keeps its own descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=home,  # no stray `.env` is read
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return Replica(instance_id, token, port, process, log)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def channels_reached(slack: FakeSlackApi) -> Counter[str]:
    return Counter(
        str(call.args["channel"])
        for call in slack.calls_to("chat.postMessage")
        if str(call.args.get("channel", "")).startswith("joint-")
    )


Condition = Callable[[], bool | Awaitable[bool]]


async def until(
    condition: Condition,
    replicas: list[Replica],
    *,
    timeout: float = STARTUP_LIMIT + 60,
    fail: bool = True,
) -> None:
    """Wait for `condition()`; a replica that exits meanwhile fails the drill with its log."""
    deadline = time.monotonic() + timeout
    while not await _holds(condition):
        for replica in replicas:
            if replica.process.poll() is not None:
                raise AssertionError(
                    f"{replica.instance_id} exited ({replica.process.returncode}):\n"
                    + replica.log_tail()
                )
        if time.monotonic() > deadline:
            if fail:
                raise AssertionError(
                    f"gave up after {timeout:.0f} s; last log lines:\n"
                    + "\n".join(f"--- {r.instance_id}\n{r.log_tail()}" for r in replicas)
                )
            return
        await asyncio.sleep(0.05)


async def _holds(condition: Condition) -> bool:
    result = condition()
    return await result if inspect.isawaitable(result) else result


async def until_leader(lease: LeaderLease, replica: Replica) -> None:
    async def leads() -> bool:
        return await lease.current_holder() == replica.instance_id

    await until(leads, [replica], timeout=STARTUP_LIMIT)


async def until_serving(replica: Replica) -> None:
    """Its Slack endpoint accepts connections: the replica is up and a follower."""

    async def accepts() -> bool:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", replica.port)
        except OSError:
            return False
        writer.close()
        return True

    await until(accepts, [replica], timeout=STARTUP_LIMIT)


async def current_leader(lease: LeaderLease, replicas: list[Replica]) -> tuple[Replica, Replica]:
    holder = await lease.current_holder()
    [leader] = [r for r in replicas if r.instance_id == holder]
    [survivor] = [r for r in replicas if r is not leader]
    return leader, survivor


async def stop(replica: Replica) -> None:
    """SIGTERM, and SIGKILL if it has not exited within ten seconds (the loop keeps serving
    the fake Slack API meanwhile, so a send in progress is answered)."""
    if replica.process.poll() is None:
        replica.process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    while replica.process.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    if replica.process.poll() is None:
        replica.process.kill()
        replica.process.wait()
