"""The process the crash harness kills: one operation in a loop, as the real entry points do it.

    python -m benchmarks.crash_child OPERATION DATABASE_URL WORKDIR ASSETS SEED

booking:   teachers request and accept partnerships, propose, book, confirm, reschedule and
           cancel sessions, each a chat command (one transaction), messages delivered after.
import:    `jointclass import` of two survey versions in turn, each a fresh CLI process's work.
tieup:     per program, `tieup run` then `tieup publish` in chat, or `jointclass match --apply`.
reminders: the clock moves from one due reminder to the next; each stop fires and delivers.

Every unit of work is journalled (`begin`, `done`), and the clock before it moves, so the
checker knows where the kill landed and which work must have survived it.
"""

from __future__ import annotations

import asyncio
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.crash_seed import (
    BOOKING_PAIRS,
    SURVEY_A,
    SURVEY_B,
    TIEUP_PROGRAMS,
    register,
)
from benchmarks.crash_world import COORDINATOR, PLATFORM, START, WORKSPACE, Journal, start_bot
from bot.cli import main as cli
from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.identity import Actor, ChannelRef

IMPORTS = 40  # more than any kill window allows
BOOKING_ROUNDS = 200
WEEK_OF = date(2027, 4, 5)
REMINDERS_UNTIL = START + timedelta(days=30)  # past the last session's feedback follow-ups


def main(argv: list[str]) -> None:
    operation, database_url, workdir, assets, seed = argv
    journal = Journal(Path(workdir))
    if operation == "import":
        _imports(journal, Path(assets))
    elif operation == "tieup":
        _tieups(journal, database_url, Path(workdir))
    else:
        asyncio.run(_with_bot(operation, journal, database_url, Path(workdir), int(seed)))
    journal.write("finished")


def _imports(journal: Journal, assets: Path) -> None:
    journal.write("ready")
    for number in range(IMPORTS):
        label = f"import {number + 1} {SURVEY_A if number % 2 == 0 else SURVEY_B}"
        journal.begin(label)
        code = cli.main(["import", str(assets / label.rsplit(" ", 1)[1])])
        assert code == 0, f"{label} failed with exit code {code}"
        journal.done(label)


def _tieups(journal: Journal, database_url: str, workdir: Path) -> None:
    """Even programs through chat (two commands, two transactions), odd ones through
    `jointclass match --apply` (one)."""
    journal.write("ready")
    for number, program in enumerate(TIEUP_PROGRAMS):
        if number % 2:
            label = f"match {program}"
            journal.begin(label)
            code = cli.main(
                ["match", "--program", program, "--apply", "--week-of", WEEK_OF.isoformat()]
            )
            assert code == 0, f"{label} failed with exit code {code}"
            journal.done(label)
        else:
            asyncio.run(_tieup_in_chat(journal, database_url, workdir, program))


async def _tieup_in_chat(journal: Journal, database_url: str, workdir: Path, program: str) -> None:
    journal.begin(f"start-up for {program}")
    core = await start_bot(database_url, workdir, START)
    journal.done(f"start-up for {program}")
    try:
        for line in (
            f'tieup run program="{program}" week_of={WEEK_OF}',
            f'tieup publish program="{program}"',
        ):
            await _command(core, journal, COORDINATOR, line)
    finally:
        await core.close()


async def _with_bot(
    operation: str, journal: Journal, database_url: str, workdir: Path, seed: int
) -> None:
    core = await start_bot(database_url, workdir, START)
    journal.write("ready")
    try:
        if operation == "booking":
            await _bookings(core, journal, random.Random(seed))
        else:
            await _reminders(core, journal)
    finally:
        await core.close()


async def _command(
    core: BotCore, journal: Journal, user: str, line: str, channel: str | None = None
) -> dict:
    """One chat command and the delivery of what it queued; returns the reply's data."""
    label = f"{user}: {line}"
    journal.begin(label)
    where = ChannelRef(PLATFORM, WORKSPACE, channel) if channel else None
    reply = await core.handle_text(Actor(PLATFORM, WORKSPACE, user, user), line, where)
    assert "error_id" not in reply.data, reply.text  # refusals are fine, crashes are not
    await core.run_due_work()
    journal.done(label)
    return reply.data if reply.ok else {}


async def _bookings(core: BotCore, journal: Journal, rng: random.Random) -> None:
    clock = core.clock
    assert isinstance(clock, ManualClock)
    partners: set[int] = set()

    async def run(user: str, line: str, channel: str | None = None) -> dict:
        journal.clock(clock.now() + timedelta(minutes=1))
        clock.advance(timedelta(minutes=1))
        return await _command(core, journal, user, line, channel)

    for _ in range(BOOKING_ROUNDS):
        number = rng.randrange(BOOKING_PAIRS)
        kr, jp = register("KR", number)[0], register("JP", number)[0]
        if number not in partners:
            await run(kr, f'request "Crash Osaka {number}"')
            await run(jp, "accept")
            if number % 2 == 0:
                await run(kr, "channel link", channel=f"joint-{number}")
            partners.add(number)
        first = START.date() + timedelta(days=rng.randint(14, 70))
        await run(kr, f"propose from={first} count=3")
        booked = await run(kr, f"book {rng.randint(1, 3)}")
        if not booked:
            continue
        session = booked["session"]["id"]
        if rng.random() < 0.8:
            await run(jp, f"confirm {session}")
        if rng.random() < 0.4:
            await run(kr, f"reschedule {session} {rng.randint(1, 3)}")
        if rng.random() < 0.3:
            await run(rng.choice((kr, jp)), f"cancel {session} weather")


async def _reminders(core: BotCore, journal: Journal) -> None:
    """Like the demo clock: stop at each reminder's due instant, fire, deliver, go on."""
    clock = core.clock
    assert isinstance(clock, ManualClock)
    scheduler = core.services.reminders
    while (due := await scheduler.next_due()) is not None and due <= REMINDERS_UNTIL:
        await _step(core, journal, clock, max(due, clock.now()))
    await _step(core, journal, clock, REMINDERS_UNTIL)


async def _step(core: BotCore, journal: Journal, clock: ManualClock, instant: datetime) -> None:
    journal.clock(instant)
    clock.set(instant)
    label = f"fire {instant.isoformat()}"
    journal.begin(label)
    await core.run_due_work()
    journal.done(label)


if __name__ == "__main__":
    main(sys.argv[1:])
