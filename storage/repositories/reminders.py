"""Reminder rows, the schedule itself: claimed when due, re-planned with their session, and
the lead times a program chose for them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import (
    ExchangeSession,
    Partnership,
    ProgramLeadTimes,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from storage.repositories.partnerships import partnership_of


class Reminders:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def next_due(self) -> datetime | None:
        """When the earliest pending reminder wants its next attempt."""
        result = await self.db.exec(
            select(func.min(Reminder.next_attempt_at)).where(
                Reminder.status == ReminderStatus.PENDING
            )
        )
        return result.one()

    async def claim_due(self, now: datetime, limit: int) -> Sequence[Reminder]:
        """Up to `limit` due rows, marked sent in one conditional UPDATE: another process's
        pass skips them from here on, and a crash before commit leaves them pending."""
        due = (
            select(Reminder.id)
            .where(Reminder.status == ReminderStatus.PENDING, col(Reminder.next_attempt_at) <= now)
            .order_by(col(Reminder.next_attempt_at), col(Reminder.id))
            .limit(limit)
        )
        claimed = await self.db.exec(
            update(Reminder)
            .where(
                col(Reminder.id).in_(due.scalar_subquery()),
                col(Reminder.status) == ReminderStatus.PENDING,
            )
            .values(status=ReminderStatus.SENT, sent_at=now, attempts=col(Reminder.attempts) + 1)
            .returning(col(Reminder.id))
        )
        ids = [row_id for (row_id,) in claimed.all()]
        if not ids:
            return []
        rows = await self.db.exec(
            select(Reminder).where(col(Reminder.id).in_(ids)).order_by(col(Reminder.id))
        )
        return rows.all()

    async def add(self, rows: Iterable[Reminder]) -> None:
        self.db.add_all(list(rows))
        await self.db.flush()

    async def cancel_pending(self, session_id: int) -> int:
        """None of the session's pending reminders goes out; returns how many there were."""
        result = await self.db.exec(
            update(Reminder)
            .where(
                col(Reminder.session_id) == session_id,
                col(Reminder.status) == ReminderStatus.PENDING,
            )
            .values(status=ReminderStatus.CANCELLED)
        )
        return int(result.rowcount or 0)

    async def done_once(
        self, session_id: int, kinds: Iterable[ReminderKind]
    ) -> set[tuple[str, str]]:
        """(kind, audience) of the session's reminders of `kinds` that went out or were
        skipped: what re-planning must not send again."""
        rows = await self.db.exec(
            select(Reminder.kind, Reminder.audience).where(
                Reminder.session_id == session_id,
                col(Reminder.status).in_((ReminderStatus.SENT, ReminderStatus.SKIPPED)),
                col(Reminder.kind).in_(list(kinds)),
            )
        )
        return set(rows.all())

    async def sessions_sent(
        self, session_ids: Iterable[int | None], kind: ReminderKind
    ) -> set[int]:
        """Those of the sessions whose reminder of `kind` went out."""
        result = await self.db.exec(
            select(Reminder.session_id).where(
                col(Reminder.session_id).in_(list(session_ids)),
                Reminder.kind == kind,
                Reminder.status == ReminderStatus.SENT,
            )
        )
        return set(result.all())

    async def of_session(
        self, session_id: int, kind: ReminderKind, statuses: Iterable[ReminderStatus]
    ) -> Reminder | None:
        """The session's reminder of `kind` in one of `statuses`, if any."""
        result = await self.db.exec(
            select(Reminder).where(
                Reminder.session_id == session_id,
                Reminder.kind == kind,
                col(Reminder.status).in_(list(statuses)),
            )
        )
        return result.first()

    async def pending_visible(
        self, *, school_id: str | None, program_ids: Sequence[int], session_id: int | None
    ) -> Sequence[Reminder]:
        """Pending reminders of the school's sessions and of the programs (of one session when
        `session_id` is given), by due time."""
        visible: list[ColumnElement[bool]] = []
        if school_id is not None:
            visible.append(
                col(Reminder.session_id).in_(
                    select(ExchangeSession.id)
                    .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
                    .where(partnership_of(school_id))
                )
            )
        if program_ids:
            visible.append(col(Reminder.program_id).in_(program_ids))
        query = select(Reminder).where(Reminder.status == ReminderStatus.PENDING, or_(*visible))
        if session_id is not None:
            query = query.where(Reminder.session_id == session_id)
        order = (col(Reminder.due_at), col(Reminder.session_id), col(Reminder.id))
        return (await self.db.exec(query.order_by(*order))).all()


class LeadTimeSettings:
    """A program's reminder lead times, as stored text; no row means the defaults."""

    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_program(self, program_id: int) -> ProgramLeadTimes | None:
        return await self.db.get(ProgramLeadTimes, program_id)

    async def save(self, row: ProgramLeadTimes) -> None:
        self.db.add(row)
        await self.db.flush()
