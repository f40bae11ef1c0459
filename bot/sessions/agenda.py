"""A session's agenda as the day will run it: the teachers' own steps (as they wrote them), or
its template's (in each reader's language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.sessions.agenda_templates import (
    AgendaStep,
    TimedStep,
    fit,
    in_english,
    stored_guidance,
    template,
    timed,
)
from storage.engine import UnitOfWork
from storage.models import AgendaItem, ExchangeSession, SessionAgenda
from storage.repositories.agendas import Agendas


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
        own = [
            AgendaStep(i.title, i.minutes, stored_guidance(i.guidance))
            for i in sorted(items, key=_position)
        ]
        steps = fit(own, minutes)
    else:
        steps = template(chosen, minutes)
    return DayAgenda(chosen, tuple(steps), bool(settings and settings.nudges), bool(items))


def _position(item: AgendaItem) -> int:
    return item.position


async def agendas_of(db: UnitOfWork, sessions: Sequence[ExchangeSession]) -> dict[int, DayAgenda]:
    """Each session's agenda, by session id, in two queries."""
    ids = [s.id for s in sessions]
    agendas = Agendas(db)
    settings, items = await agendas.settings_of(ids), await agendas.items_of(ids)
    by_id = {}
    for session in sessions:
        number = session.id
        assert number is not None  # stored sessions have ids
        by_id[number] = _agenda(session, settings.get(number), items.get(number, []))
    return by_id


async def agenda_of(db: UnitOfWork, session: ExchangeSession) -> DayAgenda:
    [agenda] = (await agendas_of(db, [session])).values()
    return agenda


async def save_agenda(
    db: UnitOfWork,
    session: ExchangeSession,
    agenda: DayAgenda,
    *,
    by: str,
    now: datetime,
) -> None:
    """Store the agenda's choices; its steps only when teachers wrote them."""
    agendas = Agendas(db)
    settings = await agendas.settings(session.id)  # type: ignore[arg-type]
    if settings is None:
        settings = SessionAgenda(
            session_id=session.id,  # type: ignore[arg-type]
            template=agenda.template,
            updated_by=by,
            updated_at=now,
        )
    settings.template, settings.nudges = agenda.template, agenda.nudges
    settings.updated_by, settings.updated_at = by, now
    items = [
        AgendaItem(
            session_id=session.id,  # type: ignore[arg-type]
            position=position,
            title=in_english(step.title),
            minutes=step.minutes,
            guidance=in_english(step.guidance),  # a template's in English, shown translated
        )
        for position, step in enumerate(agenda.steps if agenda.custom else ())
    ]
    await agendas.save(settings, items)
