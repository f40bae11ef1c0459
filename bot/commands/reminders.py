"""Reminders and the day-of agenda: list reminders, show/edit an agenda, browse templates, and
set a program's lead times."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.commands.meetings import session_param
from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.pages import PAGE_PARAM, next_page, page_of
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import CHOICE, DURATION, TEXT, ValueProblem
from bot.reminders.lead_times import LEAD_TIME, LeadTime, LeadTimes
from bot.reminders.messages import agenda_text, audience_label, kind_label
from bot.reminders.plan import ReminderKind
from bot.reminders.session_facts import SessionFacts, load_facts, load_one
from bot.reminders.session_reminders import lead_times_of, replan_program, save_lead_times
from bot.sessions.agenda import DayAgenda, agenda_of, agendas_of, save_agenda
from bot.sessions.agenda_templates import TEMPLATES, parse_steps, template
from bot.sessions.planner import BookingServices
from bot.sessions.program_types import PROGRAM_TYPE
from bot.sessions.session_text import PROGRAM_TYPES, program_type_label
from bot.sessions.slots import MAX_DURATION, MIN_DURATION
from bot.times.display import at
from bot.times.local_time import to_local
from storage.models import ExchangeSession, Reminder, ReminderStatus, School, SessionStatus
from storage.repositories.partnerships import Partnerships
from storage.repositories.reminders import Reminders
from storage.repositories.sessions import ExchangeSessions

commands = CommandGroup()

REMINDERS_PER_PAGE = 20

ON_OFF = ("on", "off")
LEAD_TIME_HELP = {
    "lead": "before the session: confirm topic and type, tell the coordinator, interpreter",
    "preliminary": "before: the preliminary meeting of the two teachers",
    "practice": "before: device and connection check, practice run",
    "day_before": "before: the checklist",
    "agenda": "before the start, on the day: the agenda in the joint channel",
}


def _reader(ctx: Context, facts: SessionFacts) -> School | None:
    """The caller's school when it takes part (its zone is shown first), else None."""
    mine = ctx.membership.school_id if ctx.membership else None
    return facts.school(mine) if mine in (facts.home.id, facts.partner.id) else None


async def _session_facts(
    ctx: Context, number: int | None, *, lock: bool = False
) -> tuple[SessionFacts, School | None]:
    """A session the caller may see: one of their school's, or of a program they coordinate.
    Without a number, their school's next one. Commands that change it `lock` it (and its
    partnership) until they commit."""
    session = await (_next_session(ctx) if number is None else ExchangeSessions(ctx.db).get(number))
    if session is not None and lock:
        held = await ExchangeSessions(ctx.db).lock(session.id)  # type: ignore[arg-type]
        session = held[0] if held else None
    facts = await load_one(ctx.db, session) if session else None
    if facts is None or not (_reader(ctx, facts) or ctx.coordinates(facts.program.id or 0)):
        raise UserError(
            f"You have no session #{number}. `/exchange sessions` lists your school's.",
            show_usage=False,
        )
    return facts, _reader(ctx, facts)


async def _next_session(ctx: Context) -> ExchangeSession:
    if ctx.membership is None:
        raise UserError("Which session? Give its number, e.g. `/exchange agenda show 3`.")
    mine = await ctx.my_school()
    partnerships = await Partnerships(ctx.db).active_of(mine.id)
    upcoming = await ExchangeSessions(ctx.db).upcoming(
        [p.id for p in partnerships if p.id is not None], ctx.now
    )
    if not upcoming:
        raise UserError(
            f"{mine.name} has no upcoming session. `/exchange propose` suggests times to book.",
            show_usage=False,
        )
    return upcoming[0]


@commands.command(
    "reminders",
    writes=False,
    summary="List the upcoming reminders of your sessions (coordinators: of your program).",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        session_param("only this session's reminders", required=False),
        PAGE_PARAM,
    ],
    example="/exchange reminders",
    description="Each reminder is shown at its due time in both schools' zones, with who gets "
    "it. Teachers see their school's sessions; coordinators see their program's. They are "
    f"listed {REMINDERS_PER_PAGE} to a page; the Next button (or `page=`) shows the next ones.",
)
async def list_reminders(ctx: Context, session: int | None, page: int) -> Reply:
    rows = await Reminders(ctx.db).pending_visible(
        school_id=ctx.membership.school_id if ctx.membership else None,
        program_ids=[p.id for p in ctx.coordinated if p.id is not None],
        session_id=session,
    )
    sessions = list((await ExchangeSessions(ctx.db).by_ids(r.session_id for r in rows)).values())
    facts = await load_facts(ctx.db, sessions)
    agendas = await agendas_of(ctx.db, sessions)
    groups = _grouped(rows)
    if not groups:
        return Reply(
            text="No upcoming reminders. A session's reminders are planned when it is booked "
            "(`/exchange confirm`).",
            data={"reminders": [], "total": 0},
        )
    shown = page_of(groups, page, REMINDERS_PER_PAGE)
    lines = [f"Upcoming reminders ({shown.span}):"]
    data = []
    for group in shown.items:
        first = group[0]
        session_facts = facts[first.session_id]
        reader = _reader(ctx, session_facts)
        audiences = ", ".join(audience_label(r.audience, session_facts) for r in group)
        retrying = next((r.last_error for r in group if r.last_error), None)
        lines.append(
            f"• {at(first.due_at, session_facts.places(reader), year=True)} — "
            f"{kind_label(first, agendas[first.session_id])} to the {audiences} · session "
            f"#{first.session_id}, {session_facts.pair}"
            + (f" (retrying after: {retrying})" if retrying else "")
        )
        data += [_reminder_data(r, session_facts) for r in group]
    return Reply(
        text="\n".join(lines),
        data={"reminders": data, "total": len(groups), "page": shown.number, "pages": shown.count},
        actions=next_page(ctx, "reminders", {"session": session}, shown),
    )


def _grouped(rows: Sequence[Reminder]) -> list[list[Reminder]]:
    """One line per moment: the same reminder to several audiences at one instant."""
    groups: dict[tuple[Any, ...], list[Reminder]] = {}
    for row in rows:
        groups.setdefault((row.due_at, row.session_id, row.kind, row.step), []).append(row)
    return list(groups.values())


def _reminder_data(row: Reminder, facts: SessionFacts) -> dict[str, Any]:
    return {
        "id": row.id,
        "session_id": row.session_id,
        "kind": row.kind,
        "audience": row.audience,
        "step": row.step,
        "due_utc": row.due_at.isoformat(),
        "zone": row.zone,
        "local": {
            school.id: to_local(row.due_at, school.timezone).isoformat() for school in facts.schools
        },
        "attempts": row.attempts,
        "last_error": row.last_error,
    }


@commands.command(
    "agenda show",
    writes=False,
    summary="Show a session's day-of agenda: each step's start in both time zones.",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[session_param("the session's number; default: your next session", required=False)],
    example="/exchange agenda show 3",
)
async def show_agenda(ctx: Context, session: int | None) -> Reply:
    facts, reader = await _session_facts(ctx, session)
    agenda = await agenda_of(ctx.db, facts.session)
    text = agenda_text(facts, agenda, reader, heading=f"Agenda of session #{facts.session.id}")
    cancelled = facts.session.status == SessionStatus.CANCELLED
    status = (
        f"Session #{facts.session.id} was cancelled"
        + (f" ({facts.session.cancel_reason})" if facts.session.cancel_reason else "")
        + ", so this agenda will not be posted. `/exchange propose` suggests a new time."
        if cancelled
        else await _agenda_status(ctx, facts, agenda, reader)
    )
    return Reply(
        text=f"{status}\n{text}" if cancelled else f"{text}\n{status}",
        data={"agenda": _agenda_data(facts, agenda), "cancelled": cancelled},
    )


async def _agenda_status(
    ctx: Context, facts: SessionFacts, agenda: DayAgenda, reader: School | None
) -> str:
    origin = program_type_label(agenda.template)
    lines = [
        f"Steps written by the teachers (started from the {origin} template)."
        if agenda.custom
        else f"The {origin} template, time-boxed to {facts.session.duration_minutes} minutes."
    ]
    posting = await Reminders(ctx.db).of_session(
        facts.session.id,  # type: ignore[arg-type]
        ReminderKind.AGENDA,
        (ReminderStatus.PENDING, ReminderStatus.SENT),
    )
    places = facts.places(reader)
    if posting is None:
        lines.append(
            "It is not scheduled for posting (the session is not booked, or the "
            "program turned the agenda reminder off)."
        )
    elif posting.status == ReminderStatus.SENT:
        lines.append(
            f"Posted to the joint channel {at(posting.sent_at or posting.due_at, places)}."
        )
    else:
        lines.append(f"It is posted to the joint channel {at(posting.due_at, places)}.")
    nudge = "on" if agenda.nudges else "off"
    lines.append(
        f"Step nudges are {nudge} (`/exchange agenda edit {facts.session.id} "
        f"nudges={'off' if agenda.nudges else 'on'}`). Change steps with `/exchange agenda edit "
        f'{facts.session.id} steps="Roll call 5; …"`.'
    )
    return "\n".join(lines)


def _agenda_data(facts: SessionFacts, agenda: DayAgenda) -> dict[str, Any]:
    return {
        "session_id": facts.session.id,
        "template": agenda.template,
        "custom": agenda.custom,
        "nudges": agenda.nudges,
        "steps": [
            {
                "title": timed.step.title,
                "minutes": timed.step.minutes,
                "guidance": timed.step.guidance,
                "start_utc": timed.start.isoformat(),
                "local": {
                    school.id: to_local(timed.start, school.timezone).isoformat()
                    for school in facts.schools
                },
            }
            for timed in agenda.timed(facts.session.start_utc)
        ],
    }


@commands.command(
    "agenda edit",
    summary="Change a session's agenda before the day: your own steps, another template, nudges.",
    params=[
        session_param("the session's number; default: your next session", required=False),
        Param(
            "steps",
            TEXT,
            "the steps with their minutes, separated by ; (they must add up to the session)",
            default=None,
            max_length=1000,
        ),
        Param(
            "template",
            PROGRAM_TYPE,
            "start again from this program type's template",
            choices=PROGRAM_TYPES,
            default=None,
        ),
        Param(
            "nudges",
            CHOICE,
            "mark each step's start in the joint channel",
            choices=ON_OFF,
            default=None,
        ),
    ],
    example='/exchange agenda edit 3 steps="Roll call 5; Self-introductions 10; Quiz 25; '
    'Group rooms 15; Wrap-up 5" nudges=on',
    description="Only teachers of the two schools can edit, and only until the agenda is "
    "posted. Both schools' teachers are told of the change.",
)
async def edit_agenda(
    ctx: Context[BookingServices],
    session: int | None,
    steps: str | None,
    template: str | None,
    nudges: str | None,
) -> Reply:
    if steps is None and template is None and nudges is None:
        raise UserError("Nothing to change: give steps=…, template=… or nudges=on|off.")
    if steps is not None and template is not None:
        raise UserError("Give steps or template, not both: a template replaces the steps.")
    facts, reader = await _session_facts(ctx, session, lock=True)
    if reader is None:
        raise PermissionDenied("Only the teachers of the two schools can change this agenda.")
    await _refuse_if_too_late(ctx, facts)
    current = await agenda_of(ctx.db, facts.session)
    updated = _edited(current, facts.session, steps, template, nudges)
    await save_agenda(ctx.db, facts.session, updated, by=ctx.actor.label, now=ctx.now)
    if facts.session.status == SessionStatus.BOOKED:
        await ctx.services.session_planner.replan(ctx, facts.session)
    for school in facts.schools:
        await ctx.notify_school(
            school.id,
            f"{ctx.actor.label} ({reader.name}) changed the agenda of session #{facts.session.id}."
            f"\n{agenda_text(facts, updated, school, heading='New agenda')}",
            {"event": "agenda_changed", "session_id": facts.session.id},
        )
    text = agenda_text(facts, updated, reader, heading=f"Agenda of session #{facts.session.id}")
    return Reply(
        text=f"Saved; both schools' teachers have been told.\n{text}\n"
        f"Step nudges: {'on' if updated.nudges else 'off'}.",
        data={"agenda": _agenda_data(facts, updated)},
    )


async def _refuse_if_too_late(ctx: Context, facts: SessionFacts) -> None:
    session = facts.session
    if session.status == SessionStatus.CANCELLED:
        raise UserError(f"Session #{session.id} was cancelled.", show_usage=False)
    if session.start_utc <= ctx.now:
        raise UserError(f"Session #{session.id} has already begun.", show_usage=False)
    posted = await Reminders(ctx.db).of_session(
        session.id,  # type: ignore[arg-type]
        ReminderKind.AGENDA,
        (ReminderStatus.SENT,),
    )
    if posted is not None:
        raise UserError(
            f"The agenda of session #{session.id} was already posted to the joint channel "
            f"({at(posted.due_at, facts.places(_reader(ctx, facts)))}); it can no longer change.",
            show_usage=False,
        )


def _edited(
    current: DayAgenda,
    session: ExchangeSession,
    steps: str | None,
    template_name: str | None,
    nudges: str | None,
) -> DayAgenda:
    """The agenda after the edit, checked against the session's length."""
    minutes = session.duration_minutes
    updated = current
    if template_name is not None:
        updated = DayAgenda(template_name, tuple(template(template_name, minutes)), False, False)
    if steps is not None:
        try:
            own = parse_steps(steps, guidance_from=template(current.template, minutes))
        except ValueProblem as problem:
            raise UserError(f"steps: {problem}") from None
        total = sum(step.minutes for step in own)
        if total != minutes:
            raise UserError(
                f"steps: they add up to {total} minutes, but session #{session.id} lasts "
                f"{minutes}; lengthen or shorten a step by {abs(total - minutes)} minutes."
            )
        updated = DayAgenda(current.template, tuple(own), current.nudges, True)
    if nudges is not None:
        updated = DayAgenda(updated.template, updated.steps, nudges == "on", updated.custom)
    return updated


@commands.command(
    "agenda template",
    writes=False,
    summary="Browse the day-of agenda templates of each program type, time-boxed to a length.",
    role=Role.ANYONE,
    params=[
        Param(
            "type",
            PROGRAM_TYPE,
            "the program type; default: list them all",
            choices=PROGRAM_TYPES,
            default=None,
            positional=True,
        ),
        Param(
            "minutes",
            DURATION,
            "the session's length",
            default=60,
            minimum=MIN_DURATION,
            maximum=MAX_DURATION,
        ),
    ],
    example="/exchange agenda template discussion minutes=90",
)
async def show_template(ctx: Context, type: str | None, minutes: int) -> Reply:
    if type is None:
        lines = [
            "Agenda templates (each follows the class procedure: roll call, "
            "self-introductions, the main activity, group rooms, wrap-up):"
        ]
        lines += [
            f"• {name} ({program_type_label(name)}): "
            + ", ".join(step.title for step in TEMPLATES[name])
            for name in PROGRAM_TYPES
        ]
        lines.append("See one time-boxed: `/exchange agenda template discussion minutes=90`.")
        return Reply(text="\n".join(lines), data={"templates": list(PROGRAM_TYPES)})
    steps = template(type, minutes)
    lines = [f"{program_type_label(type)} template for {minutes} minutes:"]
    offset = 0
    for step in steps:
        lines.append(
            f"• +{offset // 60}:{offset % 60:02d} {step.title} ({step.minutes} min): "
            f"{step.guidance}"
        )
        offset += step.minutes
    lines.append(f"Use it for a session: `/exchange agenda edit <session> template={type}`.")
    return Reply(
        text="\n".join(lines),
        data={
            "template": type,
            "minutes": minutes,
            "steps": [
                {"title": s.title, "minutes": s.minutes, "guidance": s.guidance} for s in steps
            ],
        },
    )


@commands.command(
    "coordinator lead-times",
    summary="Show or change how long before a session each reminder goes out.",
    role=Role.COORDINATOR,
    params=[
        *(
            Param(name, LEAD_TIME, f"how long {help_text}", default=None, max_length=24)
            for name, help_text in LEAD_TIME_HELP.items()
        ),
        PROGRAM_PARAM,
    ],
    example="/exchange coordinator lead-times lead=3mo preliminary=1mo practice=1w day_before=1d "
    "agenda=60m",
    description="Months, weeks and days count on each school's calendar at the session's "
    "local time (3mo before a 16:00 class is 16:00 three months earlier, whatever daylight "
    "saving did); hours and minutes are elapsed time. `off` turns a reminder off. The "
    "program's booked sessions are re-planned at once.",
)
async def set_lead_times(
    ctx: Context,
    lead: LeadTime | None,
    preliminary: LeadTime | None,
    practice: LeadTime | None,
    day_before: LeadTime | None,
    agenda: LeadTime | None,
    program: str | None,
) -> Reply:
    chosen = await coordinated_program(ctx, program)
    assert chosen.id is not None
    await ctx.programs.lock(chosen.id)  # its lead times change one at a time
    current = await lead_times_of(ctx.db, chosen.id)
    given = {
        name: value
        for name, value in {
            "lead": lead,
            "preliminary": preliminary,
            "practice": practice,
            "day_before": day_before,
            "agenda": agenda,
        }.items()
        if value is not None
    }
    if not given:
        return Reply(
            text=f"Lead times of {chosen.name}:\n{_describe(current)}",
            data={"program": chosen.name, "lead_times": current.as_text()},
        )
    updated = current.changed(**given)
    if problem := updated.problem():
        raise UserError(problem)
    if updated == current:
        raise AlreadyDone(
            f"Lead times of {chosen.name} already are these; nothing changed:\n"
            f"{_describe(current)}",
            {"program": chosen.name, "lead_times": current.as_text(), "replanned": 0},
        )
    await save_lead_times(ctx.db, chosen.id, updated, by=ctx.actor.label, now=ctx.now)
    replanned = await replan_program(ctx, chosen.id)
    return Reply(
        text=f"Lead times of {chosen.name} saved:\n{_describe(updated)}\n"
        f"Re-planned the reminders of {replanned} booked session(s).",
        data={"program": chosen.name, "lead_times": updated.as_text(), "replanned": replanned},
    )


def _describe(lead_times: LeadTimes) -> str:
    return "\n".join(
        f"• {name}={getattr(lead_times, name)}: "
        + (
            "off"
            if getattr(lead_times, name).off
            else f"{getattr(lead_times, name).words()} {LEAD_TIME_HELP[name]}"
        )
        for name in LeadTimes.names()
    )
