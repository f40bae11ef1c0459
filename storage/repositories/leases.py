"""Leases (the leader's, `bot.core.leadership`): claimed, renewed and released by one statement
each, judged by the database's own clock."""

from __future__ import annotations

from sqlmodel import col, delete, select

from storage.database_clock import DatabaseNow
from storage.engine import UnitOfWork
from storage.models import Lease
from storage.repositories.upsert import insert


class Leases:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def claim(self, name: str, holder: str, ttl_seconds: float) -> bool:
        """Take the lease if it is free or expired, or renew it if `holder` has it; True if
        `holder` holds it now. One upsert: the database serialises contenders on the row."""
        upsert = insert(self.db, Lease).values(
            name=name, holder=holder, expires_at=DatabaseNow(ttl_seconds)
        )
        current = Lease.__table__.c  # type: ignore[attr-defined]
        claimed = await self.db.exec(
            upsert.on_conflict_do_update(
                index_elements=[current.name],
                set_={"holder": upsert.excluded.holder, "expires_at": upsert.excluded.expires_at},
                where=(current.holder == upsert.excluded.holder)
                | (current.expires_at <= DatabaseNow()),
            ).returning(current.holder)
        )
        return claimed.first() is not None

    async def release(self, name: str, holder: str) -> None:
        """Give the lease up, if `holder` has it."""
        await self.db.exec(
            delete(Lease).where(col(Lease.name) == name, col(Lease.holder) == holder)
        )

    async def holder(self, name: str) -> str | None:
        """Who holds the lease now, if anyone."""
        result = await self.db.exec(
            select(Lease.holder).where(
                col(Lease.name) == name, col(Lease.expires_at) > DatabaseNow()
            )
        )
        return result.first()
