"""Who is who: coordinators of a program, the program each acts on, and what the bot knows
about the caller, each reply in the reader's language (`coordination.ftl`)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.identity import Actor
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import TEXT, USER
from bot.i18n.messages import Message
from bot.i18n.typed_names import LanguageName
from storage.models import Program
from storage.repositories.join_requests import JoinRequests

commands = CommandGroup()

PROGRAM_PARAM = Param(
    "program",
    TEXT,
    "the program's name; default: your current one (`/exchange coordinator use`)",
    default=None,
    max_length=120,
)


async def coordinated_program(ctx: Context, name: str | None) -> Program:
    """The program a coordinator acts for: the named one, or their current one. A reply that
    acted on the current one of several ends by saying which it was."""
    if name:
        return await _named_program(ctx, name)
    chosen = await current_program(ctx)
    if len(ctx.coordinated) > 1:
        ctx.footnotes.append(ctx.say(Message("coordinator-current-program", program=chosen.name)))
    return chosen


async def current_program(ctx: Context) -> Program:
    """The program the coordinator chose last, else the newest they coordinate."""
    actor = ctx.actor
    chosen = await ctx.coordinators.current_program_id(
        actor.platform, actor.workspace, actor.user_id
    )
    mine = [program for program in ctx.coordinated if program.id == chosen]
    return mine[0] if mine else max(ctx.coordinated, key=lambda p: (p.created_at, p.id or 0))


async def _named_program(ctx: Context, name: str) -> Program:
    program = await ctx.programs.by_name(name)
    if program is None or not ctx.coordinates(program.id):  # type: ignore[arg-type]
        known = ", ".join(p.name for p in ctx.coordinated)
        raise PermissionDenied(Message("coordinator-not-your-program", name=name, programs=known))
    return program


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
    await ctx.programs.lock(chosen.id)  # its coordinators are added one at a time
    found = await ctx.coordinators.find(chosen.id, user.platform, user.workspace, user.user_id)
    if found is not None:
        already = Message("coordinator-already", user=user.label, program=chosen.name)
        # coordinators record who added them by name
        if found.added_by == ctx.actor.label and ctx.repeats(ctx.actor.key, found.added_at):
            raise AlreadyDone(already, {"program": chosen.name, "user": user.user_id})
        raise UserError(already, show_usage=False)
    await ctx.coordinators.add(
        chosen.id,
        user.platform,
        user.workspace,
        user.user_id,
        display_name=user.display_name,
        added_by=ctx.actor.label,
        now=ctx.now,
    )
    await ctx.notify_person(
        user.platform,
        user.workspace,
        user.user_id,
        Message("coordinator-made-you", by=ctx.actor.label, program=chosen.name),
        {"event": "coordinator_added", "program": chosen.name},
    )
    return Reply(
        text=ctx.say(Message("coordinator-added", user=user.label, program=chosen.name)),
        data={"program": chosen.name, "user": user.user_id},
    )


@commands.command(
    "coordinator list",
    writes=False,
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
        text=ctx.say(
            Message("coordinator-list", program=chosen.name, coordinators=", ".join(names))
        ),
        data={
            "program": chosen.name,
            "coordinators": [
                {"platform": r.platform, "workspace": r.workspace, "user_id": r.user_id}
                for r in rows
            ],
        },
    )


@commands.command(
    "coordinator use",
    summary="Choose the program your coordinator commands act on when you name none.",
    role=Role.COORDINATOR,
    params=[
        Param(
            "program",
            TEXT,
            "the program's name; without it, show your current one",
            default=None,
            positional=True,
            greedy=True,
            max_length=120,
        )
    ],
    example='/exchange coordinator use "Seoul IJC 2027"',
)
async def use_program(ctx: Context, program: str | None) -> Reply:
    yours = ", ".join(p.name for p in ctx.coordinated)
    if program is None:
        current = await current_program(ctx)
        return Reply(
            text=ctx.say(Message("coordinator-acts-on", program=current.name, programs=yours)),
            data={"program": current.name, "coordinates": [p.name for p in ctx.coordinated]},
        )
    chosen = await _named_program(ctx, program)
    assert chosen.id is not None
    actor = ctx.actor
    await ctx.coordinators.choose_program(
        actor.platform, actor.workspace, actor.user_id, chosen.id, ctx.now
    )
    return Reply(
        text=ctx.say(Message("coordinator-now-acts-on", program=chosen.name)),
        data={"program": chosen.name, "coordinates": [p.name for p in ctx.coordinated]},
    )


@commands.command(
    "whoami",
    writes=False,
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
    if school:
        standing = Message("whoami-teacher", school=school.name, id=school.id)
    elif asked:
        standing = Message(
            "whoami-asked-to-join",
            school=asked.school_id,
            day=f"{asked.asked_at:%Y-%m-%d}",
            request=str(asked.id),
        )
    else:
        standing = Message("whoami-no-school")
    sentences = [
        Message("whoami-you", name=ctx.actor.label, platform=ctx.actor.platform),
        standing,
    ]
    current = await current_program(ctx) if programs else None
    if current is not None and len(programs) > 1:
        sentences.append(
            Message(
                "whoami-coordinator-of-several", programs=", ".join(programs), current=current.name
            )
        )
    elif current is not None:
        sentences.append(Message("whoami-coordinator", program=current.name))
    sentences.append(Message("whoami-language", language=LanguageName(ctx.language)))
    return Reply(
        text=" ".join(ctx.say(sentence) for sentence in sentences),  # whole sentences
        data={
            "user": ctx.actor.user_id,
            "platform": ctx.actor.platform,
            "school_id": school.id if school else None,
            "asked_to_join": asked.school_id if asked else None,
            "coordinates": programs,
            "current_program": current.name if current else None,
            "language": ctx.language.tag,
        },
    )
