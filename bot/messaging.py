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
        """Send every due message of a platform with a messenger; returns how many were sent."""
        sent = 0
        for row_id in await self._due_ids():
            if await self._claim(row_id):
                sent += await self._deliver(row_id)
        return sent

    async def _due_ids(self) -> list[int]:
        async with self.sessions() as db:
            result = await db.exec(
                select(OutboundMessage.id)
                .where(
                    OutboundMessage.status == "pending",
                    col(OutboundMessage.next_attempt_at) <= self.clock.now(),
                    col(OutboundMessage.platform).in_(list(self.messengers)),
                )
                .order_by(col(OutboundMessage.next_attempt_at), col(OutboundMessage.id))
            )
            return [row_id for row_id in result.all() if row_id is not None]

    async def _claim(self, row_id: int) -> bool:
        """Mark the row as being sent, unless another worker got there first."""
        async with transaction(self.sessions) as db:
            result = await db.exec(
                update(OutboundMessage)
                .where(col(OutboundMessage.id) == row_id, col(OutboundMessage.status) == "pending")
                .values(status="sending")
            )
            return bool(result.rowcount)

    async def _deliver(self, row_id: int) -> int:
        """Send outside any transaction (a slow platform must not hold a database lock)."""
        async with self.sessions() as db:
            row = await db.get(OutboundMessage, row_id)
        if row is None:
            return 0
        try:
            await self.messengers[row.platform].send(_to_message(row))
        except Exception as error:  # any failure: keep the row and try again later
            attempts = row.attempts + 1
            last_error = f"{type(error).__name__}: {error}"[:500]
            logger.warning(
                "delivery of message %s failed (attempt %s): %s", row_id, attempts, last_error
            )
            await self._settle(
                row_id,
                status="pending",
                attempts=attempts,
                last_error=last_error,
                next_attempt_at=self.clock.now() + backoff(attempts),
            )
            return 0
        await self._settle(
            row_id, status="sent", attempts=row.attempts + 1, sent_at=self.clock.now()
        )
        return 1

    async def _settle(self, row_id: int, **values: Any) -> None:
        async with transaction(self.sessions) as db:
            await db.exec(
                update(OutboundMessage).where(col(OutboundMessage.id) == row_id).values(**values)
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
