"""Firing the reminders before activity deadlines, as the core's due work.

A pass claims due rows (marked sent in one conditional UPDATE, as session reminders are) and
queues their messages in the same transaction, so a crash either fires a reminder completely
or leaves it pending, and two processes never both fire one. A row whose step is done, whose
activity is no longer planned or whose partnership ended goes out as nothing (cancelled); one
that comes due after its deadline has passed (the bot was down) is skipped.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from bot.activities.text import ActivityView, due_text
from bot.core.clock import Clock
from bot.core.outbox import DeliveryWorker, OutgoingMessage, Recipient, enqueue
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from bot.reminders.readers import Readers
from bot.reminders.scheduler import BATCH, RECHECK
from bot.sessions.partnership_choice import Pairing
from bot.times.local_time import to_local
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.models import (
    ActivityReminder,
    ActivityStatus,
    PartnershipStatus,
    ReminderStatus,
    StepStatus,
    TargetKind,
)
from storage.repositories.activities import Activities, ActivityReminders
from storage.repositories.members import Members
from storage.repositories.partnerships import Partnerships
from storage.repositories.schools import Schools

logger = logging.getLogger(__name__)


def deadline_text(view: ActivityView, row: ActivityReminder, now: datetime) -> Message:
    """What the owner's teachers read (their school is `view.mine`): how many of their days
    are left counts from `now`, so a reminder sent late (the bot was down) still says it
    right."""
    step = next(s for s in view.steps if s.id == row.step_id)
    kind = view.spec.step(step.name)
    days = (step.due_date - to_local(now, row.zone).date()).days
    link = " https://…" if kind is not None and kind.needs_link else ""
    return Message(
        "reminder-deadline",
        step=step.name,
        activity=view.name(),
        days=max(days, 0),
        task=kind.task if kind else step.name,
        due=due_text(step, view.mine, view.theirs),
        done=f"/exchange activity done {step.name}{link} activity={view.id}",
    )


class DeadlineAlarm:
    """The core's due work for activity deadlines (`bot.core.bot_core.DueWork`)."""

    name = "deadlines"

    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        delivery: DeliveryWorker,
        translator: Translator,
        language: str | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.delivery = delivery
        self.translator = translator
        self.language = language  # the program's default (`JOINTCLASS_LANGUAGE`)

    async def start(self) -> None:
        await self.run_due()

    async def run_due(self) -> None:
        sent = 0
        while True:
            count, claimed = await self._fire_batch()
            sent += count
            if claimed < BATCH:
                break
        if sent:
            self.delivery.wake()

    def after_commit(self) -> None:
        """A confirmation plans nothing due sooner than the next pass (deadlines are days
        away, and reminders already due are not planned)."""

    async def next_due(self) -> datetime | None:
        async with self.sessions() as db:
            return await ActivityReminders(db).next_due()

    async def run(self) -> None:
        while True:
            try:
                await self.run_due()
            except Exception:  # the rows are still pending; the next pass tries again
                logger.exception("firing activity deadline reminders failed; retrying")
            await asyncio.sleep(RECHECK.total_seconds())

    async def _fire_batch(self) -> tuple[int, int]:
        """(sent, claimed) for one batch of due rows."""
        async with transaction(self.sessions) as db:
            now = self.clock.now()
            rows = await ActivityReminders(db).claim_due(now, BATCH)
            sent = 0
            for row in rows:
                sent += await _fire(db, row, now, self.translator, self.language)
                db.add(row)
            return sent, len(rows)


async def _fire(
    db: UnitOfWork,
    row: ActivityReminder,
    now: datetime,
    translator: Translator,
    default: str | None,
) -> int:
    """Queue the row's messages to the step's owner school, each teacher's in their language;
    1 when it went out."""
    activities = Activities(db)
    step = await activities.step(row.step_id)
    assert step is not None  # reminders belong to stored steps
    activity = await activities.get(step.activity_id)
    assert activity is not None  # steps belong to stored activities
    partnership = await Partnerships(db).get(activity.partnership_id)
    assert partnership is not None
    if (
        activity.status != ActivityStatus.PLANNED
        or step.status != StepStatus.OPEN
        or partnership.status != PartnershipStatus.ACTIVE
    ):
        row.status = ReminderStatus.CANCELLED
        return 0
    if step.due_utc <= now:
        row.status = ReminderStatus.SKIPPED
        return 0
    schools = Schools(db)
    mine = await schools.get(step.owner_school)
    theirs = await schools.get(partnership.other(step.owner_school))
    assert mine is not None and theirs is not None
    view = ActivityView(
        activity, tuple(await activities.steps([activity.id])), Pairing(mine, theirs, partnership)
    )
    message = deadline_text(view, row, now)
    data = {"event": "activity_deadline", "activity_id": activity.id, "step": step.name}
    members = await Members(db).of_school(mine.id)
    recipients = [
        Recipient(member.platform, member.workspace, TargetKind.USER, member.user_id)
        for member in members
    ]
    readers = await Readers.of(db, translator, default, recipients)
    for recipient in recipients:
        text = readers.write(message, recipient, mine, (mine, theirs))
        languages = readers.languages(recipient, mine, (mine, theirs))
        enqueue(db, OutgoingMessage(recipient, text, data, (), step.due_utc, languages), now)
    row.messages = len(members)
    return 1
