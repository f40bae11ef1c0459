"""Tie-up runs: the proposals coordinators were shown, kept until one is published, and the
published pairings still waiting for a school's first teacher."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import NoticeStatus, TieupNotice, TieupRun


class TieupRuns:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, run_id: int) -> TieupRun | None:
        return await self.db.get(TieupRun, run_id)

    async def add(self, run: TieupRun) -> TieupRun:
        """The stored run, with its id."""
        self.db.add(run)
        await self.db.flush()
        return run

    async def latest(self, program_id: int) -> TieupRun | None:
        result = await self.db.exec(
            select(TieupRun)
            .where(TieupRun.program_id == program_id)
            .order_by(col(TieupRun.created_at).desc(), col(TieupRun.id).desc())
        )
        return result.first()

    async def claim_publication(self, run_id: int, now: datetime) -> bool:
        """Mark the run published unless it already is; False when another coordinator (or a
        double click) got there first."""
        claimed = await self.db.exec(
            update(TieupRun)
            .where(col(TieupRun.id) == run_id, col(TieupRun.published_at).is_(None))
            .values(published_at=now)
        )
        return bool(claimed.rowcount)


class TieupNotices:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    def wait(self, partnership_id: int, school_id: str, run_id: int, now: datetime) -> None:
        """Keep the pairing for the school's first teacher."""
        self.db.add(
            TieupNotice(
                partnership_id=partnership_id, school_id=school_id, run_id=run_id, created_at=now
            )
        )

    async def waiting_for(self, school_id: str) -> Sequence[TieupNotice]:
        result = await self.db.exec(
            select(TieupNotice)
            .where(TieupNotice.school_id == school_id, TieupNotice.status == NoticeStatus.WAITING)
            .order_by(col(TieupNotice.id))
        )
        return result.all()

    async def settle(self, notice_id: int, status: NoticeStatus, now: datetime) -> bool:
        """Mark a waiting notice delivered or dropped; False when another transaction (a second
        teacher joining at the same moment) settled it first."""
        settled = await self.db.exec(
            update(TieupNotice)
            .where(
                col(TieupNotice.id) == notice_id, col(TieupNotice.status) == NoticeStatus.WAITING
            )
            .values(status=status, settled_at=now)
        )
        return bool(settled.rowcount)
