"""Survey contacts: the teacher a coordinator's demand survey names for a school."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import SurveyContact


class SurveyContacts:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_school(self, school_id: str) -> SurveyContact | None:
        return await self.db.get(SurveyContact, school_id)

    async def of_schools(self, school_ids: Iterable[str]) -> dict[str, SurveyContact]:
        wanted = list(school_ids)
        if not wanted:
            return {}
        result = await self.db.exec(
            select(SurveyContact).where(col(SurveyContact.school_id).in_(wanted))
        )
        return {contact.school_id: contact for contact in result.all()}

    async def put(
        self, school_id: str, account: str | None, email: str | None, now: datetime
    ) -> None:
        """Name the school's teacher (both None: name nobody)."""
        contact = await self.of_school(school_id) or SurveyContact(
            school_id=school_id, updated_at=now
        )
        contact.account, contact.email, contact.updated_at = account, email, now
        self.db.add(contact)
