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
from collections.abc import Callable
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
from bot.activities.text import ActivityView
from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.reply import Action
from bot.schools.closed_days import SchoolCalendar
from bot.schools.earlier_changes import done_by, moment, refuse_if_ended
from bot.schools.profile import SchoolProfile
from bot.sessions.booking import announce
from bot.sessions.partnership_choice import Pairing, pairing_of
from bot.times.display import day_label
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
            raise UserError("dates= gives every step's date; leave out start= and every=.")
        names = ", ".join(step.name for step in spec.steps)
        if len(rule.dates) != len(spec.steps):
            raise UserError(
                f"A {spec.title} has {len(spec.steps)} steps ({names}); dates= gives "
                f"{len(rule.dates)}. Give one date per step, in order."
            )
        for earlier, later in pairwise(rule.dates):
            if later <= earlier:
                raise UserError(f"dates= must go forward: {later} is not after {earlier}.")
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
                f"Step {step.name}'s date {day} is in the past for {school.name}: today is "
                f"{day_label(today, year=True)} there. Give a later date.",
            )
    try:
        return place_deadlines(owners, planned, ctx.now)
    except NoOpenDay as problem:
        school = schools[problem.owner.school_id]
        raise UserError(
            f"{school.name} has no open day within a year of {problem.planned}: check its "
            "declared breaks (`/exchange school show`).",
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
            moved_because=deadline.moved_from.name if deadline.moved_from else "",
        )
        for position, (step, deadline) in enumerate(zip(spec.steps, deadlines, strict=True), 1)
    ]
    await Activities(ctx.db).add(activity, steps)
    view = ActivityView(activity, tuple(steps), pairing)
    await _announce(
        ctx,
        view,
        "activity_proposed",
        lambda reader, other: (
            f"{ctx.actor.label} ({pairing.mine.name}) proposes a {spec.title} with "
            f"{other.name if reader.id == pairing.mine.id else reader.name}, activity "
            f"#{view.id}:"
        ),
        actions_for_partner=(
            Action(f"Confirm activity #{view.id}", f"activity confirm {view.id}", "primary"),
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
            f"You planned this as activity #{view.id} at "
            f"{moment(existing.created_at, pairing.mine)}:\n"
            + "\n".join(view.lines(pairing.mine, ctx.now)),
            {"activity": view.data(pairing.mine, ctx.now)},
        )
    by = done_by(ctx, existing.proposed_by, existing.proposed_by_school, pairing.both)
    state = "waits for confirmation" if existing.status == ActivityStatus.PROPOSED else "is planned"
    raise UserError(
        f"A {view.spec.title} with {pairing.theirs.name} already {state} as activity "
        f"#{view.id}, proposed at {moment(existing.created_at, pairing.mine)} by {by}. "
        f"See it with `/exchange activity show {view.id}`, or cancel it first.",
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
            f"{mine.name} has no activity #{activity_id}. `/exchange activity list` lists yours.",
            show_usage=False,
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
            f"Activity #{view.id} was proposed by {view.mine.name}, so a teacher of "
            f"{view.theirs.name} confirms it. They have been asked to."
        )
    partnership = view.pairing.booked_partnership()
    refuse_if_ended(ctx, partnership, view.mine, view.theirs, undone="confirmed")
    passed = [step for step in view.steps if step.due_utc <= ctx.now]
    if passed:
        raise UserError(
            f"Step {passed[0].name} of activity #{view.id} was due by "
            f"{day_label(passed[0].due_date)}, already past, so it cannot be confirmed as "
            f"planned. Cancel it (`/exchange activity cancel {view.id}`) and plan it again "
            "with later dates.",
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
        lambda reader, other: (
            f"{ctx.actor.label} ({view.mine.name}) confirmed the {view.spec.title}, activity "
            f"#{view.id}: each school is reminded before its deadlines."
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
        names = ", ".join(s.name for s in view.steps)
        raise UserError(
            f"Activity #{view.id} ({view.spec.title}) has no step '{name}'; its steps are: "
            f"{names}.",
            show_usage=False,
        )
    if step.status == StepStatus.DONE:
        _refuse_as_done(ctx, view, step)
    _refuse_if_cancelled(ctx, view, "marked done")
    if view.activity.status == ActivityStatus.PROPOSED:
        raise UserError(
            f"Activity #{view.id} is not confirmed yet: a teacher of {_confirmer(view).name} "
            "confirms it first, then its steps can be marked done.",
            show_usage=False,
        )
    if step.owner_school != view.mine.id:
        owner = view.school(step.owner_school)
        raise PermissionDenied(
            f"Step {step.name} of activity #{view.id} is {owner.name}'s to do, so a teacher of "
            f"{owner.name} marks it done. Yours: "
            + (", ".join(s.name for s in view.steps if s.owner_school == view.mine.id) or "none")
            + "."
        )
    kind = view.spec.step(step.name)
    if kind is not None and kind.needs_link and link is None:
        raise UserError(
            f"Step {step.name} is marked done with its link, so the partner class can find it: "
            f"`/exchange activity done {step.name} https://… activity={view.id}`."
        )
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
        lambda reader, other: _done_text(ctx, view, step, following),
        to_channel=True,
    )
    logger.info("activity %s: step %s done by %s", view.id, step.name, view.mine.id)
    return step


def _done_text(
    ctx: Context, view: ActivityView, step: ActivityStep, following: ActivityStep | None
) -> str:
    kind = view.spec.step(step.name)
    did = kind.task if kind else step.name
    head = (
        f"{ctx.actor.label} ({view.mine.name}) marked step {step.name} of activity #{view.id} "
        f"done ({did})"
    )
    head += f": {step.link}" if step.link else "."
    if view.activity.status == ActivityStatus.DONE:
        return head + f"\nEvery step is done: the {view.spec.title} is complete."
    if following is None:
        return head
    owner = view.school(following.owner_school)
    return head + f"\nNext: {following.name} by {owner.name}."


async def cancel(ctx: Context[ActivityServices], view: ActivityView, reason: str | None) -> None:
    activity = view.activity
    _refuse_if_cancelled(ctx, view, "cancelled", cancelling=True)
    if activity.status == ActivityStatus.DONE:
        raise UserError(
            f"Activity #{view.id} is complete: every step is done, so there is nothing to cancel.",
            show_usage=False,
        )
    was_planned = activity.status == ActivityStatus.PLANNED
    activity.status = ActivityStatus.CANCELLED
    activity.cancelled_by = ctx.actor.key
    activity.cancelled_by_school = view.mine.id
    activity.cancelled_at = ctx.now
    activity.cancel_reason = reason
    ctx.db.add(activity)
    await ctx.db.flush()
    await ctx.services.deadline_planner.drop(ctx, view.steps)
    await _announce(
        ctx,
        view,
        "activity_cancelled",
        lambda reader, other: (
            f"{ctx.actor.label} ({view.mine.name}) cancelled the {view.spec.title}, activity "
            f"#{view.id}; no more reminders go out for it."
            + (f"\nReason: {reason}" if reason else "")
        ),
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
            f"You confirmed activity #{view.id} at {when}: it is planned, and both schools have "
            "been told.\n" + "\n".join(view.lines(view.mine, ctx.now)),
            {"activity": view.data(view.mine, ctx.now)},
        )
    by = done_by(ctx, activity.confirmed_by, _confirmer(view).id, view.pairing.both)
    raise UserError(
        f"Activity #{view.id} was already confirmed at {when} by {by}: it is planned.",
        show_usage=False,
    )


def _refuse_as_done(ctx: Context, view: ActivityView, step: ActivityStep) -> None:
    assert step.done_at is not None  # a done step records when
    when = moment(step.done_at, view.mine)
    link = f" ({step.link})" if step.link else ""
    if ctx.repeats(step.done_by, step.done_at):
        raise AlreadyDone(
            f"You marked step {step.name} of activity #{view.id} done at {when}{link}; both "
            "schools have been told.",
            {"activity": view.data(view.mine, ctx.now)},
        )
    by = done_by(ctx, step.done_by, step.owner_school, view.pairing.both)
    raise UserError(
        f"Step {step.name} of activity #{view.id} was already marked done at {when} by "
        f"{by}{link}; nothing changed.",
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
            f"You cancelled activity #{view.id} at {when}; {view.theirs.name} has been told.",
            {"activity": view.data(view.mine, ctx.now)},
        )
    by = done_by(ctx, activity.cancelled_by, activity.cancelled_by_school, view.pairing.both)
    if cancelling:
        raise UserError(
            f"Activity #{view.id} was already cancelled at {when} by {by}.", show_usage=False
        )
    raise UserError(
        f"Activity #{view.id} was cancelled at {when} by {by}; nothing was {undone}. Plan a new "
        "one with `/exchange activity plan`.",
        show_usage=False,
    )


async def _held_partnership(ctx: Context, pairing: Pairing) -> Partnership:
    """The pairing's partnership, held until commit and still active."""
    if pairing.partnership is None:
        raise UserError(
            f"{pairing.mine.name} and {pairing.theirs.name} are not partners yet, so no "
            f"activity can be planned. Ask them first: `/exchange request {pairing.theirs.id}`.",
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
    heading: Callable[[School, School], str],
    *,
    actions_for_partner: tuple[Action, ...] = (),
    to_channel: bool = False,
) -> None:
    """Tell the partner school, the caller's colleagues and (when agreed) the joint channel:
    the heading, then every step as each reader reads it."""
    first_due = view.steps[0].due_utc
    await announce(
        ctx,
        view.pairing,
        event,
        lambda reader, other: "\n".join([heading(reader, other), *view.lines(reader, ctx.now)]),
        lambda reader, other: {"activity": view.data(reader, ctx.now)},
        when=first_due,
        actions_for_partner=actions_for_partner,
        to_channel=to_channel,
    )
