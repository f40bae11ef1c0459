"""Tie-up runs: the proposals coordinators were shown, kept until one is published."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import TieupRun


class TieupRuns:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

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
