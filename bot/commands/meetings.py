"""Meeting times in both time zones: propose, book, confirm, list, move, cancel, see."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from bot.activities.suggestion import plan_action, plan_command, plan_sentence
from bot.assistants.asked import assistant_label
from bot.assistants.asks import ask, assistance_of, default_languages
from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.pages import PAGE_PARAM, next_page, page_of
from bot.core.reply import Action, Attachment, Reply, Section
from bot.core.spec import REQUIRED, CommandGroup, Param, Role
from bot.core.value_types import (
    CHOICE,
    DATE,
    DURATION,
    INTEGER,
    SCHOOL,
    TEXT,
    ValueProblem,
    ValueType,
    Wire,
)
from bot.schools.profile import SchoolProfile
from bot.sessions import booking, series_booking
from bot.sessions.booking import SessionDetails, SessionView
from bot.sessions.invites import invite, series_invites
from bot.sessions.partnership_choice import Pairing, choose_partner, joint_channel_pairing
from bot.sessions.planner import BookingServices
from bot.sessions.program_sessions import program_sessions
from bot.sessions.program_types import PROGRAM_TYPE
from bot.sessions.series_booking import SeriesRule, SeriesView
from bot.sessions.series_plan import MAX_OCCURRENCES, SeriesRequest, occurrences_until, plan_series
from bot.sessions.series_text import PLACEMENT_WORDS, cadence_phrase, series_proposal
from bot.sessions.session_text import PROGRAM_TYPES
from bot.sessions.slot_report import proposal_reply
from bot.sessions.slots import (
    DEFAULT_COUNT,
    DEFAULT_DURATION,
    MAX_COUNT,
    MAX_DURATION,
    MIN_DURATION,
    NO_SHARED_HOUR,
    SchoolSide,
    Slot,
    SlotRequest,
    checked_range,
    propose_slots,
)
from bot.times.display import Place, at_place, day_label, span, span_at_place
from bot.times.local_days import place
from bot.times.local_time import to_local
from bot.times.query import WALL_TIME, WallTime, resolve
from storage.models import (
    AskSource,
    ExchangeSession,
    School,
    SeriesCadence,
    SessionStatus,
    SlotList,
    SlotOffer,
)
from storage.repositories.partnerships import Partnerships
from storage.repositories.series import SeriesOfSessions
from storage.repositories.sessions import ExchangeSessions, SlotLists

commands = CommandGroup()

SESSIONS_PER_PAGE = 20
SLOT_LISTS_KEPT = timedelta(days=14)  # older proposals' numbers (and buttons) stop working


def _parse_link(raw: str) -> str:
    text = raw.strip()
    if not re.fullmatch(r"https?://[^\s<>]+", text):
        raise ValueProblem(f"'{raw}' is not a link; give the full address, starting https://")
    return text


def _parse_new_time(raw: str) -> int | WallTime:
    text = raw.strip()
    return int(text) if text.isdigit() else WALL_TIME.read(text)


LINK = ValueType("link", Wire.STRING, "<https://…>", "a web address starting https://", _parse_link)
NEW_TIME = ValueType(
    "slot or time",
    Wire.STRING,
    "<n|when>",
    "a slot number from your last proposal, or a local time like '2027-03-09 15:00'",
    _parse_new_time,
)


EVERY = Param(
    "every",
    CHOICE,
    "how far apart a series' sessions are: 1w, 2w, 3w, 4w, or month (the same weekday of the "
    "same week of each month) (default: 1w)",
    choices=tuple(SeriesCadence),
    default=None,
)
# one declaration for every command that can act on the rest of a series
REST = Param(
    "rest",
    CHOICE,
    "yes: this session and every later session of its series",
    choices=("yes", "no"),
    default="no",
)

# why something is cancelled, the last positional of a cancel command
REASON = Param(
    "reason",
    TEXT,
    "why, for the partner school",
    default=None,
    positional=True,
    greedy=True,
    max_length=300,
)


def partner_param(*, positional: bool = False) -> Param:
    return Param(
        "partner",
        SCHOOL,
        "the partner school; default: this joint channel's partner, or your only one",
        default=None,
        positional=positional,
        max_length=120,
    )


def session_param(help_text: str, *, required: bool = True) -> Param:
    return Param(
        "session",
        INTEGER,
        help_text,
        default=REQUIRED if required else None,
        minimum=1,
        positional=True,
    )


def detail_params(*, for_booking: bool) -> list[Param]:
    default_type = " (default: cultural_exchange)" if for_booking else ""
    return [
        Param(
            "type",
            PROGRAM_TYPE,
            f"the kind of exchange{default_type}",
            choices=PROGRAM_TYPES,
            default=None,
        ),
        Param("topic", TEXT, "what the classes talk about or make", default=None, max_length=200),
        Param("link", LINK, "the video-call link (Zoom, Meet, …)", default=None, max_length=500),
        Param(
            "agenda",
            LINK,
            "a link to the shared agenda or lesson plan",
            default=None,
            max_length=500,
        ),
    ]


def _details(
    type: str | None, topic: str | None, link: str | None, agenda: str | None
) -> SessionDetails:
    return SessionDetails(program_type=type, topic=topic, video_link=link, agenda_link=agenda)


@commands.command(
    "propose",
    summary="Suggest meeting times inside both schools' hours, shown in both time zones.",
    params=[
        partner_param(positional=True),
        Param(
            "from",
            DATE,
            "first date to consider, your local date (default: two weeks from today)",
            default=None,
        ),
        Param(
            "to", DATE, "last date to consider (default: eight weeks after the first)", default=None
        ),
        Param(
            "duration",
            DURATION,
            "how long the meeting lasts",
            default=DEFAULT_DURATION,
            minimum=MIN_DURATION,
            maximum=MAX_DURATION,
        ),
        Param(
            "count",
            INTEGER,
            "how many times to suggest",
            default=DEFAULT_COUNT,
            minimum=1,
            maximum=MAX_COUNT,
        ),
        Param(
            "series",
            INTEGER,
            "also plan a series of this many sessions from the first time, the after-school "
            "hour taking turns when one is needed",
            default=None,
            minimum=2,
            maximum=MAX_OCCURRENCES,
        ),
        EVERY,
    ],
    example="/exchange propose from=2027-03-08 to=2027-04-30 duration=90",
    description="Slots start on the quarter hour, lie inside both schools' class hours (or "
    "after-school hours when class time gives none), and avoid public holidays, "
    "school vacations and declared breaks of either school. With series=6 (and every=2w) "
    "the reply also plans a series from the first time, ready to book.",
)
async def propose(
    ctx: Context,
    partner: School | None,
    from_: date | None,
    to: date | None,
    duration: int,
    count: int,
    series: int | None,
    every: str | None,
) -> Reply:
    if every is not None and series is None:
        raise UserError("every= goes with series=…, e.g. `/exchange propose series=6 every=2w`.")
    pairing = await choose_partner(ctx, partner)
    today = to_local(ctx.now, pairing.mine.timezone).date()
    first, last = checked_range(today, from_, to)
    partnership = pairing.partnership
    bookable = partnership is not None
    taken = await ExchangeSessions(ctx.db).upcoming(
        [partnership.id] if partnership and partnership.id else [], ctx.now
    )
    proposal = propose_slots(
        SlotRequest(
            *pairing.profiles,
            first,
            last,
            not_before=ctx.now,
            duration=duration,
            count=count,
            taken=tuple((session.start_utc, session.end_utc) for session in taken),
        )
    )
    list_id = (
        await _remember(ctx, pairing, proposal.slots, duration)
        if (proposal.slots and bookable)
        else None
    )
    footer = None
    if proposal.slots:
        footer = (
            f"Book one with `/exchange book <n>`; a teacher of {pairing.theirs.name} "
            "then confirms it."
            if bookable
            else f"{pairing.mine.name} and {pairing.theirs.name} are not partners yet, so "
            "these cannot be booked."
        )
    reply = proposal_reply(proposal, list_id=list_id, footer=footer)
    shortfall = proposal.shortfall
    if shortfall is not None and shortfall.obstacle in NO_SHARED_HOUR:
        reply.add_notes([plan_sentence(pairing.theirs.id, partners=bookable)])
        reply.actions += (plan_action(pairing.theirs.id),) if bookable else ()
        reply.data["next_command"] = plan_command(pairing.theirs.id)
    if series is not None and proposal.slots:
        cadence = SeriesCadence(every or SeriesCadence.WEEKLY)
        plan = plan_series(
            SeriesRequest(
                proposal.request.caller,
                proposal.request.partner,
                proposal.slots[0].start,
                duration,
                cadence,
                tuple(range(1, series + 1)),
                not_before=ctx.now,
                taken=proposal.request.taken,
            )
        )
        book = f"book series 1 list={list_id} every={cadence} count={series}" if list_id else None
        lines, data = series_proposal(plan, book, noted=reply.notes)
        reply.text += "\n" + "\n".join(lines)
        reply.notes += tuple(lines)
        reply.data["series"] = data
        if book:
            reply.actions += (Action(f"Book the series of {series}", book, "primary"),)
    return reply


async def _remember(ctx: Context, pairing: Pairing, slots: tuple[Slot, ...], duration: int) -> int:
    lists = SlotLists(ctx.db)
    actor = ctx.actor
    await lists.forget_older(
        actor.platform, actor.workspace, actor.user_id, ctx.now - SLOT_LISTS_KEPT
    )
    stored = await lists.add(
        SlotList(
            school_id=pairing.mine.id,
            partner_id=pairing.theirs.id,
            platform=actor.platform,
            workspace=actor.workspace,
            user_id=actor.user_id,
            duration_minutes=duration,
            created_at=ctx.now,
        ),
        [
            SlotOffer(
                slot_list_id=0,
                number=number,
                start_utc=slot.start,
                end_utc=slot.end,
                within=slot.within,
            )
            for number, slot in enumerate(slots, start=1)
        ],
    )
    assert stored.id is not None
    return stored.id


@commands.command(
    "book",
    summary="Book one of the times `propose` showed you, a time agreed elsewhere, or a "
    "series of sessions; a teacher of the partner school then confirms it.",
    params=[
        Param(
            "kind",
            CHOICE,
            "single (one session, the default) or series (one every `every`, `count` times or "
            "until `until`)",
            choices=("single", "series"),
            default=None,
            positional=True,
        ),
        Param(
            "number",
            INTEGER,
            "the time's number in your latest proposal (or give at=)",
            default=None,
            minimum=1,
            maximum=MAX_COUNT,
            positional=True,
        ),
        Param(
            "partner",
            SCHOOL,
            "the partner school; default: this joint channel's partner, else the one of your "
            "latest proposal, else your only one",
            default=None,
            max_length=120,
        ),
        Param(
            "list",
            INTEGER,
            "which proposal the number is from (buttons set it); default: your latest",
            default=None,
            minimum=1,
        ),
        Param(
            "at",
            WALL_TIME,
            "instead of a number: a time agreed elsewhere (by e-mail, at the preliminary "
            "meeting), your local time, like '2027-03-09 15:00' or 'Tue 15:00'",
            default=None,
            max_length=40,
        ),
        Param(
            "duration",
            DURATION,
            f"with at=: how long each session lasts (default: {DEFAULT_DURATION} minutes)",
            default=None,
            minimum=MIN_DURATION,
            maximum=MAX_DURATION,
        ),
        EVERY,
        Param(
            "count",
            INTEGER,
            "a series' number of sessions",
            default=None,
            minimum=2,
            maximum=MAX_OCCURRENCES,
        ),
        Param("until", DATE, "or a series' last date, your local date", default=None),
        Param(
            "fair",
            CHOICE,
            "no: keep one hour for the whole series instead of taking turns at the "
            "after-school hour (default: yes)",
            choices=("yes", "no"),
            default=None,
        ),
        *detail_params(for_booking=True),
        Param(
            "assist",
            CHOICE,
            "yes: ask for a remote class assistant to interpret between both schools' main "
            "languages (`assist` names others)",
            choices=("yes", "no"),
            default="no",
        ),
    ],
    example='/exchange book 2 type=discussion topic="School lunch" link=https://meet.example/x',
    description='`book at="2027-03-09 15:00"` books a time agreed elsewhere (by e-mail, at the '
    "preliminary meeting); it is checked against both schools exactly like a proposed time. "
    "`/exchange book series 2 every=2w count=6` books six sessions, one every two "
    "weeks from time 2; each is checked like a single session, and one that does not fit moves "
    "within its week or is skipped. One confirmation books them all.",
)
async def book_slot(
    ctx: Context[BookingServices],
    kind: str | None,
    number: int | None,
    partner: School | None,
    list: int | None,
    at: WallTime | None,
    duration: int | None,
    every: str | None,
    count: int | None,
    until: date | None,
    fair: str | None,
    type: str | None,
    topic: str | None,
    link: str | None,
    agenda: str | None,
    assist: str,
) -> Reply:
    series = kind == "series" or any(v is not None for v in (every, count, until, fair))
    if kind == "single" and series:
        raise UserError("every=, count=, until= and fair= book a series: write `book series …`.")
    pairing, start, end, label = await _booked_time(ctx, number, partner, list, at, duration)
    languages = default_languages(pairing.mine, pairing.theirs) if assist == "yes" else None
    details = _details(type, topic, link, agenda)
    if series:
        rule = _series_rule(pairing, start, every, count, until, fair)
        booked = await series_booking.book_series(
            ctx,
            pairing,
            start,
            int((end - start).total_seconds()) // 60,
            rule,
            details,
            label=label,
        )
        if languages:
            for session in booked.view.live():
                await ask(ctx, session, languages, AskSource.BOOKING, by=ctx.actor.key)
        return _booked_series_reply(booked, asked=languages is not None)
    view = await booking.book(ctx, pairing, start, end, details, label=label)
    session = view.session
    assistance = await (
        ask(ctx, session, languages, AskSource.BOOKING, by=ctx.actor.key)
        if languages
        else assistance_of(ctx, session)
    )
    return Reply(
        text=f"Booked {label.lower()} as session #{session.id}. It is pending until a "
        f"teacher of {view.theirs.name} confirms it; they have been told.\n{view.describe()}"
        + (f"\nAssistant: {ctx.say(assistance.for_teachers())}" if assistance else ""),
        data={"session": view.data(), "assistance": assistance.data() if assistance else None},
        sections=(_section(view),),
    )


async def _booked_time(
    ctx: Context,
    number: int | None,
    partner: School | None,
    list_id: int | None,
    at: WallTime | None,
    duration: int | None,
) -> tuple[Pairing, datetime, datetime, str]:
    """The time to book: a proposed time by its number, or a local time of the caller's."""
    if number is not None and at is not None:
        raise UserError("Give the number of a proposed time or at=…, not both.")
    if at is not None:
        if list_id is not None:
            raise UserError("list= names the proposal a number is from; with at= leave it out.")
        pairing = await choose_partner(ctx, partner)
        mine = pairing.places[0]
        start = resolve(at, ctx.now, mine.timezone, mine.city).instant
        return pairing, start, start + timedelta(minutes=duration or DEFAULT_DURATION), "The time"
    if number is None:
        raise UserError(
            "Which time? Give the number of one your last proposal showed (`book 2`), or a "
            'local time of yours (`book at="2027-03-09 15:00"`).'
        )
    if duration is not None:
        raise UserError("duration= goes with at=; a proposed time keeps its own length.")
    pairing, slot_list = await _slot_list(ctx, partner, list_id)
    offer = await _offer(ctx, slot_list, number)
    return pairing, offer.start_utc, offer.end_utc, f"Time {number}"


def _series_rule(
    pairing: Pairing,
    start: datetime,
    every: str | None,
    count: int | None,
    until: date | None,
    fair: str | None,
) -> SeriesRule:
    """The series' rule from the options, or a `UserError` saying what is missing or too much."""
    cadence = SeriesCadence(every or SeriesCadence.WEEKLY)
    if count is not None and until is not None:
        raise UserError("Give the series' length once: count= or until=, not both.")
    if until is not None:
        first_day = to_local(start, pairing.mine.timezone).date()
        if until < first_day:
            raise UserError(
                f"until={until} is before the first session ({day_label(first_day, year=True)})."
            )
        count = occurrences_until(first_day, cadence, until)
        if count > MAX_OCCURRENCES:
            raise UserError(
                f"Up to {until} that makes more than {MAX_OCCURRENCES} sessions; a series has "
                f"at most {MAX_OCCURRENCES}. Give an earlier until= or a longer every=."
            )
        if count < 2:
            raise UserError(
                f"Up to {until} that makes a single session; book it with `book` alone, or "
                "give a later until=."
            )
    if count is None:
        raise UserError(
            "A series needs its length: count=6 (sessions) or until=2027-06-30 (your local date)."
        )
    return SeriesRule(cadence, count, fair_hours=fair != "no")


def _booked_series_reply(booked: series_booking.BookedSeries, *, asked: bool) -> Reply:
    view = booked.view
    mine, theirs = view.pairing.mine, view.pairing.theirs
    live = view.live()
    fair = booked.fair_hours_note()
    lines = [
        f"Booked series #{view.series.id}: {len(live)} of {len(view.rows)} sessions with "
        f"{theirs.name}, {cadence_phrase(view.series.cadence)}. They are pending until a "
        f"teacher of {theirs.name} confirms them (one confirmation books them all); they "
        "have been told.",
        *view.lines(mine),
        *([fair] if fair else []),
        *(
            [
                "Assistant: each session asks for a remote class assistant; "
                "`/exchange assist <session>` shows where each stands."
            ]
            if asked
            else []
        ),
    ]
    return Reply(
        text="\n".join(lines),
        data={"series": view.data(mine)},
        sections=tuple(_section(_view_of(view, s)) for s in live),
        notes=tuple(lines[1:]),
    )


async def _slot_list(
    ctx: Context, partner: School | None, list_id: int | None
) -> tuple[Pairing, SlotList]:
    """The proposal a number refers to: the one named, else the caller's latest with the
    partner named or the joint channel's, else the caller's latest with anyone."""
    lists = SlotLists(ctx.db)
    actor = ctx.actor
    if list_id is not None:
        found = await lists.get(list_id)
        if found is None or (found.platform, found.workspace, found.user_id) != (
            actor.platform,
            actor.workspace,
            actor.user_id,
        ):
            raise UserError(
                f"Proposal {list_id} is not one of yours, or is more than two weeks "
                "old. Run `/exchange propose` again.",
                show_usage=False,
            )
        theirs = await ctx.schools.get(found.partner_id)
        pairing = await choose_partner(ctx, theirs)
        if partner is not None and partner.id != found.partner_id:
            raise UserError(
                f"Proposal {list_id} was made with {theirs.name if theirs else '?'}, "
                f"not {partner.name}.",
                show_usage=False,
            )
        return pairing, found
    mine = await ctx.my_school()
    joint = await joint_channel_pairing(ctx, mine) if partner is None else None
    if partner is None and joint is None:
        latest = await lists.latest(
            actor.platform, actor.workspace, actor.user_id, school_id=mine.id
        )
        if latest is not None:
            return await choose_partner(ctx, await ctx.schools.get(latest.partner_id)), latest
    chosen = joint or await choose_partner(ctx, partner)
    chosen.booked_partnership()  # not partners: say so, not "propose first"
    found = await lists.latest(
        actor.platform, actor.workspace, actor.user_id, partner_id=chosen.theirs.id
    )
    if found is None:
        raise UserError(
            f"You have no proposed times with {chosen.theirs.name} yet: run "
            "`/exchange propose` first, then book one by its number.",
            show_usage=False,
        )
    return chosen, found


async def _offer(ctx: Context, slot_list: SlotList, number: int) -> SlotOffer:
    lists = SlotLists(ctx.db)
    offer = await lists.offer(slot_list.id, number)  # type: ignore[arg-type]
    if offer is None:
        shown = await lists.count_offers(slot_list.id)  # type: ignore[arg-type]
        raise UserError(
            f"That proposal showed {shown} time{'s' * (shown != 1)}; pick a number "
            f"from 1 to {shown}."
        )
    return offer


@commands.command(
    "confirm",
    summary="Confirm a session the partner school booked; both schools get the calendar invite.",
    params=[
        session_param("the session's number; default: the one waiting for you", required=False),
        *detail_params(for_booking=False),
    ],
    example="/exchange confirm 3 link=https://meet.example/x",
)
async def confirm_session(
    ctx: Context[BookingServices],
    session: int | None,
    type: str | None,
    topic: str | None,
    link: str | None,
    agenda: str | None,
) -> Reply:
    view = await (
        booking.load_session(ctx, session, lock=True)
        if session is not None
        else _waiting_for_me(ctx)
    )
    details = _details(type, topic, link, agenda)
    series = await series_booking.series_of(ctx, view)
    if series is not None:
        return await _confirm_series(ctx, series, details)
    view, plan_notes = await booking.confirm(ctx, view, details)
    return Reply(
        text=f"Session #{view.session.id} with {view.theirs.name} is booked; both schools have "
        f"been told.\n{view.describe()}\nThe calendar invite is attached."
        + (f"\n{plan_notes}" if plan_notes else ""),
        data={"session": view.data()},
        attachments=(await _invite(ctx, view),),
        sections=(_section(view),),
    )


async def _confirm_series(
    ctx: Context[BookingServices], series: SeriesView, details: SessionDetails
) -> Reply:
    booked, planned = await series_booking.confirm_series(ctx, series, details)
    mine, theirs = series.pairing.mine, series.pairing.theirs
    lines = [
        f"Series #{series.series.id} with {theirs.name} is booked: {len(booked)} session"
        + ("" if len(booked) == 1 else "s")
        + "; both schools have been told.",
        *series.lines(mine),
        "The calendar invites are attached: one file, an event for each session.",
        *booking.plan_notes(planned, mine),
    ]
    return Reply(
        text="\n".join(lines),
        data={"series": series.data(mine)},
        attachments=_series_invites(ctx, series, booked),
        sections=tuple(_section(_view_of(series, s)) for s in booked),
        notes=tuple(lines[1:]),
    )


def _id(series: SeriesView) -> int:
    assert series.series.id is not None
    return series.series.id


def _series_invites(
    ctx: Context, series: SeriesView, sessions: Sequence[ExchangeSession]
) -> tuple[Attachment, ...]:
    """The calendar files of `sessions` of the series as they stand now."""
    order = series.pairing.partnership_order
    organizer = ctx.settings.calendar_organizer
    return series_invites(sessions, order, ctx.now, _id(series), organizer)


def _view_of(series: SeriesView, session: ExchangeSession) -> SessionView:
    pairing = series.pairing
    return SessionView(session, pairing.booked_partnership(), pairing.mine, pairing.theirs)


async def _waiting_for_me(ctx: Context) -> SessionView:
    mine = await ctx.my_school()
    partnerships = await Partnerships(ctx.db).active_of(mine.id)
    ids = [p.id for p in partnerships if p.id is not None]
    upcoming = await ExchangeSessions(ctx.db).upcoming(ids, ctx.now)
    waiting = [
        s for s in upcoming if s.status == SessionStatus.PENDING and s.proposed_by_school != mine.id
    ]
    if not waiting:
        raise UserError(
            "No session is waiting for your confirmation. `/exchange sessions` "
            "lists your sessions.",
            show_usage=False,
        )
    series_of = {
        session_id: occurrence.series_id
        for session_id, occurrence in (
            await SeriesOfSessions(ctx.db).of_sessions(s.id for s in waiting)
        ).items()
    }
    # the sessions of one series are confirmed together: they are one thing waiting
    if len({("series", series_of[s.id]) if s.id in series_of else s.id for s in waiting}) > 1:
        numbers = ", ".join(f"#{s.id}" for s in waiting)
        raise UserError(
            f"Several sessions wait for your confirmation ({numbers}); give the "
            "number, e.g. `/exchange confirm " + str(waiting[0].id) + "`.",
            show_usage=False,
        )
    return await booking.load_session(ctx, waiting[0].id, lock=True)  # type: ignore[arg-type]


@commands.command(
    "sessions",
    writes=False,
    summary="List your school's upcoming sessions, in both time zones (coordinators: the "
    "program's).",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        partner_param(positional=True),
        PROGRAM_PARAM,
        Param(
            "status",
            CHOICE,
            "coordinators: only sessions in this status, past ones included",
            default=None,
            choices=tuple(SessionStatus),
        ),
        PAGE_PARAM,
    ],
    description=f"Sessions are listed {SESSIONS_PER_PAGE} to a page; the Next button (or "
    "`page=`) shows the next ones.",
    example="/exchange sessions",
)
async def list_sessions(
    ctx: Context, partner: School | None, program: str | None, status: str | None, page: int
) -> Reply:
    if ctx.coordinated and (ctx.membership is None or program or status):
        return await _program_sessions(ctx, partner, program, status, page)
    mine = await ctx.my_school()
    partnerships = list(await Partnerships(ctx.db).active_of(mine.id))
    if partner is not None:
        pairing = await choose_partner(ctx, partner)
        partnerships = [pairing.booked_partnership()]
    by_id = {p.id: p for p in partnerships}
    sessions = await ExchangeSessions(ctx.db).upcoming(list(by_id), ctx.now)  # type: ignore[arg-type]
    if not sessions:
        return Reply(
            text=f"{mine.name} has no upcoming sessions. `/exchange propose` suggests "
            "times to book.",
            data={"sessions": []},
        )
    shown = page_of(sessions, page, SESSIONS_PER_PAGE)
    views = []
    for session in shown.items:
        theirs = await ctx.schools.get(by_id[session.partnership_id].other(mine.id))
        assert theirs is not None
        views.append(SessionView(session, by_id[session.partnership_id], mine, theirs))
    parts = await _series_parts(ctx, shown.items)
    return Reply(
        text=f"Upcoming sessions of {mine.name}"
        + (f", {shown.span} shown" if shown.count > 1 else "")
        + ":\n"
        + "\n".join(v.describe() + parts.get(v.session.id, ("", {}))[0] for v in views),
        data={
            "sessions": [view.data() | parts.get(view.session.id, ("", {}))[1] for view in views],
            "page": shown.number,
            "pages": shown.count,
        },
        sections=tuple(_section(view) for view in views),
        actions=next_page(ctx, "sessions", {"partner": partner.id if partner else None}, shown),
    )


async def _series_parts(
    ctx: Context, sessions: Sequence[ExchangeSession]
) -> dict[int | None, tuple[str, dict[str, object]]]:
    """For each session that belongs to a series, a line saying which part it is, and data."""
    repository = SeriesOfSessions(ctx.db)
    occurrences = await repository.of_sessions(s.id for s in sessions)
    series = await repository.by_ids({o.series_id for o in occurrences.values()})
    return {
        session_id: (
            f"\n    part {o.position} of {series[o.series_id].occurrences} of series "
            f"#{o.series_id} ({PLACEMENT_WORDS[o.placement]})",
            {"series": {"id": o.series_id, "position": o.position, "placement": o.placement}},
        )
        for session_id, o in occurrences.items()
    }


async def _program_sessions(
    ctx: Context, school: School | None, name: str | None, status: str | None, page: int
) -> Reply:
    """Every session of the coordinator's program (of one of its schools, when named): the
    upcoming ones, or those in `status`, past ones included."""
    program = await coordinated_program(ctx, name)
    assert program.id is not None  # stored programs have ids
    if school is not None and school.program_id != program.id:
        raise UserError(f"{school.name} is not a school of {program.name}.", show_usage=False)
    listed = await program_sessions(
        ctx.db,
        program.id,
        statuses=[SessionStatus(status)] if status else tuple(SessionStatus),
        ending_after=None if status else ctx.now,
        school_id=school.id if school else None,
    )
    whose = f"{school.name} in {program.name}" if school else program.name
    which = f"{status} sessions" if status else "upcoming sessions"
    if not listed:
        return Reply(text=f"No {which} of {whose}.", data={"sessions": []})
    shown = page_of(listed, page, SESSIONS_PER_PAGE)
    return Reply(
        text=f"{len(listed)} {which} of {whose}"
        + (f", {shown.span} shown" if shown.count > 1 else "")
        + ":\n"
        + "\n".join(entry.describe() for entry in shown.items),
        data={
            "program": program.name,
            "sessions": [entry.as_json() for entry in shown.items],
            "total": len(listed),
            "page": shown.number,
            "pages": shown.count,
        },
        actions=next_page(
            ctx,
            "sessions",
            {"partner": school.id if school else None, "program": name, "status": status},
            shown,
        ),
    )


def _section(view: SessionView) -> Section:
    session = view.session
    actions: tuple[Action, ...] = ()
    if session.status == SessionStatus.PENDING and session.proposed_by_school != view.mine.id:
        actions = (Action(f"Confirm #{session.id}", f"confirm {session.id}", "primary"),)
    elif session.status == SessionStatus.BOOKED:
        actions = (Action("Calendar invite", f"ics {session.id}"),)
    places = Place.of(view.mine), Place.of(view.theirs)
    return Section(
        title=f"#{session.id} with {view.theirs.name} ({session.status})",
        lines=tuple(span_at_place(session.start_utc, session.end_utc, p) for p in places),
        actions=actions,
        when=session.start_utc,
    )


async def _series_for_rest(ctx: Context, view: SessionView, rest: str) -> SeriesView | None:
    """The session's series when `rest=yes` asks for it; refused for a single session."""
    if rest != "yes":
        return None
    series = await series_booking.series_of(ctx, view)
    if series is None:
        raise UserError(
            f"Session #{view.session.id} is not part of a series; leave out rest=yes.",
            show_usage=False,
        )
    return series


@commands.command(
    "reschedule",
    summary="Move a session to another time (same length), or it and the rest of its series; "
    "the partner school is told.",
    params=[
        session_param("the session's number (see `/exchange sessions`)"),
        Param(
            "to",
            NEW_TIME,
            "a time number from your last proposal with this partner, or a "
            "local time like '2027-03-09 15:00'",
            positional=True,
            greedy=True,
            max_length=40,
        ),
        REST,
    ],
    example="/exchange reschedule 3 2027-03-10 09:00",
    description="With rest=yes the later sessions of the series follow: the series starts "
    "again at the new time, with the same gaps, each session placed as at booking.",
)
async def reschedule_session(
    ctx: Context[BookingServices], session: int, to: int | WallTime, rest: str
) -> Reply:
    view = await booking.load_session(ctx, session, lock=True)
    if isinstance(to, int):
        slot_list = await SlotLists(ctx.db).latest(
            ctx.actor.platform, ctx.actor.workspace, ctx.actor.user_id, partner_id=view.theirs.id
        )
        if slot_list is None:
            raise UserError(
                f"You have no proposed times with {view.theirs.name}: run "
                "`/exchange propose`, or give a time like 2027-03-09 15:00.",
                show_usage=False,
            )
        start, label = (await _offer(ctx, slot_list, to)).start_utc, f"Time {to}"
    else:
        start = resolve(to, ctx.now, view.mine.timezone, Place.of(view.mine).city).instant
        label = "The new time"
    whole = await _series_for_rest(ctx, view, rest)
    if whole is not None:
        return await _reschedule_rest(ctx, view, whole, start, label)
    series = await series_booking.series_of(ctx, view)
    view = await booking.reschedule(ctx, view, start, label=label)
    await series_booking.record_move(ctx, series, view.session)
    booked = view.session.status == SessionStatus.BOOKED
    return Reply(
        text=f"Session #{view.session.id} is moved; {view.theirs.name} has been told.\n"
        f"{view.describe()}" + ("\nThe updated calendar invite is attached." if booked else ""),
        data={"session": view.data()},
        attachments=(await _invite(ctx, view),) if booked else (),
        sections=(_section(view),),
    )


async def _reschedule_rest(
    ctx: Context[BookingServices],
    view: SessionView,
    series: SeriesView,
    start: datetime,
    label: str,
) -> Reply:
    done = await series_booking.reschedule_rest(ctx, view, series, start, label=label)
    changed = done.moved + done.dropped
    invites = _series_invites(ctx, series, changed)
    lines = [
        f"Session #{view.session.id} and the later sessions of series #{_id(series)} are "
        f"re-planned from {view.when()}; {view.theirs.name} has been told.",
        *series.lines(view.mine),
        *(["The updated calendar invites are attached."] if invites else []),
    ]
    return Reply(
        text="\n".join(lines),
        data={"series": series.data(view.mine)},
        attachments=invites,
        notes=tuple(lines[1:]),
    )


@commands.command(
    "cancel",
    summary="Cancel a session, or it and the rest of its series; the partner school is told, "
    "with your reason.",
    params=[
        session_param("the session's number (see `/exchange sessions`)"),
        REASON,
        REST,
    ],
    example="/exchange cancel 3 Typhoon: school closed",
)
async def cancel_session(
    ctx: Context[BookingServices], session: int, reason: str | None, rest: str
) -> Reply:
    view = await booking.load_session(ctx, session, lock=True)
    series = await _series_for_rest(ctx, view, rest)
    if series is not None:
        cancelled = await series_booking.cancel_rest(ctx, view, series, reason)
        invites = _series_invites(ctx, series, cancelled)
        return Reply(
            text=f"Cancelled {len(cancelled)} session{'s' * (len(cancelled) != 1)} of series "
            f"#{_id(series)} with {view.theirs.name}, from #{view.session.id} on; "
            f"{view.theirs.name} has been told."
            + (
                "\nThe calendar cancellations are attached: open the file to remove them."
                if invites
                else ""
            ),
            data={"series": series.data(view.mine)},
            attachments=invites,
        )
    was_booked = view.session.status == SessionStatus.BOOKED
    view = await booking.cancel(ctx, view, reason)
    return Reply(
        text=f"Session #{view.session.id} with {view.theirs.name} ({view.when()}) is cancelled;"
        f" {view.theirs.name} has been told."
        + (
            "\nThe calendar cancellation is attached: open it to remove the event."
            if was_booked
            else ""
        ),
        data={"session": view.data()},
        attachments=(await _invite(ctx, view),) if was_booked else (),
    )


@commands.command(
    "ics",
    writes=False,
    summary="Get a booked session's calendar invite (.ics) again, or those of the rest of its "
    "series.",
    params=[session_param("the session's number (see `/exchange sessions`)"), REST],
    example="/exchange ics 3",
)
async def session_invite(ctx: Context, session: int, rest: str) -> Reply:
    view = await booking.load_session(ctx, session)
    series = await _series_for_rest(ctx, view, rest)
    if series is not None:
        later = series_booking.later_sessions(series, view.session)
        invites = _series_invites(ctx, series, later)
        if not invites:
            raise UserError(
                f"No session of series #{_id(series)} from #{view.session.id} on has been "
                "booked yet; the invites come with the partner school's confirmation.",
                show_usage=False,
            )
        return Reply(
            text="; ".join(f.title for f in invites) + ".",
            data={"series": series.data(view.mine)},
            attachments=invites,
        )
    if view.session.status == SessionStatus.PENDING:
        raise UserError(
            f"Session #{view.session.id} is not booked yet; the invite comes with "
            "the partner school's confirmation.",
            show_usage=False,
        )
    attachment = await _invite(ctx, view)
    return Reply(
        text=f"{attachment.title}: {view.when()}.",
        data={"session": view.data()},
        attachments=(attachment,),
    )


async def _invite(ctx: Context, view: SessionView) -> Attachment:
    """The session's calendar file as it stands now, in the partnership's order, naming its
    remote class assistant when one accepted."""
    assert view.session.id is not None  # a stored row
    helper = await assistant_label(ctx.db, view.session.id)
    organizer = ctx.settings.calendar_organizer
    return invite(view.session, view.partnership_order, ctx.now, organizer, helper)


@commands.command(
    "time",
    writes=False,
    summary="What is a time of yours for your partner? Both zones, with the dates on each side.",
    params=[
        Param(
            "when",
            WALL_TIME,
            "the time of yours to convert, in your zone",
            positional=True,
            span=3,
            max_length=40,
        ),
        Param(
            "partner",
            SCHOOL,
            "the partner school, by id or name; default: this joint "
            "channel's partner, or your only one",
            default=None,
            positional=True,
            greedy=True,
            max_length=120,
        ),
    ],
    example="/exchange time Tue 15:00 JP-sakura-junior-high",
)
async def convert_time(ctx: Context, when: WallTime, partner: School | None) -> Reply:
    pairing = await choose_partner(ctx, partner)
    mine, theirs = pairing.places
    resolved = resolve(when, ctx.now, mine.timezone, mine.city)
    instant = resolved.instant
    standing = [
        f"{school.name}: {_standing(SchoolProfile.of(school), instant)}"
        for school in (pairing.mine, pairing.theirs)
    ]
    lines = [
        f"{at_place(instant, mine, year=True)} is {at_place(instant, theirs, year=True)}.",
        " · ".join(standing),
    ]
    if resolved.note:
        lines.append(f"Note: {resolved.note}")
    return Reply(
        text="\n".join(lines),
        data={
            "instant_utc": instant.isoformat(),
            "note": resolved.note or None,
            "local": [
                {
                    "school_id": school.id,
                    "timezone": place_.timezone,
                    "time": to_local(instant, place_.timezone).isoformat(),
                }
                for school, place_ in zip(
                    (pairing.mine, pairing.theirs), (mine, theirs), strict=True
                )
            ],
        },
        sections=(
            Section(
                title=at_place(instant, mine), lines=(at_place(instant, theirs),), when=instant
            ),
        ),
    )


def _standing(profile: SchoolProfile, instant: datetime) -> str:
    """Whether a school is in class, after school, out of hours or closed at `instant`."""
    side = SchoolSide.of(profile)
    zone = profile.timezone
    day = to_local(instant, zone).date()
    closure = side.calendar.closure(day)
    if closure is not None:
        return f"closed ({closure.name})"
    for hours, label in (
        (profile.class_hours, "class hours"),
        (side.all_hours, "after-school hours"),
    ):
        if any(start <= instant < end for start, end in place(hours, zone, day)):
            return label
    return "outside school hours"


@commands.command(
    "overlap",
    writes=False,
    summary="A picture of one week: both schools' hours on one axis, the overlap highlighted.",
    params=[
        partner_param(positional=True),
        Param(
            "week",
            DATE,
            "any date in the week to show, your local date (default: next week)",
            default=None,
        ),
    ],
    example="/exchange overlap week=2027-03-08",
)
async def overlap_picture(ctx: Context, partner: School | None, week: date | None) -> Reply:
    # imported here: matplotlib takes most of a second to load, and only this command draws
    from bot.sessions.overlap_chart import render_png, week_overlap

    pairing = await choose_partner(ctx, partner)
    mine, theirs = pairing.places
    today = to_local(ctx.now, mine.timezone).date()
    day = week or today + timedelta(days=7)
    monday = day - timedelta(days=day.weekday())
    picture = week_overlap(SchoolProfile.of(pairing.mine), SchoolProfile.of(pairing.theirs), monday)
    lines = [
        f"When {pairing.mine.name} and {pairing.theirs.name} can both meet, week of "
        f"{day_label(monday, year=True)}:"
    ]
    for row in picture.rows:
        meets = "; ".join(span(start, end, (mine, theirs)) for start, end in row.overlap)
        closed = "; ".join(f"{city} closed: {closure.name}" for city, closure in row.closed)
        lines.append(
            f"  {day_label(row.day)}: {meets or 'no overlap'}" + (f" ({closed})" if closed else "")
        )
    png = Attachment(
        filename=f"overlap-{pairing.mine.id}-{pairing.theirs.id}-{monday}.png",
        content=render_png(picture),
        media_type="image/png",
        title=f"{pairing.mine.name} and {pairing.theirs.name}, week of {day_label(monday)}",
    )
    return Reply(
        text="\n".join(lines),
        data={
            "week_start": monday.isoformat(),
            "days": [
                {
                    "date": row.day.isoformat(),
                    "overlap_minutes": row.overlap_minutes,
                    "overlap": [
                        {"start_utc": start.isoformat(), "end_utc": end.isoformat()}
                        for start, end in row.overlap
                    ],
                    "closed": [
                        {"city": city, "name": closure.name} for city, closure in row.closed
                    ],
                }
                for row in picture.rows
            ],
        },
        attachments=(png,),
    )
