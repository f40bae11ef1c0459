"""Rows of every kind and state, written to a database made by an older migration, and read
back as stored: the before and after of an upgrade."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from storage.engine import create_engine
from storage.migrate import alembic_config
from storage.models import (
    AnswerStatus,
    ExchangeSession,
    FeedbackAnswer,
    Membership,
    MessageStatus,
    OutboundMessage,
    Partnership,
    PartnershipRequest,
    PartnershipSource,
    PartnershipStatus,
    Program,
    Reminder,
    ReminderKind,
    ReminderStatus,
    RequestStatus,
    School,
    SchoolSource,
    SessionStatus,
    Side,
    SlotList,
    SlotOffer,
    TargetKind,
    Within,
)
from tests.support.old_schema import RowsOfTheDay

NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)


@asynccontextmanager
async def database_at(url: str, revision: str) -> AsyncIterator[Any]:
    """An engine on the empty database at `url` upgraded to `revision` only, holding every state
    of every state column at least once; disposed on leaving."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))
    await write_every_state(engine)
    try:
        yield engine
    finally:
        await engine.dispose()


@asynccontextmanager
async def database_before(url: str, revision: str) -> AsyncIterator[Any]:
    """`database_at` the revision just before `revision`: the database an upgrade finds."""
    found = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    assert found is not None and isinstance(found.down_revision, str)
    async with database_at(url, found.down_revision) as engine:
        yield engine


async def write_every_state(engine: Any) -> None:
    db = RowsOfTheDay()  # an older database lacks the newer models' columns
    db.add(Program(id=1, name="Seoul IJC 2027", home_country="KR", created_at=NOW))
    for school_id, side, source in (
        ("KR-hanbit", Side.HOME, SchoolSource.CHAT),
        ("JP-sakura", Side.PARTNER, SchoolSource.IMPORT),
        ("FR-hugo", Side.PARTNER, SchoolSource.CHAT),
    ):
        db.add(_school(school_id, side, source))
    db.add(
        Membership(
            school_id="KR-hanbit", platform="slack", workspace="T1", user_id="U1", joined_at=NOW
        )
    )
    for number, (partner, status, source) in enumerate(
        (
            ("JP-sakura", PartnershipStatus.ACTIVE, PartnershipSource.REQUEST),
            ("FR-hugo", PartnershipStatus.ENDED, PartnershipSource.TIEUP),
        ),
        start=1,
    ):
        db.add(_partnership(number, partner, status, source))
    for number, status in enumerate(RequestStatus, start=1):
        db.add(
            PartnershipRequest(
                id=number,
                from_school="KR-hanbit",
                to_school="JP-sakura",
                status=status,
                requested_by="slack:T1:U1",
                created_at=NOW,
            )
        )
    for number, (status, within) in enumerate(
        zip(SessionStatus, [*Within, Within.CLASS_HOURS], strict=True), start=1
    ):
        db.add(_session(number, status, within))
    db.add(SlotList(id=1, **_slot_list_columns()))
    for number, within in enumerate(Within, start=1):
        db.add(
            SlotOffer(
                slot_list_id=1,
                number=number,
                start_utc=NOW,
                end_utc=NOW + timedelta(hours=1),
                within=within,
            )
        )
    for number, status in enumerate(AnswerStatus, start=1):
        db.add(_answer(number, status))
    for number, kind in enumerate(ReminderKind, start=1):
        status = list(ReminderStatus)[number % len(ReminderStatus)]
        db.add(_reminder(number, kind, status))
    for number, status in enumerate(MessageStatus, start=1):
        kind = list(TargetKind)[number % len(TargetKind)]
        db.add(_message(number, status, kind))
    await db.write(engine)


def _school(school_id: str, side: Side, source: SchoolSource) -> School:
    return School(
        id=school_id,
        program_id=1,
        name=school_id,
        side=side,
        country=school_id[:2],
        timezone="Asia/Seoul",
        level="middle",
        languages="en",
        class_hours="Mon-Fri 09:00-16:00",
        source=source,
        created_at=NOW,
        updated_at=NOW,
    )


def _partnership(
    number: int, partner: str, status: PartnershipStatus, source: PartnershipSource
) -> Partnership:
    return Partnership(
        id=number,
        program_id=1,
        school_a="KR-hanbit",
        school_b=partner,
        status=status,
        source=source,
        created_at=NOW,
    )


def _session(number: int, status: SessionStatus, within: Within) -> ExchangeSession:
    start = NOW + timedelta(days=number)
    return ExchangeSession(
        id=number,
        partnership_id=1,
        start_utc=start,
        end_utc=start + timedelta(hours=1),
        duration_minutes=60,
        within=within,
        status=status,
        proposed_by_school="KR-hanbit",
        proposed_by="slack:T1:U1",
        ics_uid=f"{number}@jointclass",
        created_at=NOW,
        updated_at=NOW,
    )


def _slot_list_columns() -> dict[str, Any]:
    return {
        "school_id": "KR-hanbit",
        "partner_id": "JP-sakura",
        "platform": "slack",
        "workspace": "T1",
        "user_id": "U1",
        "duration_minutes": 60,
        "created_at": NOW,
    }


def _answer(number: int, status: AnswerStatus) -> FeedbackAnswer:
    return FeedbackAnswer(
        session_id=2,
        school_id="KR-hanbit",
        platform="slack",
        workspace="T1",
        user_id=f"U{number}",
        status=status,
        rating=4 if status is AnswerStatus.HELD else None,
        submitted_at=NOW,
        updated_at=NOW,
    )


def _reminder(number: int, kind: ReminderKind, status: ReminderStatus) -> Reminder:
    due = NOW + timedelta(hours=number)
    return Reminder(
        session_id=2,
        program_id=1,
        kind=kind,
        audience="channel",
        zone="Asia/Seoul",
        due_at=due,
        useful_until=due + timedelta(hours=1),
        next_attempt_at=due,
        status=status,
        created_at=NOW,
    )


def _message(number: int, status: MessageStatus, kind: TargetKind) -> OutboundMessage:
    return OutboundMessage(
        platform="slack",
        workspace="T1",
        target_kind=kind,
        target_id=f"C{number}",
        text=f"message {number}",
        status=status,
        created_at=NOW,
        next_attempt_at=NOW,
    )


async def every_row(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows as stored, in primary-key order."""
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        rows = {}
        for table in sorted(set(tables) & set(SQLModel.metadata.tables)):
            keys = [column.name for column in SQLModel.metadata.tables[table].primary_key]
            found = await connection.execute(
                text(f"SELECT * FROM {table} ORDER BY {', '.join(keys)}")
            )
            rows[table] = [tuple(row) for row in found.all()]
    return rows
