"""what must exist once is unique: a pending request per pair, an active partnership per pair
and per joint channel, a live session per partnership and start; who cancelled or ended is kept

Before this revision two commands racing past the same check could both write, so a database
may hold the duplicates these indexes forbid. They are settled first, keeping the oldest (for
sessions, the booked one), so the indexes can be built:

- a second active partnership of a pair ends; its sessions, series, requests and joint
  channel (when the first has none) move to the first;
- a second active partnership on one joint channel loses the channel;
- a second live session of a partnership at one start is cancelled as a duplicate, its invite
  sequence moving on and its pending reminders cancelled;
- a pending request between schools that are partners is settled as accepted (it was what
  made them partners, or it was asked before a tie-up paired them); a second pending request
  of a pair, either way round, is deleted (the asked school of the first can accept it).

Revision ID: 7b136d995010
Revises: d227468de669
Create Date: 2026-12-05 19:45:19.965874
"""

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.utc

revision: str = "7b136d995010"
down_revision: str | None = "d227468de669"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

logger = logging.getLogger(__name__)

ACTIVE = "status = 'active'"
LIVE = "status IN ('pending', 'booked')"
PENDING = "status = 'pending'"


def _pair_index(first: str, second: str) -> list[Any]:
    """A pair of school columns, the same either way round."""
    return [
        sa.text(f"(CASE WHEN {first} < {second} THEN {first} ELSE {second} END)"),
        sa.text(f"(CASE WHEN {first} < {second} THEN {second} ELSE {first} END)"),
    ]


partnership = sa.table(
    "partnership",
    sa.column("id"),
    sa.column("school_a"),
    sa.column("school_b"),
    sa.column("status"),
    sa.column("channel_platform"),
    sa.column("channel_workspace"),
    sa.column("channel_id"),
    sa.column("ended_at", storage.utc.UTCDateTime()),
)
session = sa.table(
    "exchangesession",
    sa.column("id"),
    sa.column("partnership_id"),
    sa.column("start_utc", storage.utc.UTCDateTime()),
    sa.column("status"),
    sa.column("cancel_reason"),
    sa.column("cancelled_at", storage.utc.UTCDateTime()),
    sa.column("updated_at", storage.utc.UTCDateTime()),
    sa.column("ics_sequence"),
)
request = sa.table(
    "partnershiprequest",
    sa.column("id"),
    sa.column("from_school"),
    sa.column("to_school"),
    sa.column("status"),
    sa.column("partnership_id"),
    sa.column("responded_at", storage.utc.UTCDateTime()),
)
series = sa.table("sessionseries", sa.column("id"), sa.column("partnership_id"))
reminder = sa.table("reminder", sa.column("session_id"), sa.column("status"))
CHANNEL = ("channel_platform", "channel_workspace", "channel_id")


def upgrade() -> None:
    connection = op.get_bind()
    now = datetime.now(UTC)
    _one_active_partnership_per_pair(connection, now)
    _one_active_partnership_per_channel(connection)
    _one_live_session_per_start(connection, now)
    _one_pending_request_per_pair(connection, now)
    with op.batch_alter_table("exchangesession") as batch:
        batch.add_column(
            sa.Column(
                "cancelled_by_school", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True
            )
        )
    with op.batch_alter_table("partnership") as batch:
        batch.add_column(
            sa.Column("ended_by", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=True)
        )
        batch.add_column(
            sa.Column("ended_by_school", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
    _unique("uq_exchangesession_live_start", "exchangesession", ["partnership_id", "start_utc"], LIVE)
    _unique("uq_partnership_active_channel", "partnership", list(CHANNEL), ACTIVE)
    _unique("uq_partnership_active_pair", "partnership", _pair_index("school_a", "school_b"), ACTIVE)
    _unique(
        "uq_partnershiprequest_pending_pair",
        "partnershiprequest",
        _pair_index("from_school", "to_school"),
        PENDING,
    )


def _unique(name: str, table: str, columns: list[Any], where: str) -> None:
    op.create_index(
        name,
        table,
        columns,
        unique=True,
        sqlite_where=sa.text(where),
        postgresql_where=sa.text(where),
    )


def _one_active_partnership_per_pair(connection: Any, now: datetime) -> None:
    rows = connection.execute(
        sa.select(partnership).where(sa.text(ACTIVE)).order_by(partnership.c.id)
    ).all()
    first: dict[frozenset[str], dict[str, Any]] = {}  # the kept one's id and joint channel
    for row in rows:
        pair = frozenset((row.school_a, row.school_b))
        if pair not in first:
            first[pair] = dict(row._mapping)
            continue
        kept = first[pair]
        for table in (session, series, request):
            connection.execute(
                sa.update(table)
                .where(table.c.partnership_id == row.id)
                .values(partnership_id=kept["id"])
            )
        if kept["channel_id"] is None and row.channel_id is not None:
            channel = {column: getattr(row, column) for column in CHANNEL}
            kept.update(channel)
            connection.execute(
                sa.update(partnership).where(partnership.c.id == kept["id"]).values(channel)
            )
        connection.execute(
            sa.update(partnership)
            .where(partnership.c.id == row.id)
            .values(status="ended", ended_at=now, **dict.fromkeys(CHANNEL))
        )
        logger.warning("partnership %s duplicated %s: ended, its rows moved", row.id, kept["id"])


def _one_active_partnership_per_channel(connection: Any) -> None:
    rows = connection.execute(
        sa.select(partnership.c.id, *(partnership.c[column] for column in CHANNEL))
        .where(sa.text(ACTIVE), partnership.c.channel_id.is_not(None))
        .order_by(partnership.c.id)
    ).all()
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        channel = tuple(getattr(row, column) for column in CHANNEL)
        if channel not in seen:
            seen.add(channel)
            continue
        connection.execute(
            sa.update(partnership)
            .where(partnership.c.id == row.id)
            .values(**dict.fromkeys(CHANNEL))
        )
        logger.warning("partnership %s shared joint channel %s: unlinked", row.id, channel)


def _one_live_session_per_start(connection: Any, now: datetime) -> None:
    booked_first = sa.case((session.c.status == "booked", 0), else_=1)
    rows = connection.execute(
        sa.select(session.c.id, session.c.partnership_id, session.c.start_utc)
        .where(sa.text(LIVE))
        .order_by(booked_first, session.c.id)
    ).all()
    first: dict[tuple[Any, Any], int] = {}
    for row in rows:
        kept = first.setdefault((row.partnership_id, row.start_utc), row.id)
        if kept == row.id:
            continue
        connection.execute(
            sa.update(session)
            .where(session.c.id == row.id)
            .values(
                status="cancelled",
                cancel_reason=f"a duplicate of session #{kept}",
                cancelled_at=now,
                updated_at=now,
                ics_sequence=session.c.ics_sequence + 1,
            )
        )
        connection.execute(
            sa.update(reminder)
            .where(reminder.c.session_id == row.id, reminder.c.status == "pending")
            .values(status="cancelled")
        )
        logger.warning("session %s duplicated session %s: cancelled", row.id, kept)


def _one_pending_request_per_pair(connection: Any, now: datetime) -> None:
    partners = {
        frozenset((row.school_a, row.school_b)): row.id
        for row in connection.execute(
            sa.select(partnership.c.id, partnership.c.school_a, partnership.c.school_b).where(
                sa.text(ACTIVE)
            )
        ).all()
    }
    rows = connection.execute(
        sa.select(request.c.id, request.c.from_school, request.c.to_school)
        .where(sa.text(PENDING))
        .order_by(request.c.id)
    ).all()
    seen: set[frozenset[str]] = set()
    for row in rows:
        pair = frozenset((row.from_school, row.to_school))
        if pair in partners:
            connection.execute(
                sa.update(request)
                .where(request.c.id == row.id)
                .values(status="accepted", partnership_id=partners[pair], responded_at=now)
            )
        elif pair in seen:
            connection.execute(sa.delete(request).where(request.c.id == row.id))
            logger.warning("request %s repeated an earlier pending one: deleted", row.id)
        seen.add(pair)


def downgrade() -> None:
    for name, table in (
        ("uq_partnershiprequest_pending_pair", "partnershiprequest"),
        ("uq_partnership_active_pair", "partnership"),
        ("uq_partnership_active_channel", "partnership"),
        ("uq_exchangesession_live_start", "exchangesession"),
    ):
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("partnership") as batch:
        batch.drop_column("ended_by_school")
        batch.drop_column("ended_by")
    with op.batch_alter_table("exchangesession") as batch:
        batch.drop_column("cancelled_by_school")
