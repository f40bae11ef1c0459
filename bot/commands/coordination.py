"""Who is who: coordinators of a program, and what the bot knows about the caller."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.identity import Actor
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import TEXT, USER
from storage.models import Coordinator, Program
from storage.repositories.join_requests import JoinRequests

commands = CommandGroup()

PROGRAM_PARAM = Param(
    "program",
    TEXT,
    "the program's name; needed only if you coordinate several",
    default=None,
    max_length=120,
)


async def coordinated_program(ctx: Context, name: str | None) -> Program:
    """The program a coordinator acts for: the named one, or their only one."""
    if name:
        program = await ctx.programs.by_name(name)
        if program is None or not ctx.coordinates(program.id):  # type: ignore[arg-type]
            known = ", ".join(p.name for p in ctx.coordinated)
            raise PermissionDenied(
                f"You do not coordinate a program named '{name}'. Yours: {known}."
            )
        return program
    if len(ctx.coordinated) > 1:
        known = ", ".join(p.name for p in ctx.coordinated)
        raise UserError(f"You coordinate several programs; say which with program=… ({known}).")
    return ctx.coordinated[0]


@commands.command(
    "coordinator add",
    summary="Make another user a coordinator of your program.",
    role=Role.COORDINATOR,
    params=[
        Param("user", USER, "the user to add, as a mention", positional=True, max_length=80),
        PROGRAM_PARAM,
    ],
    example="/exchange coordinator add @minji",
)
async def add_coordinator(ctx: Context, user: Actor, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    assert chosen.id is not None
    if await ctx.coordinators.find(chosen.id, user.platform, user.workspace, user.user_id):
        raise UserError(
            f"{user.label} is already a coordinator of {chosen.name}.", show_usage=False
        )
    ctx.db.add(
        Coordinator(
            program_id=chosen.id,
            platform=user.platform,
            workspace=user.workspace,
            user_id=user.user_id,
            display_name=user.display_name,
            added_by=ctx.actor.label,
            added_at=ctx.now,
        )
    )
    ctx.notify_user(
        user.platform,
        user.workspace,
        user.user_id,
        f"{ctx.actor.label} made you a coordinator of {chosen.name}.",
        {"event": "coordinator_added", "program": chosen.name},
    )
    return Reply(
        text=f"{user.label} is now a coordinator of {chosen.name}.",
        data={"program": chosen.name, "user": user.user_id},
    )


@commands.command(
    "coordinator list",
    summary="List the coordinators of your program.",
    role=Role.COORDINATOR,
    params=[PROGRAM_PARAM],
    example="/exchange coordinator list",
)
async def list_coordinators(ctx: Context, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    rows = await ctx.coordinators.of_program(chosen.id)  # type: ignore[arg-type]
    names = [f"{row.display_name or row.user_id} ({row.platform})" for row in rows]
    return Reply(
        text=f"Coordinators of {chosen.name}: {', '.join(names)}.",
        data={
            "program": chosen.name,
            "coordinators": [
                {"platform": r.platform, "workspace": r.workspace, "user_id": r.user_id}
                for r in rows
            ],
        },
    )


@commands.command(
    "whoami",
    summary="Show your school and the programs you coordinate.",
    role=Role.ANYONE,
    example="/exchange whoami",
)
async def whoami(ctx: Context) -> Reply:
    school = await ctx.schools.get(ctx.membership.school_id) if ctx.membership else None
    asked = await JoinRequests(ctx.db).pending_of_user(
        ctx.actor.platform, ctx.actor.workspace, ctx.actor.user_id
    )
    programs = [p.name for p in ctx.coordinated]
    lines = [f"You are {ctx.actor.label} on {ctx.actor.platform}."]
    if school:
        lines.append(f"Teacher of {school.name} ({school.id}).")
    elif asked:
        lines.append(
            f"Not a teacher of any school yet: you asked to join {asked.school_id} on "
            f"{asked.asked_at:%Y-%m-%d} (request #{asked.id}), waiting for a teacher of "
            f"{asked.school_id} or its coordinator to answer."
        )
    else:
        lines.append("Not a teacher of any school yet (`/exchange school register`).")
    if programs:
        lines.append(f"Coordinator of {', '.join(programs)}.")
    return Reply(
        text=" ".join(lines),
        data={
            "user": ctx.actor.user_id,
            "platform": ctx.actor.platform,
            "school_id": school.id if school else None,
            "asked_to_join": asked.school_id if asked else None,
            "coordinates": programs,
        },
    )
