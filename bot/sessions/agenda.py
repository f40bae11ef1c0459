"""A session's agenda as the day will run it: the teachers' own steps, or its template's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.sessions.agenda_templates import AgendaStep, TimedStep, fit, template, timed
from storage.models import AgendaItem, ExchangeSession, SessionAgenda


@dataclass(frozen=True)
class DayAgenda:
    template: str  # the program type the steps come from (or started from)
    steps: tuple[AgendaStep, ...]
    nudges: bool  # mark each step's start in the joint channel
    custom: bool  # teachers wrote the steps

    def timed(self, start: datetime) -> list[TimedStep]:
        return timed(self.steps, start)


def _agenda(
    session: ExchangeSession, settings: SessionAgenda | None, items: Sequence[AgendaItem]
) -> DayAgenda:
    chosen = settings.template if settings else session.program_type
    minutes = session.duration_minutes
    if items:
        own = [AgendaStep(i.title, i.minutes, i.guidance) for i in sorted(items, key=_position)]
        steps = fit(own, minutes)
    else:
        steps = template(chosen, minutes)
    return DayAgenda(chosen, tuple(steps), bool(settings and settings.nudges), bool(items))


def _position(item: AgendaItem) -> int:
    return item.position


async def agendas_of(db: AsyncSession, sessions: Sequence[ExchangeSession]) -> dict[int, DayAgenda]:
    """Each session's agenda, by session id, in two queries."""
    ids = [s.id for s in sessions]
    settings = {
        row.session_id: row
        for row in (
            await db.exec(select(SessionAgenda).where(col(SessionAgenda.session_id).in_(ids)))
        ).all()
    }
    items: dict[int, list[AgendaItem]] = {}
    for item in (
        await db.exec(select(AgendaItem).where(col(AgendaItem.session_id).in_(ids)))
    ).all():
        items.setdefault(item.session_id, []).append(item)
    agendas = {}
    for session in sessions:
        number = session.id
        assert number is not None  # stored sessions have ids
        agendas[number] = _agenda(session, settings.get(number), items.get(number, []))
    return agendas


async def agenda_of(db: AsyncSession, session: ExchangeSession) -> DayAgenda:
    [agenda] = (await agendas_of(db, [session])).values()
    return agenda


async def save_agenda(
    db: AsyncSession,
    session: ExchangeSession,
    agenda: DayAgenda,
    *,
    by: str,
    now: datetime,
) -> None:
    """Store the agenda's choices; its steps only when teachers wrote them."""
    settings = await db.get(SessionAgenda, session.id)
    if settings is None:
        settings = SessionAgenda(
            session_id=session.id,  # type: ignore[arg-type]
            template=agenda.template,
            updated_by=by,
            updated_at=now,
        )
    settings.template, settings.nudges = agenda.template, agenda.nudges
    settings.updated_by, settings.updated_at = by, now
    db.add(settings)
    await db.flush()
    await db.exec(delete(AgendaItem).where(col(AgendaItem.session_id) == session.id))
    if agenda.custom:
        for position, step in enumerate(agenda.steps):
            db.add(
                AgendaItem(
                    session_id=session.id,  # type: ignore[arg-type]
                    position=position,
                    title=step.title,
                    minutes=step.minutes,
                    guidance=step.guidance,
                )
            )
    await db.flush()
