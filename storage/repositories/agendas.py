"""Session agendas: the choices teachers made for a session's day, and the steps they wrote."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import AgendaItem, SessionAgenda


class Agendas:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def settings_of(self, session_ids: Iterable[int | None]) -> dict[int, SessionAgenda]:
        """The sessions' agenda choices, by session id; sessions without any are left out."""
        result = await self.db.exec(
            select(SessionAgenda).where(col(SessionAgenda.session_id).in_(list(session_ids)))
        )
        return {row.session_id: row for row in result.all()}

    async def items_of(self, session_ids: Iterable[int | None]) -> dict[int, list[AgendaItem]]:
        """The steps teachers wrote, by session id, in the order the database keeps them."""
        result = await self.db.exec(
            select(AgendaItem).where(col(AgendaItem.session_id).in_(list(session_ids)))
        )
        items: dict[int, list[AgendaItem]] = {}
        for item in result.all():
            items.setdefault(item.session_id, []).append(item)
        return items

    async def settings(self, session_id: int) -> SessionAgenda | None:
        return await self.db.get(SessionAgenda, session_id)

    async def save(self, settings: SessionAgenda, items: Sequence[AgendaItem]) -> None:
        """Store the choices and replace the session's written steps with `items`."""
        self.db.add(settings)
        await self.db.flush()
        await self.db.exec(
            delete(AgendaItem).where(col(AgendaItem.session_id) == settings.session_id)
        )
        self.db.add_all(items)
        await self.db.flush()
