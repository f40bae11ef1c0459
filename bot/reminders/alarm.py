"""The wake-up for due reminders: one APScheduler date job, in UTC, at the next due instant.

APScheduler holds no reminder of its own: the `Reminder` rows are the schedule, and the alarm
only says when to look at them next. One job at the earliest pending instant (and at least
once a minute, so rows written by another process are never waited on for long) means a
restart rebuilds the schedule with one indexed query, however many reminders are pending,
and there is nothing in memory to fall out of step with the rows. Date triggers in UTC never
fire twice or late across a daylight-saving change, unlike local cron triggers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

logger = logging.getLogger(__name__)

JOB_ID = "reminders-next-due"


async def wake_up(alarm: ReminderAlarm) -> None:
    """The job's function: importable, so the job needs no lambda or closure. A wake-up cut
    short by shutdown (APScheduler cancels it) is no error: its transaction rolled back and
    the rows it did not fire stay pending for whoever fires next."""
    with contextlib.suppress(asyncio.CancelledError):
        await alarm.on_wake()


class ReminderAlarm:
    def __init__(self, on_wake: Callable[[], Awaitable[object]]) -> None:
        self._on_wake = on_wake
        self.scheduler = AsyncIOScheduler(
            timezone=UTC,
            # a wake-up that comes late (a busy loop, a suspended laptop) still runs, once
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 2},
        )

    async def on_wake(self) -> None:
        try:
            await self._on_wake()
        except Exception:  # the next wake-up tries again; the rows are still pending
            logger.exception("firing due reminders failed")

    def start(self) -> None:
        """Start the scheduler on the running event loop."""
        self.scheduler.start()

    def arm(self, when: datetime) -> None:
        """Wake at `when` (UTC), replacing any earlier plan."""
        self.scheduler.add_job(
            wake_up,
            trigger=DateTrigger(run_date=when.astimezone(UTC), timezone=UTC),
            args=[self],
            id=JOB_ID,
            replace_existing=True,
        )

    @property
    def next_wake(self) -> datetime | None:
        job = self.scheduler.get_job(JOB_ID)
        return job.next_run_time if job else None

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
