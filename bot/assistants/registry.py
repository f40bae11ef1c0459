"""Volunteers joining, changing, pausing and leaving, and coordinators letting them in.

A volunteer registers in one program, from any workspace or guild; its coordinators are asked
(with Approve and Decline buttons) and nothing is offered to them before one approves. An
assistant who changes their hours, zone, languages, limit or vacations keeps the sessions they
can still serve and is released from the others, which go to someone else who is free; one who
leaves is released from all of theirs; a paused one keeps theirs and is offered nothing new.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from bot.assistants import notices
from bot.assistants.asked import asked_sessions
from bot.assistants.assignments import release, replan
from bot.assistants.people import STATUS_WORDS, as_assistant, name_of, profile_lines
from bot.assistants.rules import Obstacle, obstacle
from bot.assistants.team import MONTH_BACK, asking_session
from bot.assistants.values import AskingSession
from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.reply import Action
from bot.sessions.planner import BookingServices
from bot.times.vacations import DateRange, format_vacations
from bot.times.weekly_hours import WeeklyHours
from storage.models import AssignmentStatus, AssistantStatus, ClassAssistant, Program
from storage.repositories.assistance import AssistantAssignments
from storage.repositories.assistants import ClassAssistants

logger = logging.getLogger(__name__)

NOT_REGISTERED = (
    "You are not registered as a remote class assistant. Volunteer with `/exchange assistant "
    'register languages=ko,ja hours="Mon-Fri 09:00-18:00" timezone=Asia/Seoul`.'
)
OBSTACLE_WORDS = {
    Obstacle.LANGUAGE: "you no longer list both of its languages",
    Obstacle.DECLINED: "you declined it",
    Obstacle.VACATION: "you are away then",
    Obstacle.HOURS: "it is outside your hours now",
    Obstacle.BUSY: "it is within 15 minutes of another session you assist",
    Obstacle.MONTHLY_CAP: "it is over your monthly limit now",
}


@dataclass(frozen=True)
class Profile:
    """What a volunteer gives about themself; None leaves a field as it is."""

    languages: list[str] | None = None
    hours: WeeklyHours | None = None
    timezone: str | None = None
    max_per_month: int | None = None
    vacations: tuple[DateRange, ...] | None = None

    def columns(self) -> dict[str, Any]:
        given: dict[str, Any] = {
            "languages": ";".join(dict.fromkeys(self.languages)) if self.languages else None,
            "hours": str(self.hours) if self.hours is not None else None,
            "timezone": self.timezone,
            "max_per_month": self.max_per_month,
            "vacations": format_vacations(self.vacations) if self.vacations is not None else None,
        }
        return {column: value for column, value in given.items() if value is not None}


async def my_registration(ctx: Context) -> ClassAssistant:
    actor = ctx.actor
    row = await ClassAssistants(ctx.db).of_user(actor.platform, actor.workspace, actor.user_id)
    if row is None:
        raise UserError(NOT_REGISTERED, show_usage=False)
    return row


async def register(ctx: Context, program: Program, profile: Profile) -> ClassAssistant:
    """A new volunteer (or one who left or was not approved, registering again), pending."""
    actor = ctx.actor
    assistants = ClassAssistants(ctx.db)
    row = await assistants.of_user(actor.platform, actor.workspace, actor.user_id)
    if row is not None and row.status not in (AssistantStatus.LEFT, AssistantStatus.DECLINED):
        raise UserError(
            f"You are already registered as assistant #{row.id} "
            f"({STATUS_WORDS[row.status]}). `/exchange assistant show` shows your profile and "
            "`/exchange assistant edit` changes it.",
            show_usage=False,
        )
    if not profile.hours:
        raise UserError("hours: give at least one window, e.g. 'Mon-Fri 09:00-18:00'.")
    if not profile.languages or len(set(profile.languages)) < 2:
        raise UserError("languages: an interpreter needs at least two, e.g. languages=ko,ja,en.")
    assert program.id is not None
    row = row or ClassAssistant(
        program_id=program.id,
        platform=actor.platform,
        workspace=actor.workspace,
        user_id=actor.user_id,
        registered_at=ctx.now,
        updated_at=ctx.now,
        **profile.columns(),
    )
    for column, value in profile.columns().items():
        setattr(row, column, value)
    row.vacations = format_vacations(profile.vacations or ())  # a new start forgets old breaks
    row.program_id, row.display_name = program.id, actor.display_name
    row.status, row.decided_by, row.decided_at = AssistantStatus.PENDING, None, None
    row.registered_at = row.updated_at = ctx.now
    await assistants.save(row)
    for coordinator in await ctx.coordinators.of_program(program.id):
        ctx.notify_user(
            coordinator.platform,
            coordinator.workspace,
            coordinator.user_id,
            f"{name_of(row)} volunteers as a remote class assistant of {program.name}:\n"
            + "\n".join(profile_lines(row)),
            {"event": "assistant_registered", "assistant_id": row.id},
            (
                Action("Approve", f"assistant approve #{row.id}", "primary"),
                Action("Decline", f"assistant decline #{row.id}", "danger"),
            ),
        )
    logger.info("assistant %s registered in program %s", row.id, program.id)
    return row


async def decide(
    ctx: Context[BookingServices], row: ClassAssistant, approve: bool, reason: str | None
) -> ClassAssistant:
    """A coordinator of the assistant's program approves or declines them."""
    if not ctx.coordinates(row.program_id):
        raise PermissionDenied(
            f"Assistant #{row.id} volunteers in a program you do not coordinate."
        )
    wanted = AssistantStatus.APPROVED if approve else AssistantStatus.DECLINED
    if row.status == wanted:
        raise UserError(f"{name_of(row)} is already {row.status}.", show_usage=False)
    if row.status not in (
        AssistantStatus.PENDING,
        AssistantStatus.APPROVED,
        AssistantStatus.DECLINED,
    ):
        raise UserError(
            f"{name_of(row)} is {STATUS_WORDS[row.status]}; only they can change that.",
            show_usage=False,
        )
    row.status, row.decided_by, row.decided_at = wanted, ctx.actor.label, ctx.now
    row.updated_at = ctx.now
    await ClassAssistants(ctx.db).save(row)  # first, so none of theirs is offered back to them
    if not approve:
        await leave_sessions(ctx, row, "a coordinator withdrew your approval.")
    program = await ctx.programs.get(row.program_id)
    assert program is not None
    text = (
        f"{ctx.actor.label} approved you as a remote class assistant of {program.name}: "
        "sessions that need you will be offered to you, each with Accept and Decline."
        if approve
        else f"{ctx.actor.label} did not approve you as a remote class assistant of "
        f"{program.name}" + (f": {reason}" if reason else ".")
    )
    notices.tell_assistant(ctx, row, text, {"event": f"assistant_{wanted}", "assistant_id": row.id})
    return row


async def leave_sessions(
    ctx: Context[BookingServices], row: ClassAssistant, because: str
) -> list[int]:
    """Release the assistant from every session to come; each is offered to someone else."""
    assert row.id is not None
    placed = await AssistantAssignments(ctx.db).live_placed([row.id], ending_after=ctx.now)
    upcoming = [p for p in placed if p[2].start_utc > ctx.now]
    for asked, (assignment, *_) in zip(
        await asked_sessions(ctx.db, [(r, s, p) for _, r, s, p in upcoming]),
        upcoming,
        strict=True,
    ):
        await release(ctx, asked, assignment, row, because)
    return [asked_id for _, _, session, _ in upcoming if (asked_id := session.id) is not None]


async def recheck(ctx: Context[BookingServices], row: ClassAssistant) -> list[tuple[int, str]]:
    """After a profile change: keep each session to come that the rules still allow, in time
    order, and release the others. Returns (session, why) for each released."""
    assert row.id is not None
    assistant = as_assistant(row)
    placed = await AssistantAssignments(ctx.db).live_placed(
        [row.id], ending_after=ctx.now - MONTH_BACK
    )
    kept: list[AskingSession] = []
    released: list[tuple[int, str]] = []
    for asked, (assignment, request, session, partnership) in zip(
        await asked_sessions(ctx.db, [(r, s, p) for _, r, s, p in placed]), placed, strict=True
    ):
        target = asking_session((request, session, partnership))
        upcoming = session.start_utc > ctx.now
        found = obstacle(assistant, target, kept) if upcoming else None
        if found is None:
            kept.append(target)
            if upcoming and assignment.status == AssignmentStatus.ACCEPTED:
                await replan(ctx, asked)  # their reminders follow their zone
            continue
        why = OBSTACLE_WORDS[found]
        await release(ctx, asked, assignment, row, f"{why}.")
        released.append((asked.id, why))
    return released
