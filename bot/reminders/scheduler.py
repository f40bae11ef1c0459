"""Firing due reminders from their rows, so that none is lost and none is sent twice.

A pass claims due rows with `UPDATE … WHERE status = 'pending'` and, in the same transaction,
writes their outbox messages and marks them sent: a crash either fires a reminder completely
or leaves it pending for the next pass, and two processes can never both fire one. The outbox
then delivers with retries (`bot.core.outbox`). A row that came due while the bot was down is
still sent while it is useful, with a note that it is late; past that (a checklist after the
session began) it is skipped and the program's coordinators are told.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.core.clock import Clock
from bot.core.delivery_pauses import backoff
from bot.core.outbox import DeliveryWorker, OutgoingMessage, Recipient, enqueue, enqueue_all
from bot.core.reply import Action
from bot.i18n.messages import Localizable, Message
from bot.i18n.translator import Translator
from bot.reminders.alarm import ReminderAlarm
from bot.reminders.messages import reminder_messages, skipped_report
from bot.reminders.plan import ReminderKind
from bot.reminders.readers import Readers
from bot.reminders.session_facts import SessionFacts, load_facts
from bot.sessions.agenda import DayAgenda, agendas_of
from storage.engine import SessionFactory, UnitOfWork, savepoint, transaction
from storage.models import Reminder, ReminderStatus, School
from storage.repositories.reminders import Reminders
from storage.repositories.sessions import ExchangeSessions

logger = logging.getLogger(__name__)

BATCH = 100  # rows per transaction: other commands get the loop between batches
LATE_AFTER = timedelta(minutes=5)  # later than this, a reminder says it is late
RECHECK = timedelta(minutes=1)  # the alarm looks at the rows at least this often


@dataclass
class SessionEnded:
    """Handed to end-of-session handlers (the feedback request): they may write rows and queue
    messages, all in the transaction that marks the reminder sent."""

    db: UnitOfWork
    facts: SessionFacts
    now: datetime
    delayed: bool  # the bot was down when the session ended
    readers: Readers  # who reads which language
    queued: int = 0

    def send(
        self,
        recipient: Recipient,
        text: str,
        data: dict[str, Any] | None = None,
        actions: tuple[Action, ...] = (),
    ) -> None:
        enqueue(self.db, OutgoingMessage(recipient, text, data or {}, actions), self.now)
        self.queued += 1

    def tell(
        self,
        recipient: Recipient,
        message: Message | Localizable,
        school: School | None = None,
        data: dict[str, Any] | None = None,
        actions: tuple[Action, ...] = (),
    ) -> None:
        """`send` a message in the recipient's language (`school` is theirs when they are
        reached as its teacher; a joint channel reads both schools' languages)."""
        text = self.readers.write(message, recipient, school, self.facts.schools)
        self.send(recipient, text, data, actions)


SessionEndHandler = Callable[[SessionEnded], Awaitable[None]]


class ReminderScheduler:
    name = "reminders"

    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        delivery: DeliveryWorker,
        end_handlers: Sequence[SessionEndHandler] = (),
        *,
        translator: Translator,
        language: str | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.delivery = delivery
        self.translator = translator
        self.language = language  # the program's default (`JOINTCLASS_LANGUAGE`)
        # run when a session ends (the composition root passes feedback's request); with none,
        # a short "feedback comes next" message is posted
        self.end_handlers = list(end_handlers)
        self.alarm: ReminderAlarm | None = None
        self._lock = asyncio.Lock()
        self._rearm_waiting = False
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """At start: deliver what came due while the bot was down (late, or skipped)."""
        fired = await self.fire_due()
        if fired:
            logger.info("caught up on %s reminder(s) that came due while stopped", fired)

    async def run_due(self) -> None:
        await self.fire_due()

    def after_commit(self) -> None:
        """A command committed and may have planned an earlier reminder: look again soon.
        (A pass under way looks again when it ends, and sees the commit.)"""
        if self.alarm is None or self._rearm_waiting or self._lock.locked():
            return
        self._rearm_waiting = True
        task = asyncio.get_running_loop().create_task(self.rearm())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self) -> None:
        """Keep the alarm going until cancelled (`jointclass run`'s background work)."""
        alarm = ReminderAlarm(self.fire_due)
        alarm.start()
        self.alarm = alarm
        try:
            alarm.arm(self.clock.now())  # the first wake-up looks at the rows and re-arms
            await asyncio.Event().wait()
        finally:
            self.alarm = None
            alarm.stop()

    async def next_due(self) -> datetime | None:
        async with self.sessions() as db:
            return await Reminders(db).next_due()

    async def rearm(self) -> None:
        """Set the alarm to the earliest pending row, or a minute from now if that is sooner."""
        self._rearm_waiting = False  # commits from here on need another look
        alarm = self.alarm
        if alarm is None:
            return
        soonest = await self.next_due()
        if self._lock.locked():
            return  # a pass is under way; it looks again when it ends
        latest = self.clock.now() + RECHECK
        alarm.arm(min(soonest, latest) if soonest else latest)

    async def fire_due(self) -> int:
        """Fire every due row, a batch per transaction; returns how many were sent."""
        sent = 0
        async with self._lock:
            while True:
                count, claimed = await self._fire_batch()
                sent += count
                if count:
                    self.delivery.wake()  # delivery starts on this batch while the next fires
                if claimed < BATCH:
                    break
                await asyncio.sleep(0)
        await self.rearm()
        return sent

    async def _fire_batch(self) -> tuple[int, int]:
        """(sent, claimed) for one batch of due rows."""
        async with transaction(self.sessions) as db:
            now = self.clock.now()
            rows = await Reminders(db).claim_due(now, BATCH)
            if not rows:
                return 0, 0
            sessions = list(
                (await ExchangeSessions(db).by_ids(row.session_id for row in rows)).values()
            )
            facts = await load_facts(db, sessions)
            agendas = await agendas_of(db, sessions)
            readers = await Readers.of(
                db,
                self.translator,
                self.language,
                (r for f in facts.values() for r in f.recipients()),
            )
            sent, skipped = 0, []
            queued: list[OutgoingMessage] = []  # the batch's messages, written together
            for row in rows:
                session_facts = facts[row.session_id]
                if not session_facts.live:
                    row.status = ReminderStatus.CANCELLED  # the session or partnership ended
                elif now > row.useful_until:
                    row.status = ReminderStatus.SKIPPED
                    if row.kind != ReminderKind.STEP:
                        skipped.append((row, session_facts))
                else:
                    row.delayed = now - row.due_at > LATE_AFTER
                    sent += await self._fire(db, row, session_facts, agendas, now, readers, queued)
                db.add(row)
                await asyncio.sleep(0)  # building messages is CPU work: let commands in
            await enqueue_all(db, queued, now)
            _report_skipped(db, skipped, now, readers)
            return sent, len(rows)

    async def _fire(
        self,
        db: UnitOfWork,
        row: Reminder,
        facts: SessionFacts,
        agendas: dict[int, DayAgenda],
        now: datetime,
        readers: Readers,
        batch: list[OutgoingMessage],
    ) -> int:
        """Add the row's messages to the batch's; a failure adds none of them and leaves the
        row pending, retried with backoff."""
        attempts = row.attempts
        try:
            if row.kind == ReminderKind.END and self.end_handlers:
                await enqueue_all(db, batch, now)  # the batch's earlier messages go first
                batch.clear()
                async with savepoint(db):  # handlers write rows: all of theirs or none
                    queued = await self._end_of_session(db, facts, now, row.delayed, readers)
            else:
                messages = reminder_messages(row, facts, agendas[row.session_id], now, readers)
                batch += messages  # built before any is added: all or none
                queued = len(messages)
        except Exception as error:
            row.status = ReminderStatus.PENDING
            row.last_error = f"{type(error).__name__}: {error}"[:500]
            row.next_attempt_at = now + backoff(attempts)
            logger.exception("reminder %s failed (attempt %s); retrying", row.id, attempts)
            return 0
        row.messages, row.last_error = queued, None
        return 1

    async def _end_of_session(
        self, db: UnitOfWork, facts: SessionFacts, now: datetime, delayed: bool, readers: Readers
    ) -> int:
        event = SessionEnded(db, facts, now, delayed, readers)
        for handler in self.end_handlers:
            await handler(event)
        return event.queued


def _report_skipped(
    db: UnitOfWork, skipped: list[tuple[Reminder, SessionFacts]], now: datetime, readers: Readers
) -> None:
    """Tell each program's coordinators which of its reminders were skipped, each in their
    language."""
    by_program: dict[int, list[tuple[Reminder, SessionFacts]]] = {}
    for row, facts in skipped:
        by_program.setdefault(row.program_id, []).append((row, facts))
    for rows in by_program.values():
        report = skipped_report(rows)
        data = {"event": "reminders_skipped", "reminder_ids": [row.id for row, _ in rows]}
        facts = rows[0][1]
        for recipient in facts.coordinator_recipients():
            text = readers.write(report, recipient, None, facts.schools)
            enqueue(db, OutgoingMessage(recipient, text, data), now)
