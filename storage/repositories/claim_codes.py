"""Claim codes: kept as digests, each redeemed at most once and only before it expires."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import ClaimCode


class ClaimCodes:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def replace(
        self, school_id: str, digest: str, issued_by: str, now: datetime, expires_at: datetime
    ) -> ClaimCode:
        """A new code for the school; the unused ones handed out before it stop working."""
        await self.db.exec(
            delete(ClaimCode).where(
                col(ClaimCode.school_id) == school_id, col(ClaimCode.used_at).is_(None)
            )
        )
        code = ClaimCode(
            school_id=school_id,
            digest=digest,
            issued_by=issued_by,
            issued_at=now,
            expires_at=expires_at,
        )
        self.db.add(code)
        await self.db.flush()
        return code

    async def redeem(self, digest: str, used_by: str, now: datetime) -> ClaimCode | None:
        """Use the code if it is unused and unexpired, in one conditional write; None if not."""
        result = await self.db.exec(
            update(ClaimCode)
            .where(
                col(ClaimCode.digest) == digest,
                col(ClaimCode.used_at).is_(None),
                col(ClaimCode.expires_at) > now,
            )
            .values(used_by=used_by, used_at=now)
        )
        if not result.rowcount:
            return None
        return await self.by_digest(digest)

    async def by_digest(self, digest: str) -> ClaimCode | None:
        result = await self.db.exec(select(ClaimCode).where(ClaimCode.digest == digest))
        code = result.first()
        if code is not None:
            await self.db.refresh(code)
        return code
