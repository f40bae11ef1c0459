"""`partnership stage`: a pair's way from online exchange to a visit and a signed agreement."""

from __future__ import annotations

import logging
from datetime import date

from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import CHOICE, DATE, SCHOOL, TEXT
from bot.schools.partnerships import joint_channel
from bot.schools.stages import MOVES, STAGE_WORDS, VISITS, check_move, stage_of
from bot.times.geography import country_name
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
    first, second, partnership = await _pair(ctx, partner, school)
    assert partnership.id is not None
    moves = StageMoves(ctx.db)
    latest = (await moves.latest([partnership.id])).get(partnership.id)
    current, wanted = stage_of(latest), PartnershipStage(stage)
    hosting = _host(wanted, host, latest, (first, second))
    on = date or _planned_day(wanted, latest)
    today = _today(ctx, [hosting] if hosting else [first, second])
    check_move(current, wanted, on, today)
    await moves.add(
        StageMove(
            partnership_id=partnership.id,
            stage=wanted,
            on=on,
            host_school=hosting.id if hosting else None,
            recorded_by=f"{ctx.actor.platform}:{ctx.actor.workspace}:{ctx.actor.user_id}",
            recorded_at=ctx.now,
        )
    )
    logger.info("partnership %s: %s -> %s", partnership.id, current, wanted)
    news = _news(first, second, wanted, on, hosting)
    data = {
        "event": "partnership_stage",
        "partnership_id": partnership.id,
        "stage": wanted.value,
        "previous": current.value,
        "date": on.isoformat(),
        "host": hosting.id if hosting else None,
    }
    told = f"{ctx.actor.label}: {news}"
    for one in (first, second):
        await ctx.notify_school(one.id, told, data)
    channel = joint_channel(partnership)
    if channel is not None:
        ctx.notify_channel(channel, told, data)
    return Reply(text=f"Recorded. {news}", data=data)


async def _pair(
    ctx: Context, partner: School, school: School | None
) -> tuple[School, School, Partnership]:
    """The pair the caller means: their school and `partner`, or, for a coordinator of the
    program, `partner` and `school` (or `partner`'s only partner)."""
    partnerships = Partnerships(ctx.db)
    mine = ctx.membership.school_id if ctx.membership else None
    if school is None and mine is not None and partner.id != mine:
        found = await partnerships.active_between(mine, partner.id)
        if found is None:
            raise UserError(f"{partner.name} is not a partner of your school.", show_usage=False)
        return await ctx.my_school(), partner, found
    if not ctx.coordinates(partner.program_id):
        if partner.id == mine:
            raise UserError("Name your partner school, not your own.")
        raise PermissionDenied(
            "Only the teachers of a pair and its program's coordinators can move its stage."
        )
    if school is not None:
        found = await partnerships.active_between(partner.id, school.id)
        if found is None:
            raise UserError(f"{partner.name} and {school.name} are not partners.")
        return partner, school, found
    active = await partnerships.active_of(partner.id)
    if len(active) != 1:
        listed = ", ".join(p.other(partner.id) for p in active) or "none"
        raise UserError(
            f"{partner.name} has {len(active)} partners ({listed}); name the other school "
            "with school=…."
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
            raise UserError(f"host is only for visits; leave it out for '{STAGE_WORDS[wanted]}'.")
        return None
    if given is None:
        planned = latest if latest and latest.stage == PartnershipStage.VISIT_PLANNED else None
        if planned is None or wanted == PartnershipStage.VISIT_PLANNED:
            raise UserError(
                "host is needed for a visit: the country or the id of the school that hosts it, "
                f"e.g. host={pair[0].country}."
            )
        return next(s for s in pair if s.id == planned.host_school)
    text = given.strip()
    matching = [s for s in pair if text.lower() in (s.id.lower(), s.country.lower())]
    if len(matching) != 1:
        choices = ", ".join(f"{s.country} or {s.id}" for s in pair)
        raise UserError(f"host={text} is not one school of this pair; give {choices}.")
    return matching[0]


def _planned_day(wanted: PartnershipStage, latest: StageMove | None) -> date:
    """The day of a visit made, when not given: the day it was planned for."""
    if wanted == PartnershipStage.VISITED and latest is not None and latest.stage in VISITS:
        return latest.on
    raise UserError(f"date is needed for '{STAGE_WORDS[wanted]}': give date=YYYY-MM-DD.")


def _today(ctx: Context, schools: list[School]) -> date:
    """Today in the calendar of whichever of the schools is furthest ahead."""
    return max(to_local(ctx.now, school.timezone).date() for school in schools)


def _news(
    first: School, second: School, stage: PartnershipStage, on: date, host: School | None
) -> str:
    pair = f"{first.name} and {second.name}"
    day = f"{on.day} {on:%b %Y}"
    place = f"{host.name} ({country_name(host.country)})" if host else ""
    if stage == PartnershipStage.VISIT_PLANNED:
        return f"{pair} plan a visit on {day}, hosted by {place}."
    if stage == PartnershipStage.VISITED:
        return f"{pair} met in person on {day}, hosted by {place}."
    return f"{pair} signed an agreement (MOU) on {day}."
