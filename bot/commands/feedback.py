"""Feedback after each session and the coordinators' report: submit, impression, summary,
report, close and settings, each reply in the reader's language (`feedback.ftl`).

Feedback is visible to the session's teachers and its program's coordinators only; a student's
impression is stored without any user id. The `feedback submit` declaration is also the Slack
and Discord feedback form, so its options carry choices and short limits.
"""

from __future__ import annotations

import logging

from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.commands.meetings import session_param
from bot.core.context import Context
from bot.core.declared_text import accepted
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Form, Param, Role
from bot.core.value_types import (
    CHOICE,
    INTEGER,
    SCHOOL,
    TEXT,
    ValueProblem,
    ValueType,
    Wire,
)
from bot.feedback.answers import (
    NEXT_STEPS,
    PROBLEMS,
    AnswerValues,
    merge_answer,
)
from bot.feedback.program_report import compile_report, current_term
from bot.feedback.records import closure_of, session_term
from bot.feedback.requests import mark_answered, student_prompt_enabled
from bot.feedback.session_summary import (
    AnswerText,
    readable_session,
    session_feedback,
    session_time,
    summary_data,
    summary_section,
    view_of,
)
from bot.feedback.terms import TERM, Term, parse_term
from bot.i18n.messages import Message
from bot.i18n.time_text import DayOf
from bot.schools.stages import stage_hint, stage_of
from bot.sessions.booking import SessionView, load_session
from storage.models import (
    AnswerStatus,
    FeedbackAnswer,
    FeedbackClosure,
    FeedbackPolicy,
    Partnership,
    Program,
    School,
    SessionStatus,
    StudentImpression,
)
from storage.repositories.feedback import FeedbackAnswers, FeedbackPolicies
from storage.repositories.partnerships import Partnerships
from storage.repositories.sessions import ExchangeSessions
from storage.repositories.stages import StageMoves

logger = logging.getLogger(__name__)
commands = CommandGroup()

SUMMARY_LIMIT = 10  # sessions shown by one summary, most recent first
LIST_EXAMPLES = {"problems": "problems=none", "continue_with": "continue_with=visit"}
ON_OFF = ("on", "off")


def _program_name(raw: str) -> str:
    """A program's name, refusing what reads as a term so that `report 2027-1` means the term."""
    try:
        parse_term(raw)
    except ValueProblem:
        return raw.strip()
    raise ValueProblem(Message("feedback-program-is-a-term", text=raw))


PROGRAM_NAME = ValueType("program", Wire.STRING, "<program>", "a program's name", _program_name)


@commands.command(
    "feedback submit",
    summary="Give, or change, your feedback on a session: did it take place, how it went, "
    "what next.",
    role=Role.TEACHER,
    params=[
        session_param("the session's number (12 for #12)"),
        Param(
            "status",
            CHOICE,
            "did the session take place? (default: your earlier answer, else held)",
            choices=tuple(AnswerStatus),
            default=None,
            prompted=True,
        ),
        Param(
            "reason",
            TEXT,
            "why it did not take place (needed when postponed or cancelled)",
            default=None,
            max_length=200,
        ),
        Param(
            "rating",
            INTEGER,
            "how it went, 1 (did not work) to 5 (excellent); needed when held",
            default=None,
            minimum=1,
            maximum=5,
        ),
        Param("went_well", TEXT, "what went well", default=None, max_length=500),
        Param("improve", TEXT, "what to improve next time", default=None, max_length=500),
        Param(
            "problems",
            CHOICE,
            "technical problems, or none",
            choices=PROBLEMS,
            many=True,
            default=None,
            max_length=80,
        ),
        Param(
            "continue_with",
            CHOICE,
            "what you want next: another online session, an "
            "in-person visit, a formal agreement, or none",
            choices=NEXT_STEPS,
            many=True,
            default=None,
            max_length=80,
        ),
    ],
    example='/exchange feedback submit session=12 status=held rating=4 went_well="the quiz" '
    'improve="shorter introductions" problems=audio continue_with=online,visit',
    description="One answer per teacher per session; submitting again changes it, and options "
    "you leave out keep their earlier value. Answers can be changed until a coordinator closes "
    "the term's report.",
    form=Form("Session feedback"),
)
async def submit_feedback(
    ctx: Context,
    session: int,
    status: str | None,
    reason: str | None,
    rating: int | None,
    went_well: str | None,
    improve: str | None,
    problems: list[str] | None,
    continue_with: list[str] | None,
) -> Reply:
    view = await load_session(ctx, session, lock=True)  # its answers are given in turn
    term = await _open_term(ctx, view)
    answer = await _my_answer(ctx, session)
    status = status or (answer.status if answer else AnswerStatus.HELD)
    values = merge_answer(
        AnswerValues.of(answer) if answer else None,
        status=status,
        reason=reason,
        rating=rating,
        went_well=went_well,
        improve=improve,
        problems=problems,
        continue_with=continue_with,
    )
    edited = answer is not None
    if answer is not None and AnswerValues.of(answer) == values:
        raise AlreadyDone(
            Message(
                "feedback-unchanged",
                session=str(session),
                partner=view.theirs.name,
                answer=AnswerText(answer, view.mine.name),
            ),
            {"session_id": session, "edited": False, "term": term.label, **values.data()},
        )
    answer = answer or _new_answer(ctx, view, status)
    for column, value in values.columns().items():
        setattr(answer, column, value)
    answer.updated_at = ctx.now
    ctx.db.add(answer)
    await mark_answered(ctx.db, session, view.mine.id, ctx.now)
    logger.info(
        "feedback on session %s %s by %s", session, "edited" if edited else "given", ctx.actor.key
    )
    when, given = session_time(view), AnswerText(answer, view.mine.name)
    saved = (
        Message(
            "feedback-updated",
            session=str(session),
            partner=view.theirs.name,
            when=when,
            answer=given,
        )
        if edited
        else Message(
            "feedback-saved",
            session=str(session),
            partner=view.theirs.name,
            when=when,
            answer=given,
        )
    )
    lines = [
        ctx.say(saved),
        *(ctx.say(line) for line in _still_missing(session, values)),
        *await _next_stage(ctx, view, values),
        ctx.say(Message("feedback-editable-until", term=term.label)),
    ]
    return Reply(
        text="\n".join(lines),
        data={"session_id": session, "edited": edited, "term": term.label, **values.data()},
    )


def _new_answer(ctx: Context, view: SessionView, status: str) -> FeedbackAnswer:
    """The caller's first answer on the session, for their school."""
    assert view.session.id is not None  # a loaded row
    return FeedbackAnswer(
        session_id=view.session.id,
        school_id=view.mine.id,
        platform=ctx.actor.platform,
        workspace=ctx.actor.workspace,
        user_id=ctx.actor.user_id,
        display_name=ctx.actor.display_name,
        submitted_at=ctx.now,
        updated_at=ctx.now,
        status=AnswerStatus(status),
    )


async def _next_stage(ctx: Context, view: SessionView, values: AnswerValues) -> list[str]:
    """The stage command, when the answer wishes for a visit or an agreement not yet reached."""
    partnership_id = view.partnership.id
    assert partnership_id is not None  # a loaded row
    latest = (await StageMoves(ctx.db).latest([partnership_id])).get(partnership_id)
    hint = stage_hint(stage_of(latest), values.continue_with, view.theirs)
    return [ctx.say(hint)] if hint else []


def _still_missing(session: int, values: AnswerValues) -> list[Message]:
    """A line naming the lists not answered yet, with the command that adds them."""
    missing = {
        name: example for name, example in LIST_EXAMPLES.items() if not getattr(values, name)
    }
    if not missing:
        return []
    return [
        Message(
            "feedback-not-answered-yet",
            missing="both" if len(missing) > 1 else next(iter(missing)),
            command=f"/exchange feedback submit session={session} status={values.status} "
            + " ".join(missing.values()),
        )
    ]


async def _open_term(ctx: Context, view: SessionView) -> Term:
    """The session's term, if feedback on it can be given now; else say why not."""
    session = view.session
    if session.status == SessionStatus.PENDING:
        raise UserError(
            Message("feedback-never-confirmed", session=str(session.id), when=session_time(view)),
            show_usage=False,
        )
    if session.status == SessionStatus.CANCELLED:
        raise UserError(
            Message("feedback-session-cancelled", session=str(session.id)), show_usage=False
        )
    if session.start_utc > ctx.now:
        raise UserError(
            Message("feedback-not-begun", session=str(session.id), when=session_time(view)),
            show_usage=False,
        )
    program = await _program(ctx, view.partnership)
    term = session_term(session, program)
    await ctx.programs.lock(program.id, shared=True)  # type: ignore[arg-type]  # a closing first
    closure = await closure_of(ctx.db, program.id, term.label)  # type: ignore[arg-type]
    if closure is not None:
        raise UserError(
            Message(
                "feedback-term-closed",
                term=term.label,
                day=_day(closure),
                closer=closure.closed_by,
                session=str(session.id),
            ),
            show_usage=False,
        )
    return term


def _day(closure: FeedbackClosure) -> DayOf:
    return DayOf(closure.closed_at.date(), year=True, weekday=False)


async def _program(ctx: Context, partnership: Partnership) -> Program:
    program = await ctx.programs.get(partnership.program_id)
    assert program is not None  # partnerships reference existing programs
    return program


async def _my_answer(ctx: Context, session_id: int) -> FeedbackAnswer | None:
    actor = ctx.actor
    return await FeedbackAnswers(ctx.db).of_teacher(
        session_id, actor.platform, actor.workspace, actor.user_id
    )


@commands.command(
    "feedback impression",
    summary="Share a student's one-line impression of a session, anonymously.",
    role=Role.ANYONE,
    params=[
        session_param("the session's number (12 for #12)"),
        Param(
            "text",
            TEXT,
            "one line: what you liked, learned or felt",
            positional=True,
            greedy=True,
            max_length=140,
        ),
    ],
    example='/exchange feedback impression 12 "I learned how to count to ten in Japanese!"',
    description="Typed in the pair's joint channel (a teacher can also type in what students "
    "said). No name or user id is stored with it.",
)
async def add_impression(ctx: Context, session: int, text: str) -> Reply:
    found = await ExchangeSessions(ctx.db).get(session)
    partnership = await Partnerships(ctx.db).get(found.partnership_id) if found else None
    if found is None or partnership is None or not _may_add_impression(ctx, partnership):
        raise PermissionDenied(Message("feedback-impression-elsewhere", session=str(session)))
    view = await view_of(ctx, found, partnership, partnership.school_a)
    await _open_term(ctx, view)
    program = await _program(ctx, partnership)
    if not await student_prompt_enabled(ctx.db, program.id):  # type: ignore[arg-type]
        raise UserError(Message("feedback-impressions-off", program=program.name), show_usage=False)
    ctx.db.add(StudentImpression(session_id=session, text=text))
    return Reply(
        text=ctx.say(Message("feedback-impression-saved")),
        data={"session_id": session},
    )


def _may_add_impression(ctx: Context, partnership: Partnership) -> bool:
    mine = ctx.membership.school_id if ctx.membership else None
    if mine in (partnership.school_a, partnership.school_b):
        return True
    channel = ctx.channel
    return channel is not None and (
        channel.platform,
        channel.workspace,
        channel.channel_id,
    ) == (partnership.channel_platform, partnership.channel_workspace, partnership.channel_id)


@commands.command(
    "feedback summary",
    writes=False,
    summary="Read the feedback on a session, or on every session with a partner school.",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        session_param("one session's number", required=False),
        Param(
            "partner",
            SCHOOL,
            "every session with this partner school (coordinators: every session of this school)",
            default=None,
            positional=True,
            max_length=120,
        ),
    ],
    example="/exchange feedback summary JP-sakura-junior-high",
    description="Visible to the teachers of the session's two schools and to the program's "
    f"coordinators only. Without options: your school's latest {SUMMARY_LIMIT} sessions.",
)
async def feedback_summary(ctx: Context, session: int | None, partner: School | None) -> Reply:
    if session is not None and partner is not None:
        raise UserError(Message("feedback-session-or-partner"))
    if session is not None:
        views = [await readable_session(ctx, session)]
    else:
        views = await _sessions_to_summarise(ctx, partner)
    if not views:
        return Reply(
            text=ctx.say(Message("feedback-summary-none")),
            data={"sessions": []},
        )
    summaries = [await session_feedback(ctx, view) for view in views]
    sections = tuple(
        summary_section(summary, ctx.language, ctx.translator) for summary in summaries
    )
    text = "\n\n".join("\n".join([s.title, *(f"  {line}" for line in s.lines)]) for s in sections)
    return Reply(
        text=text,
        sections=sections,
        data={"sessions": [summary_data(summary) for summary in summaries]},
    )


async def _sessions_to_summarise(ctx: Context, partner: School | None) -> list[SessionView]:
    """The latest sessions of the caller's school (with `partner` only, when given), or of
    `partner` itself for a coordinator of its program."""
    mine = ctx.membership.school_id if ctx.membership else None
    if mine is not None and (partner is None or partner.id != mine):
        return await _latest_sessions(ctx, mine, partner.id if partner else None)
    if partner is not None and ctx.coordinates(partner.program_id):
        return await _latest_sessions(ctx, partner.id, None)
    if partner is None and ctx.coordinated:
        raise UserError(Message("feedback-summary-which"))
    raise PermissionDenied(Message("feedback-not-visible"))


async def _latest_sessions(ctx: Context, school_id: str, other_id: str | None) -> list[SessionView]:
    latest = await ExchangeSessions(ctx.db).latest_reported(
        school_id, with_school=other_id, begun_by=ctx.now, limit=SUMMARY_LIMIT
    )
    return [await view_of(ctx, found, partnership, school_id) for found, partnership in latest]


@commands.command(
    "report",
    writes=False,
    summary="Your program's feedback report for a term: figures, pairs at risk, chart, CSV.",
    role=Role.COORDINATOR,
    params=[
        Param(
            "program",
            PROGRAM_NAME,
            PROGRAM_PARAM.help,
            default=None,
            positional=True,
            max_length=PROGRAM_PARAM.max_length,
        ),
        Param(
            "term",
            TERM,
            "the term; default: the current one",
            default=None,
            positional=True,
            max_length=30,
        ),
    ],
    example='/exchange report "Seoul IJC 2027" 2027-1',
    description="Both are optional: `/exchange report 2027-1` reads a term of your program.",
)
async def feedback_report(ctx: Context, program: str | None, term: Term | None) -> Reply:
    chosen = await _reported_program(ctx, program, term)
    compiled = await compile_report(ctx.db, chosen, term or current_term(chosen, ctx.now), ctx.now)
    language, translator = ctx.language, ctx.translator
    activities = compiled.activities_csv(language, translator)
    attached = (
        Message("report-attached") if activities is None else Message("report-attached-activities")
    )
    files = (compiled.chart(language, translator), compiled.csv(language, translator))
    return Reply(
        text="\n".join([compiled.text(language, translator), ctx.say(attached)]),
        data=compiled.data(),
        attachments=files if activities is None else (*files, activities),
    )


async def _reported_program(ctx: Context, program: str | None, term: Term | None) -> Program:
    """The program to report on; a lone unknown value may have been meant as a term."""
    try:
        return await coordinated_program(ctx, program)
    except PermissionDenied as refusal:
        if term is not None:
            raise
        raise UserError(
            Message(
                "report-neither-program-nor-term",
                refusal=refusal.message,
                text=program or "",
                accepted=accepted(TERM),
            ),
            show_usage=True,
        ) from None


@commands.command(
    "feedback close",
    summary="Close a term's report: from then on, answers about its sessions are final.",
    role=Role.COORDINATOR,
    params=[
        Param("term", TERM, "the named term to close, e.g. 2027-1", positional=True, max_length=30),
        PROGRAM_PARAM,
    ],
    example="/exchange feedback close 2027-1",
)
async def close_term(ctx: Context, term: Term, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    assert chosen.id is not None
    if not term.named:
        raise UserError(Message("feedback-close-unnamed"))
    await ctx.programs.lock(chosen.id)  # closings and answers take turns
    closure = await closure_of(ctx.db, chosen.id, term.label)
    if closure is not None:
        # closures record the closer's name, not their key
        if closure.closed_by == ctx.actor.label and ctx.repeats(ctx.actor.key, closure.closed_at):
            raise AlreadyDone(
                Message(
                    "feedback-closed-by-you",
                    term=term.label,
                    program=chosen.name,
                    day=_day(closure),
                ),
                {"program": chosen.name, "term": term.label},
            )
        raise UserError(
            Message(
                "feedback-closed-already",
                term=term.label,
                program=chosen.name,
                day=_day(closure),
                closer=closure.closed_by,
            ),
            show_usage=False,
        )
    ctx.db.add(
        FeedbackClosure(
            program_id=chosen.id, term=term.label, closed_at=ctx.now, closed_by=ctx.actor.label
        )
    )
    await ctx.db.flush()
    compiled = await compile_report(ctx.db, chosen, term, ctx.now)
    logger.info("feedback term %s of program %s closed by %s", term.label, chosen.id, ctx.actor.key)
    closed = ctx.say(Message("feedback-closed", term=term.label, program=chosen.name))
    return Reply(
        text="\n".join([closed, compiled.text(ctx.language, ctx.translator)]),
        data=compiled.data(),
    )


@commands.command(
    "feedback settings",
    summary="Choose whether the joint channel is asked for students' anonymous impressions.",
    role=Role.COORDINATOR,
    params=[
        Param(
            "student_prompt",
            CHOICE,
            "on: after each session the joint channel is asked for "
            "one-line impressions; off: it is not",
            choices=ON_OFF,
        ),
        PROGRAM_PARAM,
    ],
    example="/exchange feedback settings student_prompt=off",
)
async def feedback_settings(ctx: Context, student_prompt: str, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    assert chosen.id is not None
    await ctx.programs.lock(chosen.id)  # its settings change one at a time
    wanted = student_prompt == "on"
    settings = (
        Message("feedback-impressions-asked", program=chosen.name)
        if wanted
        else Message("feedback-impressions-not-asked", program=chosen.name)
    )
    data = {"program": chosen.name, "student_prompt": wanted}
    if await student_prompt_enabled(ctx.db, chosen.id) == wanted:
        raise AlreadyDone(Message("feedback-settings-unchanged", settings=settings), data)
    policy = await FeedbackPolicies(ctx.db).of_program(chosen.id) or FeedbackPolicy(
        program_id=chosen.id, updated_at=ctx.now, updated_by=ctx.actor.key
    )
    policy.student_prompt = wanted
    policy.updated_at, policy.updated_by = ctx.now, ctx.actor.key
    ctx.db.add(policy)
    return Reply(text=ctx.say(settings), data=data)
