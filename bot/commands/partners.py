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
from bot.core.declared_text import choice_label
from bot.core.errors import AlreadyDone, UserError
from bot.core.identity import ChannelRef
from bot.core.pages import PAGE_PARAM, Page, next_page, page_of
from bot.core.reply import Action, Button, Reply, Section
from bot.core.spec import CommandGroup, Param
from bot.core.value_types import CHOICE, DURATION, INTEGER, SCHOOL, TEXT
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Argument, Joined, Message
from bot.i18n.time_text import DayOf, TimeSpan
from bot.i18n.translator import english_only
from bot.matching.feasibility import (
    DEFAULT_DURATION,
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
from bot.times.country_names import COUNTRY, CountryName
from bot.times.display import Place
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
        raise UserError(Message("partners-find-own-country", country=country))
    if language and language not in me.languages:
        raise UserError(
            Message(
                "partners-find-not-your-language",
                language=language,
                languages=", ".join(me.languages),
            )
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
            ctx,
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
            ctx.say(
                Message(
                    "partners-find-no-places-left",
                    used=str(len(current)),
                    quota=str(school.quota),
                    next=str(len(current) + 1),
                )
            )
        )
    lines.append(ctx.say(_find_summary(school, filters, ranking, shown, week.monday)))
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
            "funnel": [
                {"step": english_only().render(step, ENGLISH), "schools": count}
                for step, count in ranking.funnel
            ],
            "candidates": [_candidate_data(me, profiles[f.school_id], f) for f in shown.items],
            "page": shown.number,
            "pages": shown.count,
        },
    )


def _find_summary(
    school: School, filters: Filters, ranking: Ranking, shown: Page[Ranked], monday: date
) -> Message:
    if not shown.items:
        return _nothing_found(ranking.funnel, ranking.other_mode, filters)
    return Message(
        "partners-find-heading",
        total=str(ranking.total),
        mode="realtime" if filters.realtime else "async",
        school=school.name,
        level=choice_label(filters.level),
        week=DayOf(monday, year=True, iso_in_english=True),
        duration=str(filters.duration),
        limited="yes" if ranking.total > shown.total else "no",
        best=str(shown.total),
        paged="yes" if shown.count > 1 else "no",
        first=str(shown.first),
        last=str(shown.last),
    )


def _day(instant: datetime, zone: str) -> DayOf:
    """The school's local date of an instant: requests and partnerships are dated, not timed."""
    return DayOf(to_local(instant, zone).date(), year=True, iso_in_english=True)


def _other(request: PartnershipRequest, school_id: str) -> str:
    return request.to_school if request.from_school == school_id else request.from_school


async def _profiles(ctx: Context, ids: Sequence[str]) -> dict[str, SchoolProfile]:
    schools = await ctx.schools.by_ids(ids)
    return {school_id: SchoolProfile.of(school) for school_id, school in schools.items()}


def _candidate_section(
    ctx: Context,
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
    lines = [ctx.say(line) for line in explain(me, them, found, week, duration)]
    if not realtime:
        lines.append(plan_sentence(them.id, partners=False))
    request = Action(ctx.say(Message("partners-button-request")), f"request {them.id}", "primary")
    actions: tuple[Action, ...] = (request,)
    if pending is not None:
        lines.append(
            ctx.say(
                Message(
                    "partners-find-waiting",
                    asker="you" if pending.from_school == me.id else "they",
                    day=_day(pending.created_at, me.timezone),
                )
            )
        )
        actions = ()
    return Section(title=ctx.say(_title(number, them)), lines=tuple(lines), actions=actions)


def _title(number: int, them: SchoolProfile) -> Message:
    named: dict[str, Argument | Message] = {"number": str(number), "name": them.name, "id": them.id}
    country, level = CountryName(them.country), choice_label(them.level)
    if them.city:
        return Message(
            "partners-candidate-in-city", **named, city=them.city, country=country, level=level
        )
    return Message("partners-candidate", **named, country=country, level=level)


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


def _nothing_found(funnel: list[tuple[Message, int]], other_mode: int, filters: Filters) -> Message:
    """Which condition left no school, then the count after each one."""
    steps = Joined(
        tuple(
            Message("partners-step-count", step=step, count=str(count)) for step, count in funnel
        ),
        " → ",
    )
    emptied = next(
        (index for index, (_, count) in enumerate(funnel) if count == 0), len(funnel) - 1
    )
    step = funnel[emptied][0]
    before = funnel[emptied - 1][1] if emptied else 0
    why: dict[str, Argument | Message] = {
        "step": step,
        "before": str(before),
        "counted": "yes" if before else "no",
        "steps": steps,
        # in non-real-time mode, the last condition left none: all of them can meet live
        "all_live": "yes" if not filters.realtime and emptied == len(funnel) - 1 else "no",
        "duration": str(filters.duration),
    }
    if other_mode and filters.realtime:
        return Message("partners-find-none-but-async", **why, async_count=str(other_mode))
    return Message("partners-find-none", **why)


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
        raise UserError(Message("partners-request-own-school"), show_usage=False)
    if school.country == mine.country:
        raise UserError(
            Message(
                "partners-request-same-country",
                school=school.name,
                country=CountryName(school.country),
            ),
            show_usage=False,
        )
    await ctx.schools.lock([mine.id, school.id])  # the pair's requests take turns
    requests = Requests(ctx.db)
    waiting = await requests.between(mine.id, school.id, RequestStatus.PENDING)
    if waiting is not None and waiting.from_school == mine.id:
        asked = Message(
            "partners-request-asked-already",
            school=school.name,
            day=_day(waiting.created_at, mine.timezone),
        )
        if ctx.repeats(waiting.requested_by, waiting.created_at):
            raise AlreadyDone(asked, {"request_id": waiting.id, "to_school": school.id})
        raise UserError(asked, show_usage=False)
    if waiting is not None:
        raise UserError(
            Message(
                "partners-request-they-asked",
                school=school.name,
                id=school.id,
                day=_day(waiting.created_at, mine.timezone),
            ),
            show_usage=False,
        )
    declined = await requests.between(mine.id, school.id, RequestStatus.DECLINED)
    if declined is not None:
        raise UserError(
            Message(
                "partners-request-declined-before",
                decliner="they" if declined.to_school == school.id else "yours",
                day=_day(declined.responded_at or declined.created_at, mine.timezone),
            ),
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
        _answer_buttons(mine.id),
    )
    asked = Message("partners-request-sent", school=school.name, id=school.id)
    outcome = (
        Message("partners-request-told", count=str(told), school=school.name)
        if told
        else Message("partners-request-no-teacher", school=school.name)
    )
    return Reply(
        text=ctx.say_sentences(asked, outcome),
        data={"request_id": request.id, "to_school": school.id, "told": told},
    )


def _answer_buttons(asker_id: str) -> tuple[Button, ...]:
    """Accept and Decline, for the teachers of a school asked to be partners."""
    return (
        Button(Message("partners-button-accept"), f"accept {asker_id}", "primary"),
        Button(Message("partners-button-decline"), f"decline {asker_id}", "danger"),
    )


async def _request_text(ctx: Context, mine: School, theirs: School, message: str) -> Message:
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
        Message(
            "partners-request-notice",
            school=mine.name,
            id=mine.id,
            country=CountryName(mine.country),
            partner=theirs.name,
        )
    ]
    if message:
        lines.append(Message("partners-request-notice-message", message=message))
    lines += explain(reader, asker, found, week, DEFAULT_DURATION)
    lines.append(Message("partners-request-notice-answer", id=mine.id))
    return Message("partners-lines", lines=Joined(tuple(lines)))


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
            listed = _listing(waiting)
            raise UserError(
                Message("partners-no-request-from", school=school.name, waiting=listed)
                if listed
                else Message("partners-no-request-from-none-waiting", school=school.name),
                show_usage=False,
            )
        return chosen
    if len(waiting) == 1:
        return waiting[0]
    if not waiting:
        raise UserError(Message("partners-no-request-waiting"), show_usage=False)
    raise UserError(
        Message(
            "partners-several-requests",
            verb=verb,
            id=waiting[0].from_school,
            waiting=_listing(waiting),
        ),
        show_usage=False,
    )


def _listing(waiting: Sequence[PartnershipRequest]) -> str:
    return ", ".join(r.from_school for r in waiting)


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
    await ctx.notify_school(
        asker.id,
        Message("partners-accepted-notice", school=mine.name, id=mine.id),
        {"event": "partnership_accepted", "partnership_id": partnership.id, "school_id": mine.id},
    )
    await ctx.notify_school(
        mine.id,
        Message(
            "partners-accepted-colleagues",
            person=ctx.actor.label,
            school=asker.name,
            mine=mine.name,
        ),
        {"event": "partnership_accepted", "partnership_id": partnership.id, "school_id": asker.id},
    )
    partners_now: dict[str, Argument | Message] = {
        "mine": mine.name,
        "school": asker.name,
        "id": asker.id,
    }
    return Reply(
        text=ctx.say(
            Message("partners-accepted-in", **partners_now, languages=", ".join(languages))
            if languages
            else Message("partners-accepted", **partners_now)
        ),
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
        Message("partners-declined-notice-why", school=mine.name, id=mine.id, reason=reason)
        if reason
        else Message("partners-declined-notice", school=mine.name, id=mine.id),
        {"event": "partnership_declined", "school_id": mine.id},
    )
    return Reply(
        text=ctx.say(Message("partners-declined", school=asker.name)),
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
    sections = [_partnership_section(ctx, p, others[p.other(mine.id)], zone) for p in active]
    incoming = [r for r in waiting if r.to_school == mine.id]
    outgoing = [r for r in waiting if r.from_school == mine.id]
    sections += [
        _request_section(ctx, r, others[r.from_school], zone, incoming=True) for r in incoming
    ]
    sections += [
        _request_section(ctx, r, others[r.to_school], zone, incoming=False) for r in outgoing
    ]
    lines = [
        ctx.say(
            Message(
                "partners-heading",
                school=mine.name,
                count=str(len(active)),
                left=str(mine.quota - len(active)),
                quota=str(mine.quota),
            )
        )
    ]
    if not sections:
        lines.append(ctx.say(Message("partners-none-yet")))
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


def _partnership_section(
    ctx: Context, partnership: Partnership, other: School, zone: str
) -> Section:
    since: dict[str, Argument | Message] = {
        "day": _day(partnership.created_at, zone),
        "source": partnership.source,
        "language": partnership.language or "—",
    }
    return Section(
        title=ctx.say(
            Message(
                "partners-partner",
                school=other.name,
                id=other.id,
                country=CountryName(other.country),
            )
        ),
        lines=(
            ctx.say(
                Message(
                    "partners-partner-since-channel",
                    **since,
                    channel=partnership.channel_id,
                    platform=partnership.channel_platform or "",
                )
                if partnership.channel_id
                else Message("partners-partner-since-no-channel", **since, id=other.id)
            ),
        ),
    )


def _request_section(
    ctx: Context, request: PartnershipRequest, other: School, zone: str, *, incoming: bool
) -> Section:
    school: dict[str, Argument | Message] = {
        "school": other.name,
        "id": other.id,
        "country": CountryName(other.country),
    }
    day = _day(request.created_at, zone)
    if incoming:
        return Section(
            title=ctx.say(Message("partners-asks-you", **school)),
            lines=(
                ctx.say(
                    Message("partners-asked-on", day=day, message=request.message)
                    if request.message
                    else Message("partners-asked-on-no-message", day=day)
                ),
            ),
            actions=tuple(
                button.written(ctx.language, ctx.translator) for button in _answer_buttons(other.id)
            ),
        )
    return Section(
        title=ctx.say(Message("partners-you-asked", **school)),
        lines=(
            ctx.say(
                Message("partners-you-asked-on", day=day, message=request.message)
                if request.message
                else Message("partners-you-asked-on-no-message", day=day)
            ),
        ),
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
        current = ", ".join(p.other(mine.id) for p in await partnerships.active_of(mine.id))
        raise UserError(
            Message(
                "partners-not-a-partner-listed",
                school=school.name,
                mine=mine.name,
                partners=current,
            )
            if current
            else Message("partners-not-a-partner-none", school=school.name, mine=mine.name),
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
    ended = (
        Message("partners-ended-notice-why", school=mine.name, id=mine.id, reason=reason)
        if reason
        else Message("partners-ended-notice", school=mine.name, id=mine.id)
    )
    cancelled_activities = _cancelled_activities(activities)
    await ctx.notify_school(
        school.id,
        _lines(ended, *_cancelled_sessions(cancelled, school, mine), *cancelled_activities),
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
        pair: dict[str, Argument | Message] = {"school": mine.name, "partner": school.name}
        ended_here = (
            Message("partners-ended-channel-why", **pair, reason=reason)
            if reason
            else Message("partners-ended-channel", **pair)
        )
        ctx.post_for_both(
            channel,
            _lines(
                ended_here, *_cancelled_sessions(cancelled, mine, school), *cancelled_activities
            ),
            mine,
            school,
            {
                "event": "partnership_ended",
                "partnership_id": partnership.id,
                "cancelled_session_ids": ids,
                "cancelled_activity_ids": activity_ids,
            },
        )
    left = await partnerships.remaining(mine)
    ended_mine = Message("partners-ended", school=school.name, mine=mine.name, left=str(left))
    return Reply(
        text=ctx.say(
            _lines(ended_mine, *_cancelled_sessions(cancelled, mine, school), *cancelled_activities)
        ),
        data={
            "partnership_id": partnership.id,
            "remaining_quota": left,
            "cancelled_session_ids": ids,
            "cancelled_activity_ids": activity_ids,
        },
    )


def _lines(*messages: Message) -> Message:
    """Whole messages, a line each, as one message written for each reader."""
    return Message("partners-lines", lines=Joined(messages))


def _cancelled_sessions(
    sessions: Sequence[ExchangeSession], reader: School, other: School
) -> list[Message]:
    """The lines naming sessions cancelled with a partnership, in the reader's zone first; only
    confirmed ones were ever in a calendar, so only they get a cancellation to import."""
    lines = []
    for session in sessions:
        places = (Place.of(reader), Place.of(other))
        cancelled: dict[str, Argument | Message] = {
            "number": str(session.id),
            "when": TimeSpan(session.start_utc, session.end_utc, places),
        }
        lines.append(
            Message("partners-cancelled-session-ics", **cancelled)
            if session.confirmed_at
            else Message("partners-cancelled-session", **cancelled)
        )
    return lines


def _cancelled_activities(activities: Sequence[ActivityView]) -> list[Message]:
    """The lines naming activities cancelled with a partnership."""
    return [
        Message("partners-cancelled-activity", number=str(view.id), title=view.spec.title)
        for view in activities
    ]


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
            raise UserError(
                Message("partners-not-a-partner", school=partner.name, mine=mine.name),
                show_usage=False,
            )
        theirs = partner
    else:
        active = await partnerships.active_of(mine.id)
        if not active:
            raise UserError(Message("partners-no-partner-yet", mine=mine.name), show_usage=False)
        if len(active) > 1:
            listed = ", ".join(p.other(mine.id) for p in active)
            raise UserError(Message("partners-several-partners", mine=mine.name, partners=listed))
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
            Message("partners-channel-taken", school=taken.school_a, partner=taken.school_b),
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
    ctx.post_for_both(  # both classes read it: in each school's language, the home side's first
        channel,
        linked,
        mine,
        theirs,
        {"event": "joint_channel_linked", "partnership_id": partnership.id},
    )
    await ctx.notify_school(
        theirs.id,
        Message(
            "partners-channel-linked-notice",
            person=ctx.actor.label,
            school=mine.name,
            platform=channel.platform,
        ),
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
        raise UserError(Message("partners-channel-link-where"), show_usage=False)
    mine, theirs, partnership = await _chosen_partnership(ctx, partner, "linked")
    previous = partnership.channel_id
    await _bind(ctx, mine, theirs, partnership, ctx.channel)
    pair: dict[str, Argument | Message] = {"school": mine.name, "partner": theirs.name}
    return Reply(
        text=ctx.say(
            Message("partners-channel-linked-moved", **pair, previous=previous)
            if previous and previous != ctx.channel.channel_id
            else Message("partners-channel-linked", **pair)
        ),
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
            Message("partners-channel-create-unsupported", platform=platform), show_usage=False
        )
    mine, theirs, partnership = await _chosen_partnership(ctx, partner, "created")
    if partnership.channel_id:
        raise UserError(
            Message("partners-channel-exists", school=theirs.name, channel=partnership.channel_id),
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
            Message("partners-channel-create-failed", platform=platform), show_usage=False
        ) from None
    await _bind(
        ctx, mine, theirs, partnership, ChannelRef(platform, ctx.actor.workspace, channel_id)
    )
    return Reply(
        text=ctx.say(
            Message(
                "partners-channel-created",
                name=name,
                count=str(len(members)),
                school=mine.name,
                partner=theirs.name,
            )
        ),
        data={
            "partnership_id": partnership.id,
            "channel_id": channel_id,
            "name": name,
            "members": members,
        },
    )
