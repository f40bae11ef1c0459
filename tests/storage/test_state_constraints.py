"""Upgrading a database made before states became types: every row it held is still there, and
from then on the database itself refuses a state the code does not know."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from storage.engine import create_engine, session_factory, transaction
from storage.migrate import alembic_config, upgrade
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
from tests.conftest import BACKENDS
from tests.support.postgres import PostgresCluster

BEFORE_STATES = "ed8c777b49ec"  # the newest revision without the CHECK constraints
NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)
STATE_COLUMNS = [
    ("school", "side"),
    ("school", "source"),
    ("partnership", "status"),
    ("partnership", "source"),
    ("partnershiprequest", "status"),
    ("exchangesession", "status"),
    ("exchangesession", "within"),
    ("slotoffer", "within"),
    ("feedbackanswer", "status"),
    ("reminder", "kind"),
    ("reminder", "status"),
    ("outboundmessage", "status"),
    ("outboundmessage", "target_kind"),
]


@pytest.fixture(params=BACKENDS)
def empty_database(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """An empty database: a file on SQLite, a database of its own on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/before-states.sqlite3"
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    name = cluster.create_database()
    yield cluster.url(name)
    cluster.drop_database(name)


@pytest.fixture
async def database_before_states(empty_database: str) -> AsyncIterator[Any]:
    """An engine on a database at the revision before the constraints, holding every state of
    every state column at least once."""
    engine = create_engine(empty_database)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), BEFORE_STATES))
    await _write_every_state(engine)
    yield engine
    await engine.dispose()


async def _write_every_state(engine: Any) -> None:
    async with transaction(session_factory(engine)) as db:
        db.add(Program(id=1, name="Seoul IJC 2027", home_country="KR", created_at=NOW))
        for school_id, side, source in (
            ("KR-hanbit", Side.HOME, SchoolSource.CHAT),
            ("JP-sakura", Side.PARTNER, SchoolSource.IMPORT),
            ("FR-hugo", Side.PARTNER, SchoolSource.CHAT),
        ):
            db.add(_school(school_id, side, source))
        await db.flush()
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
        await db.flush()
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
        await db.flush()
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


async def _every_row(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
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


async def test_upgrading_keeps_every_row_a_database_held_before_states_were_types(
    database_before_states: Any,
) -> None:
    before = await _every_row(database_before_states)
    await upgrade(database_before_states)
    after = await _every_row(database_before_states)
    assert after == before
    held = {table: len(rows) for table, rows in after.items() if rows}
    assert held == {
        "program": 1,
        "school": 3,
        "membership": 1,
        "partnership": 2,
        "partnershiprequest": 3,
        "exchangesession": 3,
        "slotlist": 1,
        "slotoffer": 2,
        "feedbackanswer": 3,
        "reminder": 7,
        "outboundmessage": 4,
    }


async def test_after_the_upgrade_the_database_refuses_an_unknown_state(
    database_before_states: Any,
) -> None:
    await upgrade(database_before_states)
    accepted = []
    for table, column in STATE_COLUMNS:
        try:
            async with database_before_states.begin() as connection:
                await connection.execute(text(f"UPDATE {table} SET {column} = 'unknown'"))
        except IntegrityError:
            continue
        accepted.append(f"{table}.{column}")
    assert accepted == []


async def test_after_the_upgrade_references_are_still_enforced_on_sqlite(tmp_path: Any) -> None:
    """The upgrade turns SQLite's foreign keys off while it copies tables, and on again."""
    engine = create_engine(f"sqlite:///{tmp_path}/fresh.sqlite3")
    await upgrade(engine)
    async with engine.connect() as connection:
        assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        with pytest.raises(IntegrityError):
            await connection.execute(
                text(
                    "INSERT INTO membership (school_id, platform, workspace, user_id, "
                    "display_name, joined_at) VALUES ('nowhere', 'slack', 'T1', 'U1', '', "
                    "'2027-03-02 09:00:00')"
                )
            )
    await engine.dispose()
