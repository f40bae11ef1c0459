"""Every change of an assistant's part in a session: offered, accepted, declined, released.

Each runs inside the command's transaction, tells whom it concerns through the outbox, and
re-plans the session's reminders when the assistant who receives them changes. A session is
offered to the free assistant `offer()` picks, leaving every other assignment where it is;
whoever declines a session is never offered it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.assistants import notices
from bot.assistants.asked import AskedSession, asked_session
from bot.assistants.offer import offer
from bot.assistants.people import as_assistant, name_of
from bot.assistants.reason_text import teacher_reason
from bot.assistants.reasons import Uncovered, UncoveredReason
from bot.assistants.rules import Obstacle, obstacle
from bot.assistants.team import approved_team, asking_session, held
from bot.core.context import Context
from bot.core.errors import UserError
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Message
from bot.sessions.planner import BookingServices
from storage.models import (
    LIVE_ASSIGNMENTS,
    AssignmentStatus,
    AssistantAssignment,
    ClassAssistant,
    SessionStatus,
)
from storage.repositories.assistance import AssistantAssignments
from storage.repositories.assistants import ClassAssistants

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """Where a session's assistance stands after a change: its live assignment (offered or
    accepted) and who holds it, or why nobody can take it."""

    asked: AskedSession
    assignment: AssistantAssignment | None = None
    assistant: ClassAssistant | None = None
    uncovered: UncoveredReason | None = None

    @property
    def accepted(self) -> bool:
        return self.assignment is not None and self.assignment.status == AssignmentStatus.ACCEPTED

    def for_teachers(self) -> Message:
        """What the schools may read: the assistant's name and languages once they accepted."""
        asked = self.asked
        if self.accepted and self.assistant is not None:
            return Message(
                "assistance-assists", name=name_of(self.assistant), languages=asked.language_words
            )
        if self.assignment is not None:
            return Message("assistance-offered", languages=asked.language_words)
        assert self.uncovered is not None
        return Message(
            "assistance-uncovered",
            languages=asked.language_words,
            reason=teacher_reason(self.uncovered, asked.places()),
        )

    def data(self) -> dict[str, object]:
        return {
            **self.asked.data(),
            "assistance": (self.assignment.status if self.assignment is not None else "uncovered"),
            "assistant": name_of(self.assistant) if self.accepted and self.assistant else None,
        }


async def holder_of(
    ctx: Context, session_id: int
) -> tuple[AssistantAssignment, ClassAssistant] | None:
    """The session's live (offered or accepted) assignment and the assistant holding it."""
    live = await AssistantAssignments(ctx.db).live_of_session(session_id)
    row = await ClassAssistants(ctx.db).get(live.assistant_id) if live else None
    return (live, row) if live and row else None


async def current(ctx: Context, asked: AskedSession) -> Outcome:
    """The session's assistance as it stands, without offering it to anyone."""
    held_by = await holder_of(ctx, asked.id)
    return Outcome(asked, *held_by) if held_by else Outcome(asked)


async def offer_session(ctx: Context, asked: AskedSession) -> Outcome:
    """Keep the session's live assignment, or offer it to a free assistant, or say why none is."""
    now = await current(ctx, asked)
    if now.assignment is not None:
        return now
    assignments = AssistantAssignments(ctx.db)
    team = await approved_team(ctx.db, asked.partnership.program_id, lock=True)
    declined = (await assignments.declined_by([asked.id])).get(asked.id, set())
    target = asking_session(asked.asking, declined)
    chosen = offer(target, team.values, await held(ctx.db, team.rows, from_=target.start))
    if isinstance(chosen, Uncovered):
        return Outcome(asked, uncovered=chosen.reason)
    row = team.rows[chosen.assistant_id]
    program = await ctx.programs.get(asked.partnership.program_id)
    assert program is not None  # partnerships reference existing programs
    return Outcome(asked, await make_offer(ctx, asked, row, program.name), row)


async def make_offer(
    ctx: Context, asked: AskedSession, row: ClassAssistant, program: str
) -> AssistantAssignment:
    """Offer the session to the assistant, who is asked to accept or decline."""
    assert row.id is not None  # a stored row
    assignment = await AssistantAssignments(ctx.db).add(
        AssistantAssignment(
            session_id=asked.id,
            assistant_id=row.id,
            status=AssignmentStatus.OFFERED,
            offered_at=ctx.now,
        )
    )
    await notices.offer(ctx, asked, row, program)
    logger.info("session %s offered to assistant %s", asked.id, row.id)
    return assignment


async def answered(
    ctx: Context, row: ClassAssistant, session_id: int
) -> tuple[AskedSession, AssistantAssignment]:
    """The assistant's live assignment to the session, which they can still answer."""
    assert row.id is not None  # a stored row
    assignment = await AssistantAssignments(ctx.db).of_assistant_session(row.id, session_id)
    asked = await asked_session(ctx.db, session_id) if assignment else None
    if assignment is None or asked is None:
        raise UserError(Message("assistant-no-such-session", id=str(session_id)), show_usage=False)
    if assignment.status not in LIVE_ASSIGNMENTS:
        raise UserError(
            Message("assistant-no-longer-why", id=str(session_id), why=assignment.note)
            if assignment.note and assignment.status == AssignmentStatus.DECLINED  # their words
            else Message("assistant-no-longer", id=str(session_id)),
            show_usage=False,
        )
    if asked.session.status == SessionStatus.CANCELLED or asked.session.start_utc <= ctx.now:
        raise UserError(Message("assistant-session-over", id=str(session_id)), show_usage=False)
    return asked, assignment


async def accept(ctx: Context[BookingServices], row: ClassAssistant, session_id: int) -> Outcome:
    asked, assignment = await answered(ctx, row, session_id)
    if assignment.status == AssignmentStatus.ACCEPTED:
        raise UserError(Message("assistant-assists-already", id=str(session_id)), show_usage=False)
    await _set(ctx, assignment, AssignmentStatus.ACCEPTED, answered=True)
    await replan(ctx, asked)
    await notices.tell_pair(
        ctx,
        asked,
        notices.assists(asked, row),
        {"event": "assistance_accepted", **asked.data(), "assistant": name_of(row)},
        channel=True,
    )
    logger.info("assistant %s accepted session %s", row.id, session_id)
    return Outcome(asked, assignment, row)


async def withdraw(
    ctx: Context[BookingServices], row: ClassAssistant, session_id: int, reason: str | None
) -> Outcome:
    """The assistant says no (to an offer, or after accepting): they are not offered the
    session again, and it is offered to someone else who is free."""
    asked, assignment = await answered(ctx, row, session_id)
    was_accepted = assignment.status == AssignmentStatus.ACCEPTED
    await _set(ctx, assignment, AssignmentStatus.DECLINED, answered=True, note=reason or "")
    if was_accepted:
        await replan(ctx, asked)
    again = await offer_session(ctx, asked)
    if was_accepted or again.uncovered:
        await _tell_teachers(ctx, asked, row, again)
    logger.info("assistant %s declined session %s", row.id, session_id)
    return again


async def release(
    ctx: Context[BookingServices],
    asked: AskedSession,
    assignment: AssistantAssignment,
    row: ClassAssistant,
    because: Message,
) -> Outcome:
    """End the assignment because of a change (`because`, an `assistant-because-…` message,
    says why to the assistant; its English is kept as the assignment's note), then offer the
    session to someone else who is free, telling the teachers."""
    was_accepted = assignment.status == AssignmentStatus.ACCEPTED
    note = ctx.translator.render(because, ENGLISH)  # kept for the record, in English
    await _set(ctx, assignment, AssignmentStatus.RELEASED, note=note)
    await notices.tell_assistant(
        ctx,
        row,
        Message(
            "assistant-released",
            id=str(asked.id),
            pair=asked.pair,
            when=asked.when(),
            because=because,
        ),
        {"event": "assistance_released", **asked.data()},
        asked=asked,
    )
    if was_accepted:
        await replan(ctx, asked)
    if asked.session.status == SessionStatus.CANCELLED:
        return Outcome(asked)
    again = await offer_session(ctx, asked)
    if was_accepted or again.uncovered:
        await _tell_teachers(ctx, asked, row, again)
    logger.info("assistant %s released from session %s", row.id, asked.id)
    return again


async def still_free(ctx: Context, asked: AskedSession, row: ClassAssistant) -> Obstacle | None:
    """None when the assistant can still serve the session as it now is (after it moved, or
    its languages changed); else the rule that now keeps them from it."""
    assert row.id is not None
    target = asking_session(asked.asking)
    theirs = [
        other.session
        for other in await held(ctx.db, [row.id], from_=target.start)
        if other.session.id != asked.id
    ]
    return obstacle(as_assistant(row), target, theirs)


async def _tell_teachers(
    ctx: Context, asked: AskedSession, row: ClassAssistant, again: Outcome
) -> None:
    """The assistant who held the session no longer can, and where it stands now."""
    await notices.tell_pair(
        ctx,
        asked,
        Message(
            "assistance-lost",
            name=name_of(row),
            id=str(asked.id),
            pair=asked.pair,
            when=asked.when(),
            now=again.for_teachers(),
        ),
        {"event": "assistance_changed", **again.data()},
        channel=False,
    )


async def _set(
    ctx: Context,
    assignment: AssistantAssignment,
    status: AssignmentStatus,
    *,
    answered: bool = False,
    note: str = "",
) -> None:
    assignment.status = status
    if answered:
        assignment.answered_at = ctx.now
    if status not in LIVE_ASSIGNMENTS:
        assignment.ended_at = ctx.now
        assignment.note = note[:300]
    ctx.db.add(assignment)
    await ctx.db.flush()


async def replan(ctx: Context[BookingServices], asked: AskedSession) -> None:
    """The assistant who receives the session's reminders, or their zone, changed."""
    if asked.session.status == SessionStatus.BOOKED:
        await ctx.services.session_planner.replan(ctx, asked.session)
