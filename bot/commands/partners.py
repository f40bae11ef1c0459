"""Partner lookup and partnerships: find, request, accept, decline, partners, end, channels."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from bot.activities import lifecycle
from bot.activities.planner import ActivityServices
from bot.activities.suggestion import plan_sentence
from bot.activities.text import ActivityView
from bot.core.context import Context
from bot.core.errors import AlreadyDone, UserError
from bot.core.identity import ChannelRef
from bot.core.pages import PAGE_PARAM, Page, next_page, page_of
from bot.core.reply import Action, Reply, Section
from bot.core.spec import CommandGroup, Param
from bot.core.value_types import CHOICE, DURATION, INTEGER, SCHOOL, TEXT
from bot.i18n.messages import Message
from bot.matching.feasibility import (
    DEFAULT_DURATION,
    NON_REAL_TIME,
    ReferenceWeek,
    TimePattern,
    coming_monday,
    common_languages,
)
from bot.matching.match_quality import grade_gap, shared_topics
from bot.matching.partner_index import PartnerIndex
from bot.matching.partner_search import (
    Excluded,
    Filters,
    Ranked,
    Ranking,
    explain,
    rank,
    title,
)
from bot.schools.earlier_changes import refuse_if_ended
from bot.schools.partnerships import (
    answer_request,
    create_partnership,
    joint_channel,
    pairing_refusal,
)
from bot.schools.profile import LEVELS, SchoolProfile
from bot.sessions.booking import cancel_with_partnership
from bot.sessions.planner import BookingServices
from bot.sessions.session_text import when
from bot.times.country_names import COUNTRY, CountryName, country_name
from bot.times.geography import LANGUAGE
from bot.times.local_time import to_local
from storage.models import (
    ExchangeSession,
    Partnership,
    PartnershipRequest,
    PartnershipSource,
    RequestStatus,
    School,
)
from storage.repositories.partnerships import Partnerships, Requests

logger = logging.getLogger(__name__)

commands = CommandGroup()

MODES = ("realtime", "async")
CANDIDATES_PER_PAGE = 10
PARTNER_PARAM = Param(
    "partner",
    SCHOOL,
    "the partner school; needed only if you have several",
    default=None,
    max_length=120,
)


class FindServices(Protocol):
    """What `find` needs of the bot's services: the index of every school."""

    partner_index: PartnerIndex


@commands.command(
    "find",
    writes=False,
    summary="Find partner schools for your class, ranked, each with why it fits.",
    params=[
        Param(
            "language", LANGUAGE, "only partners you can talk with in this language", default=None
        ),
        Param(
            "level",
            CHOICE,
            "school level to look for; default: your school's",
            choices=LEVELS,
            default=None,
        ),
        Param("country", COUNTRY, "only partners in this country", default=None),
        Param("topic", TEXT, "only partners interested in this topic", default=None, max_length=60),
        Param(
            "limit",
            INTEGER,
            f"how many of the best candidates to show, {CANDIDATES_PER_PAGE} to a page",
            default=10,
            minimum=1,
            maximum=50,
        ),
        Param(
            "duration",
            DURATION,
            "the shortest real-time overlap that counts, in minutes",
            default=DEFAULT_DURATION,
            minimum=15,
            maximum=240,
        ),
        Param(
            "mode",
            CHOICE,
            "realtime: partners you can meet live; async: those you cannot, "
            "for boards, letters and recorded video",
            choices=MODES,
            default="realtime",
        ),
        PAGE_PARAM,
    ],
    example="/exchange find language=en topic=culture",
    description=f"Candidates are shown {CANDIDATES_PER_PAGE} to a page; the Next button (or "
    "`page=`) shows the next ones, up to `limit`.",
)
async def find(
    ctx: Context[FindServices],
    language: str | None,
    level: str | None,
    country: str | None,
    topic: str | None,
    limit: int,
    duration: int,
    mode: str,
    page: int,
) -> Reply:
    school = await ctx.my_school()
    me = SchoolProfile.of(school)
    if country == school.country:
        raise UserError(
            f"country: {country} is your own country; partners are schools abroad. "
            "Leave country out or name another one."
        )
    if language and language not in me.languages:
        raise UserError(
            f"language: {language} is not one of your school's languages "
            f"({', '.join(me.languages)}); a partner must share one of them. Add it "
            "with `/exchange school edit languages=…` first."
        )
    filters = Filters(
        level=level or school.level,
        language=language,
        country=country,
        topic=topic.lower() if topic else None,
        duration=duration,
        realtime=mode == "realtime",
        limit=limit,
    )
    index = ctx.services.partner_index
    await index.refresh(ctx.db)
    week = index.week(coming_monday(ctx.now))
    current = await Partnerships(ctx.db).active_of(school.id)
    requests = await Requests(ctx.db).involving(
        school.id, [RequestStatus.PENDING, RequestStatus.DECLINED]
    )
    pending = {_other(r, school.id): r for r in requests if r.status == RequestStatus.PENDING}
    declined = {_other(r, school.id) for r in requests if r.status == RequestStatus.DECLINED}
    partners = {p.other(school.id) for p in current}
    ranking = rank(index, me, filters, week, Excluded(partners, declined))
    profiles = await _profiles(ctx, [found.school_id for found in ranking.ranked])
    if len(profiles) < len(ranking.ranked):  # removed since the index loaded them
        index.forget()
        ranking.ranked = [found for found in ranking.ranked if found.school_id in profiles]
    shown = page_of(ranking.ranked, page, CANDIDATES_PER_PAGE)
    sections = [
        _candidate_section(
            number,
            me,
            profiles[found.school_id],
            found,
            week,
            duration,
            pending.get(found.school_id),
            realtime=filters.realtime,
        )
        for number, found in enumerate(shown.items, start=shown.first)
    ]
    lines: list[str] = []
    if len(current) >= school.quota:
        lines.append(
            f"Your school has no places left ({len(current)} of {school.quota} used): raise "
            f"the quota with `/exchange school edit quota={len(current) + 1}` before asking "
            "another school."
        )
    lines += _find_summary(school, filters, ranking, shown, week.monday)
    for section in sections:
        lines.append(section.title)
        lines += [f"    {line}" for line in section.lines]
    options = {
        "language": language,
        "level": level,
        "country": country,
        "topic": topic,
        "limit": limit,
        "duration": duration,
        "mode": mode,
    }
    return Reply(
        text="\n".join(lines),
        sections=tuple(sections),
        actions=next_page(ctx, "find", options, shown),
        data={
            "week_of": week.monday.isoformat(),
            "duration": duration,
            "mode": mode,
            "total": ranking.total,
            "funnel": [{"step": step, "schools": count} for step, count in ranking.funnel],
            "candidates": [_candidate_data(me, profiles[f.school_id], f) for f in shown.items],
            "page": shown.number,
            "pages": shown.count,
        },
    )


def _find_summary(
    school: School, filters: Filters, ranking: Ranking, shown: Page[Ranked], monday: date
) -> list[str]:
    if not shown.items:
        return [_nothing_found(ranking.funnel, ranking.other_mode, filters)]
    what = "real-time partner" if filters.realtime else "non-real-time partner"
    best = f", the best {shown.total}" if ranking.total > shown.total else ""
    span = f", {shown.first}–{shown.last} shown" if shown.count > 1 else ""
    return [
        f"{ranking.total} {what} candidate(s) for {school.name} ({filters.level}, week of "
        f"{monday}, >= {filters.duration} min){best}{span}:"
    ]


def _day(instant: datetime, zone: str) -> str:
    """The school's local date of an instant: requests and partnerships are dated, not timed."""
    return to_local(instant, zone).date().isoformat()


def _other(request: PartnershipRequest, school_id: str) -> str:
    return request.to_school if request.from_school == school_id else request.from_school


async def _profiles(ctx: Context, ids: Sequence[str]) -> dict[str, SchoolProfile]:
    schools = await ctx.schools.by_ids(ids)
    return {school_id: SchoolProfile.of(school) for school_id, school in schools.items()}


def _candidate_section(
    number: int,
    me: SchoolProfile,
    them: SchoolProfile,
    found: Ranked,
    week: ReferenceWeek,
    duration: int,
    pending: PartnershipRequest | None,
    *,
    realtime: bool,
) -> Section:
    lines = explain(me, them, found, week, duration)
    if not realtime:
        lines.append(plan_sentence(them.id, partners=False))
    actions: tuple[Action, ...] = (Action("Request partnership", f"request {them.id}", "primary"),)
    if pending is not None:
        asked = "You asked" if pending.from_school == me.id else "They asked you"
        lines.append(f"{asked} on {_day(pending.created_at, me.timezone)}; waiting for an answer.")
        actions = ()
    return Section(title=f"{number}. {title(them)}", lines=tuple(lines), actions=actions)


def _candidate_data(me: SchoolProfile, them: SchoolProfile, found: Ranked) -> dict[str, object]:
    return {
        "school_id": them.id,
        "name": them.name,
        "country": them.country,
        "level": them.level,
        "languages": list(common_languages(me, them)),
        "shared_topics": list(shared_topics(me.topics, them.topics)),
        "overlap_minutes": found.any_minutes,
        "class_overlap_minutes": found.class_minutes,
        "grade_gap": grade_gap(me.grades, them.grades),
        "remaining_quota": found.remaining,
    }


def _nothing_found(funnel: list[tuple[str, int]], other_mode: int, filters: Filters) -> str:
    """Which condition left no school, then the count after each one."""
    steps = " → ".join(f"{step}: {count}" for step, count in funnel)
    emptied = next(
        (index for index, (_, count) in enumerate(funnel) if count == 0), len(funnel) - 1
    )
    step = funnel[emptied][0]
    before = funnel[emptied - 1][1] if emptied else 0
    why = f"none is left once '{step}' applies" + (f" ({before} before it)" if before else "")
    if not filters.realtime and emptied == len(funnel) - 1:
        why += (
            f": every school that meets the other conditions can meet you in real time for "
            f"{filters.duration} minutes or more"
        )
    text = f"No school meets every condition: {why}. Schools left after each one: {steps}."
    if other_mode and filters.realtime:
        text += (
            f" {other_mode} of them could do a non-real-time exchange ({NON_REAL_TIME}): "
            "`/exchange find mode=async`."
        )
    return text


@commands.command(
    "request",
    summary="Ask a school to be partner classes; its teachers can accept or decline.",
    params=[
        Param("school", SCHOOL, "the school to ask (id or name)", positional=True, max_length=120),
        Param(
            "message",
            TEXT,
            "a note to their teachers",
            default="",
            positional=True,
            greedy=True,
            max_length=500,
        ),
    ],
    example='/exchange request JP-sakura-junior-high "We would love to meet your class!"',
)
async def request_partner(ctx: Context, school: School, message: str) -> Reply:
    mine = await ctx.my_school()
    if school.id == mine.id:
        raise UserError(
            "That is your own school; ask a school abroad (`/exchange find` lists candidates).",
            show_usage=False,
        )
    if school.country == mine.country:
        raise UserError(
            f"{school.name} is in {country_name(school.country)} like your school; "
            "partners are schools in another country.",
            show_usage=False,
        )
    await ctx.schools.lock([mine.id, school.id])  # the pair's requests take turns
    requests = Requests(ctx.db)
    waiting = await requests.between(mine.id, school.id, RequestStatus.PENDING)
    if waiting is not None and waiting.from_school == mine.id:
        asked = (
            f"You already asked {school.name} on {_day(waiting.created_at, mine.timezone)}; "
            "their answer is still to come."
        )
        if ctx.repeats(waiting.requested_by, waiting.created_at):
            raise AlreadyDone(asked, {"request_id": waiting.id, "to_school": school.id})
        raise UserError(asked, show_usage=False)
    if waiting is not None:
        raise UserError(
            f"{school.name} already asked your school on "
            f"{_day(waiting.created_at, mine.timezone)}: accept with "
            f"`/exchange accept {school.id}`.",
            show_usage=False,
        )
    declined = await requests.between(mine.id, school.id, RequestStatus.DECLINED)
    if declined is not None:
        who = "They" if declined.to_school == school.id else "Your school"
        raise UserError(
            f"{who} declined a partnership request between your schools on "
            f"{_day(declined.responded_at or declined.created_at, mine.timezone)}, "
            "so it is not "
            "sent again.",
            show_usage=False,
        )
    refusal = await pairing_refusal(ctx.db, mine, school, mine)
    if refusal:
        raise UserError(refusal, show_usage=False)
    request = await requests.add(
        PartnershipRequest(
            from_school=mine.id,
            to_school=school.id,
            message=message,
            requested_by=ctx.actor.key,
            created_at=ctx.now,
        )
    )
    told = await ctx.notify_school(
        school.id,
        await _request_text(ctx, mine, school, message),
        {
            "event": "partnership_requested",
            "request_id": request.id,
            "from_school": mine.id,
            "to_school": school.id,
        },
        (
            Action("Accept", f"accept {mine.id}", "primary"),
            Action("Decline", f"decline {mine.id}", "danger"),
        ),
    )
    if told:
        outcome = f"Told {told} teacher(s) of {school.name}; you will hear when they answer."
    else:
        outcome = (
            f"{school.name} has no teacher on the bot yet; the request waits for them "
            "and shows in `/exchange partners` once one joins."
        )
    return Reply(
        text=f"Asked {school.name} ({school.id}) to be partner classes. {outcome}",
        data={"request_id": request.id, "to_school": school.id, "told": told},
    )


async def _request_text(ctx: Context, mine: School, theirs: School, message: str) -> str:
    """What the asked school's teachers read: who asks, why they fit, in their zone first."""
    reader, asker = SchoolProfile.of(theirs), SchoolProfile.of(mine)
    week = ReferenceWeek(coming_monday(ctx.now))
    overlap = week.overlap(TimePattern.of(reader), TimePattern.of(asker))
    found = Ranked(
        asker.id,
        overlap.any_minutes,
        overlap.class_minutes,
        await Partnerships(ctx.db).remaining(mine),
    )
    lines = [
        f"{mine.name} ({mine.id}, {country_name(mine.country)}) asks {theirs.name} to be "
        f"partner classes."
    ]
    if message:
        lines.append(f"Their message: “{message}”")
    lines += explain(reader, asker, found, week, DEFAULT_DURATION)
    lines.append(f"Answer with `/exchange accept {mine.id}` or `/exchange decline {mine.id}`.")
    return "\n".join(lines)


async def _pending_request(
    ctx: Context, mine: School, school: School | None, verb: str
) -> PartnershipRequest:
    """The request to answer: the one from `school`, or the only one waiting."""
    requests = Requests(ctx.db)
    waiting = await requests.pending_to(mine.id)
    if school is not None:
        chosen = next((r for r in waiting if r.from_school == school.id), None)
        if chosen is None:
            answered = await requests.latest_from(school.id, mine.id)
            if answered is not None:
                return answered  # answering it says who answered it first, and how
            raise UserError(
                f"{school.name} has no request waiting for your answer" + _listing(waiting),
                show_usage=False,
            )
        return chosen
    if len(waiting) == 1:
        return waiting[0]
    if not waiting:
        raise UserError(
            "No partnership request is waiting for your school's answer.", show_usage=False
        )
    raise UserError(
        f"Several requests are waiting; say which to {verb}, e.g. "
        f"`/exchange {verb} {waiting[0].from_school}`" + _listing(waiting),
        show_usage=False,
    )


def _listing(waiting: Sequence[PartnershipRequest]) -> str:
    if not waiting:
        return "."
    return ". Waiting: " + ", ".join(r.from_school for r in waiting) + "."


async def _school(ctx: Context, school_id: str) -> School:
    school = await ctx.schools.get(school_id)
    assert school is not None  # requests and partnerships reference existing schools
    return school


@commands.command(
    "accept",
    summary="Accept a partnership request; both schools use one of their partner places.",
    params=[
        Param(
            "school",
            SCHOOL,
            "the school that asked; needed only if several did",
            default=None,
            positional=True,
            max_length=120,
        )
    ],
    example="/exchange accept KR-hanbit-middle",
)
async def accept(ctx: Context, school: School | None) -> Reply:
    mine = await ctx.my_school()
    request = await _pending_request(ctx, mine, school, "accept")
    asker = await _school(ctx, request.from_school)
    await ctx.schools.lock([mine.id, asker.id])  # the places both schools are about to use
    await answer_request(ctx, request, RequestStatus.ACCEPTED)
    languages = common_languages(SchoolProfile.of(asker), SchoolProfile.of(mine))
    partnership = await create_partnership(
        ctx.db,
        asker,
        mine,
        program_id=asker.program_id,
        source=PartnershipSource.REQUEST,
        language=languages[0] if languages else None,
        now=ctx.now,
        mine=mine,
    )
    request.partnership_id = partnership.id
    ctx.db.add(request)
    next_step = "link a joint channel with `/exchange channel link partner={}`"
    await ctx.notify_school(
        asker.id,
        f"{mine.name} ({mine.id}) accepted your partnership request: you are partners now. "
        f"Next: {next_step.format(mine.id)}.",
        {"event": "partnership_accepted", "partnership_id": partnership.id, "school_id": mine.id},
    )
    await ctx.notify_school(
        mine.id,
        f"{ctx.actor.label} accepted {asker.name}'s partnership request for {mine.name}.",
        {"event": "partnership_accepted", "partnership_id": partnership.id, "school_id": asker.id},
    )
    return Reply(
        text=f"{mine.name} and {asker.name} ({asker.id}) are partners now"
        + (f", in {', '.join(languages)}" if languages else "")
        + ". Next: "
        + next_step.format(asker.id)
        + " (or `/exchange channel create`).",
        data={"partnership_id": partnership.id, "partner_id": asker.id},
    )


@commands.command(
    "decline",
    summary="Decline a partnership request; find will not offer that school again.",
    params=[
        Param(
            "school",
            SCHOOL,
            "the school that asked; needed only if several did",
            default=None,
            positional=True,
            max_length=120,
        ),
        Param(
            "reason",
            TEXT,
            "a short reason, told to them",
            default="",
            positional=True,
            greedy=True,
            max_length=300,
        ),
    ],
    example='/exchange decline US-lincoln-middle "Our timetable is full this term"',
)
async def decline(ctx: Context, school: School | None, reason: str) -> Reply:
    mine = await ctx.my_school()
    request = await _pending_request(ctx, mine, school, "decline")
    asker = await _school(ctx, request.from_school)
    await answer_request(ctx, request, RequestStatus.DECLINED, response=reason)
    await ctx.notify_school(
        asker.id,
        f"{mine.name} ({mine.id}) declined your partnership request"
        + (f": “{reason}”" if reason else ".")
        + " `/exchange find` lists other candidates.",
        {"event": "partnership_declined", "school_id": mine.id},
    )
    return Reply(
        text=f"Declined {asker.name}'s request. Neither school will be offered the "
        "other by `/exchange find` again.",
        data={"request_id": request.id, "from_school": asker.id},
    )


@commands.command(
    "partners",
    writes=False,
    summary="List your school's partners and the requests waiting on either side.",
    example="/exchange partners",
)
async def partners(ctx: Context) -> Reply:
    mine = await ctx.my_school()
    active = await Partnerships(ctx.db).active_of(mine.id)
    waiting = await Requests(ctx.db).involving(mine.id, [RequestStatus.PENDING])
    others = await ctx.schools.by_ids(
        [p.other(mine.id) for p in active]
        + [r.from_school for r in waiting]
        + [r.to_school for r in waiting]
    )
    zone = mine.timezone
    sections = [_partnership_section(p, others[p.other(mine.id)], zone) for p in active]
    incoming = [r for r in waiting if r.to_school == mine.id]
    outgoing = [r for r in waiting if r.from_school == mine.id]
    sections += [_request_section(r, others[r.from_school], zone, incoming=True) for r in incoming]
    sections += [_request_section(r, others[r.to_school], zone, incoming=False) for r in outgoing]
    lines = [
        f"{mine.name}: {len(active)} partner(s), {mine.quota - len(active)} of "
        f"{mine.quota} place(s) left."
    ]
    if not sections:
        lines.append("No partners or requests yet: `/exchange find` lists candidates.")
    for section in sections:
        lines.append(section.title)
        lines += [f"    {line}" for line in section.lines]
    return Reply(
        text="\n".join(lines),
        sections=tuple(sections),
        data={
            "partners": [
                {
                    "partnership_id": p.id,
                    "school_id": p.other(mine.id),
                    "since": p.created_at.date().isoformat(),
                    "language": p.language,
                    "source": p.source,
                    "channel_id": p.channel_id,
                }
                for p in active
            ],
            "requests_to_you": [r.from_school for r in incoming],
            "requests_from_you": [r.to_school for r in outgoing],
        },
    )


def _partnership_section(partnership: Partnership, other: School, zone: str) -> Section:
    channel = (
        f"joint channel {partnership.channel_id} ({partnership.channel_platform})"
        if partnership.channel_id
        else f"no joint channel yet (`/exchange channel link partner={other.id}`)"
    )
    return Section(
        title=f"Partner: {other.name} ({other.id}) · {country_name(other.country)}",
        lines=(
            f"Since {_day(partnership.created_at, zone)} (by {partnership.source}) · language "
            f"{partnership.language or '—'} · {channel}",
        ),
    )


def _request_section(
    request: PartnershipRequest, other: School, zone: str, *, incoming: bool
) -> Section:
    note = f"“{request.message}”" if request.message else "no message"
    if incoming:
        return Section(
            title=f"Asks you: {other.name} ({other.id}) · {country_name(other.country)}",
            lines=(f"On {_day(request.created_at, zone)}: {note}",),
            actions=(
                Action("Accept", f"accept {other.id}", "primary"),
                Action("Decline", f"decline {other.id}", "danger"),
            ),
        )
    return Section(
        title=f"You asked: {other.name} ({other.id}) · {country_name(other.country)}",
        lines=(f"On {_day(request.created_at, zone)}: {note}; waiting for their answer",),
    )


class EndingServices(BookingServices, ActivityServices, Protocol):
    """What ending a partnership cancels: its sessions and its activities."""


@commands.command(
    "partnership end",
    summary="End a partnership: both schools get the place back, upcoming sessions are cancelled.",
    params=[
        Param("school", SCHOOL, "the partner school", positional=True, max_length=120),
        Param(
            "reason",
            TEXT,
            "a short reason, told to them",
            default="",
            positional=True,
            greedy=True,
            max_length=300,
        ),
    ],
    example="/exchange partnership end JP-sakura-junior-high",
)
async def end_partnership(ctx: Context[EndingServices], school: School, reason: str) -> Reply:
    mine = await ctx.my_school()
    partnerships = Partnerships(ctx.db)
    latest = await partnerships.latest_between(mine.id, school.id)
    if latest is None:
        current = [p.other(mine.id) for p in await partnerships.active_of(mine.id)]
        raise UserError(
            f"{school.name} is not a partner of {mine.name}. Partners: "
            f"{', '.join(current) or 'none'}.",
            show_usage=False,
        )
    assert latest.id is not None  # a loaded row
    partnership = await partnerships.lock(latest.id)
    assert partnership is not None  # partnerships are never deleted
    refuse_if_ended(ctx, partnership, mine, school, undone="ended", ending=True)
    await partnerships.end(partnership, ctx.now, by=ctx.actor.key, school=mine.id)
    cancelled = await cancel_with_partnership(ctx, partnership, reason, mine.id)
    activities = await lifecycle.cancel_with_partnership(ctx, partnership, mine.id)
    ids = [session.id for session in cancelled]
    activity_ids = [view.id for view in activities]
    said = f": “{reason}”" if reason else "."
    await ctx.notify_school(
        school.id,
        f"{mine.name} ({mine.id}) ended your partnership{said}"
        + _cancelled_sessions(cancelled, school, mine)
        + _cancelled_activities(activities),
        {
            "event": "partnership_ended",
            "partnership_id": partnership.id,
            "school_id": mine.id,
            "cancelled_session_ids": ids,
            "cancelled_activity_ids": activity_ids,
        },
    )
    channel = joint_channel(partnership)
    if channel is not None:
        ctx.notify_channel(
            channel,
            f"The partnership of {mine.name} and {school.name} has ended{said}"
            + _cancelled_sessions(cancelled, mine, school)
            + _cancelled_activities(activities),
            {
                "event": "partnership_ended",
                "partnership_id": partnership.id,
                "cancelled_session_ids": ids,
                "cancelled_activity_ids": activity_ids,
            },
        )
    left = await partnerships.remaining(mine)
    return Reply(
        text=f"Ended the partnership with {school.name}. {mine.name} has {left} "
        "partner place(s) left."
        + _cancelled_sessions(cancelled, mine, school)
        + _cancelled_activities(activities),
        data={
            "partnership_id": partnership.id,
            "remaining_quota": left,
            "cancelled_session_ids": ids,
            "cancelled_activity_ids": activity_ids,
        },
    )


def _cancelled_sessions(sessions: Sequence[ExchangeSession], reader: School, other: School) -> str:
    """The lines naming sessions cancelled with a partnership, in the reader's zone first; only
    confirmed ones were ever in a calendar, so only they get a cancellation to import."""
    return "".join(
        f"\nCancelled session #{session.id}: {when(session, reader, other)}."
        + (f" Calendar cancellation: /exchange ics {session.id}" if session.confirmed_at else "")
        for session in sessions
    )


def _cancelled_activities(activities: Sequence[ActivityView]) -> str:
    """The lines naming activities cancelled with a partnership."""
    return "".join(
        f"\nCancelled activity #{view.id}, the {view.spec.title}." for view in activities
    )


async def _chosen_partnership(
    ctx: Context, partner: School | None, undone: str
) -> tuple[School, School, Partnership]:
    """The caller's school, the partner, and their partnership: the named one or the only one,
    held until commit and still active (or who ended it and when: nothing was `undone`)."""
    mine = await ctx.my_school()
    partnerships = Partnerships(ctx.db)
    if partner is not None:
        found = await partnerships.active_between(mine.id, partner.id)
        if found is None:
            raise UserError(f"{partner.name} is not a partner of {mine.name}.", show_usage=False)
        theirs = partner
    else:
        active = await partnerships.active_of(mine.id)
        if not active:
            raise UserError(
                f"{mine.name} has no partner yet: `/exchange find`, then "
                "`/exchange request <school>`.",
                show_usage=False,
            )
        if len(active) > 1:
            listed = ", ".join(p.other(mine.id) for p in active)
            raise UserError(
                f"{mine.name} has several partners; say which with partner=… ({listed})."
            )
        found, theirs = active[0], await _school(ctx, active[0].other(mine.id))
    assert found.id is not None  # a loaded row
    held = await partnerships.lock(found.id)
    assert held is not None  # partnerships are never deleted
    refuse_if_ended(ctx, held, mine, theirs, undone=undone)
    return mine, theirs, held


async def _bind(
    ctx: Context, mine: School, theirs: School, partnership: Partnership, channel: ChannelRef
) -> None:
    """Make `channel` the partnership's joint channel and tell both schools."""
    taken = await Partnerships(ctx.db).active_in_channel(
        channel.platform, channel.workspace, channel.channel_id, other_than=partnership.id
    )
    if taken is not None:
        raise UserError(
            "This channel is already the joint channel of another partnership "
            f"({taken.school_a} and {taken.school_b}); use a channel of its own.",
            show_usage=False,
        )
    partnership.channel_platform = channel.platform
    partnership.channel_workspace = channel.workspace
    partnership.channel_id = channel.channel_id
    ctx.db.add(partnership)
    linked = Message(
        "partners-joint-channel-linked",
        school=mine.name,
        country=CountryName(mine.country),
        partner=theirs.name,
        partner_country=CountryName(theirs.country),
    )
    ctx.notify_channel(  # both classes read it: in each school's language, the home side's first
        channel,
        ctx.for_both(linked, mine, theirs),
        {"event": "joint_channel_linked", "partnership_id": partnership.id},
    )
    await ctx.notify_school(
        theirs.id,
        f"{ctx.actor.label} of {mine.name} linked a joint channel for your partnership "
        f"({channel.platform}).",
        {
            "event": "joint_channel_linked",
            "partnership_id": partnership.id,
            "channel_id": channel.channel_id,
        },
    )


@commands.command(
    "channel link",
    summary="Make the current channel the joint channel of a partnership.",
    params=[PARTNER_PARAM],
    example="/exchange channel link partner=JP-sakura-junior-high",
)
async def link_channel(ctx: Context, partner: School | None) -> Reply:
    if ctx.channel is None:
        raise UserError(
            "Run this inside the channel you want as the joint channel.", show_usage=False
        )
    mine, theirs, partnership = await _chosen_partnership(ctx, partner, "linked")
    previous = partnership.channel_id
    await _bind(ctx, mine, theirs, partnership, ctx.channel)
    moved = f" (it was {previous})" if previous and previous != ctx.channel.channel_id else ""
    return Reply(
        text=f"This channel is now the joint channel of {mine.name} and {theirs.name}{moved}.",
        data={"partnership_id": partnership.id, "channel_id": ctx.channel.channel_id},
    )


def joint_channel_name(mine: School, theirs: School) -> str:
    """A lower-case channel name both platforms accept, e.g. `jc-kr-hanbit-jp-sakura`."""
    slug = re.sub(r"[^a-z0-9]+", "-", f"jc-{mine.id}-{theirs.id}".lower()).strip("-")
    return slug[:80].rstrip("-")


@commands.command(
    "channel create",
    summary="Create a joint channel with both schools' teachers and link it.",
    params=[PARTNER_PARAM],
    example="/exchange channel create partner=JP-sakura-junior-high",
)
async def create_channel(ctx: Context, partner: School | None) -> Reply:
    platform = ctx.actor.platform
    provisioner = ctx.channel_provisioners.get(platform)
    if provisioner is None:
        raise UserError(
            f"The bot cannot create channels on {platform}. Create one yourself, "
            "invite your partner's teachers, and run `/exchange channel link` in "
            "it.",
            show_usage=False,
        )
    mine, theirs, partnership = await _chosen_partnership(ctx, partner, "created")
    if partnership.channel_id:
        raise UserError(
            f"Your partnership with {theirs.name} already has a joint channel "
            f"({partnership.channel_id}); run `/exchange channel link` in another "
            "channel to move it.",
            show_usage=False,
        )
    members = [
        m.user_id
        for school in (mine, theirs)
        for m in await ctx.members.of_school(school.id)
        if (m.platform, m.workspace) == (platform, ctx.actor.workspace)
    ]
    name = joint_channel_name(mine, theirs)
    try:
        channel_id = await provisioner.create_joint_channel(ctx.actor.workspace, name, members)
    except Exception:
        logger.exception("creating joint channel %s on %s failed", name, platform)
        raise UserError(
            f"{platform} did not create the channel. Create one yourself, invite "
            "your partner's teachers, and run `/exchange channel link` in it.",
            show_usage=False,
        ) from None
    await _bind(
        ctx, mine, theirs, partnership, ChannelRef(platform, ctx.actor.workspace, channel_id)
    )
    return Reply(
        text=f"Created #{name} with {len(members)} teacher(s) and made it the joint "
        f"channel of {mine.name} and {theirs.name}.",
        data={
            "partnership_id": partnership.id,
            "channel_id": channel_id,
            "name": name,
            "members": members,
        },
    )
