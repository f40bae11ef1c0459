"""Activities (non-real-time exchanges), their steps and the reminders before each deadline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import (
    Activity,
    ActivityKind,
    ActivityReminder,
    ActivityStatus,
    ActivityStep,
    Partnership,
    ReminderStatus,
)
from storage.repositories.partnerships import Partnerships, partnership_of

LIVE_ACTIVITY = (ActivityStatus.PROPOSED, ActivityStatus.PLANNED)


class Activities:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def add(self, activity: Activity, steps: Iterable[ActivityStep]) -> Activity:
        self.db.add(activity)
        await self.db.flush()
        for step in steps:
            step.activity_id = activity.id  # type: ignore[assignment]
            self.db.add(step)
        await self.db.flush()
        return activity

    async def get(self, activity_id: int) -> Activity | None:
        return await self.db.get(Activity, activity_id)

    async def lock(self, activity_id: int) -> tuple[Activity, Partnership] | None:
        """The activity and its partnership as committed now, held until this unit of work
        ends (PostgreSQL; a SQLite writer holds the whole database already). The partnership
        is taken first, the order every locker of a partnership's rows keeps."""
        found = await self.get(activity_id)
        if found is None:
            return None
        partnership = await Partnerships(self.db).lock(found.partnership_id)
        assert partnership is not None  # partnerships are never deleted
        result = await self.db.exec(
            select(Activity)
            .where(Activity.id == activity_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return result.one(), partnership

    async def live_of_kind(self, partnership_id: int, kind: ActivityKind) -> Activity | None:
        """The pair's proposed or planned activity of this kind (there is at most one)."""
        result = await self.db.exec(
            select(Activity).where(
                Activity.partnership_id == partnership_id,
                Activity.kind == kind,
                col(Activity.status).in_(LIVE_ACTIVITY),
            )
        )
        return result.first()

    async def of_school(
        self, school_id: str, statuses: Iterable[ActivityStatus] = tuple(ActivityStatus)
    ) -> Sequence[Activity]:
        """The school's activities with one of `statuses`, newest first."""
        result = await self.db.exec(
            select(Activity)
            .join(Partnership, col(Partnership.id) == Activity.partnership_id)
            .where(partnership_of(school_id), col(Activity.status).in_(list(statuses)))
            .order_by(col(Activity.id).desc())
        )
        return result.all()

    async def of_partnership(
        self, partnership_id: int, statuses: Iterable[ActivityStatus]
    ) -> Sequence[Activity]:
        result = await self.db.exec(
            select(Activity)
            .where(
                Activity.partnership_id == partnership_id,
                col(Activity.status).in_(list(statuses)),
            )
            .order_by(col(Activity.id))
        )
        return result.all()

    async def in_program(self, program_id: int) -> Sequence[tuple[Activity, Partnership]]:
        """The program's activities with their partnerships, oldest first."""
        result = await self.db.exec(
            select(Activity, Partnership)
            .join(Partnership, col(Partnership.id) == Activity.partnership_id)
            .where(Partnership.program_id == program_id)
            .order_by(col(Activity.id))
        )
        return result.all()

    async def step(self, step_id: int) -> ActivityStep | None:
        return await self.db.get(ActivityStep, step_id)

    async def steps(self, activity_ids: Iterable[int | None]) -> Sequence[ActivityStep]:
        """The steps of the activities, in each one's order."""
        result = await self.db.exec(
            select(ActivityStep)
            .where(col(ActivityStep.activity_id).in_(list(activity_ids)))
            .order_by(col(ActivityStep.activity_id), col(ActivityStep.position))
        )
        return result.all()


class ActivityReminders:
    """The reminders before each step's deadline: the rows are the schedule."""

    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def add(self, rows: Iterable[ActivityReminder]) -> None:
        self.db.add_all(list(rows))
        await self.db.flush()

    async def next_due(self) -> datetime | None:
        result = await self.db.exec(
            select(func.min(ActivityReminder.due_at)).where(
                ActivityReminder.status == ReminderStatus.PENDING
            )
        )
        return result.one()

    async def claim_due(self, now: datetime, limit: int) -> Sequence[ActivityReminder]:
        """Up to `limit` due rows, marked sent in one conditional UPDATE, so that no other pass
        (or process) fires them; a crash before commit leaves them pending."""
        due = (
            select(ActivityReminder.id)
            .where(
                ActivityReminder.status == ReminderStatus.PENDING,
                col(ActivityReminder.due_at) <= now,
            )
            .order_by(col(ActivityReminder.due_at), col(ActivityReminder.id))
            .limit(limit)
        )
        claimed = await self.db.exec(
            update(ActivityReminder)
            .where(
                col(ActivityReminder.id).in_(due.scalar_subquery()),
                col(ActivityReminder.status) == ReminderStatus.PENDING,
            )
            .values(status=ReminderStatus.SENT, sent_at=now)
            .returning(col(ActivityReminder.id))
        )
        ids = [row_id for (row_id,) in claimed.all()]
        if not ids:
            return []
        rows = await self.db.exec(
            select(ActivityReminder)
            .where(col(ActivityReminder.id).in_(ids))
            .order_by(col(ActivityReminder.id))
        )
        return rows.all()

    async def cancel_pending(self, step_ids: Iterable[int | None]) -> int:
        """None of the steps' pending reminders goes out; returns how many there were."""
        result = await self.db.exec(
            update(ActivityReminder)
            .where(
                col(ActivityReminder.step_id).in_(list(step_ids)),
                col(ActivityReminder.status) == ReminderStatus.PENDING,
            )
            .values(status=ReminderStatus.CANCELLED)
        )
        return int(result.rowcount or 0)

    async def of_steps(self, step_ids: Iterable[int | None]) -> Sequence[ActivityReminder]:
        result = await self.db.exec(
            select(ActivityReminder)
            .where(col(ActivityReminder.step_id).in_(list(step_ids)))
            .order_by(col(ActivityReminder.due_at), col(ActivityReminder.id))
        )
        return result.all()
