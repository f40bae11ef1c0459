"""Who teaches at a school: asking to join, approving or declining, claim codes, leaving and
removing a colleague. Nobody becomes a teacher of a school on their own say-so."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.commands.schools import registered_with, school_data
from bot.core.context import Context
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.identity import Actor
from bot.core.reply import Button, Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import SCHOOL, TEXT
from bot.i18n.messages import Argument, Message
from bot.i18n.time_text import DayOf, TimeAt
from bot.matching.tieup_runs import deliver_waiting_pairings
from bot.schools.claim_codes import CLAIM_CODE, digest, expiry, new_code
from bot.schools.membership import (
    already_decided,
    matching,
    membership_row,
    named_by_survey,
    one_request,
    person_asking,
    withdraw,
    withdrawn_note,
)
from bot.times.display import Place
from storage.models import ClaimCode, JoinRequest, JoinStatus, Membership, School
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
        await _refuse_a_second_membership(ctx, ctx.membership, school)
    requests = JoinRequests(ctx.db)
    waiting = await requests.pending_of_user(*_key(ctx.actor))
    if waiting is not None and waiting.school_id == school.id:
        _refuse_asking_again(ctx, waiting, school)
    declined = await requests.declined_since(school.id, *_key(ctx.actor), ctx.now - ASK_AGAIN_AFTER)
    if declined is not None:
        assert declined.decided_at is not None  # a decided request records when
        raise UserError(
            Message(
                "membership-join-declined-before",
                school=school.name,
                day=DayOf(declined.decided_at.date(), year=True, iso_in_english=True),
            ),
            show_usage=False,
        )
    withdrawn = await withdraw(ctx.db, waiting, ctx.actor, ctx.now)
    contact = await SurveyContacts(ctx.db).of_school(school.id)
    if ctx.coordinates(school.program_id):
        return await _welcome(ctx, school, "coordinator", withdrawn)
    if named_by_survey(contact, ctx.actor):
        return await _welcome(ctx, school, "survey", withdrawn)
    request = JoinRequest(
        school_id=school.id,
        platform=ctx.actor.platform,
        workspace=ctx.actor.workspace,
        user_id=ctx.actor.user_id,
        display_name=ctx.actor.display_name,
        asked_at=ctx.now,
    )
    if not await requests.ask(request):  # another command of theirs asked first
        first = await requests.pending_of_user(*_key(ctx.actor))
        assert first is not None  # it is why nothing was added
        asked = await ctx.schools.get(first.school_id)
        assert asked is not None  # requests reference existing schools
        _refuse_asking_again(ctx, first, asked)
    stored = await requests.pending_of_user(*_key(ctx.actor))
    assert stored is not None and stored.id is not None  # just asked
    deciders = await _ask_deciders(ctx, school, stored)
    asking = Message(
        "membership-join-asked", school=school.name, id=school.id, number=str(stored.id)
    )
    until_then = Message("membership-join-until-then")
    return Reply(
        text=ctx.say_sentences(asking, deciders, until_then, withdrawn_note(withdrawn)),
        data={"request_id": stored.id, "status": stored.status, "school_id": school.id},
    )


def _refuse_asking_again(ctx: Context, waiting: JoinRequest, school: School) -> None:
    """The caller's request is waiting already: asked moments ago it is answered as done."""
    data = {"request_id": waiting.id, "status": waiting.status, "school_id": school.id}
    named: dict[str, Argument | Message] = {
        "school": school.name,
        "id": school.id,
        "number": str(waiting.id),
    }
    if ctx.repeats(ctx.actor.key, waiting.asked_at):
        raise AlreadyDone(
            Message("membership-asked-already-done", **named, at=_moment(waiting.asked_at, school)),
            data,
        )
    raise UserError(
        Message(
            "membership-asked-already",
            **named,
            day=DayOf(waiting.asked_at.date(), year=True, iso_in_english=True),
        ),
        show_usage=False,
    )


def _moment(instant: datetime, reader: School) -> TimeAt:
    """When something happened, on the reader's school's clock: `Mon 11 Jan 10:02 KST (Seoul)`."""
    return TimeAt(instant, (Place.of(reader),))


async def _refuse_a_second_membership(ctx: Context, membership: Membership, school: School) -> None:
    """A teacher teaches at one school: joining it again moments after joining is answered as
    done, anything else refused."""
    if membership.school_id != school.id:
        raise UserError(
            Message("membership-teaches-elsewhere", id=membership.school_id), show_usage=False
        )
    joined = not await registered_with(ctx, membership, school)
    if joined and ctx.repeats(ctx.actor.key, membership.joined_at):
        raise AlreadyDone(
            Message(
                "membership-joined-already",
                school=school.name,
                id=school.id,
                at=_moment(membership.joined_at, school),
            ),
            {"school": school_data(school), "school_id": school.id},
        )
    raise UserError(Message("membership-teacher-already", school=school.name), show_usage=False)


async def _ask_deciders(ctx: Context, school: School, request: JoinRequest) -> Message:
    """Send the request, with Approve and Decline buttons, to the school's teachers or, when it
    has none yet, to its program's coordinators; says whom it asked."""
    actor = ctx.actor
    asks = Message(
        "membership-join-request",
        person=actor.label,
        platform=actor.platform,
        user=actor.user_id,
        workspace=actor.workspace,
        school=school.name,
        id=school.id,
        number=str(request.id),
    )
    data = {"event": "join_requested", "request_id": request.id, "school_id": school.id}
    buttons = (
        Button(Message("membership-button-approve"), f"teacher approve {request.id}", "primary"),
        Button(Message("membership-button-decline"), f"teacher decline {request.id}", "danger"),
    )
    if await ctx.notify_school(school.id, asks, data, buttons):
        return Message("membership-deciders-teachers")
    coordinators = await ctx.coordinators.of_program(school.program_id)
    for coordinator in coordinators:
        await ctx.notify_person(
            coordinator.platform,
            coordinator.workspace,
            coordinator.user_id,
            Message("membership-join-request-no-teacher", school=school.name, request=asks),
            data,
            buttons,
        )
    if coordinators:
        return Message("membership-deciders-coordinators", school=school.name)
    return Message("membership-deciders-nobody", school=school.name)


async def _welcome(
    ctx: Context, school: School, how: str, withdrawn: JoinRequest | None = None
) -> Reply:
    """Make the caller a teacher of the school at once and tell its teachers `how` (as its
    program's `coordinator`, as the teacher the demand `survey` names, with a claim `code`);
    pairings a tie-up published while the school had no teacher reach them now."""
    if not await ctx.members.add(membership_row(school.id, ctx.actor, ctx.now)):
        membership = await ctx.members.of_user(*_key(ctx.actor))
        assert membership is not None  # another command of theirs was first: it is why
        await _refuse_a_second_membership(ctx, membership, school)
    told = await ctx.notify_school(
        school.id,
        Message(
            "membership-joined-notice",
            person=ctx.actor.label,
            school=school.name,
            platform=ctx.actor.platform,
            how=how,
        ),
        {"event": "school_joined", "school_id": school.id, "user": ctx.actor.user_id},
    )
    pairings = await deliver_waiting_pairings(ctx, school)
    return Reply(
        text=ctx.say_sentences(
            Message("membership-welcome", school=school.name, id=school.id, how=how),
            Message("membership-colleagues-told", count=str(told)) if told else None,
            _pairings_note(school, pairings),
            withdrawn_note(withdrawn),
        ),
        data={
            "school": school_data(school),
            "school_id": school.id,
            "status": JoinStatus.APPROVED,
            "tieup_pairings": pairings,
        },
    )


def _pairings_note(school: School, pairings: int) -> Message | None:
    if not pairings:
        return None
    return Message("membership-pairings-sent", school=school.name, count=str(pairings))


def _key(actor: Actor) -> tuple[str, str, str]:
    return actor.platform, actor.workspace, actor.user_id


ASKER_PARAM = Param(
    "asker",
    TEXT,
    "the request's number (#12), or the asker's name or mention",
    positional=True,
    max_length=80,
)


async def _waiting_request(
    ctx: Context, text: str, deciding: JoinStatus
) -> tuple[JoinRequest, School]:
    """The open request `text` names among those the caller may decide: to join their own
    school, or any school of a program they coordinate. A request decided meanwhile is answered
    with what happened to it (as done, when the caller's own `deciding` moments ago did it)."""
    mine = ctx.membership.school_id if ctx.membership else None
    programs = [program.id for program in ctx.coordinated if program.id is not None]
    requests = JoinRequests(ctx.db)
    number = text.strip().removeprefix("#")
    named = await requests.get(int(number)) if number.isdigit() else None
    await _unless_decided(ctx, named, mine, programs, deciding)
    waiting = await requests.pending_decidable(mine, programs)
    if named is not None and named.id not in {request.id for request in waiting}:
        # decided between the two reads (PostgreSQL reads each statement's own snapshot)
        await ctx.db.refresh(named)
        await _unless_decided(ctx, named, mine, programs, deciding)
    request = one_request(waiting, text, mine, program=bool(programs))
    school = await ctx.schools.get(request.school_id)
    assert school is not None  # requests reference existing schools
    return request, school


async def _unless_decided(
    ctx: Context,
    request: JoinRequest | None,
    mine: str | None,
    programs: list[int],
    deciding: JoinStatus,
) -> None:
    """Raise what happened to `request` when it is no longer waiting and is the caller's to
    decide (their school's, or of a program they coordinate)."""
    if request is None or request.status == JoinStatus.PENDING:
        return
    school = await ctx.schools.get(request.school_id)
    assert school is not None  # requests reference existing schools
    if request.school_id == mine or school.program_id in programs:
        raise _decided_meanwhile(ctx, request, deciding)


def _decided_meanwhile(ctx: Context, request: JoinRequest, deciding: JoinStatus) -> Exception:
    """What the caller is told of a request that is no longer waiting: their own decision of
    moments ago is done; anyone else's is said, and nothing changes."""
    if request.status == deciding and ctx.repeats(request.decided_by, request.decided_at):
        data = {"request_id": request.id, "school_id": request.school_id, "status": request.status}
        return AlreadyDone(
            Message(
                "membership-decided-already-done",
                decision=deciding.value,
                number=str(request.id),
                person=person_asking(request).label,
                id=request.school_id,
            ),
            data,
        )
    return UserError(already_decided(request), show_usage=False)


@commands.command(
    "teacher approve",
    summary="Approve a request to join your school (coordinators: any school of the program).",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[ASKER_PARAM],
    example="/exchange teacher approve 12",
)
async def approve_join(ctx: Context, asker: str) -> Reply:
    request, school = await _waiting_request(ctx, asker, JoinStatus.APPROVED)
    if not await JoinRequests(ctx.db).decide(request, JoinStatus.APPROVED, ctx.actor.key, ctx.now):
        raise _decided_meanwhile(ctx, request, JoinStatus.APPROVED)
    person = person_asking(request)
    await ctx.notify_school(  # its teachers until now; a refusal below takes it back
        school.id,
        Message(
            "membership-approved-notice",
            by=ctx.actor.label,
            person=person.label,
            platform=person.platform,
            school=school.name,
        ),
        {"event": "join_approved", "request_id": request.id, "school_id": school.id},
    )
    if not await ctx.members.add(membership_row(school.id, person, ctx.now)):
        teaching = await ctx.members.of_user(*_key(person))
        raise UserError(
            Message(
                "membership-approved-teaches-elsewhere", person=person.label, id=teaching.school_id
            )
            if teaching
            else Message("membership-approved-teaches-at-another", person=person.label),
            show_usage=False,
        )
    pairings = await deliver_waiting_pairings(ctx, school)
    return await _answered(
        ctx,
        request,
        Message(
            "membership-approved-to-asker", by=ctx.actor.label, school=school.name, id=school.id
        ),
        ctx.say_sentences(
            Message("membership-approved", person=person.label, school=school.name),
            _pairings_note(school, pairings),
        ),
    )


@commands.command(
    "teacher decline",
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
    example='/exchange teacher decline 12 "We have no teacher of that name"',
)
async def decline_join(ctx: Context, asker: str, reason: str) -> Reply:
    request, school = await _waiting_request(ctx, asker, JoinStatus.DECLINED)
    if not await JoinRequests(ctx.db).decide(
        request, JoinStatus.DECLINED, ctx.actor.key, ctx.now, reason
    ):
        raise _decided_meanwhile(ctx, request, JoinStatus.DECLINED)
    to_asker = (
        Message(
            "membership-declined-to-asker-why",
            by=ctx.actor.label,
            school=school.name,
            reason=reason,
        )
        if reason
        else Message("membership-declined-to-asker", by=ctx.actor.label, school=school.name)
    )
    declined = Message(
        "membership-declined", person=person_asking(request).label, school=school.name
    )
    return await _answered(ctx, request, to_asker, ctx.say(declined))


async def _answered(ctx: Context, request: JoinRequest, to_asker: Message, to_caller: str) -> Reply:
    """Tell the asker the answer to their request, and the caller that they were told."""
    data = {"request_id": request.id, "school_id": request.school_id, "status": request.status}
    await ctx.notify_person(
        request.platform,
        request.workspace,
        request.user_id,
        to_asker,
        {"event": f"join_{request.status}"} | data,
    )
    return Reply(text=to_caller, data=data)


@commands.command(
    "teacher remove",
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
    example="/exchange teacher remove @dan",
)
async def remove_teacher(ctx: Context, teacher: str, school: School | None) -> Reply:
    target = await _school_in_charge(ctx, school)
    members = await ctx.members.of_school(target.id)
    found = matching(members, teacher)
    if not found:
        listed = ", ".join(m.display_name or m.user_id for m in members)
        raise UserError(
            Message("membership-remove-no-match", school=target.name, text=teacher, teachers=listed)
            if listed
            else Message(
                "membership-remove-no-match-no-teachers", school=target.name, text=teacher
            ),
            show_usage=False,
        )
    if len(found) > 1:
        listed = ", ".join(f"{m.user_id} ({m.platform}, {m.workspace})" for m in found)
        raise UserError(Message("membership-remove-ambiguous", text=teacher, teachers=listed))
    removed = found[0]
    if (removed.platform, removed.workspace, removed.user_id) == _key(ctx.actor):
        raise UserError(Message("membership-remove-yourself"))
    name = removed.display_name or removed.user_id
    if not await ctx.members.remove(removed):  # removed (or left) meanwhile
        raise AlreadyDone(
            Message("membership-removed-already", person=name, school=target.name),
            {"school_id": target.id, "user": removed.user_id},
        )
    await ctx.notify_person(
        removed.platform,
        removed.workspace,
        removed.user_id,
        Message("membership-removed-to-teacher", by=ctx.actor.label, school=target.name),
        {"event": "teacher_removed", "school_id": target.id},
    )
    await ctx.notify_school(
        target.id,
        Message("membership-removed-notice", by=ctx.actor.label, person=name, school=target.name),
        {"event": "teacher_removed", "school_id": target.id, "user": removed.user_id},
    )
    return Reply(
        text=ctx.say(Message("membership-removed", person=name, school=target.name)),
        data={"school_id": target.id, "user": removed.user_id},
    )


async def _school_in_charge(ctx: Context, school: School | None) -> School:
    """The caller's own school, or the named one of a program they coordinate."""
    if school is None:
        return await ctx.my_school()
    mine = ctx.membership is not None and ctx.membership.school_id == school.id
    if not mine and not ctx.coordinates(school.program_id):
        raise PermissionDenied(Message("membership-not-in-charge", school=school.name))
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
    left = Message("membership-left", school=school.name)
    if not await ctx.members.remove(ctx.membership):  # a command of theirs was first
        raise AlreadyDone(left, {"school_id": school.id})
    await ctx.notify_school(
        school.id,
        Message("membership-left-notice", person=ctx.actor.label, school=school.name),
        {"event": "school_left", "school_id": school.id, "user": ctx.actor.user_id},
    )
    return Reply(text=ctx.say(left), data={"school_id": school.id})


@commands.command(
    "school code",
    summary="Hand out a one-time claim code that makes its holder a teacher of a school.",
    role=Role.COORDINATOR,
    params=[SCHOOL_PARAM],
    example="/exchange school code KR-hanbit-middle",
)
async def issue_code(ctx: Context, school: School) -> Reply:
    if not ctx.coordinates(school.program_id):
        raise PermissionDenied(Message("membership-code-not-your-program", school=school.name))
    await ctx.schools.lock([school.id])  # one code at a time per school
    code = new_code()
    issued = await ClaimCodes(ctx.db).replace(
        school.id, digest(code), ctx.actor.key, ctx.now, expiry(ctx.now)
    )
    return Reply(
        text=ctx.say(
            Message(
                "membership-code-issued",
                school=school.name,
                id=school.id,
                code=code,
                until=_utc(issued),
            )
        ),
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
    codes = ClaimCodes(ctx.db)
    if ctx.membership is not None:
        used = await codes.by_digest(digest(code))
        if used is not None and ctx.repeats(used.used_by, used.used_at):
            await _refuse_code(ctx, used)  # their own claim of moments ago: done
        raise UserError(
            Message("membership-teaches-elsewhere", id=ctx.membership.school_id),
            show_usage=False,
        )
    claimed = await codes.redeem(digest(code), ctx.actor.key, ctx.now)
    if claimed is None:
        await _refuse_code(ctx, await codes.by_digest(digest(code)))
    assert claimed is not None  # refused otherwise
    school = await ctx.schools.get(claimed.school_id)
    assert school is not None  # codes reference existing schools
    waiting = await JoinRequests(ctx.db).pending_of_user(*_key(ctx.actor))
    withdrawn = await withdraw(ctx.db, waiting, ctx.actor, ctx.now)
    return await _welcome(ctx, school, "code", withdrawn)


async def _refuse_code(ctx: Context, code: ClaimCode | None) -> None:
    """Why the code let nobody in; the caller's own claim of moments ago is answered as done."""
    if code is not None and ctx.repeats(code.used_by, code.used_at):
        school = await ctx.schools.get(code.school_id)
        assert school is not None and code.used_at is not None  # codes reference schools
        raise AlreadyDone(
            Message(
                "membership-claimed-already",
                school=school.name,
                id=school.id,
                at=_moment(code.used_at, school),
            ),
            {"school": school_data(school), "school_id": school.id},
        )
    raise UserError(_unusable(code), show_usage=False)


def _unusable(code: ClaimCode | None) -> Message:
    if code is None:
        return Message("membership-code-unknown")
    if code.used_at is not None:
        return Message(
            "membership-code-used", day=DayOf(code.used_at.date(), year=True, iso_in_english=True)
        )
    return Message("membership-code-expired", until=_utc(code))
