"""Reminders and the day-of agenda: list reminders, show/edit an agenda, browse templates, and
set a program's lead times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.commands.meetings import session_param
from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.pages import PAGE_PARAM, next_page, page_of
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import CHOICE, DURATION, TEXT, ValueProblem
from bot.i18n.languages import Language
from bot.i18n.messages import Joined, Message, Renderer
from bot.i18n.time_text import TimeAt
from bot.reminders.lead_times import LEAD_TIME, LeadTime, LeadTimes
from bot.reminders.messages import agenda_text, audience_label, kind_label, listed
from bot.reminders.plan import ReminderKind
from bot.reminders.session_facts import SessionFacts, load_facts, load_one
from bot.reminders.session_reminders import lead_times_of, replan_program, save_lead_times
from bot.sessions.agenda import DayAgenda, agenda_of, agendas_of, save_agenda
from bot.sessions.agenda_templates import TEMPLATES, in_english, parse_steps, template
from bot.sessions.planner import BookingServices
from bot.sessions.program_types import PROGRAM_TYPE
from bot.sessions.session_text import PROGRAM_TYPES
from bot.sessions.slots import MAX_DURATION, MIN_DURATION
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
        raise UserError(Message("agenda-no-such-session", session=str(number)), show_usage=False)
    return facts, _reader(ctx, facts)


async def _next_session(ctx: Context) -> ExchangeSession:
    if ctx.membership is None:
        raise UserError(Message("agenda-which-session"))
    mine = await ctx.my_school()
    partnerships = await Partnerships(ctx.db).active_of(mine.id)
    upcoming = await ExchangeSessions(ctx.db).upcoming(
        [p.id for p in partnerships if p.id is not None], ctx.now
    )
    if not upcoming:
        raise UserError(Message("agenda-no-upcoming", school=mine.name), show_usage=False)
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
            text=ctx.say(Message("reminder-list-none")),
            data={"reminders": [], "total": 0},
        )
    shown = page_of(groups, page, REMINDERS_PER_PAGE)
    lines: list[Message] = [
        Message(
            "reminder-list-heading",
            shown="all" if shown.count == 1 else "part",
            first=str(shown.first),
            last=str(shown.last),
            total=str(shown.total),
        )
    ]
    data = []
    for group in shown.items:
        first = group[0]
        session_facts = facts[first.session_id]
        reader = _reader(ctx, session_facts)
        retrying = next((r.last_error for r in group if r.last_error), None)
        line = Message(
            "reminder-list-row",
            due=TimeAt(first.due_at, session_facts.places(reader), year=True),
            kind=kind_label(first.kind, first.step, agendas[first.session_id]),
            audiences=listed([audience_label(r.audience, session_facts) for r in group]),
            session=str(first.session_id),
            pair=session_facts.pair,
        )
        lines.append(
            Message("reminder-list-row-retrying", row=line, error=retrying) if retrying else line
        )
        data += [_reminder_data(r, session_facts) for r in group]
    return Reply(
        text=_written(ctx, Joined(tuple(lines))),
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
    text = agenda_text(facts, agenda, reader, heading=_heading(facts))
    row = facts.session
    cancelled = row.status == SessionStatus.CANCELLED
    if cancelled:
        status = (
            Message("agenda-cancelled-because", session=str(row.id), reason=row.cancel_reason)
            if row.cancel_reason
            else Message("agenda-cancelled", session=str(row.id))
        )
        shown = Joined((status, text))
    else:
        shown = Joined((text, await _agenda_status(ctx, facts, agenda, reader)))
    return Reply(
        text=_written(ctx, shown),
        data={"agenda": _agenda_data(facts, agenda), "cancelled": cancelled},
    )


def _heading(facts: SessionFacts) -> Message:
    return Message("agenda-heading", session=str(facts.session.id), pair=facts.pair)


def _written(ctx: Context, text: Joined) -> str:
    """Whole lines, each in the caller's language."""
    return ctx.say(Message("reminder-text", text=text))


async def _agenda_status(
    ctx: Context, facts: SessionFacts, agenda: DayAgenda, reader: School | None
) -> Joined:
    origin = Message("agenda-program-type", type=agenda.template)
    lines = [
        Message("agenda-custom-steps", template=origin)
        if agenda.custom
        else Message(
            "agenda-template-steps",
            template=origin,
            minutes=str(facts.session.duration_minutes),
        )
    ]
    posting = await Reminders(ctx.db).of_session(
        facts.session.id,  # type: ignore[arg-type]
        ReminderKind.AGENDA,
        (ReminderStatus.PENDING, ReminderStatus.SENT),
    )
    places = facts.places(reader)
    if posting is None:
        lines.append(Message("agenda-not-scheduled"))
    elif posting.status == ReminderStatus.SENT:
        lines.append(Message("agenda-posted", at=TimeAt(posting.sent_at or posting.due_at, places)))
    else:
        lines.append(Message("agenda-to-be-posted", at=TimeAt(posting.due_at, places)))
    lines.append(
        Message(
            "agenda-nudges-and-steps",
            nudges="on" if agenda.nudges else "off",
            session=str(facts.session.id),
        )
    )
    return Joined(tuple(lines))


def _agenda_data(facts: SessionFacts, agenda: DayAgenda) -> dict[str, Any]:
    return {
        "session_id": facts.session.id,
        "template": agenda.template,
        "custom": agenda.custom,
        "nudges": agenda.nudges,
        "steps": [
            {
                "title": in_english(timed.step.title),
                "minutes": timed.step.minutes,
                "guidance": in_english(timed.step.guidance),
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
        raise UserError(Message("agenda-edit-nothing"))
    if steps is not None and template is not None:
        raise UserError(Message("agenda-edit-steps-or-template"))
    facts, reader = await _session_facts(ctx, session, lock=True)
    if reader is None:
        raise PermissionDenied(Message("agenda-edit-not-yours"))
    await _refuse_if_too_late(ctx, facts)
    current = await agenda_of(ctx.db, facts.session)
    updated = _edited(current, facts.session, steps, template, nudges)
    await save_agenda(ctx.db, facts.session, updated, by=ctx.actor.label, now=ctx.now)
    if facts.session.status == SessionStatus.BOOKED:
        await ctx.services.session_planner.replan(ctx, facts.session)
    for school in facts.schools:
        changed = Message(
            "agenda-changed",
            who=ctx.actor.label,
            school=reader.name,
            session=str(facts.session.id),
        )
        new = agenda_text(facts, updated, school, heading=Message("agenda-new", pair=facts.pair))
        await ctx.notify_school(
            school.id,
            Message("reminder-text", text=Joined((changed, new))),
            {"event": "agenda_changed", "session_id": facts.session.id},
        )
    saved = Joined(
        (
            Message("agenda-saved"),
            agenda_text(facts, updated, reader, heading=_heading(facts)),
            Message("agenda-nudges", nudges="on" if updated.nudges else "off"),
        )
    )
    return Reply(text=_written(ctx, saved), data={"agenda": _agenda_data(facts, updated)})


async def _refuse_if_too_late(ctx: Context, facts: SessionFacts) -> None:
    session = facts.session
    if session.status == SessionStatus.CANCELLED:
        raise UserError(Message("agenda-edit-cancelled", session=str(session.id)), show_usage=False)
    if session.start_utc <= ctx.now:
        raise UserError(Message("agenda-edit-begun", session=str(session.id)), show_usage=False)
    posted = await Reminders(ctx.db).of_session(
        session.id,  # type: ignore[arg-type]
        ReminderKind.AGENDA,
        (ReminderStatus.SENT,),
    )
    if posted is not None:
        raise UserError(
            Message(
                "agenda-edit-posted",
                session=str(session.id),
                at=TimeAt(posted.due_at, facts.places(_reader(ctx, facts))),
            ),
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
            raise UserError(Message("agenda-edit-steps-problem", problem=problem.message)) from None
        total = sum(step.minutes for step in own)
        if total != minutes:
            raise UserError(
                Message(
                    "agenda-edit-steps-total",
                    total=str(total),
                    session=str(session.id),
                    minutes=str(minutes),
                    difference=str(abs(total - minutes)),
                )
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
        listing = [Message("agenda-templates-heading")]
        listing += [
            Message(
                "agenda-templates-row",
                type=name,
                label=Message("agenda-program-type", type=name),
                titles=listed([step.title for step in TEMPLATES[name]]),
            )
            for name in PROGRAM_TYPES
        ]
        listing.append(Message("agenda-templates-see-one"))
        return Reply(
            text=_written(ctx, Joined(tuple(listing))), data={"templates": list(PROGRAM_TYPES)}
        )
    steps = template(type, minutes)
    lines = [
        Message(
            "agenda-template-heading",
            label=Message("agenda-program-type", type=type),
            minutes=str(minutes),
        )
    ]
    offset = 0
    for step in steps:
        lines.append(
            Message(
                "agenda-template-step",
                offset=f"+{offset // 60}:{offset % 60:02d}",
                title=step.title,
                minutes=str(step.minutes),
                guidance=step.guidance,
            )
        )
        offset += step.minutes
    lines.append(Message("agenda-template-use", type=type))
    return Reply(
        text=_written(ctx, Joined(tuple(lines))),
        data={
            "template": type,
            "minutes": minutes,
            "steps": [
                {
                    "title": in_english(s.title),
                    "minutes": s.minutes,
                    "guidance": in_english(s.guidance),
                }
                for s in steps
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
            text=ctx.say(
                Message("reminder-lead-times", program=chosen.name, times=_described(current))
            ),
            data={"program": chosen.name, "lead_times": current.as_text()},
        )
    updated = current.changed(**given)
    if updated.agenda_not_on_the_day():
        raise UserError(Message("reminder-lead-times-agenda-too-early", agenda=str(updated.agenda)))
    if updated == current:
        raise AlreadyDone(
            Message(
                "reminder-lead-times-unchanged", program=chosen.name, times=_described(current)
            ),
            {"program": chosen.name, "lead_times": current.as_text(), "replanned": 0},
        )
    await save_lead_times(ctx.db, chosen.id, updated, by=ctx.actor.label, now=ctx.now)
    replanned = await replan_program(ctx, chosen.id)
    return Reply(
        text=ctx.say(
            Message(
                "reminder-lead-times-saved",
                program=chosen.name,
                times=_described(updated),
                replanned=str(replanned),
            )
        ),
        data={"program": chosen.name, "lead_times": updated.as_text(), "replanned": replanned},
    )


def _described(lead_times: LeadTimes) -> Joined:
    """`• lead=3mo: 3 months before the session: …`, a line per reminder."""
    lines = []
    for name in LeadTimes.names():
        lead: LeadTime = getattr(lead_times, name)
        lines.append(
            Message("reminder-lead-time-off", name=name, value=str(lead))
            if lead.off
            else Message("reminder-lead-time", name=name, value=str(lead), amount=Amount(lead))
        )
    return Joined(tuple(lines))


@dataclass(frozen=True)
class Amount:
    """A lead time in words: `3 months`, `1 week 2 days`, `3개월`, `1週間2日`."""

    lead: LeadTime

    def localized(self, language: Language, translator: Renderer) -> str:
        parts = [
            translator.render(Message("reminder-amount", unit=unit, count=count), language)
            for unit, count in self.lead.amounts()
        ]
        return " ".join(parts)  # whole amounts side by side, largest first
