"""Who teaches at a school: asking to join, approving or declining, claim codes, leaving and
removing a colleague. Nobody becomes a teacher of a school on their own say-so."""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.identity import Actor
from bot.core.reply import Action, Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import SCHOOL, TEXT
from bot.schools.claim_codes import CLAIM_CODE, digest, expiry, new_code
from bot.schools.membership import (
    already_decided,
    grant,
    matching,
    named_by_survey,
    one_request,
    person_asking,
    withdraw,
    withdrawn_note,
)
from storage.models import ClaimCode, JoinRequest, JoinStatus, School
from storage.repositories.claim_codes import ClaimCodes
from storage.repositories.join_requests import JoinRequests
from storage.repositories.survey_contacts import SurveyContacts

commands = CommandGroup()

ASK_AGAIN_AFTER = timedelta(days=30)  # a declined asker waits this long before asking again
SCHOOL_PARAM = Param(
    "school", SCHOOL, "the school id or name", positional=True, greedy=True, max_length=120
)


@commands.command(
    "school join",
    summary="Ask to join a registered school as a teacher; its teachers or coordinator approve.",
    role=Role.ANYONE,
    params=[SCHOOL_PARAM],
    example="/exchange school join KR-hanbit-middle",
)
async def join_school(ctx: Context, school: School) -> Reply:
    if ctx.membership is not None:
        if ctx.membership.school_id == school.id:
            raise UserError(f"You are already a teacher of {school.name}.", show_usage=False)
        raise UserError(
            f"You already teach at {ctx.membership.school_id}; `/exchange school leave` first.",
            show_usage=False,
        )
    requests = JoinRequests(ctx.db)
    waiting = await requests.pending_of_user(*_key(ctx.actor))
    if waiting is not None and waiting.school_id == school.id:
        raise UserError(
            f"You asked to join {school.name} on {waiting.asked_at:%Y-%m-%d}; its teachers or "
            "the program's coordinator will answer, and you will be told.",
            show_usage=False,
        )
    declined = await requests.declined_since(school.id, *_key(ctx.actor), ctx.now - ASK_AGAIN_AFTER)
    if declined is not None:
        raise UserError(
            f"Your request to join {school.name} was declined on {declined.decided_at:%Y-%m-%d}. "
            "If that was a mistake, ask your program's coordinator for a claim code.",
            show_usage=False,
        )
    withdrawn = await withdraw(ctx.db, waiting, ctx.actor, ctx.now)
    contact = await SurveyContacts(ctx.db).of_school(school.id)
    if ctx.coordinates(school.program_id):
        return await _welcome(ctx, school, "as its program's coordinator", withdrawn)
    if named_by_survey(contact, ctx.actor):
        return await _welcome(ctx, school, "as the teacher the demand survey names", withdrawn)
    request = JoinRequest(
        school_id=school.id,
        platform=ctx.actor.platform,
        workspace=ctx.actor.workspace,
        user_id=ctx.actor.user_id,
        display_name=ctx.actor.display_name,
        asked_at=ctx.now,
    )
    ctx.db.add(request)
    await ctx.db.flush()
    deciders = await _ask_deciders(ctx, school, request)
    return Reply(
        text=f"Asked to join {school.name} ({school.id}) as request #{request.id}. {deciders} "
        "Until then you see only what everyone sees; you will be told the answer."
        + withdrawn_note(withdrawn),
        data={"request_id": request.id, "status": request.status, "school_id": school.id},
    )


async def _ask_deciders(ctx: Context, school: School, request: JoinRequest) -> str:
    """Send the request, with Approve and Decline buttons, to the school's teachers or, when it
    has none yet, to its program's coordinators; says whom it asked."""
    actor = ctx.actor
    text = (
        f"{actor.label} ({actor.platform} user {actor.user_id} in workspace {actor.workspace}) "
        f"asks to join {school.name} ({school.id}) as a teacher, request #{request.id}. Approve "
        f"only someone you know teaches there: `/exchange school approve {request.id}` or "
        f"`/exchange school decline {request.id}`."
    )
    data = {"event": "join_requested", "request_id": request.id, "school_id": school.id}
    buttons = (
        Action("Approve", f"school approve {request.id}", "primary"),
        Action("Decline", f"school decline {request.id}", "danger"),
    )
    if await ctx.notify_school(school.id, text, data, buttons):
        return "Its teachers have been asked to approve."
    coordinators = await ctx.coordinators.of_program(school.program_id)
    for coordinator in coordinators:
        ctx.notify_user(
            coordinator.platform,
            coordinator.workspace,
            coordinator.user_id,
            f"{school.name} has no teacher yet. {text}",
            data,
            buttons,
        )
    if coordinators:
        return (
            f"{school.name} has no teacher yet, so its program's coordinators have been asked; "
            "if a coordinator gave you a claim code, `/exchange school claim CODE` instead."
        )
    return (
        f"{school.name} has no teacher and its program no coordinator yet, so nobody can approve "
        "it for now; a claim code from a coordinator lets you in at once."
    )


async def _welcome(
    ctx: Context, school: School, how: str, withdrawn: JoinRequest | None = None
) -> Reply:
    """Make the caller a teacher of the school at once and tell its teachers how."""
    told = await ctx.notify_school(
        school.id,
        f"{ctx.actor.label} joined {school.name} as a teacher on {ctx.actor.platform}, {how}.",
        {"event": "school_joined", "school_id": school.id, "user": ctx.actor.user_id},
    )
    grant(ctx.db, school.id, ctx.actor, ctx.now)
    return Reply(
        text=f"You are now a teacher of {school.name} ({school.id}), {how}."
        + (f" Told {told} colleague(s)." if told else "")
        + withdrawn_note(withdrawn),
        data={"school_id": school.id, "status": JoinStatus.APPROVED},
    )


def _key(actor: Actor) -> tuple[str, str, str]:
    return actor.platform, actor.workspace, actor.user_id


ASKER_PARAM = Param(
    "asker",
    TEXT,
    "the request's number (#12), or the asker's name or mention",
    positional=True,
    max_length=80,
)


async def _waiting_request(ctx: Context, text: str) -> tuple[JoinRequest, School]:
    """The open request `text` names among those the caller may decide: to join their own
    school, or any school of a program they coordinate."""
    mine = ctx.membership.school_id if ctx.membership else None
    programs = [program.id for program in ctx.coordinated if program.id is not None]
    waiting = await JoinRequests(ctx.db).pending_decidable(mine, programs)
    scope = " or ".join(
        [*([f"{mine}"] if mine else []), *(["the schools of your program"] if programs else [])]
    )
    request = one_request(waiting, text, scope)
    school = await ctx.schools.get(request.school_id)
    assert school is not None  # requests reference existing schools
    return request, school


@commands.command(
    "school approve",
    summary="Approve a request to join your school (coordinators: any school of the program).",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[ASKER_PARAM],
    example="/exchange school approve 12",
)
async def approve_join(ctx: Context, asker: str) -> Reply:
    request, school = await _waiting_request(ctx, asker)
    if not await JoinRequests(ctx.db).decide(
        request, JoinStatus.APPROVED, ctx.actor.account, ctx.now
    ):
        raise UserError(already_decided(request), show_usage=False)
    person = person_asking(request)
    teaching = await ctx.members.of_user(*_key(person))
    if teaching is not None:
        raise UserError(
            f"{person.label} already teaches at {teaching.school_id}; nothing was changed.",
            show_usage=False,
        )
    await ctx.notify_school(
        school.id,
        f"{ctx.actor.label} approved {person.label} ({person.platform}) as a teacher of "
        f"{school.name}.",
        {"event": "join_approved", "request_id": request.id, "school_id": school.id},
    )
    grant(ctx.db, school.id, person, ctx.now)
    return _answered(
        ctx,
        request,
        f"{ctx.actor.label} approved your request: you are now a teacher of {school.name} "
        f"({school.id}). `/exchange help` shows what teachers can do.",
        f"{person.label} is now a teacher of {school.name}; they have been told.",
    )


@commands.command(
    "school decline",
    summary="Decline a request to join your school; the asker is told, with your reason.",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        ASKER_PARAM,
        Param(
            "reason",
            TEXT,
            "a short reason, told to the asker",
            default="",
            positional=True,
            greedy=True,
            max_length=300,
        ),
    ],
    example='/exchange school decline 12 "We have no teacher of that name"',
)
async def decline_join(ctx: Context, asker: str, reason: str) -> Reply:
    request, school = await _waiting_request(ctx, asker)
    if not await JoinRequests(ctx.db).decide(
        request, JoinStatus.DECLINED, ctx.actor.account, ctx.now, reason
    ):
        raise UserError(already_decided(request), show_usage=False)
    said = f": “{reason}”" if reason else "."
    return _answered(
        ctx,
        request,
        f"{ctx.actor.label} declined your request to join {school.name}{said} If this is a "
        "mistake, ask your program's coordinator.",
        f"Declined {person_asking(request).label}'s request to join {school.name}; they have "
        "been told.",
    )


def _answered(ctx: Context, request: JoinRequest, to_asker: str, to_caller: str) -> Reply:
    """Tell the asker the answer to their request, and the caller that they were told."""
    data = {"request_id": request.id, "school_id": request.school_id, "status": request.status}
    ctx.notify_user(
        request.platform,
        request.workspace,
        request.user_id,
        to_asker,
        {"event": f"join_{request.status}"} | data,
    )
    return Reply(text=to_caller, data=data)


@commands.command(
    "school remove",
    summary="Remove a teacher from your school (coordinators: from any school of the program).",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        Param(
            "teacher",
            TEXT,
            "the teacher to remove: their name or mention",
            positional=True,
            max_length=80,
        ),
        Param("school", SCHOOL, "coordinators only: the school", default=None, max_length=120),
    ],
    example="/exchange school remove @dan",
)
async def remove_teacher(ctx: Context, teacher: str, school: School | None) -> Reply:
    target = await _school_in_charge(ctx, school)
    members = await ctx.members.of_school(target.id)
    found = matching(members, teacher)
    if not found:
        listed = ", ".join(m.display_name or m.user_id for m in members) or "none"
        raise UserError(
            f"No teacher of {target.name} matches '{teacher}'. Its teachers: {listed}.",
            show_usage=False,
        )
    if len(found) > 1:
        listed = ", ".join(f"{m.user_id} ({m.platform}, {m.workspace})" for m in found)
        raise UserError(f"'{teacher}' matches several teachers: {listed}. Give the id.")
    removed = found[0]
    if (removed.platform, removed.workspace, removed.user_id) == _key(ctx.actor):
        raise UserError("To stop teaching there yourself, use `/exchange school leave`.")
    await ctx.members.remove(removed)
    name = removed.display_name or removed.user_id
    ctx.notify_user(
        removed.platform,
        removed.workspace,
        removed.user_id,
        f"{ctx.actor.label} removed you from the teachers of {target.name}. If this is a "
        "mistake, ask your program's coordinator.",
        {"event": "teacher_removed", "school_id": target.id},
    )
    await ctx.notify_school(
        target.id,
        f"{ctx.actor.label} removed {name} from the teachers of {target.name}.",
        {"event": "teacher_removed", "school_id": target.id, "user": removed.user_id},
    )
    return Reply(
        text=f"{name} is no longer a teacher of {target.name}; they have been told.",
        data={"school_id": target.id, "user": removed.user_id},
    )


async def _school_in_charge(ctx: Context, school: School | None) -> School:
    """The caller's own school, or the named one of a program they coordinate."""
    if school is None:
        return await ctx.my_school()
    mine = ctx.membership is not None and ctx.membership.school_id == school.id
    if not mine and not ctx.coordinates(school.program_id):
        raise PermissionDenied(
            f"Only the teachers of {school.name} and its program's coordinators can do this."
        )
    return school


@commands.command(
    "school leave",
    summary="Stop being a teacher of your school (the school stays registered).",
    role=Role.TEACHER,
    example="/exchange school leave",
)
async def leave_school(ctx: Context) -> Reply:
    school = await ctx.my_school()
    assert ctx.membership is not None  # my_school refused a caller without one
    await ctx.members.remove(ctx.membership)
    await ctx.notify_school(
        school.id,
        f"{ctx.actor.label} left {school.name}.",
        {"event": "school_left", "school_id": school.id, "user": ctx.actor.user_id},
    )
    return Reply(
        text=f"You are no longer a teacher of {school.name}.", data={"school_id": school.id}
    )


@commands.command(
    "school code",
    summary="Hand out a one-time claim code that makes its holder a teacher of a school.",
    role=Role.COORDINATOR,
    params=[SCHOOL_PARAM],
    example="/exchange school code KR-hanbit-middle",
)
async def issue_code(ctx: Context, school: School) -> Reply:
    if not ctx.coordinates(school.program_id):
        raise PermissionDenied(
            f"You can hand out claim codes only for the schools of your program; "
            f"{school.name} is not one of them."
        )
    code = new_code()
    issued = await ClaimCodes(ctx.db).replace(
        school.id, digest(code), ctx.actor.account, ctx.now, expiry(ctx.now)
    )
    return Reply(
        text=f"Claim code for {school.name} ({school.id}): {code}\n"
        f"It works once, until {_utc(issued)}. Give it to the school's teacher, who types "
        f"`/exchange school claim {code}`. Codes handed out for this school before stop working.",
        data={"school_id": school.id, "code": code, "expires_at": issued.expires_at.isoformat()},
    )


def _utc(code: ClaimCode) -> str:
    return code.expires_at.strftime("%Y-%m-%d %H:%M UTC")


@commands.command(
    "school claim",
    summary="Become a teacher of a school with the one-time code its coordinator gave you.",
    role=Role.ANYONE,
    params=[
        Param("code", CLAIM_CODE, "the claim code", positional=True, greedy=True, max_length=40)
    ],
    example="/exchange school claim KR7Q-M3XD-9PTA-HC2W",
)
async def claim_school(ctx: Context, code: str) -> Reply:
    if ctx.membership is not None:
        raise UserError(
            f"You already teach at {ctx.membership.school_id}; `/exchange school leave` first.",
            show_usage=False,
        )
    codes = ClaimCodes(ctx.db)
    claimed = await codes.redeem(digest(code), ctx.actor.account, ctx.now)
    if claimed is None:
        raise UserError(_unusable(await codes.by_digest(digest(code))), show_usage=False)
    school = await ctx.schools.get(claimed.school_id)
    assert school is not None  # codes reference existing schools
    waiting = await JoinRequests(ctx.db).pending_of_user(*_key(ctx.actor))
    withdrawn = await withdraw(ctx.db, waiting, ctx.actor, ctx.now)
    return await _welcome(ctx, school, "with a claim code", withdrawn)


def _unusable(code: ClaimCode | None) -> str:
    if code is None:
        return (
            "That is not a claim code the bot handed out: check it with the coordinator who "
            "gave it to you."
        )
    if code.used_at is not None:
        return (
            f"That claim code was already used, on {code.used_at:%Y-%m-%d}. Ask your "
            "coordinator for a new one."
        )
    return f"That claim code expired on {_utc(code)}. Ask your coordinator for a new one."
