"""A program's tie-up against the database: run it, keep the proposal, publish its pairs.

Shared by the coordinators' chat commands and `jointclass match`. The computing part runs in a
worker thread, so a long tie-up does not hold up other users' commands on the event loop.
Publishing tells each school's teachers of its partner; a school with no teacher on the bot yet
(imported from the survey) gets a `TieupNotice` row instead, and its first teacher is told on
joining, however long after and however many restarts later.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.core.context import Context
from bot.core.errors import UserError
from bot.i18n.languages import Language
from bot.i18n.messages import Message, Renderer
from bot.matching.continuing import continuing_pairs
from bot.matching.feasibility import ReferenceWeek, TimePattern
from bot.matching.tieup import Applicant, ContinuingPolicy, Progress, TieupResult, tie_up
from bot.matching.unmatched_reasons import Unmatched, unmatched
from bot.schools.partnerships import create_partnerships
from bot.schools.profile import SchoolProfile
from bot.times.country_names import CountryName
from bot.times.overlap_text import describe_overlaps
from storage.models import (
    NoticeStatus,
    PartnershipSource,
    PartnershipStatus,
    Program,
    School,
    TieupRun,
)
from storage.repositories.partnerships import Partnerships, Requests
from storage.repositories.tieup_runs import TieupNotices, TieupRuns

logger = logging.getLogger(__name__)


@dataclass
class TieupOutcome:
    program: Program
    week: ReferenceWeek
    duration: int
    result: TieupResult
    unmatched: list[Unmatched]

    def as_json(self) -> dict[str, Any]:
        """The document `jointclass match --json` prints and `tieup publish` reads back."""
        return {
            "program": self.program.name,
            "week_of": self.week.monday.isoformat(),
            "duration": self.duration,
            "feasible_pairs": self.result.graph.edge_count,
            "pairs": [
                {
                    "home": p.home,
                    "partner": p.partner,
                    "overlap_minutes": p.overlap_minutes,
                    "language": p.language,
                    "score": p.score,
                    "continuing": p.continuing,
                }
                for p in self.result.pairs
            ],
            "unmatched": [
                {
                    "school_id": u.school_id,
                    "remaining_quota": u.remaining_quota,
                    "reason": u.reason_in_english,
                }
                for u in self.unmatched
            ],
        }


@dataclass
class Publication:
    created: int
    refused: list[tuple[str, str, Message]]  # home, partner, why
    told: list[str]  # schools whose teachers were told now
    waiting: list[str]  # schools with no teacher yet: told when their first one joins


async def run_tieup(
    ctx: Context,
    program: Program,
    week_of: date,
    duration: int,
    progress: Progress | None = None,
    continuing_from: Program | None = None,
    policy: ContinuingPolicy = ContinuingPolicy.KEEP,
) -> TieupOutcome:
    """Every school of the program with places left, tied up for the week holding `week_of`,
    with the pairs of `continuing_from` that continue kept, preferred or ignored."""
    assert program.id is not None
    schools = await ctx.schools.applicants(program.id)
    continuing = (
        await continuing_pairs(ctx.db, continuing_from, (s.id for s in schools))
        if continuing_from is not None and policy is not ContinuingPolicy.IGNORE
        else set()
    )
    partnerships = Partnerships(ctx.db)
    used = await partnerships.active_counts()
    excluded = await partnerships.active_pairs() | await Requests(ctx.db).declined_pairs()
    if progress:
        progress(Message("tieup-progress-loaded", schools=len(schools), program=program.name))
    applicants = [Applicant(SchoolProfile.of(s), s.quota - used[s.id]) for s in schools]
    week = ReferenceWeek(week_of)

    def compute() -> TieupOutcome:
        result = tie_up(applicants, week, duration, excluded, progress, continuing, policy)
        if progress:
            progress(Message("tieup-progress-explaining", pairs=len(result.pairs)))
        return TieupOutcome(program, week, duration, result, unmatched(result))

    outcome = await asyncio.to_thread(compute)
    logger.info(
        "tie-up of %s for the week of %s: %s pairs, %s schools with places left",
        program.name,
        week.monday,
        len(outcome.result.pairs),
        len(outcome.unmatched),
    )
    return outcome


async def record(ctx: Context, outcome: TieupOutcome) -> TieupRun:
    """Keep the proposal, so that publishing creates exactly what the coordinator saw."""
    assert outcome.program.id is not None
    run = TieupRun(
        program_id=outcome.program.id,
        week_of=outcome.week.monday,
        duration_minutes=outcome.duration,
        result=json.dumps(outcome.as_json(), ensure_ascii=False),
        run_by=ctx.actor.key,
        created_at=ctx.now,
    )
    return await TieupRuns(ctx.db).add(run)


async def latest_run(ctx: Context, program: Program) -> TieupRun:
    assert program.id is not None
    found = await TieupRuns(ctx.db).latest(program.id)
    if found is None:
        raise UserError(Message("tieup-nothing-to-publish", program=program.name), show_usage=False)
    if found.published_at is not None:
        raise UserError(
            Message(
                "tieup-published-already",
                program=program.name,
                week=str(found.week_of),
                published=f"{found.published_at:%Y-%m-%d}",
            ),
            show_usage=False,
        )
    return found


async def publish(ctx: Context, program: Program, run: TieupRun) -> Publication:
    """Create the run's partnerships and tell both schools of each pair: their teachers now,
    or the first teacher who joins a school that has none yet."""
    assert program.id is not None and run.id is not None
    if not await TieupRuns(ctx.db).claim_publication(run.id, ctx.now):
        raise UserError(
            Message("tieup-published-moment-ago", program=program.name), show_usage=False
        )
    document = json.loads(run.result)
    ids = {school_id for pair in document["pairs"] for school_id in (pair["home"], pair["partner"])}
    schools = await ctx.schools.by_ids(ids)
    wanted = [
        (schools[p["home"]], schools[p["partner"]], p["language"])
        for p in document["pairs"]
        if p["home"] in schools and p["partner"] in schools
    ]
    created, refused = await create_partnerships(
        ctx.db, wanted, program_id=program.id, source=PartnershipSource.TIEUP, now=ctx.now
    )
    week = ReferenceWeek(run.week_of)
    staffed = {member.school_id for member in await ctx.members.of_schools(ids)}
    told: dict[str, None] = {}  # dicts keep the order and each school once
    waiting: dict[str, None] = {}
    for partnership in created:
        assert partnership.id is not None
        home, partner = schools[partnership.school_a], schools[partnership.school_b]
        for mine, theirs in ((home, partner), (partner, home)):
            if mine.id not in staffed:
                TieupNotices(ctx.db).wait(partnership.id, mine.id, run.id, ctx.now)
                waiting[mine.id] = None
                continue
            await ctx.notify_school(
                mine.id,
                pairing_message(
                    program,
                    week,
                    run.duration_minutes,
                    mine,
                    theirs,
                    partnership.language,
                    partner_has_teachers=theirs.id in staffed,
                ),
                _pairing_data(program, mine, theirs),
                except_actor=False,
            )
            told[mine.id] = None
    logger.info(
        "tie-up run %s of %s published: %s partnerships, %s refused, %s schools waiting",
        run.id,
        program.name,
        len(created),
        len(refused),
        len(waiting),
    )
    return Publication(len(created), refused, list(told), list(waiting))


async def deliver_waiting_pairings(ctx: Context, school: School) -> int:
    """Tell the school's teachers (its first has just joined) each pairing published while it
    had none; a partnership ended meanwhile is dropped unsaid. Returns how many were told."""
    notices = TieupNotices(ctx.db)
    told = 0
    for notice in await notices.waiting_for(school.id):
        assert notice.id is not None
        partnership = await Partnerships(ctx.db).get(notice.partnership_id)
        live = partnership is not None and partnership.status == PartnershipStatus.ACTIVE
        status = NoticeStatus.DELIVERED if live else NoticeStatus.DROPPED
        if not await notices.settle(notice.id, status, ctx.now) or not live:
            continue
        assert partnership is not None
        run = await TieupRuns(ctx.db).get(notice.run_id)
        program = await ctx.programs.get(partnership.program_id)
        theirs = await ctx.schools.get(partnership.other(school.id))
        assert run is not None and program is not None and theirs is not None
        text = pairing_message(
            program,
            ReferenceWeek(run.week_of),
            run.duration_minutes,
            school,
            theirs,
            partnership.language,
            partner_has_teachers=bool(await ctx.members.of_school(theirs.id)),
        )
        await ctx.notify_school(
            school.id, text, _pairing_data(program, school, theirs), except_actor=False
        )
        told += 1
    return told


def _pairing_data(program: Program, mine: School, theirs: School) -> dict[str, Any]:
    return {
        "event": "tieup_published",
        "program": program.name,
        "school_id": mine.id,
        "partner_id": theirs.id,
    }


def pairing_message(
    program: Program,
    week: ReferenceWeek,
    duration: int,
    mine: School,
    theirs: School,
    language: str | None,
    *,
    partner_has_teachers: bool,
) -> Message:
    """What each school's teachers are told of their tie-up partner, in each one's language."""
    me, them = SchoolProfile.of(mine), SchoolProfile.of(theirs)
    usable = week.shared(TimePattern.of(me), TimePattern.of(them), minimum=duration)
    overlap = "; ".join(describe_overlaps(usable, me.timezone, them.timezone))
    return Message(
        "tieup-pairing",
        program=program.name,
        school=mine.name,
        partner=theirs.name,
        partner_id=theirs.id,
        place=PlaceName(theirs.city, theirs.country),
        language=language or "—",
        week=str(week.monday),
        overlap=overlap or Message("tieup-no-shared-time"),
        staffed="yes" if partner_has_teachers else "no",
    )


@dataclass(frozen=True)
class PlaceName:
    """`Osaka, Japan`, `Osaka, 日本`: the city as given, the country in the reader's language."""

    city: str
    country: str

    def localized(self, language: Language, translator: Renderer) -> str:
        country = CountryName(self.country).localized(language, translator)
        return ", ".join(part for part in (self.city, country) if part)
