"""A program's tie-up against the database: run it, keep the proposal, publish its pairs.

Shared by the coordinators' chat commands and `jointclass match`. The computing part runs in a
worker thread, so a long tie-up does not hold up other users' commands on the event loop.
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
from bot.matching.feasibility import ReferenceWeek, TimePattern
from bot.matching.tieup import Applicant, Progress, TieupResult, tie_up
from bot.matching.unmatched_reasons import Unmatched, unmatched
from bot.schools.partnerships import create_partnerships
from bot.schools.profile import SchoolProfile
from bot.times.country_names import country_name
from bot.times.overlap_text import describe_overlaps
from storage.models import PartnershipSource, Program, School, TieupRun
from storage.repositories.partnerships import Partnerships, Requests
from storage.repositories.tieup_runs import TieupRuns

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
                }
                for p in self.result.pairs
            ],
            "unmatched": [
                {"school_id": u.school_id, "remaining_quota": u.remaining_quota, "reason": u.reason}
                for u in self.unmatched
            ],
        }


@dataclass
class Publication:
    created: int
    refused: list[tuple[str, str, str]]  # home, partner, why


async def run_tieup(
    ctx: Context,
    program: Program,
    week_of: date,
    duration: int,
    progress: Progress | None = None,
) -> TieupOutcome:
    """Every school of the program with places left, tied up for the week holding `week_of`."""
    assert program.id is not None
    schools = await ctx.schools.applicants(program.id)
    partnerships = Partnerships(ctx.db)
    used = await partnerships.active_counts()
    excluded = await partnerships.active_pairs() | await Requests(ctx.db).declined_pairs()
    if progress:
        progress(f"loaded {len(schools):,} schools of {program.name}")
    applicants = [Applicant(SchoolProfile.of(s), s.quota - used[s.id]) for s in schools]
    week = ReferenceWeek(week_of)

    def compute() -> TieupOutcome:
        result = tie_up(applicants, week, duration, excluded, progress)
        if progress:
            progress(f"{len(result.pairs):,} pairs; explaining the schools with places left")
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
        run_by=f"{ctx.actor.platform}:{ctx.actor.workspace}:{ctx.actor.user_id}",
        created_at=ctx.now,
    )
    return await TieupRuns(ctx.db).add(run)


async def latest_run(ctx: Context, program: Program) -> TieupRun:
    assert program.id is not None
    found = await TieupRuns(ctx.db).latest(program.id)
    if found is None:
        raise UserError(
            f"{program.name} has no tie-up to publish yet: run "
            "`/exchange tieup run` first and check its result.",
            show_usage=False,
        )
    if found.published_at is not None:
        raise UserError(
            f"The latest tie-up of {program.name} (week of {found.week_of}) was "
            f"already published on {found.published_at:%Y-%m-%d}. Run "
            "`/exchange tieup run` again for the schools with places left.",
            show_usage=False,
        )
    return found


async def publish(ctx: Context, program: Program, run: TieupRun) -> Publication:
    """Create the run's partnerships and tell both schools of each pair."""
    assert program.id is not None and run.id is not None
    if not await TieupRuns(ctx.db).claim_publication(run.id, ctx.now):
        raise UserError(
            f"This tie-up of {program.name} was published a moment ago.", show_usage=False
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
    for partnership in created:
        home, partner = schools[partnership.school_a], schools[partnership.school_b]
        for mine, theirs in ((home, partner), (partner, home)):
            await ctx.notify_school(
                mine.id,
                _pairing_text(
                    program, week, run.duration_minutes, mine, theirs, partnership.language
                ),
                {
                    "event": "tieup_published",
                    "program": program.name,
                    "school_id": mine.id,
                    "partner_id": theirs.id,
                },
                except_actor=False,
            )
    logger.info(
        "tie-up run %s of %s published: %s partnerships, %s refused",
        run.id,
        program.name,
        len(created),
        len(refused),
    )
    return Publication(len(created), refused)


def _pairing_text(
    program: Program,
    week: ReferenceWeek,
    duration: int,
    mine: School,
    theirs: School,
    language: str | None,
) -> str:
    me, them = SchoolProfile.of(mine), SchoolProfile.of(theirs)
    usable = week.shared(TimePattern.of(me), TimePattern.of(them), minimum=duration)
    overlap = "; ".join(describe_overlaps(usable, me.timezone, them.timezone)) or "none"
    place = f"{them.city + ', ' if them.city else ''}{country_name(them.country)}"
    return (
        f"Tie-up result of {program.name}: {mine.name} is paired with {theirs.name} "
        f"({theirs.id}, {place}).\n"
        f"Common language: {language or '—'} · time you share (week of {week.monday}): "
        f"{overlap}\n"
        f"Next: agree on topics and dates with their teachers, and link a joint channel with "
        f"`/exchange channel link partner={theirs.id}`."
    )
