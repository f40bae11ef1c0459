"""The leader lease: one holder at a time, renewed by it, taken over when it lapses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from bot.core.leadership import LeaderLease, Leadership
from storage import migrate
from storage.engine import MEMORY_URL, create_engine, session_factory, transaction
from storage.models import Lease

Contender = Callable[..., LeaderLease]


@pytest.fixture
async def contender(database_url: str, tmp_path) -> AsyncIterator[Contender]:
    """Makes lease holders that each have their own engine, as separate processes would (on
    a database file for SQLite: the in-memory one is a single shared connection)."""
    url = f"sqlite:///{tmp_path}/lease.sqlite3" if database_url == MEMORY_URL else database_url
    engines = [create_engine(url)]
    await migrate.upgrade(engines[0])

    def make(holder: str, **options: float) -> LeaderLease:
        engines.append(create_engine(url))
        return LeaderLease(session_factory(engines[-1]), holder, **options)

    yield make
    for engine in engines:
        await engine.dispose()


async def expire(lease: LeaderLease) -> None:
    """As if its holder had died a minute ago and stopped renewing."""
    async with transaction(lease.sessions) as db:
        await db.exec(update(Lease).values(expires_at=datetime.now(UTC) - timedelta(minutes=1)))


async def test_the_first_claim_wins_and_others_are_refused_while_it_lasts(contender):
    first, second = contender("replica-a"), contender("replica-b")
    assert await first.claim()
    assert not await second.claim()
    assert await second.current_holder() == "replica-a"


async def test_the_holder_renews_its_own_lease(contender):
    holder, other = contender("replica-a"), contender("replica-b")
    assert await holder.claim()
    assert await holder.claim()
    assert not await other.claim()


async def test_a_lease_that_ran_out_is_taken_over_and_the_old_holder_is_refused(contender):
    old, new = contender("replica-a", ttl_seconds=0.3), contender("replica-b")
    assert await old.claim()
    await asyncio.sleep(0.4)  # the database's clock moves on; the old holder did not renew
    assert await new.claim()
    assert not await old.claim()
    assert await old.current_holder() == "replica-b"


async def test_a_restarted_process_with_the_same_instance_id_retakes_its_lease_at_once(
    contender,
):
    assert await contender("host-1:pod-a").claim()
    restarted = contender("host-1:pod-a")  # a new engine: the old process is gone
    assert await restarted.claim()
    assert not await contender("host-2:pod-b").claim()


async def test_a_released_lease_is_free_for_the_next_claim(contender):
    leader, follower = contender("replica-a"), contender("replica-b")
    assert await leader.claim()
    await leader.release()
    assert await leader.current_holder() is None
    assert await follower.claim()


async def test_releasing_someone_elses_lease_changes_nothing(contender):
    leader, other = contender("replica-a"), contender("replica-b")
    assert await leader.claim()
    await other.release()
    assert await other.current_holder() == "replica-a"


async def test_contenders_racing_for_a_free_or_lapsed_lease_never_both_win(contender):
    contenders = [contender(f"replica-{n}") for n in range(6)]
    for round_number in range(6):
        won = await asyncio.gather(*(lease.claim() for lease in contenders))
        assert won.count(True) == 1, f"round {round_number}: {won}"
        winner = contenders[won.index(True)]
        if round_number % 2:
            await winner.release()  # the next round races to insert the row
        else:
            await expire(winner)  # the next round races to update a lapsed row


def leader_work(running: list[str], started: asyncio.Event, name: str):
    """Work that notes while it runs, as the leader's delivery loop would."""

    async def work() -> None:
        running.append(name)
        started.set()
        try:
            await asyncio.Event().wait()
        finally:
            running.remove(name)

    return lambda: {"work": work()}


async def nothing() -> None:
    return None


async def until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.01)


async def test_the_leader_takes_over_before_its_work_starts(contender):
    steps: list[str] = []
    started = asyncio.Event()

    async def take_over() -> None:
        steps.append("take over")

    async def work() -> None:
        steps.append("work")
        started.set()
        await asyncio.Event().wait()

    leadership = Leadership(
        contender("replica-a"), take_over=take_over, work=lambda: {"w": work()}, renew_every=0.05
    )
    running = asyncio.create_task(leadership.run())
    await asyncio.wait_for(started.wait(), 10)
    running.cancel()
    await asyncio.gather(running, return_exceptions=True)
    assert steps == ["take over", "work"]


async def test_a_leader_whose_lease_is_taken_stops_its_work(contender):
    running: list[str] = []
    started = asyncio.Event()
    lease = contender("replica-a")
    leadership = Leadership(
        lease, take_over=nothing, work=leader_work(running, started, "a"), renew_every=0.05
    )
    task = asyncio.create_task(leadership.run())
    await asyncio.wait_for(started.wait(), 10)
    async with transaction(lease.sessions) as db:  # as if replica-b had taken over
        await db.exec(
            update(Lease).values(
                holder="replica-b", expires_at=datetime.now(UTC) + timedelta(minutes=1)
            )
        )
    await asyncio.wait_for(until(lambda: not running), 10)  # the next renewal fails: stopped
    assert not leadership.leading
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert await lease.current_holder() == "replica-b"  # stopping released nothing of b's


async def test_a_leader_that_stops_cleanly_hands_over_at_once(contender):
    running: list[str] = []
    started = asyncio.Event()
    first = Leadership(
        contender("replica-a"),
        take_over=nothing,
        work=leader_work(running, started, "a"),
        renew_every=0.05,
    )
    task = asyncio.create_task(first.run())
    await asyncio.wait_for(started.wait(), 10)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert running == []
    assert await contender("replica-b").claim()


async def test_a_failure_in_the_leaders_work_ends_the_leadership_with_it(contender):
    async def broken() -> None:
        raise RuntimeError("discord token rejected")

    lease = contender("replica-a")
    leadership = Leadership(lease, take_over=nothing, work=lambda: {"b": broken()})
    with pytest.raises(RuntimeError, match="token rejected"):
        await asyncio.wait_for(leadership.run(), 10)
    assert await lease.current_holder() is None  # released for a healthier replica
