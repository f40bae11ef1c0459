"""Planning, confirming, marking steps done and cancelling activities: the only place an
activity or a step changes, so the partner's notice, the joint channel and the reminders
before each deadline change with it here.

Each decides on rows it holds until commit (the partnership, then the activity: the order
booking keeps), so two commands on one activity take turns: the second sees what the first
did and is told so ("Step post was already marked done at … by Hanbit Middle School"), or,
when it repeats the caller's own command of moments ago, is answered with its result.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from bot.activities.deadlines import (
    Deadline,
    NoOpenDay,
    StepOwner,
    place_deadlines,
    planned_dates,
)
from bot.activities.kinds import KINDS, KindSpec, Owner
from bot.activities.planner import ActivityServices
from bot.activities.text import ActivityView, kind_title, moment, step_task
from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.reply import Button
from bot.i18n.messages import Argument, Message
from bot.i18n.time_text import DayOf
from bot.schools.closed_days import SchoolCalendar
from bot.schools.earlier_changes import refuse_if_ended
from bot.schools.profile import SchoolProfile
from bot.sessions.booking import announce
from bot.sessions.partnership_choice import Pairing, pairing_of
from bot.times.local_time import to_local
from storage.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    ActivityStep,
    Partnership,
    School,
    StepStatus,
)
from storage.repositories.activities import LIVE_ACTIVITY, Activities
from storage.repositories.partnerships import Partnerships

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanRule:
    """When the steps are due: explicit dates, or a first deadline and a spacing."""

    start: date | None = None  # the first step's deadline, its owner's date
    every_weeks: int | None = None  # instead of the kind's gaps
    dates: tuple[date, ...] = ()  # one per step, each its owner's date
    partner_starts: bool = False  # the partner school owns the first step


def _step_owners(pairing: Pairing, spec: KindSpec, partner_starts: bool) -> list[StepOwner]:
    """Each step's owner, with its zone and calendar, in the kind's order."""
    first, second = (pairing.theirs, pairing.mine) if partner_starts else pairing.both
    owner_of = {
        Owner.FIRST: _step_owner(first),
        Owner.SECOND: _step_owner(second),
    }
    return [owner_of[step.owner] for step in spec.steps]


def _step_owner(school: School) -> StepOwner:
    return StepOwner(school.id, school.timezone, SchoolCalendar.of(SchoolProfile.of(school)))


def _today(ctx: Context, school: School) -> date:
    return to_local(ctx.now, school.timezone).date()


def plan_deadlines(
    ctx: Context, pairing: Pairing, spec: KindSpec, rule: PlanRule
) -> list[Deadline]:
    """Each step's deadline by the rule, or a `UserError` saying what is wrong with it."""
    owners = _step_owners(pairing, spec, rule.partner_starts)
    schools = {school.id: school for school in pairing.both}
    if rule.dates:
        if rule.start is not None or rule.every_weeks is not None:
            raise UserError(Message("activity-dates-with-start"))
        names = ", ".join(step.name for step in spec.steps)
        if len(rule.dates) != len(spec.steps):
            raise UserError(
                Message(
                    "activity-dates-count",
                    kind=kind_title(spec.kind),
                    steps=len(spec.steps),
                    names=names,
                    given=len(rule.dates),
                )
            )
        for earlier, later in pairwise(rule.dates):
            if later <= earlier:
                raise UserError(
                    Message("activity-dates-backwards", later=str(later), earlier=str(earlier))
                )
        planned = list(rule.dates)
    else:
        first_owner = schools[owners[0].school_id]
        first = rule.start or _today(ctx, first_owner) + timedelta(days=spec.first_after)
        gaps = [rule.every_weeks * 7] * len(spec.gaps) if rule.every_weeks else list(spec.gaps)
        planned = planned_dates(first, gaps)
    for step, owner, day in zip(spec.steps, owners, planned, strict=True):
        school = schools[owner.school_id]
        today = _today(ctx, school)
        if day < today:
            raise UserError(
                Message(
                    "activity-date-past",
                    step=step.name,
                    day=str(day),
                    school=school.name,
                    today=DayOf(today, year=True),
                )
            )
    try:
        return place_deadlines(owners, planned, ctx.now)
    except NoOpenDay as problem:
        school = schools[problem.owner.school_id]
        raise UserError(
            Message("activity-no-open-day", school=school.name, day=str(problem.planned)),
            show_usage=False,
        ) from None


async def propose(
    ctx: Context[ActivityServices],
    pairing: Pairing,
    kind: ActivityKind,
    rule: PlanRule,
    board_link: str | None,
) -> ActivityView:
    """A proposed activity with every step's deadline; a teacher of the partner school then
    confirms it, and the reminders are planned."""
    spec = KINDS[kind]
    partnership = await _held_partnership(ctx, pairing)
    existing = await Activities(ctx.db).live_of_kind(partnership.id, kind)  # type: ignore[arg-type]
    if existing is not None:
        await _refuse_second(ctx, pairing, existing)
    deadlines = plan_deadlines(ctx, pairing, spec, rule)
    first = pairing.theirs if rule.partner_starts else pairing.mine
    activity = Activity(
        partnership_id=partnership.id,  # type: ignore[arg-type]
        kind=kind,
        status=ActivityStatus.PROPOSED,
        first_school=first.id,
        board_link=board_link,
        proposed_by_school=pairing.mine.id,
        proposed_by=ctx.actor.key,
        created_at=ctx.now,
    )
    steps = [
        ActivityStep(
            activity_id=0,
            position=position,
            name=step.name,
            owner_school=deadline.owner.school_id,
            due_date=deadline.due,
            due_utc=deadline.end,
            planned_date=deadline.planned,
            moved_because=str(deadline.moved_from.name) if deadline.moved_from else "",
        )
        for position, (step, deadline) in enumerate(zip(spec.steps, deadlines, strict=True), 1)
    ]
    await Activities(ctx.db).add(activity, steps)
    view = ActivityView(activity, tuple(steps), pairing)
    await _announce(
        ctx,
        view,
        "activity_proposed",
        Message(
            "activity-proposed-notice",
            actor=ctx.actor.label,
            school=pairing.mine.name,
            kind=kind_title(kind),
            partner=pairing.theirs.name,
            id=view.id,
        ),
        actions_for_partner=(
            Button(
                Message("activity-confirm-button", id=view.id),
                f"activity confirm {view.id}",
                "primary",
            ),
        ),
    )
    logger.info("activity %s (%s) proposed by %s", view.id, kind, pairing.mine.id)
    return view


async def _refuse_second(ctx: Context, pairing: Pairing, existing: Activity) -> None:
    """One live activity of a kind per pair: the caller's own plan of moments ago is answered
    as done; another is told who planned the first."""
    view = await view_of(ctx, existing, pairing)
    if ctx.repeats(existing.proposed_by, existing.created_at):
        raise AlreadyDone(
            Message(
                "activity-planned-already",
                id=view.id,
                at=moment(existing.created_at, pairing.mine),
                steps=view.lines(pairing.mine, ctx.now),
            ),
            {"activity": view.data(pairing.mine, ctx.now)},
        )
    proposed = existing.status == ActivityStatus.PROPOSED
    raise UserError(
        Message(
            "activity-exists",
            state="proposed" if proposed else "planned",
            kind=kind_title(existing.kind),
            partner=pairing.theirs.name,
            id=view.id,
            at=moment(existing.created_at, pairing.mine),
            by=_done_by(ctx, existing.proposed_by, existing.proposed_by_school, pairing.both),
        ),
        show_usage=False,
    )


async def view_of(ctx: Context, activity: Activity, pairing: Pairing) -> ActivityView:
    steps = await Activities(ctx.db).steps([activity.id])
    return ActivityView(activity, tuple(steps), pairing)


async def load_activity(ctx: Context, activity_id: int, *, lock: bool = False) -> ActivityView:
    """One of the caller's school's activities; any other number reads as unknown. Commands
    that change it `lock` it, and its partnership, until they commit."""
    mine = await ctx.my_school()
    repository = Activities(ctx.db)
    activity = await repository.get(activity_id)
    partnership = (
        await Partnerships(ctx.db).get(activity.partnership_id) if activity is not None else None
    )
    if activity is None or partnership is None or not partnership.involves(mine.id):
        raise UserError(
            Message("activity-unknown", school=mine.name, id=activity_id), show_usage=False
        )
    if lock:
        held = await repository.lock(activity_id)
        assert held is not None  # activities are never deleted
        activity, partnership = held
    return await view_of(ctx, activity, await pairing_of(ctx, mine, partnership))


async def confirm(ctx: Context[ActivityServices], view: ActivityView) -> list[str]:
    """Both schools agreed: the steps' reminders are planned. Returns the reminders moved off
    closed days, for the reply."""
    activity = view.activity
    if activity.status in (ActivityStatus.PLANNED, ActivityStatus.DONE):
        _refuse_as_confirmed(ctx, view)
    _refuse_if_cancelled(ctx, view, "confirmed")
    if activity.proposed_by_school == view.mine.id:
        raise PermissionDenied(
            Message(
                "activity-confirm-own", id=view.id, school=view.mine.name, partner=view.theirs.name
            )
        )
    partnership = view.pairing.booked_partnership()
    refuse_if_ended(ctx, partnership, view.mine, view.theirs, undone="confirmed")
    passed = [step for step in view.steps if step.due_utc <= ctx.now]
    if passed:
        raise UserError(
            Message(
                "activity-confirm-past",
                step=passed[0].name,
                id=view.id,
                day=DayOf(passed[0].due_date),
            ),
            show_usage=False,
        )
    activity.status = ActivityStatus.PLANNED
    activity.confirmed_by = ctx.actor.key
    activity.confirmed_at = ctx.now
    ctx.db.add(activity)
    await ctx.db.flush()
    moved = await ctx.services.deadline_planner.plan(ctx, view.steps)
    await _announce(
        ctx,
        view,
        "activity_planned",
        Message(
            "activity-confirmed-notice",
            actor=ctx.actor.label,
            school=view.mine.name,
            kind=kind_title(view.activity.kind),
            id=view.id,
        ),
        to_channel=True,
    )
    logger.info("activity %s confirmed by %s", view.id, view.mine.id)
    return moved


async def mark_done(
    ctx: Context[ActivityServices], view: ActivityView, name: str, link: str | None
) -> ActivityStep:
    """The caller's school did its step: recorded with its link, its reminders dropped, the
    joint channel told; the last step done completes the activity."""
    step = view.step_named(name)
    if step is None:
        raise UserError(
            Message(
                "activity-step-unknown",
                id=view.id,
                kind=kind_title(view.activity.kind),
                step=name,
                names=", ".join(s.name for s in view.steps),
            ),
            show_usage=False,
        )
    if step.status == StepStatus.DONE:
        _refuse_as_done(ctx, view, step)
    _refuse_if_cancelled(ctx, view, "done")
    if view.activity.status == ActivityStatus.PROPOSED:
        raise UserError(
            Message("activity-not-confirmed", id=view.id, school=_confirmer(view).name),
            show_usage=False,
        )
    if step.owner_school != view.mine.id:
        owner = view.school(step.owner_school).name
        yours = ", ".join(s.name for s in view.steps if s.owner_school == view.mine.id)
        raise PermissionDenied(
            Message("activity-step-not-yours", step=step.name, id=view.id, owner=owner, yours=yours)
            if yours
            else Message("activity-step-not-yours-none", step=step.name, id=view.id, owner=owner)
        )
    kind = view.spec.step(step.name)
    if kind is not None and kind.needs_link and link is None:
        raise UserError(Message("activity-step-needs-link", step=step.name, id=view.id))
    step.status = StepStatus.DONE
    step.done_by = ctx.actor.key
    step.done_at = ctx.now
    step.link = link
    ctx.db.add(step)
    if kind is not None and kind.link_is_board and link is not None:
        view.activity.board_link = link
    if all(s.status == StepStatus.DONE for s in view.steps):
        view.activity.status = ActivityStatus.DONE
    ctx.db.add(view.activity)
    await ctx.db.flush()
    await ctx.services.deadline_planner.drop(ctx, [step])
    following = next((s for s in view.steps if s.status == StepStatus.OPEN), None)
    await _announce(
        ctx,
        view,
        "activity_step_done",
        _done_notice(ctx, view, step, following),
        to_channel=True,
    )
    logger.info("activity %s: step %s done by %s", view.id, step.name, view.mine.id)
    return step


def _done_notice(
    ctx: Context, view: ActivityView, step: ActivityStep, following: ActivityStep | None
) -> Message:
    after = "none"
    if view.activity.status == ActivityStatus.DONE:
        after = "complete"
    elif following is not None:
        after = "next"
    return Message(
        "activity-step-done-notice",
        actor=ctx.actor.label,
        school=view.mine.name,
        step=step.name,
        id=view.id,
        task=step_task(view.activity.kind, step.name),
        link=step.link or "none",
        after=after,
        kind=kind_title(view.activity.kind),
        next=following.name if following else "",
        owner=view.school(following.owner_school).name if following else "",
    )


async def cancel(ctx: Context[ActivityServices], view: ActivityView, reason: str | None) -> None:
    activity = view.activity
    _refuse_if_cancelled(ctx, view, "cancelled", cancelling=True)
    if activity.status == ActivityStatus.DONE:
        raise UserError(Message("activity-complete-already", id=view.id), show_usage=False)
    was_planned = activity.status == ActivityStatus.PLANNED
    activity.status = ActivityStatus.CANCELLED
    activity.cancelled_by = ctx.actor.key
    activity.cancelled_by_school = view.mine.id
    activity.cancelled_at = ctx.now
    activity.cancel_reason = reason
    ctx.db.add(activity)
    await ctx.db.flush()
    await ctx.services.deadline_planner.drop(ctx, view.steps)
    said: dict[str, Argument | Message] = {
        "actor": ctx.actor.label,
        "school": view.mine.name,
        "kind": kind_title(activity.kind),
        "id": view.id,
    }
    await _announce(
        ctx,
        view,
        "activity_cancelled",
        Message("activity-cancelled-notice-reason", **said, reason=reason)
        if reason
        else Message("activity-cancelled-notice", **said),
        to_channel=was_planned,
    )
    logger.info("activity %s cancelled by %s", view.id, view.mine.id)


async def cancel_with_partnership(
    ctx: Context[ActivityServices], partnership: Partnership, ended_by: str
) -> list[ActivityView]:
    """Cancel the live activities of an ending partnership, so no reminder goes out for them;
    the caller announces the end once, naming them. `ended_by` is the school whose teacher
    ended it."""
    assert partnership.id is not None  # a loaded row
    mine = await ctx.schools.get(ended_by)
    assert mine is not None  # the caller's school
    pairing = await pairing_of(ctx, mine, partnership)
    cancelled = []
    for activity in await Activities(ctx.db).of_partnership(partnership.id, LIVE_ACTIVITY):
        activity.status = ActivityStatus.CANCELLED
        activity.cancelled_by = ctx.actor.key
        activity.cancelled_by_school = ended_by
        activity.cancelled_at = ctx.now
        activity.cancel_reason = "the partnership ended"
        ctx.db.add(activity)
        view = await view_of(ctx, activity, pairing)
        await ctx.services.deadline_planner.drop(ctx, view.steps)
        cancelled.append(view)
    await ctx.db.flush()
    return cancelled


def _done_by(
    ctx: Context, actor: str | None, school_id: str | None, schools: Sequence[School]
) -> Message | str:
    """Who did something, as the caller reads it: you, or the school they did it for."""
    if actor == ctx.actor.key:
        return Message("activity-by-you")
    school = next((s for s in schools if s.id == school_id), None)
    return school.name if school else Message("activity-by-a-teacher")


def _confirmer(view: ActivityView) -> School:
    """The school that confirms: the one that did not propose."""
    proposer = view.activity.proposed_by_school
    return view.theirs if proposer == view.mine.id else view.mine


def _refuse_as_confirmed(ctx: Context, view: ActivityView) -> None:
    activity = view.activity
    assert activity.confirmed_at is not None  # a planned activity was confirmed
    when = moment(activity.confirmed_at, view.mine)
    if ctx.repeats(activity.confirmed_by, activity.confirmed_at):
        raise AlreadyDone(
            Message(
                "activity-confirmed-already",
                id=view.id,
                at=when,
                steps=view.lines(view.mine, ctx.now),
            ),
            {"activity": view.data(view.mine, ctx.now)},
        )
    by = _done_by(ctx, activity.confirmed_by, _confirmer(view).id, view.pairing.both)
    raise UserError(
        Message("activity-confirmed-before", id=view.id, at=when, by=by), show_usage=False
    )


def _refuse_as_done(ctx: Context, view: ActivityView, step: ActivityStep) -> None:
    assert step.done_at is not None  # a done step records when
    when = moment(step.done_at, view.mine)
    link = step.link or "none"
    if ctx.repeats(step.done_by, step.done_at):
        raise AlreadyDone(
            Message("activity-done-already", step=step.name, id=view.id, at=when, link=link),
            {"activity": view.data(view.mine, ctx.now)},
        )
    by = _done_by(ctx, step.done_by, step.owner_school, view.pairing.both)
    raise UserError(
        Message("activity-done-before", step=step.name, id=view.id, at=when, by=by, link=link),
        show_usage=False,
    )


def _refuse_if_cancelled(
    ctx: Context, view: ActivityView, undone: str, *, cancelling: bool = False
) -> None:
    activity = view.activity
    if activity.status != ActivityStatus.CANCELLED:
        return
    assert activity.cancelled_at is not None  # a cancelled activity records when
    when = moment(activity.cancelled_at, view.mine)
    if cancelling and ctx.repeats(activity.cancelled_by, activity.cancelled_at):
        raise AlreadyDone(
            Message("activity-cancelled-already", id=view.id, at=when, partner=view.theirs.name),
            {"activity": view.data(view.mine, ctx.now)},
        )
    by = _done_by(ctx, activity.cancelled_by, activity.cancelled_by_school, view.pairing.both)
    if cancelling:
        raise UserError(
            Message("activity-cancelled-before", id=view.id, at=when, by=by), show_usage=False
        )
    raise UserError(
        Message("activity-cancelled-then", undone=undone, id=view.id, at=when, by=by),
        show_usage=False,
    )


async def _held_partnership(ctx: Context, pairing: Pairing) -> Partnership:
    """The pairing's partnership, held until commit and still active."""
    if pairing.partnership is None:
        raise UserError(
            Message(
                "activity-not-partners",
                school=pairing.mine.name,
                partner=pairing.theirs.name,
                partner_id=pairing.theirs.id,
            ),
            show_usage=False,
        )
    assert pairing.partnership.id is not None  # a loaded row
    partnership = await Partnerships(ctx.db).lock(pairing.partnership.id)
    assert partnership is not None  # partnerships are never deleted
    refuse_if_ended(ctx, partnership, pairing.mine, pairing.theirs, undone="planned")
    return partnership


async def _announce(
    ctx: Context,
    view: ActivityView,
    event: str,
    heading: Message,
    *,
    actions_for_partner: Sequence[Button] = (),
    to_channel: bool = False,
) -> None:
    """Tell the partner school, the caller's colleagues and (when agreed) the joint channel:
    the heading, then every step as each reader reads it."""
    first_due = view.steps[0].due_utc
    await announce(
        ctx,
        view.pairing,
        event,
        lambda reader, other: Message(
            "activity-notice", heading=heading, steps=view.lines(reader, ctx.now)
        ),
        lambda reader, other: {"activity": view.data(reader, ctx.now)},
        when=first_due,
        actions_for_partner=actions_for_partner,
        to_channel=to_channel,
    )
