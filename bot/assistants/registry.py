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
from bot.assistants.people import AssistantProfile, as_assistant, name_of
from bot.assistants.rules import obstacle
from bot.assistants.team import MONTH_BACK, asking_session
from bot.assistants.values import AskingSession
from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.i18n.messages import Message
from bot.sessions.planner import BookingServices
from bot.times.vacations import DateRange, format_vacations
from bot.times.weekly_hours import WeeklyHours
from storage.models import AssignmentStatus, AssistantStatus, ClassAssistant, Program
from storage.repositories.assistance import AssistantAssignments
from storage.repositories.assistants import ClassAssistants

logger = logging.getLogger(__name__)

HOURS_NEEDED = Message("assistant-hours-needed")
TWO_LANGUAGES_NEEDED = Message("assistant-two-languages-needed")


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
        raise UserError(Message("assistant-not-registered"), show_usage=False)
    return row


async def register(ctx: Context, program: Program, profile: Profile) -> ClassAssistant:
    """A new volunteer (or one who left or was not approved, registering again), pending."""
    actor = ctx.actor
    assistants = ClassAssistants(ctx.db)
    row = await assistants.of_user(actor.platform, actor.workspace, actor.user_id)
    if row is not None and row.status not in (AssistantStatus.LEFT, AssistantStatus.DECLINED):
        raise UserError(
            Message("assistant-registered-already", id=str(row.id), status=row.status.value),
            show_usage=False,
        )
    if not profile.hours:
        raise UserError(HOURS_NEEDED)
    if not profile.languages or len(set(profile.languages)) < 2:
        raise UserError(TWO_LANGUAGES_NEEDED)
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
        await notices.tell_person(
            ctx,
            (coordinator.platform, coordinator.workspace, coordinator.user_id),
            Message(
                "assistant-volunteers",
                name=name_of(row),
                program=program.name,
                profile=AssistantProfile(row),
            ),
            {"event": "assistant_registered", "assistant_id": row.id},
            (
                notices.Button(
                    Message("assistant-button-approve"), f"assistant approve #{row.id}", "primary"
                ),
                notices.Button(
                    Message("assistant-button-decline"), f"assistant decline #{row.id}", "danger"
                ),
            ),
        )
    logger.info("assistant %s registered in program %s", row.id, program.id)
    return row


async def decide(
    ctx: Context[BookingServices], row: ClassAssistant, approve: bool, reason: str | None
) -> ClassAssistant:
    """A coordinator of the assistant's program approves or declines them."""
    if not ctx.coordinates(row.program_id):
        raise PermissionDenied(Message("assistant-not-your-program", id=str(row.id)))
    wanted = AssistantStatus.APPROVED if approve else AssistantStatus.DECLINED
    if row.status == wanted:
        raise UserError(
            Message("assistant-decided-already", name=name_of(row), status=row.status.value),
            show_usage=False,
        )
    if row.status not in (
        AssistantStatus.PENDING,
        AssistantStatus.APPROVED,
        AssistantStatus.DECLINED,
    ):
        raise UserError(
            Message("assistant-theirs-to-change", name=name_of(row), status=row.status.value),
            show_usage=False,
        )
    row.status, row.decided_by, row.decided_at = wanted, ctx.actor.label, ctx.now
    row.updated_at = ctx.now
    await ClassAssistants(ctx.db).save(row)  # first, so none of theirs is offered back to them
    if not approve:
        await leave_sessions(ctx, row, Message("assistant-because-unapproved"))
    program = await ctx.programs.get(row.program_id)
    assert program is not None
    by, name = ctx.actor.label, program.name
    message = (
        Message("assistant-approved-notice", by=by, program=name)
        if approve
        else Message("assistant-declined-notice-why", by=by, program=name, reason=reason)
        if reason
        else Message("assistant-declined-notice", by=by, program=name)
    )
    await notices.tell_assistant(
        ctx, row, message, {"event": f"assistant_{wanted}", "assistant_id": row.id}
    )
    return row


async def leave_sessions(
    ctx: Context[BookingServices], row: ClassAssistant, because: Message
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


async def recheck(ctx: Context[BookingServices], row: ClassAssistant) -> list[tuple[int, Message]]:
    """After a profile change: keep each session to come that the rules still allow, in time
    order, and release the others. Returns (session, why) for each released."""
    assert row.id is not None
    assistant = as_assistant(row)
    placed = await AssistantAssignments(ctx.db).live_placed(
        [row.id], ending_after=ctx.now - MONTH_BACK
    )
    kept: list[AskingSession] = []
    released: list[tuple[int, Message]] = []
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
        why = Message("assistant-because-rule", rule=found.value)
        await release(ctx, asked, assignment, row, why)
        released.append((asked.id, why))
    return released
