"""The outbox's rows: which messages are due, claimed for sending, and how each send ended.

Each recipient's messages go out in queued order (`bot.core.outbox`), so "due" means due with
no earlier message to the same recipient still waiting.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, insert, update
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import MessageStatus, OutboundMessage

UNDELIVERED = (MessageStatus.PENDING, MessageStatus.SENDING)  # "sent" and "refused" are final


def _same_recipient(one: Any, other: Any) -> ColumnElement[bool]:
    return and_(
        one.platform == other.platform,
        one.workspace == other.workspace,
        one.target_kind == other.target_kind,
        one.target_id == other.target_id,
    )


class Outbox:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def add_all(self, rows: Sequence[dict[str, Any]]) -> None:
        """Queue rows in one statement, in the order given (ids rise with it); the unit of
        work's pending objects are flushed first, so they come before."""
        await self.db.exec(insert(OutboundMessage), params=list(rows))

    async def due_heads(
        self, platforms: list[str], now: datetime, limit: int
    ) -> Sequence[OutboundMessage]:
        """Due messages with no earlier undelivered message to their recipient, oldest due
        first, locked for this transaction; rows another worker has locked are skipped."""
        earlier = aliased(OutboundMessage)
        result = await self.db.exec(
            select(OutboundMessage)
            .where(
                OutboundMessage.status == MessageStatus.PENDING,
                col(OutboundMessage.next_attempt_at) <= now,
                col(OutboundMessage.platform).in_(platforms),
                ~exists().where(
                    _same_recipient(earlier, OutboundMessage),
                    col(earlier.status).in_(UNDELIVERED),
                    col(earlier.id) < col(OutboundMessage.id),
                ),
            )
            .order_by(col(OutboundMessage.next_attempt_at), col(OutboundMessage.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return result.all()

    async def queued_after(
        self, head_ids: Collection[int | None], limit: int
    ) -> Sequence[OutboundMessage]:
        """Pending messages queued after each head to the head's recipient, in queued order,
        due or not."""
        head = aliased(OutboundMessage)
        result = await self.db.exec(
            select(OutboundMessage)
            .join(head, _same_recipient(head, OutboundMessage))
            .where(
                col(head.id).in_(head_ids),
                OutboundMessage.status == MessageStatus.PENDING,
                col(OutboundMessage.id) > col(head.id),
            )
            .order_by(col(OutboundMessage.id))
            .limit(limit)
        )
        return result.all()

    async def claim(self, ids: Collection[int | None]) -> set[int]:
        """Mark those of the messages still pending as being sent; returns their ids."""
        claimed = await self.db.exec(
            update(OutboundMessage)
            .where(
                col(OutboundMessage.id).in_(ids),
                col(OutboundMessage.status) == MessageStatus.PENDING,
            )
            .values(status=MessageStatus.SENDING)
            .returning(col(OutboundMessage.id))
        )
        return set(claimed.scalars().all())

    async def put_back(self, ids: Collection[int]) -> None:
        """Claimed messages go back to the queue untouched."""
        await self.db.exec(
            update(OutboundMessage)
            .where(col(OutboundMessage.id).in_(ids))
            .values(status=MessageStatus.PENDING)
        )

    async def mark_sent(self, ids: Collection[int], now: datetime) -> None:
        """One more attempt each, and it worked."""
        await self.db.exec(
            update(OutboundMessage)
            .where(col(OutboundMessage.id).in_(ids))
            .values(
                status=MessageStatus.SENT, attempts=col(OutboundMessage.attempts) + 1, sent_at=now
            )
        )

    async def record(self, message_id: int, values: dict[str, Any]) -> None:
        """How one send ended: the message's new status, attempts, error, next attempt."""
        await self.db.exec(
            update(OutboundMessage).where(col(OutboundMessage.id) == message_id).values(**values)
        )

    async def release_interrupted(self) -> int:
        """Messages left being sent (by a process that died mid-send) go back to the queue;
        returns how many."""
        result = await self.db.exec(
            update(OutboundMessage)
            .where(col(OutboundMessage.status) == MessageStatus.SENDING)
            .values(status=MessageStatus.PENDING)
        )
        return int(result.rowcount or 0)
