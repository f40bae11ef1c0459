"""Button commands too long for a platform's component id, kept under a digest of themselves."""

from __future__ import annotations

from datetime import datetime

from storage.engine import UnitOfWork
from storage.models import ButtonCommand
from storage.repositories.upsert import insert


class ButtonCommands:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def command_of(self, key: str) -> str | None:
        row = await self.db.get(ButtonCommand, key)
        return row.command if row else None

    async def keep(self, key: str, command: str, now: datetime) -> None:
        """Store the command under `key`, unless it is stored already (by another replica:
        the key is the command's digest, so both stored the same)."""
        await self.db.exec(
            insert(self.db, ButtonCommand)
            .values(key=key, command=command, created_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
        )
