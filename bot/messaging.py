"""Messages the bot sends on its own (notifications, reminders), and who sends them.

Commands never talk to a platform directly: they write an `OutboundMessage` row in the same
transaction as the change it announces, and `DeliveryWorker` hands committed rows to the
messenger of the row's platform. A crash therefore delays a message but cannot lose it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any, Literal, Protocol

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.clock import Clock
from bot.reply import Action
from storage.engine import SessionFactory, transaction
from storage.models import OutboundMessage

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    platform: str
    workspace: str
    kind: Literal["user", "channel"]
    target_id: str


@dataclass(frozen=True)
class OutgoingMessage:
    recipient: Recipient
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    actions: tuple[Action, ...] = ()


class Messenger(Protocol):
    async def send(self, message: OutgoingMessage) -> None:
        """Deliver or raise; a raise means "try again later"."""
        ...


def enqueue(db: AsyncSession, message: OutgoingMessage, now: Any) -> None:
    """Queue a message inside the caller's transaction."""
    recipient = message.recipient
    db.add(
        OutboundMessage(
            platform=recipient.platform,
            workspace=recipient.workspace,
            target_kind=recipient.kind,
            target_id=recipient.target_id,
            text=message.text,
            payload=json.dumps(
                {"data": message.data, "actions": [asdict(a) for a in message.actions]},
                default=str,
            ),
            created_at=now,
            next_attempt_at=now,
        )
    )


def _to_message(row: OutboundMessage) -> OutgoingMessage:
    payload = json.loads(row.payload or "{}")
    return OutgoingMessage(
        recipient=Recipient(row.platform, row.workspace, row.target_kind, row.target_id),  # type: ignore[arg-type]
        text=row.text,
        data=payload.get("data", {}),
        actions=tuple(Action(**a) for a in payload.get("actions", [])),
    )


MAX_BACKOFF = timedelta(minutes=10)
CLAIM_BATCH = 25  # rows claimed, then settled, per transaction: also what a crash may resend


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, … capped at ten minutes: retries never stop, they only slow down."""
    return min(timedelta(seconds=5 * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


class DeliveryWorker:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self.messengers: dict[str, Messenger] = {}
        self._wake = asyncio.Event()

    def register(self, platform: str, messenger: Messenger) -> None:
        self.messengers[platform] = messenger

    def wake(self) -> None:
        self._wake.set()

    async def deliver_due(self) -> int:
        """Send every due message of a platform with a messenger; returns how many were sent.

        Rows are claimed and settled a batch at a time, so a process killed mid-batch can send
        at most one batch again after restart (claimed rows go back to the queue); in normal
        operation every message is sent once."""
        sent = 0
        while batch := await self._claim_due():
            outcomes = [await self._send(row) for row in batch]
            await self._settle(outcomes)
            sent += sum(1 for _, values in outcomes if values["status"] == "sent")
        return sent

    async def _claim_due(self) -> list[OutboundMessage]:
        """Mark the next due rows as being sent, in one transaction, and return them; rows
        another worker claimed first are left to it (SKIP LOCKED on PostgreSQL)."""
        async with transaction(self.sessions) as db:
            due = await db.exec(
                select(OutboundMessage)
                .where(
                    OutboundMessage.status == "pending",
                    col(OutboundMessage.next_attempt_at) <= self.clock.now(),
                    col(OutboundMessage.platform).in_(list(self.messengers)),
                )
                .order_by(col(OutboundMessage.next_attempt_at), col(OutboundMessage.id))
                .limit(CLAIM_BATCH)
                .with_for_update(skip_locked=True)
            )
            rows = list(due.all())
            if not rows:
                return []
            claimed = await db.exec(
                update(OutboundMessage)
                .where(
                    col(OutboundMessage.id).in_([row.id for row in rows]),
                    col(OutboundMessage.status) == "pending",
                )
                .values(status="sending")
                .returning(OutboundMessage.id)
            )
            mine = set(claimed.scalars().all())
        return [row for row in rows if row.id in mine]

    async def _send(self, row: OutboundMessage) -> tuple[int, dict[str, Any]]:
        """Send outside any transaction (a slow platform must not hold a database lock);
        returns the row's new state."""
        assert row.id is not None
        attempts = row.attempts + 1
        try:
            await self.messengers[row.platform].send(_to_message(row))
        except Exception as error:  # any failure: keep the row and try again later
            last_error = f"{type(error).__name__}: {error}"[:500]
            logger.warning(
                "delivery of message %s failed (attempt %s): %s", row.id, attempts, last_error
            )
            return row.id, {
                "status": "pending",
                "attempts": attempts,
                "last_error": last_error,
                "next_attempt_at": self.clock.now() + backoff(attempts),
            }
        return row.id, {"status": "sent", "attempts": attempts, "sent_at": self.clock.now()}

    async def _settle(self, outcomes: list[tuple[int, dict[str, Any]]]) -> None:
        async with transaction(self.sessions) as db:
            for row_id, values in outcomes:
                await db.exec(
                    update(OutboundMessage)
                    .where(col(OutboundMessage.id) == row_id)
                    .values(**values)
                )

    async def release_interrupted(self) -> int:
        """At start: messages claimed by a process that died mid-send go back to the queue."""
        async with transaction(self.sessions) as db:
            result = await db.exec(
                update(OutboundMessage)
                .where(col(OutboundMessage.status) == "sending")
                .values(status="pending")
            )
            return int(result.rowcount or 0)

    async def run(self, poll_seconds: float = 5.0) -> None:
        """Deliver forever: on every wake-up and at least every `poll_seconds`."""
        while True:
            try:
                await self.deliver_due()
            except Exception:
                logger.exception("delivery pass failed; retrying")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=poll_seconds)
