"""A program's matching run, the same for `assistants match` in chat and `jointclass assistants
match`: the sessions that ask in a window of dates (the program's home calendar), every
assignment they hold kept, the rest matched by the solver in a worker thread (so other
commands go on meanwhile), and `apply` offering each new assignment to its assistant."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from bot.assistants.asked import AskedSession, asked_sessions
from bot.assistants.assignments import make_offer
from bot.assistants.people import name_of
from bot.assistants.plan import MatchPlan
from bot.assistants.reason_text import coordinator_reason
from bot.assistants.solver import match
from bot.assistants.team import Team, approved_team, asking_session, held
from bot.core.context import Context
from bot.i18n.messages import Message
from bot.times.geography import home_zone
from bot.times.local_days import local_midnight
from storage.engine import UnitOfWork
from storage.models import AssignmentStatus, ClassAssistant, Program
from storage.repositories.assistance import AssistanceRequests, AssistantAssignments
from storage.repositories.assistants import ClassAssistants

logger = logging.getLogger(__name__)

# the window's variant in `assistants-match-headline`, by (first date given, last date given)
_WINDOWS = {(True, True): "both", (True, False): "from", (False, True): "to", (False, False): "all"}


@dataclass(frozen=True)
class ProgramMatch:
    program: Program
    first: date | None  # the window, in the program's home calendar
    last: date | None
    plan: MatchPlan  # kept: the assignments the window's sessions already hold
    team: Team  # the approved assistants matched
    names: dict[int, ClassAssistant]  # every assistant the plan names
    asked: dict[int, AskedSession]  # every session of the window that asks
    statuses: dict[int, AssignmentStatus]  # of the kept assignments, by session

    def lines(self) -> list[Message]:
        """Assignments, then uncovered sessions with the reason, times in both zones."""
        plan = self.plan
        lines = []
        for assignment in plan.assignments:
            asked = self.asked[assignment.session.id]
            lines.append(
                Message(
                    "assistants-match-row",
                    **asked.listed(),
                    name=self.name(assignment.assistant_id),
                    state=self.statuses.get(asked.id, "new"),
                )
            )
        if plan.uncovered:
            lines.append(Message("assistants-match-uncovered", count=str(len(plan.uncovered))))
        for item in plan.uncovered:
            asked = self.asked[item.session.id]
            lines.append(
                Message(
                    "assistants-match-uncovered-row",
                    **asked.listed(),
                    reason=coordinator_reason(item.reason, self.team, asked.places()),
                )
            )
        return lines

    def headline(self) -> Message:
        plan = self.plan
        window = _WINDOWS[(self.first is not None, self.last is not None)]
        return Message(
            "assistants-match-headline",
            program=self.program.name,
            window=window,
            first=str(self.first or ""),
            last=str(self.last or ""),
            asked=str(len(self.asked)),
            kept=str(len(plan.kept)),
            added=str(len(plan.added)),
            uncovered=str(len(plan.uncovered)),
        )

    def name(self, assistant_id: int) -> str:
        row = self.names.get(assistant_id)
        return name_of(row) if row else f"#{assistant_id}"

    def as_json(self) -> dict[str, Any]:
        return self.plan.as_json()


async def run_match(
    db: UnitOfWork, program: Program, now: datetime, first: date | None, last: date | None
) -> ProgramMatch:
    """Match the window's asking sessions that have no assistant; nothing is written."""
    assert program.id is not None
    zone = home_zone(program.home_country)
    after = max(now, local_midnight(zone, first)) if first else now
    before = local_midnight(zone, last + timedelta(days=1)) if last else None
    asked = await asked_sessions(
        db,
        await AssistanceRequests(db).asking(
            program.id, starting_after=after, starting_before=before
        ),
    )
    team = await approved_team(db, program.id, lock=True)
    assignments = AssistantAssignments(db)
    live = await assignments.live_of_sessions(a.id for a in asked)
    declined = await assignments.declined_by(a.id for a in asked)
    holders = set(team.rows) | {row.assistant_id for row in live.values()}
    kept = await held(db, holders, from_=after)
    sessions = [asking_session(a.asking, declined.get(a.id, ())) for a in asked]
    plan = await asyncio.to_thread(match, sessions, team.values, kept)
    window = {a.id for a in asked}
    plan = replace(plan, kept=tuple(k for k in plan.kept if k.session.id in window))
    names = await ClassAssistants(db).by_ids(a.assistant_id for a in plan.assignments)
    return ProgramMatch(
        program,
        first,
        last,
        plan,
        team,
        names,
        {a.id: a for a in asked},
        {session_id: row.status for session_id, row in live.items()},
    )


async def apply_match(ctx: Context, run: ProgramMatch) -> int:
    """Offer each newly matched session to its assistant; returns how many were offered."""
    for assignment in run.plan.added:
        asked = run.asked[assignment.session.id]
        await make_offer(ctx, asked, run.team.rows[assignment.assistant_id], run.program.name)
    logger.info(
        "assistants match applied in program %s: %s offer(s)", run.program.id, len(run.plan.added)
    )
    return len(run.plan.added)
