"""Booking a series of sessions and changing it: one proposal, one confirmation, and moves or
cancellations of one occurrence or of the rest of the series.

Each occurrence is an ordinary session, so it has its own reminders, agenda, invite and
feedback request, and `booking` changes it as it changes any session; this module plans the
series (`series_plan`) and keeps its `SeriesOccurrence` rows in step with the sessions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.reply import Button
from bot.i18n.messages import Localizable, Message
from bot.schools.profile import SchoolProfile, join_list, split_list
from bot.sessions import booking
from bot.sessions.booking import SessionDetails, SessionView
from bot.sessions.partnership_choice import Pairing
from bot.sessions.planner import BookingServices, PlannedSession
from bot.sessions.series_plan import (
    Occurrence,
    SeriesPlan,
    SeriesRequest,
    after_school_for,
    plan_series,
    stored_hindrance,
)
from bot.sessions.series_text import (
    balance_message,
    cadence_message,
    fair_hours_message,
    occurrence_line,
    offset_lines,
    series_data,
)
from bot.sessions.session_text import FollowingLines
from bot.sessions.slots import Slot
from storage.models import (
    ExchangeSession,
    Placement,
    School,
    SeriesCadence,
    SeriesOccurrence,
    SessionSeries,
    SessionStatus,
)
from storage.repositories.partnerships import Partnerships
from storage.repositories.series import SeriesOfSessions
from storage.repositories.sessions import LIVE_STATUSES, ExchangeSessions

logger = logging.getLogger(__name__)

SKIPPED_REASON = "no time that week suits both schools"


@dataclass(frozen=True)
class SeriesRule:
    cadence: SeriesCadence
    count: int
    fair_hours: bool = True


@dataclass(frozen=True)
class SeriesView:
    """A series with its occurrences and their sessions, seen from the caller's school."""

    series: SessionSeries
    pairing: Pairing
    rows: tuple[SeriesOccurrence, ...]
    sessions: dict[int, ExchangeSession]  # by session id

    @property
    def profiles(self) -> tuple[SchoolProfile, SchoolProfile]:
        return self.pairing.profiles

    def session_of(self, row: SeriesOccurrence) -> ExchangeSession | None:
        return self.sessions.get(row.session_id) if row.session_id is not None else None

    def occurrences(self) -> list[Occurrence]:
        return [occurrence_of(row, self.session_of(row), self.profiles) for row in self.rows]

    def live(self) -> list[ExchangeSession]:
        """The sessions that still hold their time, in order."""
        found = (self.session_of(row) for row in self.rows)
        return [s for s in found if s is not None and s.status in LIVE_STATUSES]

    def lines(self, reader: School) -> list[Message]:
        """Each occurrence, the balance and the daylight-saving changes, `reader`'s zone first."""
        schools = _ordered(self.profiles, reader.id)
        occurrences = self.occurrences()
        lines = []
        for row, occurrence in zip(self.rows, occurrences, strict=True):
            session = self.session_of(row)
            cancelled = session is not None and session.status == SessionStatus.CANCELLED
            lines.append(
                occurrence_line(occurrence, schools, session_id=row.session_id, cancelled=cancelled)
            )
        live = {session.id for session in self.live()}
        taking_place = [
            o for row, o in zip(self.rows, occurrences, strict=True) if row.session_id in live
        ]
        lines.append(balance_message(taking_place, schools))
        lines += offset_lines(taking_place, schools)
        return lines

    def data(self, reader: School) -> dict[str, Any]:
        schools = _ordered(self.profiles, reader.id)
        session_ids = [row.session_id for row in self.rows]
        return {
            "id": self.series.id,
            "cadence": self.series.cadence.value,
            **series_data(self.occurrences(), schools, session_ids),
        }


def _ordered(
    profiles: tuple[SchoolProfile, SchoolProfile], first_id: str
) -> tuple[SchoolProfile, SchoolProfile]:
    mine, theirs = profiles
    return (mine, theirs) if mine.id == first_id else (theirs, mine)


def occurrence_of(
    row: SeriesOccurrence,
    session: ExchangeSession | None,
    schools: tuple[SchoolProfile, SchoolProfile],
) -> Occurrence:
    """A stored occurrence as the planner's `Occurrence`, its slot where its session now is."""
    slot = (
        Slot(session.start_utc, session.end_utc, session.within)
        if session is not None and row.placement is not Placement.SKIPPED
        else None
    )
    by_id = {school.id: school for school in schools}
    hindrance = (
        stored_hindrance(
            row.obstacle,
            by_id.get(row.obstacle_school or ""),
            row.obstacle_name,
            row.planned_start_utc,
        )
        if row.obstacle is not None
        else None
    )
    after_school = split_list(row.after_school_for)
    return Occurrence(
        row.position, row.planned_start_utc, row.placement, slot, hindrance, after_school
    )


def _record(row: SeriesOccurrence, occurrence: Occurrence) -> None:
    """Write the planner's decision into the occurrence's row."""
    hindrance = occurrence.hindrance
    row.planned_start_utc = occurrence.planned
    row.placement = occurrence.placement
    row.obstacle = hindrance.kind if hindrance else None
    row.obstacle_school = hindrance.school.id if hindrance and hindrance.school else None
    row.obstacle_name = str(hindrance.name) if hindrance else ""
    row.after_school_for = join_list(occurrence.after_school_for)


async def _taken(
    ctx: Context, pairing: Pairing, *, except_ids: Sequence[int | None] = ()
) -> tuple[tuple[datetime, datetime], ...]:
    """The pair's other pending and booked sessions, the partnership locked until commit."""
    partnership = pairing.booked_partnership()
    assert partnership.id is not None
    await Partnerships(ctx.db).lock(partnership.id)
    upcoming = await ExchangeSessions(ctx.db).upcoming([partnership.id], ctx.now)
    return tuple((s.start_utc, s.end_utc) for s in upcoming if s.id not in except_ids)


def _nothing_fits(plan: SeriesPlan, pairing: Pairing) -> UserError:
    lines = [occurrence_line(o, pairing.profiles) for o in plan.occurrences]
    return UserError(
        Message("meetings-series-nothing-fits", lines=FollowingLines(lines)), show_usage=False
    )


@dataclass(frozen=True)
class BookedSeries:
    view: SeriesView
    plan: SeriesPlan

    def fair_hours_note(self) -> Message | None:
        return fair_hours_message(self.plan.fair_hours, self.plan.hours, self.view.profiles)


async def book_series(
    ctx: Context[BookingServices],
    pairing: Pairing,
    start: datetime,
    duration: int,
    rule: SeriesRule,
    details: SessionDetails,
    *,
    label: Message,
) -> BookedSeries:
    """Pending sessions for every occurrence that fits; a teacher of the partner school then
    confirms them all at once. Refused, with each decision, when none fits."""
    partnership = pairing.booked_partnership()
    end = start + timedelta(minutes=duration)
    booking.refuse_start(ctx, pairing.mine, pairing.theirs, start, end, label)
    plan = plan_series(
        SeriesRequest(
            *pairing.profiles,
            start,
            duration,
            rule.cadence,
            tuple(range(1, rule.count + 1)),
            not_before=ctx.now,
            taken=await _taken(ctx, pairing),
            fair_hours=rule.fair_hours,
        )
    )
    if not plan.placed:
        raise _nothing_fits(plan, pairing)
    series = SessionSeries(
        partnership_id=partnership.id,  # type: ignore[arg-type]
        cadence=rule.cadence,
        occurrences=rule.count,
        fair_hours=rule.fair_hours,
        proposed_by_school=pairing.mine.id,
        proposed_by=ctx.actor.key,
        created_at=ctx.now,
    )
    rows, sessions = [], {}
    for occurrence in plan.occurrences:
        row = SeriesOccurrence(
            series_id=0,
            position=occurrence.position,
            planned_start_utc=occurrence.planned,
            placement=occurrence.placement,
        )
        _record(row, occurrence)
        if occurrence.slot is not None:
            session = await booking.add_pending(ctx, pairing, occurrence.slot, details)
            row.session_id = session.id
            sessions[session.id] = session
        rows.append(row)
    await SeriesOfSessions(ctx.db).add(series, rows)
    for session in sessions.values():
        await ctx.services.session_assistance.proposed(ctx, session)
    view = SeriesView(series, pairing, tuple(rows), sessions)  # type: ignore[arg-type]
    booked = BookedSeries(view, plan)
    fair = booked.fair_hours_note()
    first = view.live()[0]
    await _announce(
        ctx,
        view,
        "series_proposed",
        lambda other: Message(
            "meetings-series-proposed-notice",
            who=ctx.actor.label,
            school=pairing.mine.name,
            count=str(len(rows)),
            partner=other.name,
            cadence=cadence_message(rule.cadence),
        ),
        lambda reader: [fair] if fair else [],
        when=first.start_utc,
        actions_for_partner=(
            Button(
                Message("meetings-confirm-series-button", series=str(series.id)),
                f"confirm {first.id}",
                "primary",
            ),
        ),
    )
    logger.info("series %s proposed by %s: %s sessions", series.id, pairing.mine.id, len(sessions))
    return booked


async def series_of(ctx: Context, view: SessionView) -> SeriesView | None:
    """The series a session belongs to, seen from the caller's school; None for a single one."""
    repository = SeriesOfSessions(ctx.db)
    occurrence = (await repository.of_sessions([view.session.id])).get(view.session.id or 0)
    if occurrence is None:
        return None
    series = await repository.get(occurrence.series_id)
    assert series is not None
    rows = tuple(await repository.occurrences([occurrence.series_id]))
    sessions = await ExchangeSessions(ctx.db).by_ids(
        row.session_id for row in rows if row.session_id is not None
    )
    return SeriesView(series, view.pairing, rows, sessions)


def _position_of(series: SeriesView, session: ExchangeSession) -> int:
    return next(row.position for row in series.rows if row.session_id == session.id)


async def confirm_series(
    ctx: Context[BookingServices], series: SeriesView, details: SessionDetails
) -> tuple[list[ExchangeSession], PlannedSession]:
    """Book every pending occurrence the partner school proposed, each checked again as a
    single session would be; returns them and the first one's reminder plan (its checklist)."""
    mine, theirs = series.pairing.mine, series.pairing.theirs
    pending = [s for s in series.live() if s.status == SessionStatus.PENDING]
    if not pending:
        raise UserError(
            Message("meetings-series-nothing-waiting", series=str(series.series.id)),
            show_usage=False,
        )
    theirs_to_confirm = [s for s in pending if s.proposed_by_school != mine.id]
    if not theirs_to_confirm:
        raise PermissionDenied(
            Message(
                "meetings-series-own-proposal",
                series=str(series.series.id),
                school=mine.name,
                partner=theirs.name,
            )
        )
    slots = []
    for session in theirs_to_confirm:
        booking.refuse_if_begun(ctx, session, "confirm")
        label = Message(
            "meetings-label-series-session",
            id=str(session.id),
            position=str(_position_of(series, session)),
        )
        slots.append(
            booking.checked_slot(ctx, mine, theirs, session.start_utc, session.end_utc, label)
        )
    plans = [
        await booking.mark_booked(ctx, session, slot, details)
        for session, slot in zip(theirs_to_confirm, slots, strict=True)
    ]
    first_plan = plans[0]  # its plan notes are the series': the later ones' steps are not due yet
    await _announce(
        ctx,
        series,
        "series_booked",
        lambda other: Message(
            "meetings-series-booked-notice",
            who=ctx.actor.label,
            school=mine.name,
            series=str(series.series.id),
            count=len(theirs_to_confirm),
        ),
        lambda reader: [
            Message("meetings-series-invites-hint", id=str(theirs_to_confirm[0].id)),
            *booking.plan_notes(first_plan, reader),
        ],
        when=theirs_to_confirm[0].start_utc,
        to_channel=True,
    )
    logger.info("series %s booked: %s sessions", series.series.id, len(theirs_to_confirm))
    return theirs_to_confirm, first_plan


async def _announce(
    ctx: Context,
    series: SeriesView,
    event: str,
    heading: Callable[[School], Message],
    after: Callable[[School], Sequence[Message | Localizable]] = lambda reader: [],
    *,
    when: datetime,
    actions_for_partner: tuple[Button, ...] = (),
    to_channel: bool = False,
) -> None:
    """One message about the whole series: `heading` (given the other school), every session
    as the reader reads it, then `after`."""
    await booking.announce(
        ctx,
        series.pairing,
        event,
        lambda reader, other: Message(
            "meetings-series-notice",
            heading=heading(other),
            lines=FollowingLines([*series.lines(reader), *after(reader)]),
        ),
        lambda reader, other: {"series": series.data(reader)},
        when=when,
        actions_for_partner=actions_for_partner,
        to_channel=to_channel,
    )


def later_sessions(series: SeriesView, session: ExchangeSession) -> list[ExchangeSession]:
    """This occurrence's session and those of every later occurrence, whatever their status."""
    position = _position_of(series, session)
    found = (series.session_of(row) for row in series.rows if row.position >= position)
    return [s for s in found if s is not None]


def rest_from(series: SeriesView, session: ExchangeSession, now: datetime) -> list[ExchangeSession]:
    """This occurrence's session and every later one that still holds its time and has not
    begun."""
    return [
        s
        for s in later_sessions(series, session)
        if s.status in LIVE_STATUSES and s.start_utc > now
    ]


@dataclass(frozen=True)
class MovedRest:
    moved: list[ExchangeSession]  # sessions now at new times (invites updated when booked)
    dropped: list[ExchangeSession]  # sessions cancelled: their week had no time for both
    series: SeriesView


async def reschedule_rest(
    ctx: Context[BookingServices],
    view: SessionView,
    series: SeriesView,
    start: datetime,
    *,
    label: Message,
) -> MovedRest:
    """Move this occurrence to `start` and re-plan every later one from there: the rule starts
    again at the new time (same cadence, the same gaps), each occurrence placed as at booking;
    one whose week has no time for both is cancelled and counted as skipped."""
    session = view.session
    booking.refuse_if_cancelled(ctx, view, "moved")
    booking.refuse_if_begun(ctx, session, "reschedule")
    if start == session.start_utc:
        raise UserError(
            Message("meetings-series-already-at", id=str(session.id), time=view.time()),
            show_usage=False,
        )
    rest = rest_from(series, session, ctx.now)
    end = start + timedelta(minutes=session.duration_minutes)
    booking.checked_slot(ctx, view.mine, view.theirs, start, end, label)
    rows = {row.session_id: row for row in series.rows}
    taken = await _taken(ctx, series.pairing, except_ids=[s.id for s in rest])
    plan = plan_series(
        SeriesRequest(
            *series.profiles,
            start,
            session.duration_minutes,
            series.series.cadence,
            tuple(rows[s.id].position for s in rest),
            not_before=ctx.now,
            taken=taken,
            fair_hours=series.series.fair_hours,
        )
    )
    first = plan.occurrences[0]
    if first.slot is None or first.slot.start != start:  # checked above, but for a clash
        raise UserError(Message("meetings-series-start-overlaps", label=label), show_usage=False)
    moved, dropped = [], []
    for current, occurrence in zip(rest, plan.occurrences, strict=True):
        row = rows[current.id]
        _record(row, occurrence)
        ctx.db.add(row)
        if occurrence.slot is None:
            await booking.mark_cancelled(ctx, current, SKIPPED_REASON, view.mine.id)
            dropped.append(current)
        elif occurrence.slot.start != current.start_utc:
            await _move(ctx, current, occurrence.slot, view.mine)
            moved.append(current)
    await _announce(
        ctx,
        series,
        "series_rescheduled",
        lambda other: Message(
            "meetings-series-moved-notice",
            who=ctx.actor.label,
            school=view.mine.name,
            id=str(session.id),
            series=str(series.series.id),
        ),
        when=start,
        to_channel=any(s.status == SessionStatus.BOOKED for s in moved + dropped),
    )
    logger.info(
        "series %s re-planned from session %s: %s moved, %s dropped",
        series.series.id,
        session.id,
        len(moved),
        len(dropped),
    )
    return MovedRest(moved, dropped, series)


async def _move(
    ctx: Context[BookingServices], session: ExchangeSession, slot: Slot, mover: School
) -> None:
    """A session of the series at its new time, as `booking.reschedule` moves one."""
    session.start_utc, session.end_utc, session.within = slot.start, slot.end, slot.within
    session.updated_at = ctx.now
    if session.status == SessionStatus.PENDING:
        session.proposed_by_school = mover.id
        session.proposed_by = ctx.actor.key
    ctx.db.add(session)
    await ExchangeSessions(ctx.db).next_sequence(session)
    if session.status == SessionStatus.BOOKED:
        await ctx.services.session_planner.replan(ctx, session)
    await ctx.services.session_assistance.moved(ctx, session)


async def cancel_rest(
    ctx: Context[BookingServices], view: SessionView, series: SeriesView, reason: str | None
) -> list[ExchangeSession]:
    """Cancel this occurrence and every later one that has not begun; one message says so."""
    session = view.session
    booking.refuse_if_cancelled(ctx, view, "cancelled", cancelling=True)
    booking.refuse_if_begun(ctx, session, "cancel")
    rest = rest_from(series, session, ctx.now)
    was_booked = any(s.status == SessionStatus.BOOKED for s in rest)
    for current in rest:
        await booking.mark_cancelled(ctx, current, reason or None, view.mine.id)
    await _announce(
        ctx,
        series,
        "series_cancelled",
        lambda other: Message(
            "meetings-series-cancelled-notice",
            who=ctx.actor.label,
            school=view.mine.name,
            id=str(session.id),
            series=str(series.series.id),
            partner=other.name,
        ),
        lambda reader: booking.cancel_lines(session.id, reason, was_booked=was_booked, rest=True),
        when=session.start_utc,
        to_channel=was_booked,
    )
    logger.info("series %s cancelled from session %s", series.series.id, session.id)
    return rest


async def record_move(ctx: Context, series: SeriesView | None, session: ExchangeSession) -> None:
    """A teacher moved one occurrence: its row says so (moved, by the teachers)."""
    if series is None:
        return
    row = next(row for row in series.rows if row.session_id == session.id)
    row.placement = Placement.MOVED
    row.obstacle, row.obstacle_school, row.obstacle_name = None, None, ""
    row.after_school_for = join_list(
        after_school_for(series.profiles, session.start_utc, session.end_utc)
    )
    ctx.db.add(row)
