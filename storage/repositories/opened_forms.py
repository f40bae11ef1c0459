"""Forms opened in Slack and what each completes, kept under the key the modal carries."""

from __future__ import annotations

from datetime import datetime

from storage.engine import UnitOfWork
from storage.models import OpenedForm


class OpenedForms:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    def keep(
        self,
        key: str,
        command: str,
        *,
        channel_id: str | None,
        response_url: str | None,
        now: datetime,
    ) -> None:
        self.db.add(
            OpenedForm(
                key=key,
                command=command,
                channel_id=channel_id,
                response_url=response_url,
                created_at=now,
            )
        )

    async def of(self, key: str) -> OpenedForm | None:
        return await self.db.get(OpenedForm, key)
