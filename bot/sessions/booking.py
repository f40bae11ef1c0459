"""Booking, confirming, rescheduling and cancelling exchange sessions.

These functions are the only place a session's time or status changes, so everything that
hangs off it (the partner's notification, the joint channel, the calendar invite's sequence,
and later the reminders and the remote class assistant, through the services'
`SessionPlanner` and `SessionAssistance`) changes with it here and nowhere else. Each runs
inside the command's transaction: a refusal raises `UserError` before anything is written.

Each decides on rows it holds until commit (the partnership, then the session: always that
order), so two commands on one session take turns: the second sees what the first did and is
told so, "Session #3 was cancelled at … by Hanbit Middle School; nothing was confirmed", or,
when it repeats the caller's own command of moments ago, is answered with its result.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.reply import Action, Button
from bot.i18n.messages import Localizable, Message
from bot.i18n.time_text import DayOf, TimeAt, TimeSpan
from bot.schools.earlier_changes import refuse_if_ended
from bot.schools.partnerships import joint_channel
from bot.schools.profile import SchoolProfile
from bot.sessions.partnership_choice import Pairing
from bot.sessions.planner import BookingServices, PlannedSession
from bot.sessions.session_text import (
    FollowingLines,
    SessionText,
    describe,
    session_data,
    time_of,
    when,
)
from bot.sessions.slots import Refusal, RefusalKind, Slot, ceil_to_grid, check_slot
from bot.times.display import Place
from storage.models import AnswerStatus, ExchangeSession, Partnership, School, SessionStatus
from storage.repositories.feedback import FeedbackAnswers, FeedbackRequests
from storage.repositories.partnerships import Partnerships
from storage.repositories.sessions import ExchangeSessions

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionDetails:
    """What a session is about; None leaves a field as it is."""

    program_type: str | None = None
    topic: str | None = None
    video_link: str | None = None
    agenda_link: str | None = None


@dataclass(frozen=True)
class SessionView:
    """A session with its partnership and both schools, the caller's first."""

    session: ExchangeSession
    partnership: Partnership
    mine: School
    theirs: School

    @property
    def schools(self) -> tuple[School, School]:
        return self.mine, self.theirs

    @property
    def pairing(self) -> Pairing:
        return Pairing(self.mine, self.theirs, self.partnership)

    @property
    def partnership_order(self) -> tuple[School, School]:
        return self.pairing.partnership_order

    def describe(self) -> SessionText:
        return describe(self.session, self.mine, self.theirs)

    def when(self) -> str:
        """In English, for areas that still write English."""
        return when(self.session, self.mine, self.theirs)

    def time(self) -> TimeSpan:
        """The session's time in both zones, the caller's first, as a message argument."""
        return time_of(self.session, self.mine, self.theirs)

    def data(self) -> dict[str, object]:
        return session_data(self.session, self.mine, self.theirs)


async def load_session(ctx: Context, session_id: int, *, lock: bool = False) -> SessionView:
    """One of the caller's school's sessions; any other number reads as unknown. Commands
    that change it `lock` it, and its partnership, until they commit."""
    mine = await ctx.my_school()
    sessions, partnerships = ExchangeSessions(ctx.db), Partnerships(ctx.db)
    session = await sessions.get(session_id)
    partnership = await partnerships.get(session.partnership_id) if session else None
    if session is None or partnership is None or not partnership.involves(mine.id):
        raise UserError(
            Message("meetings-no-such-session", school=mine.name, id=str(session_id)),
            show_usage=False,
        )
    if lock:
        held = await sessions.lock(session_id)
        assert held is not None  # sessions are never deleted
        session, partnership = held
    theirs = await ctx.schools.get(partnership.other(mine.id))
    assert theirs is not None  # partnerships reference existing schools
    return SessionView(session, partnership, mine, theirs)


async def book(
    ctx: Context[BookingServices],
    pairing: Pairing,
    start: datetime,
    end: datetime,
    details: SessionDetails,
    *,
    label: Message,
) -> SessionView:
    """A pending session at start..end; a teacher of the partner school then confirms it.
    `label` names the time in refusals, e.g. "Time 2"."""
    slot = checked_slot(ctx, pairing.mine, pairing.theirs, start, end, label)
    partnership = await _held_partnership(ctx, pairing)
    await refuse_overlap(ctx, partnership, slot, pairing, other_than=None, booking=True)
    session = await add_pending(ctx, pairing, slot, details)
    view = SessionView(session, partnership, pairing.mine, pairing.theirs)
    await _announce(
        ctx,
        view,
        "session_proposed",
        lambda reader, other: Message(
            "meetings-proposed-notice",
            who=ctx.actor.label,
            school=pairing.mine.name,
            session=describe(session, reader, other),
        ),
        actions_for_partner=(confirm_button(session),),
    )
    await ctx.services.session_assistance.proposed(ctx, session)
    logger.info("session %s proposed by %s", session.id, pairing.mine.id)
    return view


def confirm_button(session: ExchangeSession) -> Button:
    return Button(
        Message("meetings-confirm-button", id=str(session.id)), f"confirm {session.id}", "primary"
    )


async def add_pending(
    ctx: Context, pairing: Pairing, slot: Slot, details: SessionDetails
) -> ExchangeSession:
    """A new pending session of the pair at the slot, proposed by the caller's school."""
    session = ExchangeSession(
        partnership_id=pairing.booked_partnership().id,  # type: ignore[arg-type]
        start_utc=slot.start,
        end_utc=slot.end,
        duration_minutes=int((slot.end - slot.start).total_seconds()) // 60,
        within=slot.within,
        status=SessionStatus.PENDING,
        program_type=details.program_type or "cultural_exchange",
        topic=details.topic or "",
        video_link=details.video_link,
        agenda_link=details.agenda_link,
        proposed_by_school=pairing.mine.id,
        proposed_by=ctx.actor.key,
        ics_uid=f"{uuid.uuid4()}@jointclass",
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    ctx.db.add(session)
    await ctx.db.flush()
    return session


async def confirm(
    ctx: Context[BookingServices], view: SessionView, details: SessionDetails
) -> tuple[SessionView, list[Localizable]]:
    """Book the session and plan its reminders. Returns the view and what the caller's school
    should know of the plan (reminders moved off closed days, preparation already due)."""
    session = view.session
    if session.status == SessionStatus.BOOKED:
        _refuse_as_confirmed(ctx, view)
    refuse_if_cancelled(ctx, view, "confirmed")
    if session.proposed_by_school == view.mine.id:
        raise PermissionDenied(
            Message(
                "meetings-confirm-own-proposal",
                id=str(session.id),
                school=view.mine.name,
                partner=view.theirs.name,
            )
        )
    refuse_if_begun(ctx, session, "confirm")
    slot = checked_slot(
        ctx,
        view.mine,
        view.theirs,
        session.start_utc,
        session.end_utc,
        Message("meetings-label-session", id=str(session.id)),
    )
    planned = await mark_booked(ctx, session, slot, details)
    await _announce(
        ctx,
        view,
        "session_booked",
        lambda reader, other: Message(
            "meetings-booked-notice",
            who=ctx.actor.label,
            school=view.mine.name,
            session=describe(session, reader, other),
            id=str(session.id),
            notes=FollowingLines(plan_notes(planned, reader)),
        ),
        to_channel=True,
    )
    logger.info("session %s booked", session.id)
    return view, plan_notes(planned, view.mine)


async def mark_booked(
    ctx: Context[BookingServices], session: ExchangeSession, slot: Slot, details: SessionDetails
) -> PlannedSession:
    """Book the session at its checked slot (as confirmed by the caller) and plan what its
    booking sets off."""
    apply_details(session, details)
    session.within = slot.within
    session.status = SessionStatus.BOOKED
    session.confirmed_by = ctx.actor.key
    session.confirmed_at = ctx.now
    session.updated_at = ctx.now
    ctx.db.add(session)
    await ctx.db.flush()
    return await ctx.services.session_planner.plan(ctx, session)


def plan_notes(planned: PlannedSession, reader: School) -> list[Localizable]:
    """What the reader should know of the reminder plan: moves off closed days, then the
    preparation already due, each written in whichever language it is read."""
    return [note for note in (planned.moves(reader), planned.checklist(reader)) if note]


async def reschedule(
    ctx: Context[BookingServices], view: SessionView, start: datetime, *, label: Message
) -> SessionView:
    """Move a session, same length. A booked session stays booked (its invite's sequence goes
    up); a pending one now waits for the other school to confirm the new time. A session that
    has begun moves only if a teacher reported it postponed; its sides are then asked for
    feedback again after the new date."""
    session = view.session
    refuse_if_cancelled(ctx, view, "moved")
    assert session.id is not None  # a loaded row
    postponed = session.start_utc <= ctx.now and await FeedbackAnswers(ctx.db).reported(
        session.id, AnswerStatus.POSTPONED
    )
    if not postponed:
        refuse_if_begun(ctx, session, "reschedule")
    end = start + timedelta(minutes=session.duration_minutes)
    if start == session.start_utc:
        raise AlreadyDone(
            Message("meetings-already-at-that-time", id=str(session.id), session=view.describe()),
            {"session": view.data()},
        )
    slot = checked_slot(ctx, view.mine, view.theirs, start, end, label)
    await refuse_overlap(ctx, view.partnership, slot, view.pairing, other_than=session.id)
    before = session.start_utc, session.end_utc
    session.start_utc, session.end_utc, session.within = slot.start, slot.end, slot.within
    session.updated_at = ctx.now
    if session.status == SessionStatus.PENDING:
        session.proposed_by_school = view.mine.id
        session.proposed_by = ctx.actor.key
    ctx.db.add(session)
    await ExchangeSessions(ctx.db).next_sequence(session)
    booked = session.status == SessionStatus.BOOKED
    if postponed:  # the missed date's questions are done with: ask again after the new one
        await FeedbackRequests(ctx.db).forget_session(session.id)
    if booked:
        await ctx.services.session_planner.replan(ctx, session)
    await ctx.services.session_assistance.moved(ctx, session)
    await _announce(
        ctx,
        view,
        "session_rescheduled",
        lambda reader, other: Message(
            "meetings-moved-notice",
            who=ctx.actor.label,
            school=view.mine.name,
            id=str(session.id),
            before=TimeSpan(*before, (Place.of(reader), Place.of(other))),
            session=describe(session, reader, other),
            hint=FollowingLines(
                [Message("meetings-updated-invite-hint", id=str(session.id))] if booked else []
            ),
        ),
        actions_for_partner=() if booked else (confirm_button(session),),
        to_channel=booked,
    )
    logger.info("session %s rescheduled (sequence %s)", session.id, session.ics_sequence)
    return view


async def cancel(
    ctx: Context[BookingServices], view: SessionView, reason: str | None
) -> SessionView:
    session = view.session
    refuse_if_cancelled(ctx, view, "cancelled", cancelling=True)
    if session.end_utc <= ctx.now:
        raise UserError(Message("meetings-cancel-past", id=str(session.id)), show_usage=False)
    was_booked = session.status == SessionStatus.BOOKED
    await mark_cancelled(ctx, session, reason or None, view.mine.id)
    await _announce(
        ctx,
        view,
        "session_cancelled",
        lambda reader, other: Message(
            "meetings-cancelled-notice",
            who=ctx.actor.label,
            school=view.mine.name,
            id=str(session.id),
            partner=other.name,
            time=time_of(session, reader, other),
            more=FollowingLines(cancel_lines(session.id, reason, was_booked=was_booked)),
        ),
        to_channel=was_booked,
    )
    logger.info("session %s cancelled", session.id)
    return view


def cancel_lines(
    session_id: int | None, reason: str | None, *, was_booked: bool, rest: bool = False
) -> list[Message]:
    """What a cancellation's notice adds: the reason, and where the calendar cancellation is."""
    lines = [Message("meetings-cancel-reason", reason=reason)] if reason else []
    if was_booked:
        lines.append(
            Message(
                "meetings-calendar-cancellation",
                id=str(session_id),
                rest="yes" if rest else "no",
            )
        )
    return lines


async def cancel_with_partnership(
    ctx: Context[BookingServices], partnership: Partnership, reason: str | None, ended_by: str
) -> list[ExchangeSession]:
    """Cancel the sessions of an ending partnership that have not begun, so no reminder,
    agenda or feedback request goes out for a meeting that will not happen. The caller
    announces the end once, naming these sessions, instead of one message per session.
    `ended_by` is the school whose teacher ended it."""
    assert partnership.id is not None
    upcoming = await ExchangeSessions(ctx.db).upcoming([partnership.id], ctx.now)
    cancelled = [session for session in upcoming if session.start_utc > ctx.now]
    for session in cancelled:
        await mark_cancelled(ctx, session, reason or "the partnership ended", ended_by)
    return cancelled


async def mark_cancelled(
    ctx: Context[BookingServices], session: ExchangeSession, reason: str | None, school_id: str
) -> None:
    """Cancel the session (for `school_id`) and its reminders; the invite's sequence moves on
    for the CANCEL."""
    session.status = SessionStatus.CANCELLED
    session.cancel_reason = reason
    session.cancelled_by = ctx.actor.key
    session.cancelled_by_school = school_id
    session.cancelled_at = ctx.now
    session.updated_at = ctx.now
    ctx.db.add(session)
    await ExchangeSessions(ctx.db).next_sequence(session)
    await ctx.services.session_planner.cancel(ctx, session)
    await ctx.services.session_assistance.cancelled(ctx, session)


def apply_details(session: ExchangeSession, details: SessionDetails) -> None:
    if details.program_type is not None:
        session.program_type = details.program_type
    if details.topic is not None:
        session.topic = details.topic
    if details.video_link is not None:
        session.video_link = details.video_link
    if details.agenda_link is not None:
        session.agenda_link = details.agenda_link


def refuse_if_cancelled(
    ctx: Context, view: SessionView, undone: str, *, cancelling: bool = False
) -> None:
    """Say who cancelled the session and when, and that what was asked (`undone`, e.g.
    "confirmed") did not happen. The caller's own cancellation of moments ago, asked again
    (`cancelling`), is answered as done."""
    session = view.session
    if session.status != SessionStatus.CANCELLED:
        return
    assert session.cancelled_at is not None  # a cancelled session records when
    at = TimeAt(session.cancelled_at, (Place.of(view.mine),))
    if cancelling and ctx.repeats(session.cancelled_by, session.cancelled_at):
        raise AlreadyDone(
            Message(
                "meetings-cancelled-by-you-already",
                id=str(session.id),
                partner=view.theirs.name,
                at=at,
            ),
            {"session": view.data()},
        )
    by = doer(ctx, session.cancelled_by, session.cancelled_by_school, view.schools)
    if cancelling:
        raise UserError(
            Message("meetings-cancelled-already", id=str(session.id), at=at, by=by),
            show_usage=False,
        )
    raise UserError(
        Message("meetings-was-cancelled", id=str(session.id), at=at, by=by, undone=undone),
        show_usage=False,
    )


def doer(
    ctx: Context, actor: str | None, school_id: str | None, schools: tuple[School, School]
) -> Message:
    """Who did something, as the caller reads it: you, or the school they did it for."""
    if actor == ctx.actor.key:
        return Message("meetings-by-you")
    school = next((s for s in schools if s.id == school_id), None)
    return (
        Message("meetings-by-school", school=school.name)
        if school
        else Message("meetings-by-a-teacher")
    )


def _refuse_as_confirmed(ctx: Context, view: SessionView) -> None:
    """The session is booked already: by the caller's own click of moments ago (answered with
    the booking), or by a colleague (told who and when)."""
    session = view.session
    assert session.confirmed_at is not None  # booked sessions were confirmed
    at = TimeAt(session.confirmed_at, (Place.of(view.mine),))
    if ctx.repeats(session.confirmed_by, session.confirmed_at):
        raise AlreadyDone(
            Message(
                "meetings-confirmed-by-you-already",
                id=str(session.id),
                at=at,
                session=view.describe(),
            ),
            {"session": view.data()},
        )
    confirmer = view.partnership.other(session.proposed_by_school)
    raise UserError(
        Message(
            "meetings-confirmed-already",
            id=str(session.id),
            at=at,
            by=doer(ctx, session.confirmed_by, confirmer, view.schools),
            time=view.time(),
        ),
        show_usage=False,
    )


def refuse_if_begun(ctx: Context, session: ExchangeSession, verb: str) -> None:
    if session.start_utc <= ctx.now:
        raise UserError(Message("meetings-begun", id=str(session.id), verb=verb), show_usage=False)


def checked_slot(
    ctx: Context, mine: School, theirs: School, start: datetime, end: datetime, label: Message
) -> Slot:
    """The time as a slot, if it is in the future and keeps every slot rule today (hours and
    vacations may have changed since it was proposed)."""
    shown = refuse_start(ctx, mine, theirs, start, end, label)
    checked = check_slot(SchoolProfile.of(mine), SchoolProfile.of(theirs), start, end)
    if isinstance(checked, Refusal):
        raise UserError(
            Message("meetings-time-does-not-work", label=label, time=shown, why=_why(checked)),
            show_usage=False,
        )
    return checked


def refuse_start(
    ctx: Context, mine: School, theirs: School, start: datetime, end: datetime, label: Message
) -> TimeSpan:
    """Refuse a time that has begun or is off the quarter-hour grid; else the time as shown."""
    shown = TimeSpan(start, end, (Place.of(mine), Place.of(theirs)))
    if start <= ctx.now:
        raise UserError(Message("meetings-time-begun", label=label, time=shown), show_usage=False)
    if ceil_to_grid(start) != start:
        raise UserError(
            Message(
                "meetings-time-does-not-work",
                label=label,
                time=shown,
                why=_why(Refusal(RefusalKind.OFF_GRID)),
            ),
            show_usage=False,
        )
    return shown


def _why(refusal: Refusal) -> Message:
    if refusal.kind is RefusalKind.OFF_GRID:
        return Message("meetings-refusal-off-grid")
    school = refusal.school
    assert school is not None
    if refusal.kind is RefusalKind.CLOSED:
        assert refusal.closure is not None
        return Message(
            "meetings-refusal-closed",
            school=school.name,
            day=DayOf(refusal.closure.day),
            closure=refusal.closure.name,
        )
    if school.after_school_hours:
        return Message(
            "meetings-refusal-outside-hours-after-school",
            school=school.name,
            class_hours=str(school.class_hours),
            after_school_hours=str(school.after_school_hours),
        )
    return Message(
        "meetings-refusal-outside-hours", school=school.name, class_hours=str(school.class_hours)
    )


async def _held_partnership(ctx: Context, pairing: Pairing) -> Partnership:
    """The pairing's partnership, held until commit: still active, or who ended it and when."""
    known = pairing.booked_partnership()
    assert known.id is not None  # a loaded row
    partnership = await Partnerships(ctx.db).lock(known.id)
    assert partnership is not None  # partnerships are never deleted
    refuse_if_ended(ctx, partnership, pairing.mine, pairing.theirs, undone="booked")
    return partnership


async def refuse_overlap(
    ctx: Context,
    partnership: Partnership,
    slot: Slot,
    pairing: Pairing,
    *,
    other_than: int | None,
    booking: bool = False,
) -> None:
    """Two sessions of a partnership never overlap (its row is held: none is added meanwhile).
    When `booking`, a clash at the very time the caller booked moments ago is their own
    booking, asked for again."""
    assert partnership.id is not None  # a loaded row
    clashes = await ExchangeSessions(ctx.db).overlapping(
        partnership.id, slot.start, slot.end, other_than=other_than
    )
    if not clashes:
        return
    clash = clashes[0]
    same_time = (clash.start_utc, clash.end_utc) == (slot.start, slot.end)
    if booking and same_time and ctx.repeats(clash.proposed_by, clash.created_at):
        view = SessionView(clash, partnership, pairing.mine, pairing.theirs)
        raise AlreadyDone(
            Message(
                "meetings-booked-by-you-already",
                id=str(clash.id),
                at=TimeAt(clash.created_at, (Place.of(pairing.mine),)),
                session=view.describe(),
            ),
            {"session": view.data()},
        )
    raise UserError(
        Message(
            "meetings-overlaps",
            id=str(clash.id),
            status=clash.status.value,
            time=time_of(clash, pairing.mine, pairing.theirs),
        ),
        show_usage=False,
    )


async def _announce(
    ctx: Context,
    view: SessionView,
    event: str,
    text_for: Callable[[School, School], Message],
    *,
    actions_for_partner: tuple[Button, ...] = (),
    to_channel: bool = False,
) -> None:
    session = view.session
    await announce(
        ctx,
        view.pairing,
        event,
        text_for,
        lambda reader, other: {"session": session_data(session, reader, other)},
        when=session.start_utc,
        actions_for_partner=actions_for_partner,
        to_channel=to_channel,
    )


async def announce(
    ctx: Context,
    pairing: Pairing,
    event: str,
    text_for: Callable[[School, School], str | Message],
    data_for: Callable[[School, School], dict[str, Any]],
    *,
    when: datetime,
    actions_for_partner: Sequence[Action | Button] = (),
    to_channel: bool = False,
) -> None:
    """Tell the partner school, the caller's colleagues and (for agreed changes) the joint
    channel; each reads the times with its own zone first, a `Message` in their language (the
    joint channel: in both schools' languages, the home side's first)."""
    mine, theirs = pairing.mine, pairing.theirs
    await ctx.notify_school(
        theirs.id,
        text_for(theirs, mine),
        {"event": event, **data_for(theirs, mine)},
        actions_for_partner,
        when=when,
    )
    await ctx.notify_school(
        mine.id, text_for(mine, theirs), {"event": event, **data_for(mine, theirs)}, when=when
    )
    channel = joint_channel(pairing.booked_partnership())
    if to_channel and channel is not None:
        first, second = pairing.partnership_order
        post = text_for(first, second)
        data = {"event": event, **data_for(first, second)}
        if isinstance(post, str):
            ctx.notify_channel(channel, post, data, when=when)
        else:
            ctx.post_for_both(channel, post, first, second, data, when=when)
