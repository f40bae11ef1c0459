"""Keeping a session's reminder rows in step with its booking: plan, re-plan, cancel, catch up.

`SessionReminders` is booking's `SessionPlanner` (`bot.sessions.planner`): booking calls it
inside the command's transaction, so the rows change exactly when the session does.
Re-planning replaces the pending rows; a preparation reminder already sent is not sent again,
while those of the day itself (checklist, agenda, nudges, end) follow the new date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.context import Context
from bot.i18n.messages import Joined, Message
from bot.i18n.time_text import CityOf, DayOf, TimeAt
from bot.reminders import messages
from bot.reminders.lead_times import DEFAULT_LEAD_TIMES, LeadTimes
from bot.reminders.messages import audience_label, time_until
from bot.reminders.plan import (
    CHANNEL,
    CHECKLIST_KINDS,
    PlannedReminder,
    ReminderKind,
    StepTimes,
    plan_reminders,
    school_of,
    split_missed,
    teachers,
)
from bot.reminders.session_facts import SessionFacts, load_one
from bot.sessions.agenda import DayAgenda, agenda_of
from bot.times.display import Place
from storage.engine import UnitOfWork
from storage.models import ExchangeSession, ProgramLeadTimes, Reminder, School, SessionStatus
from storage.repositories.programs import Programs
from storage.repositories.reminders import LeadTimeSettings, Reminders
from storage.repositories.sessions import ExchangeSessions

DONE_ONCE = (ReminderKind.LEAD, ReminderKind.PRELIMINARY, ReminderKind.PRACTICE)


@dataclass(frozen=True)
class ReminderBooking:
    """What planning a session's reminders did, for the booking reply."""

    facts: SessionFacts
    agenda: DayAgenda
    now: datetime
    scheduled: tuple[PlannedReminder, ...]
    missed: tuple[PlannedReminder, ...]  # preparation whose moment had passed at booking

    def data(self) -> dict[str, object]:
        return {
            "scheduled": len(self.scheduled),
            "missed": sorted({planned.kind.value for planned in self.missed}),
        }

    def checklist(self, reader: School | None = None) -> Joined | None:
        """For the booking reply: the preparation that should already have happened, as a
        checklist (those reminders are not fired late in a burst). None when nothing was
        missed. `reader` is the school whose zone is shown first."""
        if not self.missed:
            return None
        facts = self.facts
        places = facts.places(reader)
        until = time_until(facts.session.start_utc, self.now, (reader or facts.home).timezone)
        lines = [Message("reminder-missed-head", until=until)]
        for kind in CHECKLIST_KINDS:
            dues = [p.due for p in self.missed if p.kind is kind and _governs(p, reader)]
            if not dues:
                continue
            lines.append(Message("reminder-missed-kind", kind=kind, due=TimeAt(min(dues), places)))
            lines += [
                Message("reminder-missed-item", item=item)
                for item in messages.checklist(kind, facts, reader, self.agenda, self.now)
            ]
        return Joined(tuple(lines))

    def moves(self, reader: School | None = None) -> Joined | None:
        """For the booking reply: the reminders moved off a day their school is closed, to the
        reader's teachers and the joint channel (when one is linked). None when none moved."""
        moved = [
            planned
            for planned in self.scheduled
            if planned.moved_from
            and (
                (reader is not None and planned.audience == teachers(reader.id))
                or (planned.audience == CHANNEL and self.facts.channel is not None)
            )
        ]
        if not moved:
            return None
        places = self.facts.places(reader)
        lines = [Message("reminder-moved-head")]
        for planned in moved:
            closure = planned.moved_from
            assert closure is not None
            school = school_of(planned.audience)
            lines.append(
                Message(
                    "reminder-moved-row",
                    kind=Message("reminder-kind", kind=planned.kind),
                    audience=audience_label(planned.audience, self.facts),
                    due=TimeAt(planned.due, places),
                    day=DayOf(closure.day),
                    closure=closure.name,
                    city=CityOf(Place.of(self.facts.school(school) if school else self.facts.home)),
                )
            )
        return Joined(tuple(lines))


class SessionReminders:
    """A booked session's reminder rows, planned, re-planned and cancelled with it."""

    async def plan(self, ctx: Context, session: ExchangeSession) -> ReminderBooking:
        return await _plan(ctx, session)

    async def replan(self, ctx: Context, session: ExchangeSession) -> ReminderBooking:
        """After the session moved, or its agenda or program's lead times changed."""
        return await _plan(ctx, session)

    async def cancel(self, ctx: Context, session: ExchangeSession) -> int:
        assert session.id is not None  # stored sessions have ids
        return await Reminders(ctx.db).cancel_pending(session.id)


async def lead_times_of(db: UnitOfWork, program_id: int) -> LeadTimes:
    row = await LeadTimeSettings(db).of_program(program_id)
    if row is None:
        return DEFAULT_LEAD_TIMES
    return LeadTimes.from_text({name: getattr(row, name) for name in LeadTimes.names()})


async def save_lead_times(
    db: UnitOfWork, program_id: int, lead_times: LeadTimes, *, by: str, now: datetime
) -> None:
    settings = LeadTimeSettings(db)
    row = await settings.of_program(program_id) or ProgramLeadTimes(
        program_id=program_id, updated_by=by, updated_at=now, **lead_times.as_text()
    )
    for name, text in lead_times.as_text().items():
        setattr(row, name, text)
    row.updated_by, row.updated_at = by, now
    await settings.save(row)


async def _plan(ctx: Context, session: ExchangeSession) -> ReminderBooking:
    assert session.id is not None  # stored sessions have ids
    facts = await load_one(ctx.db, session)
    agenda = await agenda_of(ctx.db, session)
    # a change of the program's lead times in progress is waited for, before any reminder row
    # is touched: it re-plans this session too, and the two would otherwise wait on each other
    await Programs(ctx.db).lock(facts.program.id, shared=True)  # type: ignore[arg-type]
    reminders = Reminders(ctx.db)
    await reminders.cancel_pending(session.id)
    if session.status != SessionStatus.BOOKED:
        return ReminderBooking(facts, agenda, ctx.now, (), ())
    lead_times = await lead_times_of(ctx.db, facts.program.id)  # type: ignore[arg-type]
    steps = (
        [StepTimes(timed.start, timed.end) for timed in agenda.timed(session.start_utc)]
        if agenda.nudges
        else []
    )
    done = {
        (kind, audience, None)
        for kind, audience in await reminders.done_once(session.id, DONE_ONCE)
    }
    plan = [
        planned
        for planned in plan_reminders(facts.times, lead_times, steps)
        if planned.key not in done
    ]
    scheduled, missed = split_missed(plan, ctx.now)
    await reminders.add(
        Reminder(
            session_id=session.id,
            program_id=facts.program.id,  # type: ignore[arg-type]
            kind=planned.kind,
            audience=planned.audience,
            step=planned.step,
            zone=planned.zone,
            due_at=planned.due,
            useful_until=planned.useful_until,
            next_attempt_at=planned.due,
            created_at=ctx.now,
        )
        for planned in scheduled
    )
    return ReminderBooking(facts, agenda, ctx.now, tuple(scheduled), tuple(missed))


def _governs(planned: PlannedReminder, reader: School | None) -> bool:
    """The missed reminder whose due instant the reader would have got."""
    school_id = school_of(planned.audience)
    return school_id == reader.id if reader else school_id is None


async def replan_program(ctx: Context, program_id: int) -> int:
    """Re-plan every booked, future session of a program (its lead times changed)."""
    sessions = await ExchangeSessions(ctx.db).booked_after(program_id, ctx.now)
    for session in sessions:
        await _plan(ctx, session)
    return len(sessions)
