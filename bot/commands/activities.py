"""Non-real-time exchanges: plan one with a partner, confirm it, list and show them, mark a
step done with its link, cancel one."""

from __future__ import annotations

from datetime import date

from bot.activities import lifecycle
from bot.activities.kinds import ACTIVITY_KIND, KINDS
from bot.activities.lifecycle import PlanRule
from bot.activities.planner import ActivityServices
from bot.activities.text import STATUS_WORDS, ActivityView, summary_line
from bot.commands.meetings import LINK, REASON, partner_param
from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.reply import Action, Reply
from bot.core.spec import CommandGroup, Param
from bot.core.value_types import CHOICE, DATE, INTEGER, TEXT
from bot.sessions.partnership_choice import Pairing, choose_partner, pairing_of
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


def plan_command(kind: ActivityKind, partner: School) -> str:
    """The command that plans an activity of `kind` with `partner`, for buttons and hints."""
    return f"activity plan {kind.value} {partner.id}"


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
    return Reply(
        text=f"Planned {view.spec.title} #{view.id} with {view.theirs.name}. It waits until a "
        f"teacher of {view.theirs.name} confirms it; they have been told.\n"
        + "\n".join(view.lines(view.mine, ctx.now)),
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
    return Reply(
        text=f"{view.title()} is planned; the joint channel has been told.\n"
        + "\n".join([*view.lines(view.mine, ctx.now), *moved]),
        data={"activity": view.data(view.mine, ctx.now)},
    )


async def _waiting_for_me(ctx: Context) -> int:
    mine = await ctx.my_school()
    waiting = [
        a
        for a in await Activities(ctx.db).of_school(mine.id, [ActivityStatus.PROPOSED])
        if a.proposed_by_school != mine.id
    ]
    if len(waiting) != 1:
        listed = ", ".join(f"#{a.id}" for a in waiting)
        raise UserError(
            f"{len(waiting)} activities wait for {mine.name}'s confirmation"
            + (
                f" ({listed}); say which: `/exchange activity confirm <number>`."
                if waiting
                else "."
            )
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
            text=f"{mine.name} has no {'' if all == 'yes' else 'current '}activities. Plan one "
            "with `/exchange activity plan <kind> <partner>`.",
            data={"activities": []},
        )
    views = [await _view(ctx, mine, activity_row) for activity_row in found]
    return Reply(
        text=f"Activities of {mine.name}:\n"
        + "\n".join(summary_line(view, ctx.now) for view in views),
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
    status = STATUS_WORDS[view.activity.status]
    board = f"\nBoard: {view.activity.board_link}" if view.activity.board_link else ""
    return Reply(
        text=f"{view.title()} — {status}:{board}\n" + "\n".join(view.lines(view.mine, ctx.now)),
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
    return Reply(
        text=f"Step {name} of activity #{view.id} is done"
        + ("; every step is, so the activity is complete" if done else "")
        + ". The joint channel has been told.\n"
        + "\n".join(view.lines(view.mine, ctx.now)),
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
        raise UserError(
            f"No activity of {mine.name} has a step '{name}'. `/exchange activity list` shows "
            "yours, and `/exchange activity show <number>` their steps.",
        )
    listed = ", ".join(f"#{a.id} ({KINDS[a.kind].title})" for a in candidates)
    raise UserError(f"Several activities have a step '{name}': {listed}. Say which: activity=…")


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
        text=f"{view.title()} is cancelled; {view.theirs.name} has been told.",
        data={"activity": view.data(view.mine, ctx.now)},
    )


def plan_action(kind: ActivityKind, pairing: Pairing) -> Action:
    return Action(f"Plan a {KINDS[kind].title}", plan_command(kind, pairing.theirs), "primary")
