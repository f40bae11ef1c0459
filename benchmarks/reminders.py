"""Reminders at scale: rebuilding the schedule at start, and a burst due in the same instant.

    python -m benchmarks.reminders [--pending 100000] [--burst 1000] [--seed 2027]

Rebuild: a SQLite file holds the full plans (16 reminders each) of enough booked sessions to
make `--pending` pending rows; a fresh bot starts on it, and the time and peak Python memory
of catching up and arming the alarm are measured. For comparison, the same rows are also
loaded as one APScheduler job each, the design this bot does not use.

Burst: `--burst` reminders (day-before checklists of booked sessions, one message each) come
due at the same instant while the real alarm, delivery worker and a fake messenger run on one
event loop. Lateness is the time from the due instant to the messenger's send; meanwhile a
teacher types `whoami` every 20 ms and a probe measures how long the loop is ever blocked.
One reminder is sent before the burst, so caches are as warm as in a bot that has been running,
and the start-up heap is frozen out of the cyclic GC as `jointclass run` does.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from sqlalchemy import insert

from benchmarks.tables import percentile
from bot.bootstrap import build_bot
from bot.core.bot_core import BotCore
from bot.core.identity import Actor
from bot.core.outbox import OutgoingMessage
from bot.core.settings import Settings
from bot.reminders.alarm import wake_up
from bot.reminders.lead_times import DEFAULT_LEAD_TIMES
from bot.reminders.plan import (
    CHANNEL,
    Clock,
    ReminderKind,
    SessionTimes,
    plan_reminders,
    teachers,
)
from storage.engine import transaction
from storage.models import ExchangeSession, Membership, Partnership, Reminder, School

PLATFORM = "bench"
ZONES = (
    "Asia/Seoul",
    "Asia/Tokyo",
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Europe/Dublin",
    "America/Santiago",
    "Pacific/Auckland",
)


def settings(directory: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        JOINTCLASS_DATA_DIR=str(directory),
        JOINTCLASS_PROGRAM="Benchmark program",
        JOINTCLASS_COORDINATORS=f"{PLATFORM}:W:coordinator",
        LOG_LEVEL="WARNING",
    )


async def seed_pairs(
    core: BotCore, count: int, now: datetime, platform: str = PLATFORM, workspace: str = "W"
) -> list[tuple[int, str, str]]:
    """`count` partnerships of two schools with one teacher each and a joint channel."""
    schools, members, pairs = [], [], []
    for n in range(count):
        for side, zone in (("home", "Asia/Seoul"), ("partner", ZONES[n % len(ZONES)])):
            school_id = f"{side}-{n}"
            schools.append(
                dict(
                    id=school_id,
                    program_id=1,
                    name=f"School {school_id}",
                    side=side,
                    country="KR" if side == "home" else "JP",
                    timezone=zone,
                    level="middle",
                    languages="en",
                    created_at=now,
                    updated_at=now,
                )
            )
            members.append(
                dict(
                    school_id=school_id,
                    platform=platform,
                    workspace=workspace,
                    user_id=f"teacher-{school_id}",
                    joined_at=now,
                )
            )
        pairs.append(
            dict(
                id=n + 1,
                program_id=1,
                school_a=f"home-{n}",
                school_b=f"partner-{n}",
                channel_platform=platform,
                channel_workspace=workspace,
                channel_id=f"joint-{n}",
                created_at=now,
            )
        )
    async with transaction(core.sessions) as db:
        connection = await db.connection()
        await connection.execute(insert(School), schools)
        await connection.execute(insert(Membership), members)
        await connection.execute(insert(Partnership), pairs)
    return [(p["id"], p["school_a"], p["school_b"]) for p in pairs]


async def seed_sessions(
    core: BotCore, pairs: list[tuple[int, str, str]], starts: list[datetime], now: datetime
) -> list[int]:
    rows = [
        dict(
            id=n + 1,
            partnership_id=pairs[n % len(pairs)][0],
            start_utc=start,
            end_utc=start + timedelta(hours=1),
            duration_minutes=60,
            status="booked",
            proposed_by_school=pairs[n % len(pairs)][1],
            proposed_by="bench",
            ics_uid=f"bench-{n}",
            created_at=now,
            updated_at=now,
        )
        for n, start in enumerate(starts)
    ]
    async with transaction(core.sessions) as db:
        await (await db.connection()).execute(insert(ExchangeSession), rows)
    return [row["id"] for row in rows]


async def insert_reminders(core: BotCore, rows: list[dict[str, Any]]) -> None:
    for first in range(0, len(rows), 20_000):
        async with transaction(core.sessions) as db:
            await (await db.connection()).execute(insert(Reminder), rows[first : first + 20_000])


def reminder_row(
    session_id: int,
    kind: str,
    audience: str,
    due: datetime,
    zone: str,
    useful_until: datetime,
    now: datetime,
) -> dict[str, Any]:
    return dict(
        session_id=session_id,
        program_id=1,
        kind=kind,
        audience=audience,
        zone=zone,
        due_at=due,
        useful_until=useful_until,
        next_attempt_at=due,
        status="pending",
        created_at=now,
    )


async def measure(work: Callable[[], Coroutine[Any, Any, Any]]) -> tuple[float, float, Any]:
    """(seconds, peak KiB of Python allocations, result)."""
    tracemalloc.start()
    started = time.perf_counter()
    result = await work()
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**10
    tracemalloc.stop()
    return elapsed, peak, result


async def rebuild(pending: int, seed: int, directory: Path) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    core = await build_bot(settings(directory))
    per_session = len(plan_reminders(_times(now, "Asia/Seoul"), DEFAULT_LEAD_TIMES))
    sessions = -(-pending // per_session)
    pairs = await seed_pairs(core, max(1, sessions // 4), now)
    starts = [
        now + timedelta(days=100 + rng.randrange(200), minutes=15 * rng.randrange(40))
        for _ in range(sessions)
    ]
    ids = await seed_sessions(core, pairs, starts, now)
    rows = []
    for session_id, start in zip(ids, starts, strict=True):
        pair = pairs[(session_id - 1) % len(pairs)]
        zone = ZONES[(session_id - 1) % len(pairs) % len(ZONES)]
        times = SessionTimes(
            start,
            start + timedelta(hours=1),
            Clock("Asia/Seoul"),
            ((pair[1], Clock("Asia/Seoul")), (pair[2], Clock(zone))),
        )
        rows += [
            reminder_row(session_id, p.kind.value, p.audience, p.due, p.zone, p.useful_until, now)
            for p in plan_reminders(times, DEFAULT_LEAD_TIMES)
        ]
    rows = rows[:pending]
    await insert_reminders(core, rows)
    await core.close()

    restarted = await build_bot(settings(directory))
    reminders = restarted.services.reminders

    async def rebuild_schedule() -> datetime | None:
        await reminders.start()  # catch up: nothing is due
        return await reminders.next_due()  # what the alarm is armed with

    seconds, peak, _ = await measure(rebuild_schedule)
    await restarted.close()

    async def one_job_each() -> int:
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.start(paused=True)
        for n, row in enumerate(rows):
            scheduler.add_job(
                wake_up, DateTrigger(row["due_at"], timezone=UTC), args=[None], id=str(n)
            )
        count = len(scheduler.get_jobs())
        scheduler.shutdown(wait=False)
        return count

    job_seconds, job_peak, _ = await measure(one_job_each)
    return [
        (
            "rebuild at start: catch-up + alarm from rows",
            f"{len(rows):,} pending",
            f"{seconds * 1000:,.0f} ms, peak {peak:,.0f} KiB",
        ),
        (
            "  for comparison: one APScheduler job per row",
            f"{len(rows):,} jobs",
            f"{job_seconds * 1000:,.0f} ms, peak {job_peak:,.0f} KiB",
        ),
    ]


def _times(start: datetime, zone: str) -> SessionTimes:
    return SessionTimes(
        start, start + timedelta(hours=1), Clock(zone), (("a", Clock(zone)), ("b", Clock(zone)))
    )


class StampingMessenger:
    """A platform that answers at once and notes when each message left."""

    def __init__(self) -> None:
        self.sent: list[tuple[datetime, OutgoingMessage]] = []

    async def send(self, message: OutgoingMessage) -> None:
        await asyncio.sleep(0)  # a real client yields to the loop on I/O
        self.sent.append((datetime.now(UTC), message))


async def loop_probe(stalls: list[float], stop: asyncio.Event) -> None:
    """How late a 5 ms sleep wakes: anything more is time the loop was blocked."""
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(0.005)
        stalls.append(max(0.0, time.perf_counter() - started - 0.005))


async def typing_teacher(core: BotCore, latencies: list[float], stop: asyncio.Event) -> None:
    actor = Actor(PLATFORM, "W", "teacher-home-0")
    while not stop.is_set():
        started = time.perf_counter()
        reply = await core.handle_text(actor, "whoami")
        assert reply.ok, reply.text
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(0.02)


async def warm_up(core: BotCore, session_id: int, start: datetime, now: datetime) -> None:
    """One reminder sent first, so zone and query caches are as warm as in a running bot."""
    row = reminder_row(
        session_id, ReminderKind.PRACTICE.value, CHANNEL, now, "Asia/Seoul", start, now
    )
    await insert_reminders(core, [row])
    await core.run_due_work()


async def burst(count: int, directory: Path, spread: int, seed: int) -> list[tuple[str, str, str]]:
    """`count` reminders due within `spread` seconds (0: all in the same instant)."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    core = await build_bot(settings(directory))
    gc.freeze()  # as `jointclass run` does after start
    sessions = -(-count // 3)
    pairs = await seed_pairs(core, sessions, now)
    starts = [now + timedelta(days=1)] * sessions
    ids = await seed_sessions(core, pairs, starts, now)
    messenger = StampingMessenger()
    core.add_messenger(PLATFORM, messenger)
    await warm_up(core, ids[0], starts[0], now)
    messenger.sent.clear()
    first_due = (datetime.now(UTC) + timedelta(seconds=3)).replace(microsecond=0)
    rows = []
    for session_id, start in zip(ids, starts, strict=True):
        _, home, partner = pairs[session_id - 1]
        rows += [
            reminder_row(
                session_id,
                ReminderKind.DAY_BEFORE.value,
                audience,
                first_due + timedelta(seconds=rng.uniform(0, spread)),
                "Asia/Seoul",
                start,
                now,
            )
            for audience in (CHANNEL, teachers(home), teachers(partner))
        ]
    rows = rows[:count]
    due_of = {(r["session_id"], r["audience"]): r["due_at"] for r in rows}
    await insert_reminders(core, rows)
    stop = asyncio.Event()
    stalls: list[float] = []
    latencies: list[float] = []
    background = [asyncio.create_task(job) for job in core.background_work().values()]
    helpers = [
        asyncio.create_task(loop_probe(stalls, stop)),
        asyncio.create_task(typing_teacher(core, latencies, stop)),
    ]
    deadline = time.perf_counter() + spread + 60
    while len(messenger.sent) < count and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    stop.set()
    for task in background:
        task.cancel()
    await asyncio.gather(*helpers, *background, return_exceptions=True)
    await core.close()
    lateness = sorted(
        (sent - due_of[_row_key(message)]).total_seconds() for sent, message in messenger.sent
    )
    when = "in the same instant" if spread == 0 else f"within {spread} s"
    return [
        (
            f"burst: reminders due {when}",
            f"{count:,}",
            f"{len(messenger.sent):,} delivered, once each"
            if len({_row_key(m) for _, m in messenger.sent}) == len(messenger.sent)
            else "DUPLICATES",
        ),
        (
            "  lateness p50 / p99 / max",
            "",
            f"{percentile(lateness, 50):.2f} s / {percentile(lateness, 99):.2f} s / "
            f"{lateness[-1]:.2f} s"
            if lateness
            else "none delivered",
        ),
        (
            "  longest event-loop stall",
            f"{len(stalls):,} probes",
            f"{max(stalls, default=0) * 1000:.0f} ms",
        ),
        (
            "  `whoami` meanwhile: p50 / max",
            f"{len(latencies):,} commands",
            f"{percentile(sorted(latencies), 50) * 1000:.0f} ms / "
            f"{max(latencies, default=0) * 1000:.0f} ms",
        ),
    ]


def _row_key(message: OutgoingMessage) -> tuple[int, str]:
    """The reminder row a benchmark message came from (one message per row here)."""
    target = message.recipient.target_id
    audience = (
        CHANNEL
        if message.recipient.kind == "channel"
        else teachers(target.removeprefix("teacher-"))
    )
    return message.data["session_id"], audience


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reminders")
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        table = asyncio.run(rebuild(args.pending, args.seed, Path(first)))
        table += asyncio.run(burst(args.burst, Path(second), 60, args.seed))
    with tempfile.TemporaryDirectory() as third:
        table += asyncio.run(burst(args.burst, Path(third), 0, args.seed))
    width = max(len(row[0]) for row in table)
    middle = max(len(row[1]) for row in table)
    for what, size, result in table:
        print(f"{what.ljust(width)}  {size.rjust(middle)}  {result}")


if __name__ == "__main__":
    main()
