"""Non-real-time exchanges: plan one with a partner, confirm it, list and show them, mark a
step done with its link, cancel one."""

from __future__ import annotations

from datetime import date

from bot.activities import lifecycle
from bot.activities.kinds import ACTIVITY_KIND, KINDS
from bot.activities.lifecycle import PlanRule
from bot.activities.planner import ActivityServices
from bot.activities.text import ActivityView, kind_title, status_message, summary_line
from bot.commands.meetings import LINK, REASON, partner_param
from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param
from bot.core.value_types import CHOICE, DATE, INTEGER, TEXT
from bot.i18n.messages import Message
from bot.sessions.partnership_choice import choose_partner, pairing_of
from storage.models import Activity, ActivityKind, ActivityStatus, School
from storage.repositories.activities import LIVE_ACTIVITY, Activities
from storage.repositories.partnerships import Partnerships

commands = CommandGroup()

EVERY_WEEKS = {"1w": 1, "2w": 2, "3w": 3, "4w": 4}


def activity_param(help_text: str, *, positional: bool) -> Param:
    return Param(
        "activity",
        INTEGER,
        help_text,
        default=None,
        minimum=1,
        positional=positional,
    )


@commands.command(
    "activity plan",
    summary="Plan a non-real-time exchange with a partner school (video letter, shared "
    "board, letters, culture box): each step's owner and deadline in both schools' zones; "
    "a teacher of the partner school then confirms it.",
    params=[
        Param(
            "kind",
            ACTIVITY_KIND,
            "the kind of exchange: a shared board is Padlet-like, letters are handwritten, a "
            "culture box is posted and unpacked in class",
            choices=tuple(KINDS),
            positional=True,
        ),
        partner_param(positional=True),
        Param(
            "start",
            DATE,
            "the first step's deadline, its owner's local date (default: the kind's usual "
            "delay from today)",
            default=None,
        ),
        Param(
            "every",
            CHOICE,
            "how far apart the steps' deadlines are: 1w, 2w, 3w or 4w (default: the kind's "
            "usual spacing)",
            choices=tuple(EVERY_WEEKS),
            default=None,
        ),
        Param(
            "dates",
            DATE,
            "instead of start= and every=: every step's deadline, in order, each its owner's "
            "local date",
            default=None,
            many=True,
        ),
        Param(
            "starts",
            CHOICE,
            "which school does the first step: us (the default) or partner",
            choices=("us", "partner"),
            default="us",
        ),
        Param(
            "board",
            LINK,
            "a shared board's address, when it exists already",
            default=None,
            max_length=500,
        ),
    ],
    example="/exchange activity plan video_letter US-lincoln-high start=2027-03-10",
    description="Deadlines are dates of the owner school's calendar: one on a weekend, "
    "holiday or vacation day moves to that school's previous open day (or its next, when "
    "the previous is past or not after the step before). Each owner is reminded a week and "
    "a day before its deadline, at 09:00 its time.",
)
async def plan_activity(
    ctx: Context[ActivityServices],
    kind: str,
    partner: School | None,
    start: date | None,
    every: str | None,
    dates: list[date] | None,
    starts: str,
    board: str | None,
) -> Reply:
    pairing = await choose_partner(ctx, partner)
    rule = PlanRule(
        start=start,
        every_weeks=EVERY_WEEKS[every] if every else None,
        dates=tuple(dates or ()),
        partner_starts=starts == "partner",
    )
    view = await lifecycle.propose(ctx, pairing, ActivityKind(kind), rule, board)
    head = Message(
        "activity-planned",
        kind=kind_title(view.activity.kind),
        id=view.id,
        partner=view.theirs.name,
    )
    return Reply(
        text="\n".join([ctx.say(head), _steps(ctx, view)]),
        data={"activity": view.data(view.mine, ctx.now)},
    )


@commands.command(
    "activity confirm",
    summary="Confirm an activity the partner school planned: each school is then reminded "
    "before its deadlines.",
    params=[
        activity_param(
            "the activity's number; default: the one waiting for your confirmation",
            positional=True,
        )
    ],
    example="/exchange activity confirm 3",
)
async def confirm_activity(ctx: Context[ActivityServices], activity: int | None) -> Reply:
    activity_id = activity or await _waiting_for_me(ctx)
    view = await lifecycle.load_activity(ctx, activity_id, lock=True)
    moved = await lifecycle.confirm(ctx, view)
    head = Message(
        "activity-confirmed", kind=view.activity.kind.value, id=view.id, partner=view.theirs.name
    )
    return Reply(
        text="\n".join([ctx.say(head), _steps(ctx, view), *moved]),
        data={"activity": view.data(view.mine, ctx.now)},
    )


async def _waiting_for_me(ctx: Context) -> int:
    mine = await ctx.my_school()
    waiting = [
        a
        for a in await Activities(ctx.db).of_school(mine.id, [ActivityStatus.PROPOSED])
        if a.proposed_by_school != mine.id
    ]
    if not waiting:
        raise UserError(Message("activity-confirm-none", school=mine.name))
    if len(waiting) > 1:
        listed = ", ".join(f"#{a.id}" for a in waiting)
        raise UserError(
            Message("activity-confirm-which", count=len(waiting), school=mine.name, listed=listed)
        )
    assert waiting[0].id is not None
    return waiting[0].id


@commands.command(
    "activity list",
    writes=False,
    summary="List your school's activities, with each one's next step and deadline.",
    params=[
        Param(
            "all",
            CHOICE,
            "yes: also those done or cancelled",
            choices=("yes", "no"),
            default="no",
        )
    ],
    example="/exchange activity list",
)
async def list_activities(ctx: Context, all: str) -> Reply:
    mine = await ctx.my_school()
    statuses = tuple(ActivityStatus) if all == "yes" else LIVE_ACTIVITY
    found = await Activities(ctx.db).of_school(mine.id, statuses)
    if not found:
        return Reply(
            text=ctx.say(Message("activity-list-none", all=all, school=mine.name)),
            data={"activities": []},
        )
    views = [await _view(ctx, mine, activity_row) for activity_row in found]
    lines = [ctx.say(Message("activity-list-heading", school=mine.name))]
    lines += [ctx.say(summary_line(view, ctx.now)) for view in views]
    return Reply(
        text="\n".join(lines),
        data={"activities": [view.data(mine, ctx.now) for view in views]},
    )


async def _view(ctx: Context, mine: School, activity_row: Activity) -> ActivityView:
    partnership = await Partnerships(ctx.db).get(activity_row.partnership_id)
    assert partnership is not None  # activities belong to stored partnerships
    return await lifecycle.view_of(ctx, activity_row, await pairing_of(ctx, mine, partnership))


@commands.command(
    "activity show",
    writes=False,
    summary="Show an activity: every step, whose it is, its deadline in both zones, and "
    "what was done.",
    params=[Param("activity", INTEGER, "the activity's number", minimum=1, positional=True)],
    example="/exchange activity show 3",
)
async def show_activity(ctx: Context, activity: int) -> Reply:
    view = await lifecycle.load_activity(ctx, activity)
    head = Message(
        "activity-shown",
        kind=view.activity.kind.value,
        id=view.id,
        partner=view.theirs.name,
        status=status_message(view.activity.status),
    )
    lines = [ctx.say(head)]
    if view.activity.board_link:
        lines.append(ctx.say(Message("activity-board", link=view.activity.board_link)))
    return Reply(
        text="\n".join([*lines, _steps(ctx, view)]),
        data={"activity": view.data(view.mine, ctx.now)},
    )


@commands.command(
    "activity done",
    summary="Mark your school's step of an activity done, with its link (the video, the "
    "board, a photo); the joint channel is told.",
    params=[
        Param(
            "step", TEXT, "the step's name, as the plan shows it", positional=True, max_length=20
        ),
        Param(
            "link",
            LINK,
            "the video, board or photo, https://…",
            default=None,
            positional=True,
            max_length=500,
        ),
        activity_param(
            "the activity's number; default: your only activity with that step",
            positional=False,
        ),
    ],
    example="/exchange activity done post https://video.example/hanbit",
)
async def step_done(
    ctx: Context[ActivityServices], step: str, link: str | None, activity: int | None
) -> Reply:
    name = step.strip().lower()
    activity_id = activity or await _with_step(ctx, name)
    view = await lifecycle.load_activity(ctx, activity_id, lock=True)
    await lifecycle.mark_done(ctx, view, name, link)
    done = view.activity.status == ActivityStatus.DONE
    head = Message(
        "activity-step-marked-done", complete="yes" if done else "no", step=name, id=view.id
    )
    return Reply(
        text="\n".join([ctx.say(head), _steps(ctx, view)]),
        data={"activity": view.data(view.mine, ctx.now)},
    )


async def _with_step(ctx: Context, name: str) -> int:
    """The caller's only activity with a step of that name; else which to choose from."""
    mine = await ctx.my_school()
    candidates = []
    for activity_row in await Activities(ctx.db).of_school(mine.id):
        spec = KINDS[activity_row.kind]
        if spec.step(name) is not None:
            candidates.append(activity_row)
    if len(candidates) == 1 and candidates[0].id is not None:
        return candidates[0].id
    if not candidates:
        raise UserError(Message("activity-no-such-step", school=mine.name, step=name))
    numbered = [
        Message("activity-numbered", id=a.id or 0, kind=kind_title(a.kind)) for a in candidates
    ]
    listed = ", ".join([ctx.say(item) for item in numbered])  # a list, one item each
    raise UserError(Message("activity-step-in-several", step=name, listed=listed))


@commands.command(
    "activity cancel",
    summary="Cancel an activity; the partner school is told and no more reminders go out.",
    params=[
        Param("activity", INTEGER, "the activity's number", minimum=1, positional=True),
        REASON,
    ],
    example='/exchange activity cancel 3 "Our class trip moved"',
)
async def cancel_activity(
    ctx: Context[ActivityServices], activity: int, reason: str | None
) -> Reply:
    view = await lifecycle.load_activity(ctx, activity, lock=True)
    await lifecycle.cancel(ctx, view, reason)
    return Reply(
        text=ctx.say(
            Message(
                "activity-cancelled",
                kind=view.activity.kind.value,
                id=view.id,
                partner=view.theirs.name,
            )
        ),
        data={"activity": view.data(view.mine, ctx.now)},
    )


def _steps(ctx: Context, view: ActivityView) -> str:
    """Every step of the activity, as the caller reads it."""
    return view.lines(view.mine, ctx.now).localized(ctx.language, ctx.translator)
