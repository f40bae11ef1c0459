"""Upgrading a database that races left with duplicates: each is settled (the oldest kept, the
booked session over a pending one), and from then on the database refuses a second pending
request of a pair, a second active partnership of a pair or on a joint channel, and a second
live session of a partnership at one start."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from storage.engine import create_engine, session_factory
from storage.migrate import alembic_config, upgrade
from storage.models import (
    ExchangeSession,
    Partnership,
    PartnershipRequest,
    PartnershipStatus,
    Program,
    Reminder,
    ReminderKind,
    ReminderStatus,
    RequestStatus,
    School,
    SessionStatus,
    Side,
)
from tests.support.old_schema import RowsOfTheDay

BEFORE = "d227468de669"  # the newest revision without the unique indexes
NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)
START = NOW + timedelta(days=10)
KR, JP, FR, TW = "KR-hanbit", "JP-sakura", "FR-hugo", "TW-taipei"


@pytest.fixture
async def upgraded(empty_database: str) -> AsyncIterator[Any]:
    """A database the races left with one duplicate of every kind, upgraded."""
    engine = create_engine(empty_database)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), BEFORE))
    await _duplicates().write(engine)
    await upgrade(engine)
    yield engine
    await engine.dispose()


def _duplicates() -> RowsOfTheDay:
    rows = RowsOfTheDay()
    rows.add(Program(id=1, name="Seoul IJC 2027", home_country="KR", created_at=NOW))
    for school_id in (KR, JP, FR, TW):
        rows.add(_school(school_id))
    rows.add(_partnership(1, KR, JP, None))  # two active partnerships of one pair:
    rows.add(_partnership(2, JP, KR, "C-kr-jp"))  # the second's channel moves to the first
    rows.add(_partnership(3, KR, FR, "C-shared"))  # two on one joint channel
    rows.add(_partnership(4, JP, FR, "C-shared"))
    rows.add(_session(1, 1, SessionStatus.PENDING, START))  # a pending and a booked session
    rows.add(_session(2, 1, SessionStatus.BOOKED, START))  # at one start: the booked one stays
    rows.add(_session(3, 2, SessionStatus.PENDING, START + timedelta(days=1)))  # moves to 1
    rows.add(_reminder(1))
    rows.add(_request(1, KR, JP))  # between partners: settled as accepted
    rows.add(_request(2, KR, TW))  # the first of three pending between KR and TW
    rows.add(_request(3, TW, KR))  # crossed
    rows.add(_request(4, KR, TW))  # repeated
    return rows


def _school(school_id: str) -> School:
    return School(
        id=school_id,
        program_id=1,
        name=school_id,
        side=Side.HOME if school_id == KR else Side.PARTNER,
        country=school_id[:2],
        timezone="Asia/Seoul",
        level="middle",
        languages="en",
        class_hours="Mon-Fri 09:00-16:00",
        created_at=NOW,
        updated_at=NOW,
    )


def _partnership(number: int, first: str, second: str, channel: str | None) -> Partnership:
    return Partnership(
        id=number,
        program_id=1,
        school_a=first,
        school_b=second,
        channel_platform="slack" if channel else None,
        channel_workspace="T1" if channel else None,
        channel_id=channel,
        created_at=NOW,
    )


def _session(number: int, partnership: int, status: SessionStatus, start: datetime) -> Any:
    return ExchangeSession(
        id=number,
        partnership_id=partnership,
        start_utc=start,
        end_utc=start + timedelta(hours=1),
        duration_minutes=60,
        status=status,
        proposed_by_school=KR,
        proposed_by="slack:T1:U1",
        ics_uid=f"{number}@jointclass",
        created_at=NOW,
        updated_at=NOW,
    )


def _reminder(session: int) -> Reminder:
    return Reminder(
        session_id=session,
        program_id=1,
        kind=ReminderKind.DAY_BEFORE,
        audience="channel",
        zone="Asia/Seoul",
        due_at=START - timedelta(days=1),
        useful_until=START,
        next_attempt_at=START - timedelta(days=1),
        created_at=NOW,
    )


def _request(number: int, asker: str, asked: str) -> PartnershipRequest:
    return PartnershipRequest(
        id=number, from_school=asker, to_school=asked, requested_by="slack:T1:U1", created_at=NOW
    )


async def _rows(engine: Any, table: Any) -> dict[Any, Any]:
    async with session_factory(engine)() as db:
        return {row.id: row for row in (await db.exec(select(table))).all()}


async def test_a_second_active_partnership_of_a_pair_ends_and_hands_over_its_rows(
    upgraded: Any,
) -> None:
    partnerships = await _rows(upgraded, Partnership)
    assert partnerships[1].status == PartnershipStatus.ACTIVE
    assert partnerships[1].channel_id == "C-kr-jp"
    assert partnerships[2].status == PartnershipStatus.ENDED
    assert partnerships[2].channel_id is None
    assert (await _rows(upgraded, ExchangeSession))[3].partnership_id == 1


async def test_a_second_partnership_on_a_joint_channel_loses_the_channel(upgraded: Any) -> None:
    partnerships = await _rows(upgraded, Partnership)
    assert (partnerships[3].channel_id, partnerships[4].channel_id) == ("C-shared", None)
    assert partnerships[4].status == PartnershipStatus.ACTIVE


async def test_a_duplicate_session_is_cancelled_with_its_reminders_and_the_booked_one_stays(
    upgraded: Any,
) -> None:
    sessions = await _rows(upgraded, ExchangeSession)
    assert sessions[2].status == SessionStatus.BOOKED
    assert sessions[1].status == SessionStatus.CANCELLED
    assert sessions[1].cancel_reason == "a duplicate of session #2"
    assert sessions[1].ics_sequence == 1
    [reminder] = (await _rows(upgraded, Reminder)).values()
    assert reminder.status == ReminderStatus.CANCELLED


async def test_pending_requests_are_settled_between_partners_and_kept_once_per_pair(
    upgraded: Any,
) -> None:
    requests = await _rows(upgraded, PartnershipRequest)
    assert (requests[1].status, requests[1].partnership_id) == (RequestStatus.ACCEPTED, 1)
    assert sorted(requests) == [1, 2]
    assert requests[2].status == RequestStatus.PENDING


@pytest.mark.parametrize(
    ("duplicate", "index"),
    [
        (_request(9, TW, KR), "uq_partnershiprequest_pending_pair"),
        (_partnership(9, JP, KR, None), "uq_partnership_active_pair"),
        (_partnership(9, TW, KR, "C-shared"), "uq_partnership_active_channel"),
        (_session(9, 1, SessionStatus.PENDING, START), "uq_exchangesession_live_start"),
        # SQLite names an index on plain columns by its columns
    ],
    ids=["pending request", "active partnership", "joint channel", "live session"],
)
async def test_after_the_upgrade_the_database_refuses_a_second_one(
    upgraded: Any, duplicate: Any, index: str
) -> None:
    second = RowsOfTheDay()
    second.add(duplicate)
    with pytest.raises(IntegrityError) as refusal:
        await second.write(upgraded)
    columns = {
        "uq_partnership_active_channel": "partnership.channel_platform, partnership.channel_",
        "uq_exchangesession_live_start": "exchangesession.partnership_id, exchangesession.start",
    }
    assert index in str(refusal.value) or columns.get(index, index) in str(refusal.value)
