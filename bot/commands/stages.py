"""`partnership stage`: a pair's way from online exchange to a visit and a signed agreement."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NoReturn

from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import CHOICE, DATE, SCHOOL, TEXT
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Argument, Message, Renderer
from bot.i18n.time_text import DayOf, TimeAt
from bot.schools.earlier_changes import refuse_if_ended
from bot.schools.partnerships import joint_channel
from bot.schools.stages import MOVES, VISITS, check_move, stage_name, stage_of
from bot.times.country_names import CountryName
from bot.times.display import Place
from bot.times.local_time import to_local
from storage.models import Partnership, PartnershipStage, School, StageMove
from storage.repositories.partnerships import Partnerships
from storage.repositories.stages import StageMoves

logger = logging.getLogger(__name__)

commands = CommandGroup()


@commands.command(
    "partnership stage",
    summary="Move a partnership along: visit planned, visited, MOU signed.",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        Param(
            "partner",
            SCHOOL,
            "the partner school (coordinators: either school of the pair)",
            positional=True,
            max_length=120,
        ),
        Param(
            "stage",
            CHOICE,
            "where the pair has got to",
            choices=tuple(MOVES),
            positional=True,
        ),
        Param(
            "date",
            DATE,
            "the visit's day or the signing's; for visited, default: the planned day",
            default=None,
        ),
        Param(
            "host",
            TEXT,
            "who hosts the visit: the country (KR) or the id of one school of the pair",
            default=None,
            max_length=120,
        ),
        Param(
            "school",
            SCHOOL,
            "coordinators: the pair's other school, when `partner` has several partners",
            default=None,
            max_length=120,
        ),
    ],
    example="/exchange partnership stage FR-lycee-hugo visit-planned date=2027-10-12 host=KR",
    description="Stages follow the programs' model: online exchange → offline exchange (a "
    "visit planned, then made, either way) → MOU signed. A pair may skip a stage (an agreement "
    "without a visit) but never go back; a planned visit may be planned again. Teachers of the "
    "pair and the program's coordinators can move it; both schools and the joint channel are "
    "told.",
)
async def partnership_stage(
    ctx: Context,
    partner: School,
    stage: str,
    date: date | None,
    host: str | None,
    school: School | None,
) -> Reply:
    first, second, found = await _pair(ctx, partner, school)
    assert found.id is not None
    # moves of one pair take turns: the second decides on the first's move
    partnership = await Partnerships(ctx.db).lock(found.id)
    assert partnership is not None  # partnerships are never deleted
    refuse_if_ended(ctx, partnership, first, second, undone="recorded")
    moves = StageMoves(ctx.db)
    history = await moves.of_partnerships([found.id])
    latest = history[-1] if history else None
    current, wanted = stage_of(latest), PartnershipStage(stage)
    hosting = _host(wanted, host, latest, (first, second))
    on = date or _planned_day(wanted, latest)
    news = _news(first, second, wanted, on, hosting)
    if latest is not None and (latest.stage, latest.on, latest.host_school) == (
        wanted,
        on,
        hosting.id if hosting else None,
    ):
        before = stage_of(history[-2] if len(history) > 1 else None)
        await _refuse_again(ctx, latest, first, news, _data(latest, before))
    today = _today(ctx, [hosting] if hosting else [first, second])
    check_move(current, wanted, on, today, await _recorded(ctx, latest, first))
    move = await moves.add(
        StageMove(
            partnership_id=found.id,
            stage=wanted,
            on=on,
            host_school=hosting.id if hosting else None,
            recorded_by=ctx.actor.key,
            recorded_at=ctx.now,
        )
    )
    logger.info("partnership %s: %s -> %s", found.id, current, wanted)
    data = _data(move, current)
    told = Message("journey-stage-told", person=ctx.actor.label, news=news)
    for one in (first, second):
        await ctx.notify_school(one.id, told, data)
    channel = joint_channel(partnership)
    if channel is not None:
        ctx.post_for_both(channel, told, first, second, data)
    return Reply(text=ctx.say(Message("journey-stage-recorded", news=news)), data=data)


def _data(move: StageMove, previous: PartnershipStage) -> dict[str, Any]:
    return {
        "event": "partnership_stage",
        "partnership_id": move.partnership_id,
        "stage": move.stage.value,
        "previous": previous.value,
        "date": move.on.isoformat(),
        "host": move.host_school,
    }


async def _recorded(ctx: Context, latest: StageMove | None, reader: School) -> Message | None:
    """When and by whom the pair's stage was recorded, or nothing at the first stage."""
    if latest is None:
        return None
    at = _moment(latest.recorded_at, reader)
    if latest.recorded_by == ctx.actor.key:
        return Message("journey-recorded-by-you", at=at)
    return Message("journey-recorded-by", at=at, by=await ctx.who(latest.recorded_by))


def _moment(instant: datetime, reader: School) -> TimeAt:
    """When something happened, on the reader's school's clock: `Mon 11 Jan 10:02 KST (Seoul)`."""
    return TimeAt(instant, (Place.of(reader),))


async def _refuse_again(
    ctx: Context, latest: StageMove, reader: School, news: Message, data: dict[str, Any]
) -> NoReturn:
    """The move asked for is the pair's latest already: the caller's own of moments ago is
    answered as done, anyone else's is named, and nothing is recorded twice."""
    when = _moment(latest.recorded_at, reader)
    if ctx.repeats(latest.recorded_by, latest.recorded_at):
        raise AlreadyDone(Message("journey-recorded-already-done", at=when, news=news), data)
    if latest.recorded_by == ctx.actor.key:
        refusal = Message("journey-recorded-already-by-you", at=when, news=news)
    else:
        who = await ctx.who(latest.recorded_by)
        refusal = Message("journey-recorded-already-by", by=who, at=when, news=news)
    raise UserError(refusal, show_usage=False)


async def _pair(
    ctx: Context, partner: School, school: School | None
) -> tuple[School, School, Partnership]:
    """The pair the caller means: their school and `partner`, or, for a coordinator of the
    program, `partner` and `school` (or `partner`'s only partner). A named pair's newest
    partnership may have ended: the caller is then told who ended it."""
    partnerships = Partnerships(ctx.db)
    mine = ctx.membership.school_id if ctx.membership else None
    if school is None and mine is not None and partner.id != mine:
        found = await partnerships.latest_between(mine, partner.id)
        if found is None:
            raise UserError(
                Message("journey-not-your-partner", school=partner.name), show_usage=False
            )
        return await ctx.my_school(), partner, found
    if not ctx.coordinates(partner.program_id):
        if partner.id == mine:
            raise UserError(Message("journey-name-your-partner"))
        raise PermissionDenied(Message("journey-not-in-charge"))
    if school is not None:
        found = await partnerships.latest_between(partner.id, school.id)
        if found is None:
            raise UserError(
                Message("journey-not-partners", school=partner.name, partner=school.name)
            )
        return partner, school, found
    active = await partnerships.active_of(partner.id)
    if len(active) != 1:
        listed = ", ".join(p.other(partner.id) for p in active)
        raise UserError(
            Message(
                "journey-which-pair", school=partner.name, count=str(len(active)), partners=listed
            )
            if listed
            else Message("journey-which-pair-none", school=partner.name)
        )
    other = await ctx.schools.get(active[0].other(partner.id))
    assert other is not None
    return partner, other, active[0]


def _host(
    wanted: PartnershipStage,
    given: str | None,
    latest: StageMove | None,
    pair: tuple[School, School],
) -> School | None:
    """The school hosting the visit: named by country or id, or the planned visit's host."""
    if wanted not in VISITS:
        if given:
            raise UserError(Message("journey-host-only-for-visits", stage=stage_name(wanted)))
        return None
    if given is None:
        planned = latest if latest and latest.stage == PartnershipStage.VISIT_PLANNED else None
        if planned is None or wanted == PartnershipStage.VISIT_PLANNED:
            raise UserError(Message("journey-host-needed", country=pair[0].country))
        return next(s for s in pair if s.id == planned.host_school)
    text = given.strip()
    matching = [s for s in pair if text.lower() in (s.id.lower(), s.country.lower())]
    if len(matching) != 1:
        first, second = pair
        raise UserError(
            Message(
                "journey-host-not-in-pair",
                text=text,
                country=first.country,
                id=first.id,
                partner_country=second.country,
                partner_id=second.id,
            )
        )
    return matching[0]


def _planned_day(wanted: PartnershipStage, latest: StageMove | None) -> date:
    """The day of a visit made, when not given: the day it was planned for."""
    if wanted == PartnershipStage.VISITED and latest is not None and latest.stage in VISITS:
        return latest.on
    raise UserError(Message("journey-date-needed", stage=stage_name(wanted)))


def _today(ctx: Context, schools: list[School]) -> date:
    """Today in the calendar of whichever of the schools is furthest ahead."""
    return max(to_local(ctx.now, school.timezone).date() for school in schools)


def _news(
    first: School, second: School, stage: PartnershipStage, on: date, host: School | None
) -> Message:
    pair: dict[str, Argument | Message] = {
        "school": first.name,
        "partner": second.name,
        "day": StageDay(on),
    }
    if host is None:
        return Message("journey-news-signed", **pair)
    place: dict[str, Argument | Message] = {"host": host.name, "country": CountryName(host.country)}
    if stage == PartnershipStage.VISIT_PLANNED:
        return Message("journey-news-visit-planned", **pair, **place)
    return Message("journey-news-visited", **pair, **place)


@dataclass(frozen=True)
class StageDay:
    """A stage's day as a message argument: `12 Oct 2027` in English, as the news has always
    written it, the reader's own way elsewhere (`2027년 10월 12일 (화)`)."""

    day: date

    def localized(self, language: Language, translator: Renderer) -> str:
        if language.catalog == ENGLISH.catalog:
            return f"{self.day.day} {self.day:%b %Y}"
        return DayOf(self.day, year=True, iso_in_english=True).localized(language, translator)
