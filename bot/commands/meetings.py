"""Meeting times in both time zones: propose, book, confirm, list, move, cancel, see."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from textwrap import indent
from typing import TYPE_CHECKING

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
from bot.i18n.messages import Joined, Localizable, Message
from bot.i18n.reader_language import school_language
from bot.i18n.time_text import CityOf, DayOf, TimeAt, TimeSpan
from bot.schools.partnerships import joint_channel
from bot.schools.profile import SchoolProfile
from bot.sessions import booking, series_booking
from bot.sessions.booking import SessionDetails, SessionView
from bot.sessions.invites import Readers, invite, series_invites
from bot.sessions.partnership_choice import Pairing, choose_partner, joint_channel_pairing
from bot.sessions.planner import BookingServices
from bot.sessions.program_sessions import program_sessions
from bot.sessions.program_types import PROGRAM_TYPE
from bot.sessions.series_booking import SeriesRule, SeriesView
from bot.sessions.series_plan import MAX_OCCURRENCES, SeriesRequest, occurrences_until, plan_series
from bot.sessions.series_text import cadence_message, series_proposal
from bot.sessions.session_text import PROGRAM_TYPES, FollowingLines
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
from bot.times.display import Place
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

if TYPE_CHECKING:  # matplotlib loads only when the overlap command draws
    from bot.sessions.overlap_chart import DayRow

commands = CommandGroup()

SESSIONS_PER_PAGE = 20
SLOT_LISTS_KEPT = timedelta(days=14)  # older proposals' numbers (and buttons) stop working


def _parse_link(raw: str) -> str:
    text = raw.strip()
    if not re.fullmatch(r"https?://[^\s<>]+", text):
        raise ValueProblem(Message("meetings-not-a-link", text=raw))
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
        raise UserError(Message("meetings-every-without-series"))
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
            Message("meetings-book-hint", partner=pairing.theirs.name)
            if bookable
            else Message(
                "meetings-not-partners-yet", school=pairing.mine.name, partner=pairing.theirs.name
            )
        )
    reply = proposal_reply(
        proposal, list_id=list_id, footer=footer, language=ctx.language, translator=ctx.translator
    )
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
        planned, data = series_proposal(plan, book)
        lines = [ctx.say(line) for line in planned]
        lines = [line for line in lines if line not in reply.notes]  # daylight saving said once
        reply.text = "\n".join([reply.text, *lines])
        reply.notes += tuple(lines)
        reply.data["series"] = data
        if book:
            label = ctx.say(Message("meetings-book-series-button", count=str(series)))
            reply.actions += (Action(label, book, "primary"),)
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
        raise UserError(Message("meetings-single-with-series-options"))
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
        return _booked_series_reply(ctx, booked, asked=languages is not None)
    view = await booking.book(ctx, pairing, start, end, details, label=label)
    session = view.session
    assistance = await (
        ask(ctx, session, languages, AskSource.BOOKING, by=ctx.actor.key)
        if languages
        else assistance_of(ctx, session)
    )
    booked_reply = Message(
        "meetings-booked",
        what=Message("meetings-what-time", number=str(number))
        if at is None
        else Message("meetings-what-agreed-time"),
        id=str(session.id),
        partner=view.theirs.name,
        session=view.describe(),
    )
    lines = [ctx.say(booked_reply)]
    if assistance:
        lines.append(ctx.say(Message("meetings-assistant", assistant=assistance.for_teachers())))
    return Reply(
        text="\n".join(lines),
        data={"session": view.data(), "assistance": assistance.data() if assistance else None},
        sections=(_section(ctx, view),),
    )


async def _booked_time(
    ctx: Context,
    number: int | None,
    partner: School | None,
    list_id: int | None,
    at: WallTime | None,
    duration: int | None,
) -> tuple[Pairing, datetime, datetime, Message]:
    """The time to book: a proposed time by its number, or a local time of the caller's."""
    if number is not None and at is not None:
        raise UserError(Message("meetings-number-or-at"))
    if at is not None:
        if list_id is not None:
            raise UserError(Message("meetings-list-with-at"))
        pairing = await choose_partner(ctx, partner)
        mine = pairing.places[0]
        start = resolve(at, ctx.now, mine.timezone, mine.city).instant
        end = start + timedelta(minutes=duration or DEFAULT_DURATION)
        return pairing, start, end, Message("meetings-label-agreed-time")
    if number is None:
        raise UserError(Message("meetings-which-time"))
    if duration is not None:
        raise UserError(Message("meetings-duration-without-at"))
    pairing, slot_list = await _slot_list(ctx, partner, list_id)
    offer = await _offer(ctx, slot_list, number)
    return (
        pairing,
        offer.start_utc,
        offer.end_utc,
        Message("meetings-label-time", number=str(number)),
    )


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
        raise UserError(Message("meetings-series-count-or-until"))
    if until is not None:
        first_day = to_local(start, pairing.mine.timezone).date()
        if until < first_day:
            raise UserError(
                Message(
                    "meetings-series-until-before-first",
                    until=until.isoformat(),
                    first=DayOf(first_day, year=True),
                )
            )
        count = occurrences_until(first_day, cadence, until)
        if count > MAX_OCCURRENCES:
            raise UserError(
                Message(
                    "meetings-series-too-long", until=until.isoformat(), most=str(MAX_OCCURRENCES)
                )
            )
        if count < 2:
            raise UserError(Message("meetings-series-single", until=until.isoformat()))
    if count is None:
        raise UserError(Message("meetings-series-length-needed"))
    return SeriesRule(cadence, count, fair_hours=fair != "no")


def _booked_series_reply(
    ctx: Context, booked: series_booking.BookedSeries, *, asked: bool
) -> Reply:
    view = booked.view
    mine, theirs = view.pairing.mine, view.pairing.theirs
    live = view.live()
    fair = booked.fair_hours_note()
    heading = Message(
        "meetings-series-booked",
        series=str(view.series.id),
        count=str(len(live)),
        total=str(len(view.rows)),
        partner=theirs.name,
        cadence=cadence_message(view.series.cadence),
    )
    messages = [
        heading,
        *view.lines(mine),
        *([fair] if fair else []),
        *([Message("meetings-series-assistant-asked")] if asked else []),
    ]
    lines = [ctx.say(message) for message in messages]
    return Reply(
        text="\n".join(lines),
        data={"series": view.data(mine)},
        sections=tuple(_section(ctx, _view_of(view, s)) for s in live),
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
                Message("meetings-proposal-unknown", list=str(list_id)), show_usage=False
            )
        theirs = await ctx.schools.get(found.partner_id)
        pairing = await choose_partner(ctx, theirs)
        if partner is not None and partner.id != found.partner_id:
            raise UserError(
                Message(
                    "meetings-proposal-with-another",
                    list=str(list_id),
                    partner=theirs.name if theirs else "?",
                    named=partner.name,
                ),
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
            Message("meetings-no-proposal-yet", partner=chosen.theirs.name), show_usage=False
        )
    return chosen, found


async def _offer(ctx: Context, slot_list: SlotList, number: int) -> SlotOffer:
    lists = SlotLists(ctx.db)
    offer = await lists.offer(slot_list.id, number)  # type: ignore[arg-type]
    if offer is None:
        shown = await lists.count_offers(slot_list.id)  # type: ignore[arg-type]
        raise UserError(Message("meetings-no-such-time", count=shown))
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
    confirmed = Message(
        "meetings-confirmed",
        id=str(view.session.id),
        partner=view.theirs.name,
        session=view.describe(),
    )
    return Reply(
        text="\n".join([ctx.say(confirmed), *(ctx.say(note) for note in plan_notes)]),
        data={"session": view.data()},
        attachments=(await _invite(ctx, view),),
        sections=(_section(ctx, view),),
    )


async def _confirm_series(
    ctx: Context[BookingServices], series: SeriesView, details: SessionDetails
) -> Reply:
    booked, planned = await series_booking.confirm_series(ctx, series, details)
    mine, theirs = series.pairing.mine, series.pairing.theirs
    messages: list[Message | Localizable] = [
        Message(
            "meetings-series-confirmed",
            series=str(series.series.id),
            partner=theirs.name,
            count=len(booked),
        ),
        *series.lines(mine),
        Message("meetings-series-invites-attached"),
    ]
    notes = booking.plan_notes(planned, mine)
    lines = [ctx.say(message) for message in [*messages, *notes]]
    return Reply(
        text="\n".join(lines),
        data={"series": series.data(mine)},
        attachments=_series_invites(ctx, series, booked),
        sections=tuple(_section(ctx, _view_of(series, s)) for s in booked),
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
    readers = _readers(ctx, series.pairing)
    return series_invites(sessions, order, ctx.now, _id(series), organizer, readers)


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
        raise UserError(Message("meetings-nothing-waiting"), show_usage=False)
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
            Message("meetings-several-waiting", numbers=numbers, first=str(waiting[0].id)),
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
            text=ctx.say(Message("meetings-no-upcoming", school=mine.name)), data={"sessions": []}
        )
    shown = page_of(sessions, page, SESSIONS_PER_PAGE)
    views = []
    for session in shown.items:
        theirs = await ctx.schools.get(by_id[session.partnership_id].other(mine.id))
        assert theirs is not None
        views.append(SessionView(session, by_id[session.partnership_id], mine, theirs))
    parts = await _series_parts(ctx, shown.items)
    heading = (
        Message(
            "meetings-upcoming-page",
            school=mine.name,
            first=str(shown.first),
            last=str(shown.last),
            total=str(shown.total),
        )
        if shown.count > 1
        else Message("meetings-upcoming", school=mine.name)
    )
    listed = [
        ctx.say(
            Message("meetings-listed-session", session=v.describe(), part=parts[v.session.id][0])
            if v.session.id in parts
            else Message("meetings-listed-single", session=v.describe())
        )
        for v in views
    ]
    return Reply(
        text="\n".join([ctx.say(heading), *listed]),
        data={
            "sessions": [view.data() | parts.get(view.session.id, (None, {}))[1] for view in views],
            "page": shown.number,
            "pages": shown.count,
        },
        sections=tuple(_section(ctx, view) for view in views),
        actions=next_page(ctx, "sessions", {"partner": partner.id if partner else None}, shown),
    )


async def _series_parts(
    ctx: Context, sessions: Sequence[ExchangeSession]
) -> dict[int | None, tuple[Message, dict[str, object]]]:
    """For each session that belongs to a series, a line saying which part it is, and data."""
    repository = SeriesOfSessions(ctx.db)
    occurrences = await repository.of_sessions(s.id for s in sessions)
    series = await repository.by_ids({o.series_id for o in occurrences.values()})
    return {
        session_id: (
            Message(
                "meetings-series-part",
                position=str(o.position),
                count=str(series[o.series_id].occurrences),
                series=str(o.series_id),
                placement=o.placement.value,
            ),
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
        raise UserError(
            Message("meetings-not-in-program", school=school.name, program=program.name),
            show_usage=False,
        )
    listed = await program_sessions(
        ctx.db,
        program.id,
        statuses=[SessionStatus(status)] if status else tuple(SessionStatus),
        ending_after=None if status else ctx.now,
        school_id=school.id if school else None,
    )
    whose = (
        Message("meetings-school-in-program", school=school.name, program=program.name)
        if school
        else program.name
    )
    which = status or "upcoming"
    if not listed:
        return Reply(
            text=ctx.say(Message("meetings-program-none", status=which, whose=whose)),
            data={"sessions": []},
        )
    shown = page_of(listed, page, SESSIONS_PER_PAGE)
    heading = (
        Message(
            "meetings-program-listed-page",
            count=str(len(listed)),
            status=which,
            whose=whose,
            first=str(shown.first),
            last=str(shown.last),
        )
        if shown.count > 1
        else Message("meetings-program-listed", count=str(len(listed)), status=which, whose=whose)
    )
    entries = [ctx.say(Message("meetings-listed-single", session=entry)) for entry in shown.items]
    return Reply(
        text="\n".join([ctx.say(heading), *entries]),
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


def _section(ctx: Context, view: SessionView) -> Section:
    session = view.session
    actions: tuple[Action, ...] = ()
    if session.status == SessionStatus.PENDING and session.proposed_by_school != view.mine.id:
        actions = (booking.confirm_button(session).written(ctx.language, ctx.translator),)
    elif session.status == SessionStatus.BOOKED:
        actions = (Action(ctx.say(Message("meetings-invite-button")), f"ics {session.id}"),)
    title = Message(
        "meetings-section-title",
        id=str(session.id),
        partner=view.theirs.name,
        status=session.status.value,
    )
    places = Place.of(view.mine), Place.of(view.theirs)
    return Section(
        title=ctx.say(title),
        lines=tuple(
            ctx.say(
                Message("meetings-time", time=TimeSpan(session.start_utc, session.end_utc, (p,)))
            )
            for p in places
        ),
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
            Message("meetings-not-in-a-series", id=str(view.session.id)), show_usage=False
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
                Message("meetings-reschedule-no-proposal", partner=view.theirs.name),
                show_usage=False,
            )
        start = (await _offer(ctx, slot_list, to)).start_utc
        label = Message("meetings-label-time", number=str(to))
    else:
        start = resolve(to, ctx.now, view.mine.timezone, Place.of(view.mine).city).instant
        label = Message("meetings-label-new-time")
    whole = await _series_for_rest(ctx, view, rest)
    if whole is not None:
        return await _reschedule_rest(ctx, view, whole, start, label)
    series = await series_booking.series_of(ctx, view)
    view = await booking.reschedule(ctx, view, start, label=label)
    await series_booking.record_move(ctx, series, view.session)
    booked = view.session.status == SessionStatus.BOOKED
    moved = Message(
        "meetings-moved",
        id=str(view.session.id),
        partner=view.theirs.name,
        session=view.describe(),
        attached=FollowingLines([Message("meetings-updated-invite-attached")] if booked else []),
    )
    return Reply(
        text=ctx.say(moved),
        data={"session": view.data()},
        attachments=(await _invite(ctx, view),) if booked else (),
        sections=(_section(ctx, view),),
    )


async def _reschedule_rest(
    ctx: Context[BookingServices],
    view: SessionView,
    series: SeriesView,
    start: datetime,
    label: Message,
) -> Reply:
    done = await series_booking.reschedule_rest(ctx, view, series, start, label=label)
    changed = done.moved + done.dropped
    invites = _series_invites(ctx, series, changed)
    lines = [
        ctx.say(
            Message(
                "meetings-series-moved",
                id=str(view.session.id),
                series=str(_id(series)),
                time=view.time(),
                partner=view.theirs.name,
            )
        ),
        *(ctx.say(line) for line in series.lines(view.mine)),
        *([ctx.say(Message("meetings-updated-invites-attached"))] if invites else []),
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
        cancelled_series = Message(
            "meetings-series-cancelled",
            count=len(cancelled),
            series=str(_id(series)),
            partner=view.theirs.name,
            id=str(view.session.id),
            attached=FollowingLines(
                [Message("meetings-cancellations-attached")] if invites else []
            ),
        )
        return Reply(
            text=ctx.say(cancelled_series),
            data={"series": series.data(view.mine)},
            attachments=invites,
        )
    was_booked = view.session.status == SessionStatus.BOOKED
    view = await booking.cancel(ctx, view, reason)
    cancelled_one = Message(
        "meetings-cancelled",
        id=str(view.session.id),
        partner=view.theirs.name,
        time=view.time(),
        attached=FollowingLines([Message("meetings-cancellation-attached")] if was_booked else []),
    )
    return Reply(
        text=ctx.say(cancelled_one),
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
                Message(
                    "meetings-series-none-booked", series=str(_id(series)), id=str(view.session.id)
                ),
                show_usage=False,
            )
        return Reply(
            text=ctx.say(Message("meetings-invites", titles="; ".join(f.title for f in invites))),
            data={"series": series.data(view.mine)},
            attachments=invites,
        )
    if view.session.status == SessionStatus.PENDING:
        raise UserError(
            Message("meetings-not-booked-yet", id=str(view.session.id)), show_usage=False
        )
    attachment = await _invite(ctx, view)
    return Reply(
        text=ctx.say(Message("meetings-invite", title=attachment.title, time=view.time())),
        data={"session": view.data()},
        attachments=(attachment,),
    )


async def _invite(ctx: Context, view: SessionView) -> Attachment:
    """The session's calendar file as it stands now, in the partnership's order, naming its
    remote class assistant when one accepted."""
    assert view.session.id is not None  # a stored row
    helper = await assistant_label(ctx.db, view.session.id)
    organizer = ctx.settings.calendar_organizer
    readers = _readers(ctx, view.pairing)
    return invite(view.session, view.partnership_order, ctx.now, organizer, helper, readers)


def _readers(ctx: Context, pairing: Pairing) -> Readers:
    """Who reads a calendar file's words: the caller, and in the pair's joint channel both
    schools' classes too (the caller's language first)."""
    languages = [ctx.language]
    if ctx.channel is not None and ctx.channel == joint_channel(pairing.booked_partnership()):
        default = ctx.settings.language
        languages += [school_language(s.country, default) for s in pairing.partnership_order]
    return Readers(tuple(dict.fromkeys(languages)), ctx.translator)


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
    lines = [
        Message(
            "meetings-time-is",
            mine=TimeAt(instant, (mine,), year=True),
            theirs=TimeAt(instant, (theirs,), year=True),
        ),
        Message(
            "meetings-time-standing",
            school=pairing.mine.name,
            standing=_standing(SchoolProfile.of(pairing.mine), instant),
            partner=pairing.theirs.name,
            partner_standing=_standing(SchoolProfile.of(pairing.theirs), instant),
        ),
    ]
    if resolved.note:
        lines.append(Message("meetings-time-note", note=resolved.note))
    return Reply(
        text="\n".join(ctx.say(line) for line in lines),
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
                title=ctx.say(Message("meetings-time", time=TimeAt(instant, (mine,)))),
                lines=(ctx.say(Message("meetings-time", time=TimeAt(instant, (theirs,)))),),
                when=instant,
            ),
        ),
    )


def _standing(profile: SchoolProfile, instant: datetime) -> Message:
    """Whether a school is in class, after school, out of hours or closed at `instant`."""
    side = SchoolSide.of(profile)
    zone = profile.timezone
    day = to_local(instant, zone).date()
    closure = side.calendar.closure(day)
    if closure is not None:
        return Message("meetings-standing-closed", closure=closure.name)
    for hours, standing in ((profile.class_hours, "class"), (side.all_hours, "after_school")):
        if any(start <= instant < end for start, end in place(hours, zone, day)):
            return Message("meetings-standing", standing=standing)
    return Message("meetings-standing", standing="outside")


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
        Message(
            "meetings-overlap-heading",
            school=pairing.mine.name,
            partner=pairing.theirs.name,
            week=DayOf(monday, year=True),
        )
    ]
    days = [ctx.say(_overlap_day(row, (mine, theirs))) for row in picture.rows]
    png = Attachment(
        filename=f"overlap-{pairing.mine.id}-{pairing.theirs.id}-{monday}.png",
        content=render_png(picture, ctx.language, ctx.translator),
        media_type="image/png",
        title=ctx.say(
            Message(
                "meetings-overlap-title",
                school=pairing.mine.name,
                partner=pairing.theirs.name,
                week=DayOf(monday),
            )
        ),
    )
    return Reply(
        text="\n".join([*(ctx.say(line) for line in lines), indent("\n".join(days), "  ")]),
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
                        {"city": place.city, "name": str(closure.name)}
                        for place, closure in row.closed
                    ],
                }
                for row in picture.rows
            ],
        },
        attachments=(png,),
    )


def _overlap_day(row: DayRow, places: tuple[Place, Place]) -> Message:
    """`Tue 9 Mar: 09:00–10:00 … (Paris closed: Easter Monday)`: when both can meet that day."""
    day = DayOf(row.day)
    meets = Joined(tuple(TimeSpan(start, end, places) for start, end in row.overlap), "; ")
    closed = Joined(
        tuple(
            Message("meetings-overlap-closed", city=CityOf(place), closure=closure.name)
            for place, closure in row.closed
        ),
        "; ",
    )
    if row.overlap:
        if row.closed:
            return Message("meetings-overlap-day-closed", day=day, meets=meets, closed=closed)
        return Message("meetings-overlap-day", day=day, meets=meets)
    if row.closed:
        return Message("meetings-overlap-none-closed", day=day, closed=closed)
    return Message("meetings-overlap-none", day=day)
