"""Conflicting commands fired at the same moment through the dispatcher, on a SQLite file and
on PostgreSQL: a few rounds of every scenario of `python -m benchmarks.races` (which runs many
more), each checked against every invariant; then the checker is shown to notice the damage it
looks for.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import select

from benchmarks.race_invariants import RoundRecord, load_rows, violations
from benchmarks.race_scenarios import SCENARIOS, Scenario
from benchmarks.race_world import Call, Cast, RaceWorld
from benchmarks.races import play_round, round_violations
from bot.core.reply import Reply
from storage.engine import transaction
from storage.models import (
    ExchangeSession,
    Partnership,
    PartnershipRequest,
    PartnershipStage,
    PartnershipStatus,
    Reminder,
    ReminderStatus,
    RequestStatus,
    SessionStatus,
    StageMove,
)
from tests.conftest import BACKENDS, backend_database

ROUNDS = 2  # per scenario and backend; the benchmark runs hundreds


@pytest.fixture(params=BACKENDS)
def race_database(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A database file on SQLite (several connections, as in production), or a database of
    its own on PostgreSQL."""
    yield from backend_database(request, sqlite=f"sqlite+aiosqlite:///{tmp_path}/races.sqlite3")


@pytest.fixture
async def world(race_database: str) -> AsyncIterator[RaceWorld]:
    started = await RaceWorld.start(race_database)
    yield started
    await started.close()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
async def test_commands_fired_at_once_break_no_invariant(
    world: RaceWorld, scenario: Scenario
) -> None:
    for number in range(1, ROUNDS + 1):
        record = await play_round(world, scenario, number)
        assert await round_violations(world, scenario, record) == [], [
            r.text for r in record.replies
        ]


async def test_a_request_left_over_cannot_make_ended_partners_partners_again(
    world: RaceWorld,
) -> None:
    cast = Cast(1)
    await world.schools(cast)
    await world.fire([Call(cast.user("a1"), f"request {cast.school_b}")] * 3)
    await world.ok(cast.user("b1"), f"accept {cast.school_a}")
    await world.ok(cast.user("a1"), f"partnership end {cast.school_b}")
    again = await world.bot.run(cast.user("b2"), f"accept {cast.school_a}")
    assert not again.ok
    assert "partnership request was accepted at Mon 11 Jan 09:00 JST (Osaka) by B1" in again.text
    async with world.bot.core.sessions() as db:
        partnerships = (await db.exec(select(Partnership))).all()
    assert [p.status for p in partnerships] == [PartnershipStatus.ENDED]


async def test_a_tieup_settles_a_request_pending_between_the_schools_it_pairs(
    world: RaceWorld,
) -> None:
    cast = Cast(1)
    await world.schools(cast)
    await world.ok(cast.user("a1"), f"request {cast.school_b}")
    await world.ok("coordinator", "tieup run")
    published = await world.ok("coordinator", "tieup publish")
    assert published.data["created"] == 1
    async with world.bot.core.sessions() as db:
        [request] = (await db.exec(select(PartnershipRequest))).all()
    assert request.status == RequestStatus.ACCEPTED and request.partnership_id is not None
    late = await world.bot.run(cast.user("b1"), f"accept {cast.school_a}")
    assert "was accepted at Mon 11 Jan 09:00 JST (Osaka) by the program's tie-up" in late.text


# The checker, shown the damage it looks for


async def _round_with(world: RaceWorld, replies: list[Reply]) -> tuple[Cast, RoundRecord]:
    cast = Cast(1)
    await world.schools(cast)
    await world.partners(cast)
    cast.values["session"] = await world.booked(cast)
    calls = [Call(cast.user("a1"), "sessions")] * len(replies)
    return cast, RoundRecord("damaged", cast, calls, replies, [], [])


async def _found_after(world: RaceWorld, record: RoundRecord, damage: Any) -> list[str]:
    """What the checker finds in the round once `damage` (a function of a unit of work) ran."""
    async with transaction(world.bot.core.sessions) as db:
        await damage(db)
    return violations(record, await load_rows(world, record.cast))


async def test_the_checker_notices_overlapping_sessions(world: RaceWorld) -> None:
    cast, record = await _round_with(world, [])

    async def book_a_twin(db: Any) -> None:
        booked = await db.get(ExchangeSession, cast.values["session"])
        db.add(
            ExchangeSession(
                **booked.model_dump(exclude={"id", "ics_uid", "start_utc", "end_utc"}),
                start_utc=booked.start_utc + timedelta(minutes=30),
                end_utc=booked.end_utc + timedelta(minutes=30),
                ics_uid="twin@jointclass",
            )
        )

    found = await _found_after(world, record, book_a_twin)
    assert any("overlap" in problem for problem in found)


async def test_the_checker_notices_a_cancellation_nobody_was_told_of_that_left_reminders(
    world: RaceWorld,
) -> None:
    cast, record = await _round_with(world, [])

    async def cancel_silently(db: Any) -> None:
        booked = await db.get(ExchangeSession, cast.values["session"])
        booked.status = SessionStatus.CANCELLED

    found = await _found_after(world, record, cancel_silently)
    assert any("is cancelled yet has" in problem for problem in found)
    assert any("ended cancelled, yet the notices say booked" in problem for problem in found)


async def test_the_checker_notices_a_move_nobody_was_told_of_and_a_generic_error(
    world: RaceWorld,
) -> None:
    generic = Reply.error("Sorry, something went wrong on our side and nothing was changed.")
    cast, record = await _round_with(world, [generic])

    async def move_silently(db: Any) -> None:
        booked = await db.get(ExchangeSession, cast.values["session"])
        booked.start_utc += timedelta(days=1)
        booked.end_utc += timedelta(days=1)
        for reminder in (await db.exec(select(Reminder))).all():
            reminder.status = ReminderStatus.CANCELLED

    found = await _found_after(world, record, move_silently)
    assert any("got the generic error" in problem for problem in found)
    assert any("the last notice says" in problem for problem in found)


async def test_the_checker_notices_a_request_announced_more_often_than_it_exists(
    world: RaceWorld,
) -> None:
    cast = Cast(1)
    await world.schools(cast)
    await world.ok(cast.user("a1"), f"request {cast.school_b}")
    record = RoundRecord("damaged", cast, [], [], [], [])

    async def forget_the_request(db: Any) -> None:
        [request] = (await db.exec(select(PartnershipRequest))).all()
        await db.delete(request)

    await _found_after(world, record, forget_the_request)
    await world.ok(cast.user("a1"), f"request {cast.school_b}")  # asked twice, one row left
    found = violations(record, await load_rows(world, cast))
    assert any("was told of 2 requests" in problem for problem in found)


async def test_the_checker_notices_a_stage_moved_back_and_a_move_nobody_was_told_of(
    world: RaceWorld,
) -> None:
    cast, record = await _round_with(world, [])
    signed = (world.bot.clock.now() - timedelta(days=2)).date()
    await world.ok(cast.user("a1"), f"partnership stage {cast.school_b} mou-signed date={signed}")

    async def move_back_silently(db: Any) -> None:
        [signing] = (await db.exec(select(StageMove))).all()
        db.add(
            StageMove(**signing.model_dump(exclude={"id", "stage"}), stage=PartnershipStage.VISITED)
        )

    found = await _found_after(world, record, move_back_silently)
    assert any("moved mou-signed → visited" in problem for problem in found)
    assert any("was told of 1 stage moves, 2 made" in problem for problem in found)
