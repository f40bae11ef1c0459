"""Each user's chosen language: read on every command, written by `/exchange language`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import LanguageChoice, Membership, School

UserKey = tuple[str, str, str]  # platform, workspace, user id


class LanguageChoices:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_user(self, platform: str, workspace: str, user_id: str) -> str | None:
        """The tag the user chose, or None when they left it to the bot."""
        result = await self.db.exec(
            select(LanguageChoice.language).where(
                LanguageChoice.platform == platform,
                LanguageChoice.workspace == workspace,
                LanguageChoice.user_id == user_id,
            )
        )
        return result.first()

    async def with_country(
        self, platform: str, workspace: str, user_id: str
    ) -> tuple[str | None, str | None]:
        """The tag the user chose (None when they left it to the bot) and the country of the
        school they teach at (None when none): what decides their language, read on every
        command, so in one query."""
        choice = select(LanguageChoice.language).where(
            LanguageChoice.platform == platform,
            LanguageChoice.workspace == workspace,
            LanguageChoice.user_id == user_id,
        )
        country = (
            select(School.country)
            .join(Membership, col(Membership.school_id) == col(School.id))
            .where(
                Membership.platform == platform,
                Membership.workspace == workspace,
                Membership.user_id == user_id,
            )
            .limit(1)
        )
        result = await self.db.exec(select(choice.scalar_subquery(), country.scalar_subquery()))
        chosen, school_country = result.one()
        return chosen, school_country

    async def of_users(self, users: Iterable[UserKey]) -> dict[UserKey, str]:
        """The choices of several users at once (the teachers a notice goes to), by user."""
        wanted = list(set(users))
        if not wanted:
            return {}
        columns = (
            col(LanguageChoice.platform),
            col(LanguageChoice.workspace),
            col(LanguageChoice.user_id),
        )
        result = await self.db.exec(select(LanguageChoice).where(tuple_(*columns).in_(wanted)))
        return {(row.platform, row.workspace, row.user_id): row.language for row in result.all()}

    async def choose(
        self, platform: str, workspace: str, user_id: str, language: str, at: datetime
    ) -> None:
        """Set the user's language, replacing an earlier choice: one upsert, so two choices of
        theirs at once leave the later one, never a duplicate key."""
        dialect = postgresql if self.db.get_bind().dialect.name == "postgresql" else sqlite
        row = {
            "platform": platform,
            "workspace": workspace,
            "user_id": user_id,
            "language": language,
            "chosen_at": at,
        }
        await self.db.exec(
            dialect.insert(LanguageChoice)
            .values(row)
            .on_conflict_do_update(
                index_elements=["platform", "workspace", "user_id"],
                set_={"language": language, "chosen_at": at},
            )
        )

    async def forget(self, platform: str, workspace: str, user_id: str) -> bool:
        """Leave the language to the bot again (`auto`); False when nothing was chosen."""
        result = await self.db.exec(
            delete(LanguageChoice).where(
                col(LanguageChoice.platform) == platform,
                col(LanguageChoice.workspace) == workspace,
                col(LanguageChoice.user_id) == user_id,
            )
        )
        return bool(result.rowcount)
