"""Messages the bot sends on its own (notifications, reminders), and who sends them.

Commands never talk to a platform directly: they write an `OutboundMessage` row in the same
transaction as the change it announces, and `DeliveryWorker` hands committed rows to the
messenger of the row's platform. A crash therefore delays a message but cannot lose it.

Each recipient's messages go out in the order they were queued: a message is sent only once
every earlier one to the same recipient is delivered (or refused for good), so a reminder that
failed is never overtaken by the next one. Other recipients are not held up by it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.core.clock import Clock
from bot.core.delivery_pauses import PlatformPauses, backoff
from bot.core.reply import Action
from bot.i18n.languages import Language, matching_language
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.models import MessageStatus, OutboundMessage, TargetKind
from storage.repositories.outbox import Outbox

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    platform: str
    workspace: str
    kind: TargetKind
    target_id: str


@dataclass(frozen=True)
class OutgoingMessage:
    recipient: Recipient
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    actions: tuple[Action, ...] = ()
    when: datetime | None = None  # the session start it is about, shown in the reader's zone
    # the languages `text` is written in (a joint channel's: both schools'), so that adapters
    # write their own words around it (the label of `when`, a file's title) in them too
    languages: tuple[Language, ...] = ()


class Messenger(Protocol):
    async def send(self, message: OutgoingMessage) -> None:
        """Deliver or raise: `Refused` means never, `PlatformUnavailable` means the platform
        takes nothing now, anything else means "try this message again later"."""
        ...


class Refused(Exception):
    """The platform will never take this message (channel gone, bot removed from it, user
    deactivated): retrying cannot help, and it must not hold the recipient's later messages."""


class PlatformUnavailable(Exception):
    """The platform takes no message now (down, overloaded, rate limiting); `retry_after` is how
    long it asked us to stay away, when it said."""

    def __init__(self, reason: str, retry_after: timedelta | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


def enqueue(db: UnitOfWork, message: OutgoingMessage, now: Any) -> None:
    """Queue a message inside the caller's transaction."""
    db.add(OutboundMessage(**queued_row(message, now)))


async def enqueue_all(db: UnitOfWork, messages: Sequence[OutgoingMessage], now: Any) -> None:
    """Queue many messages at once inside the caller's transaction, in order: one statement,
    not a mapped object each (a burst of reminders queues hundreds). What the caller queued
    one by one before is written first, so each recipient's messages keep their order."""
    if messages:
        await Outbox(db).add_all([queued_row(message, now) for message in messages])


def queued_row(message: OutgoingMessage, now: Any) -> dict[str, Any]:
    """The outbox row that queues `message`, as column values."""
    recipient = message.recipient
    return {
        "platform": recipient.platform,
        "workspace": recipient.workspace,
        "target_kind": recipient.kind,
        "target_id": recipient.target_id,
        "text": message.text,
        "payload": json.dumps(
            {
                "data": message.data,
                "actions": [asdict(a) for a in message.actions],
                "when": message.when.isoformat() if message.when else None,
                "languages": [language.tag for language in message.languages],
            },
            default=str,
        ),
        "created_at": now,
        "next_attempt_at": now,
    }


def _to_message(row: OutboundMessage) -> OutgoingMessage:
    payload = json.loads(row.payload or "{}")
    return OutgoingMessage(
        recipient=Recipient(row.platform, row.workspace, row.target_kind, row.target_id),
        text=row.text,
        data=payload.get("data", {}),
        actions=tuple(Action(**a) for a in payload.get("actions", [])),
        when=datetime.fromisoformat(payload["when"]) if payload.get("when") else None,
        languages=tuple(
            language
            for tag in payload.get("languages", [])
            if (language := matching_language(tag)) is not None
        ),
    )


CLAIM_BATCH = 25  # rows claimed, then settled, per transaction: also what a crash may resend
SEND_TIMEOUT = 30.0  # real seconds one send may take before it counts as the platform hanging
SENT = {"status": MessageStatus.SENT}  # settled together: attempts + 1, sent_at the batch's end
UNTRIED = {"status": MessageStatus.PENDING}  # claimed, then put back as it was: not its turn

RecipientKey = tuple[str, str, str, str]
Outcome = tuple[int, dict[str, Any]]


def _recipient_key(row: OutboundMessage) -> RecipientKey:
    return (row.platform, row.workspace, row.target_kind, row.target_id)


class DeliveryWorker:
    def __init__(
        self, sessions: SessionFactory, clock: Clock, *, send_timeout: float = SEND_TIMEOUT
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.send_timeout = send_timeout
        self.messengers: dict[str, Messenger] = {}
        self.pauses = PlatformPauses(clock)
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
        while runs := await self._claim_due():
            outcomes = await self._send_runs(runs)
            await self._settle(outcomes)
            sent += sum(1 for _, values in outcomes if values is SENT)
        return sent

    async def _claim_due(self) -> list[list[OutboundMessage]]:
        """Mark the next due messages as being sent, in one transaction, and return them as
        runs: each run is one recipient's oldest undelivered message and the due ones after it,
        in queued order. A recipient whose oldest message another worker holds, or that waits
        for a retry, is skipped whole (SKIP LOCKED on PostgreSQL; earlier rows block later)."""
        platforms = self.pauses.open(list(self.messengers))
        if not platforms:
            return []
        now = self.clock.now()
        async with transaction(self.sessions) as db:
            outbox = Outbox(db)
            heads = await outbox.due_heads(platforms, now, CLAIM_BATCH)
            if not heads:
                return []
            runs = {_recipient_key(head): [head] for head in heads}
            await self._add_followers(outbox, runs, now)
            mine = await outbox.claim([row.id for run in runs.values() for row in run])
            kept = [run[: _claimed_prefix(run, mine)] for run in runs.values()]
            # Another process took part of a run first (SQLite cannot SKIP LOCKED): what this
            # worker got after the gap must wait for its turn.
            stray = mine - {row.id for run in kept for row in run}
            if stray:
                await outbox.put_back(stray)
        return [run for run in kept if run]

    async def _add_followers(
        self, outbox: Outbox, runs: dict[RecipientKey, list[OutboundMessage]], now: Any
    ) -> None:
        """Fill the batch with the due messages queued after each claimed head, in order, so a
        burst to one channel goes out a batch at a time. Nobody else can claim these: their
        recipient's head is locked by this transaction."""
        room = CLAIM_BATCH - len(runs)
        if room <= 0:
            return
        followers = await outbox.queued_after([run[0].id for run in runs.values()], room)
        waiting: set[RecipientKey] = set()
        for row in followers:
            key = _recipient_key(row)
            if key in waiting or row.next_attempt_at > now:
                waiting.add(key)  # not due yet: neither it nor anything after it goes now
                continue
            runs[key].append(row)

    async def _send_runs(self, runs: list[list[OutboundMessage]]) -> list[Outcome]:
        """Send each run in order; after a failure the rest of that run waits untried, and once
        a platform is paused the rest of its messages wait untried too."""
        outcomes: list[Outcome] = []
        for run in runs:
            for position, row in enumerate(run):
                if self.pauses.is_paused(row.platform):
                    outcomes += [_untried(rest) for rest in run[position:]]
                    break
                outcome = await self._send(row)
                outcomes.append(outcome)
                if outcome[1]["status"] == MessageStatus.PENDING:
                    outcomes += [_untried(rest) for rest in run[position + 1 :]]
                    break
        return outcomes

    async def _send(self, row: OutboundMessage) -> Outcome:
        """Send outside any transaction (a slow platform must not hold a database lock), for at
        most `send_timeout` seconds; returns the row's new state."""
        assert row.id is not None
        attempts = row.attempts + 1
        messenger = self.messengers[row.platform]
        try:
            async with asyncio.timeout(self.send_timeout):
                await messenger.send(_to_message(row))
        except Refused as refusal:
            error = _describe(refusal)
            logger.error(
                "message %s to %s %s on %s refused for good, not retried: %s",
                row.id,
                row.target_kind,
                row.target_id,
                row.platform,
                error,
            )
            return row.id, {
                "status": MessageStatus.REFUSED,
                "attempts": attempts,
                "last_error": error,
            }
        except PlatformUnavailable as outage:
            if outage.retry_after is None:
                return self._failed(row, attempts, _describe(outage), platform_down=True)
            self.pauses.wait(row.platform, outage.retry_after)
            logger.warning(
                "%s asked for a pause of %s; message %s waits without losing a try",
                row.platform,
                outage.retry_after,
                row.id,
            )
            return row.id, {"status": MessageStatus.PENDING, "last_error": _describe(outage)}
        except TimeoutError:
            error = f"no answer within {self.send_timeout:g} s"
            return self._failed(row, attempts, error, platform_down=True)
        except OSError as error:  # connection refused, reset, unreachable
            return self._failed(row, attempts, _describe(error), platform_down=True)
        except Exception as error:  # anything else: this message, tried again later
            return self._failed(row, attempts, _describe(error), platform_down=False)
        self.pauses.answered(row.platform)
        return row.id, SENT

    def _failed(
        self, row: OutboundMessage, attempts: int, error: str, *, platform_down: bool
    ) -> Outcome:
        """The message waits for its own backoff; an outage also pauses its whole platform."""
        assert row.id is not None
        logger.warning("delivery of message %s failed (attempt %s): %s", row.id, attempts, error)
        if platform_down:
            pause = self.pauses.failed(row.platform)
            logger.warning("%s looks unavailable; its deliveries pause for %s", row.platform, pause)
        return row.id, {
            "status": MessageStatus.PENDING,
            "attempts": attempts,
            "last_error": error,
            "next_attempt_at": self.clock.now() + backoff(attempts),
        }

    async def _settle(self, outcomes: list[Outcome]) -> None:
        """Record a batch's outcomes: the sent messages (nearly all) in one statement, stamped
        with the batch's end, and the others one by one."""
        sent = [row_id for row_id, values in outcomes if values is SENT]
        async with transaction(self.sessions) as db:
            outbox = Outbox(db)
            if sent:
                await outbox.mark_sent(sent, self.clock.now())
            for row_id, values in outcomes:
                if values is not SENT:
                    await outbox.record(row_id, values)

    async def release_interrupted(self) -> int:
        """At start: messages claimed by a process that died mid-send go back to the queue."""
        async with transaction(self.sessions) as db:
            return await Outbox(db).release_interrupted()

    async def run(self, poll_seconds: float = 5.0) -> None:
        """Deliver forever: on every wake-up and at least every `poll_seconds`.

        The wait is `asyncio.timeout`, not `asyncio.wait_for`: on Python 3.11, a `wait_for`
        cancelled just as a commit wakes it swallows the cancellation, and this loop went on
        forever after SIGTERM, the process idling with nothing to do (bpo-42130)."""
        while True:
            self._wake.clear()  # before the pass: a commit during it wakes the next one
            try:
                await self.deliver_due()
            except Exception:
                logger.exception("delivery pass failed; retrying")
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(poll_seconds):
                    await self._wake.wait()


def _claimed_prefix(run: list[OutboundMessage], mine: set[int]) -> int:
    """How many of a run's rows this worker holds without a gap (order must not skip one)."""
    for position, row in enumerate(run):
        if row.id not in mine:
            return position
    return len(run)


def _untried(row: OutboundMessage) -> Outcome:
    assert row.id is not None
    return row.id, UNTRIED


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]
