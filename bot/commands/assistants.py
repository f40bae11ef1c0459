"""Remote class assistants: volunteers register and answer offers, coordinators let them in and
match them to the sessions that ask, teachers ask and rate the assistance.

Privacy: teachers read an assigned assistant's name and languages only; an assistant reads
their own profile and the sessions they are offered or serve; coordinators read their
program's assistants. Every reply is in the reader's language (`assistants.ftl`).
"""

from __future__ import annotations

from datetime import date

from bot.assistants import assignments, registry
from bot.assistants.asked import asked_session, asked_sessions
from bot.assistants.asks import LANGUAGE_PAIR, LanguagePair, ask, default_languages
from bot.assistants.notices import for_assistant
from bot.assistants.people import (
    ASSISTANT,
    MAX_PER_MONTH,
    AssistantProfile,
    AssistantRef,
    name_of,
    profile_data,
)
from bot.assistants.program_match import apply_match, run_match
from bot.assistants.registry import (
    HOURS_NEEDED,
    TWO_LANGUAGES_NEEDED,
    Profile,
    my_registration,
)
from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.commands.meetings import session_param
from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.grammar import quote
from bot.core.reply import Action, Reply, json_attachment
from bot.core.spec import REQUIRED, CommandGroup, Form, Param, Role
from bot.core.value_types import CHOICE, DATE, INTEGER, TEXT
from bot.i18n.messages import Message
from bot.i18n.time_text import TimeSpan
from bot.sessions.booking import load_session
from bot.sessions.planner import BookingServices
from bot.times.display import Place
from bot.times.geography import LANGUAGE, TIMEZONE
from bot.times.vacations import VACATIONS, DateRange
from bot.times.weekly_hours import WEEKLY_HOURS, WeeklyHours
from storage.models import (
    AskSource,
    AssignmentStatus,
    AssistancePolicy,
    AssistanceRating,
    AssistantStatus,
    AssistantSurvey,
    ClassAssistant,
    Program,
    SessionStatus,
)
from storage.repositories.assistance import (
    AssistanceRatings,
    AssistantAssignments,
    AssistantSurveys,
)
from storage.repositories.assistants import AssistancePolicies, ClassAssistants

commands = CommandGroup()

YES_NO = ("yes", "no")
ON_OFF = ("on", "off")
SHOWN = 10  # assignments and uncovered sessions listed in a match reply; the file has them all
SEEN_BY_COORDINATORS = Message("assistant-seen-by-coordinators")


def _profile_params(*, registering: bool) -> list[Param]:
    """`assistant register` needs languages, hours and a zone; `assistant edit` changes only
    what it is given."""
    needed = REQUIRED if registering else None
    return [
        Param(
            "languages",
            LANGUAGE,
            "the languages you interpret between, ISO 639-1 codes",
            many=True,
            default=needed,
        ),
        Param(
            "hours",
            WEEKLY_HOURS,
            "when you can assist each week, in your own time zone",
            default=needed,
            max_length=500,
        ),
        Param("timezone", TIMEZONE, "your IANA time zone, e.g. Asia/Seoul", default=needed),
        Param(
            "max_per_month",
            INTEGER,
            "the most sessions you assist in a calendar month"
            + (" (default: 4)" if registering else ""),
            default=4 if registering else None,
            minimum=1,
            maximum=MAX_PER_MONTH,
        ),
        Param(
            "vacations",
            VACATIONS,
            "dates you are away (inclusive ranges, your local dates)",
            default=None,
            max_length=1000,
        ),
    ]


def _profile(
    languages: list[str] | None,
    hours: WeeklyHours | None,
    timezone: str | None,
    max_per_month: int | None,
    vacations: tuple[DateRange, ...] | None,
) -> Profile:
    return Profile(languages, hours, timezone, max_per_month, vacations)


@commands.command(
    "assistant register",
    summary="Volunteer as a remote class assistant: you interpret in online classes of a program.",
    role=Role.ANYONE,
    params=[*_profile_params(registering=True), PROGRAM_PARAM],
    example='/exchange assistant register languages=ko,ja,en hours="Mon-Fri 09:00-18:00" '
    "timezone=Asia/Seoul max_per_month=4",
    description="Hours are in your own time zone, written like a school's class hours; "
    "vacations like a school's. A coordinator of the program approves you before any session "
    "is offered to you. You may be in another workspace or server than the schools.",
)
async def register_assistant(
    ctx: Context,
    languages: list[str],
    hours: WeeklyHours,
    timezone: str,
    max_per_month: int,
    vacations: tuple[DateRange, ...] | None,
    program: str | None,
) -> Reply:
    chosen = await _program_named(ctx, program)
    row = await registry.register(
        ctx, chosen, _profile(languages, hours, timezone, max_per_month, vacations)
    )
    return Reply(
        text=ctx.say(
            Message(
                "assistant-registered",
                id=str(row.id),
                program=chosen.name,
                profile=AssistantProfile(row),
            )
        ),
        data={"assistant": profile_data(row)},
    )


async def _program_named(ctx: Context, name: str | None) -> Program:
    if name is None:
        return await ctx.programs.ensure(ctx.settings.program, ctx.settings.home_country, ctx.now)
    program = await ctx.programs.by_name(name)
    if program is None:
        raise UserError(Message("assistant-program-unknown", name=name), show_usage=False)
    return program


@commands.command(
    "assistant show",
    summary="Your assistant profile and the sessions you are offered or assist "
    "(coordinators: any of their program's assistants).",
    role=Role.ANYONE,
    params=[
        Param(
            "assistant",
            ASSISTANT,
            "coordinators only: the assistant to show, @user or #number",
            default=None,
            positional=True,
            max_length=80,
        )
    ],
    example="/exchange assistant show",
)
async def show_assistant(ctx: Context, assistant: AssistantRef | None) -> Reply:
    row = await (_named(ctx, assistant) if assistant else my_registration(ctx))
    placed = await AssistantAssignments(ctx.db).live_placed([row.id or 0], ending_after=ctx.now)
    sessions = await asked_sessions(ctx.db, [(r, s, p) for _, r, s, p in placed])
    states = {asked.id: a.status for asked, (a, *_) in zip(sessions, placed, strict=True)}
    lines = [ctx.say(Message("assistant-profile", profile=AssistantProfile(row)))]
    if sessions:
        lines.append(ctx.say(Message("assistant-show-sessions")))
        lines += [
            ctx.say(
                Message(
                    "assistant-show-session",
                    state=states[asked.id].value,
                    session=for_assistant(asked, row),
                )
            )
            for asked in sessions
        ]
    else:
        lines.append(ctx.say(Message("assistant-show-no-sessions")))
    return Reply(
        text="\n".join(lines),
        data={
            "assistant": profile_data(row),
            "sessions": [asked.data() | {"assignment": states[asked.id]} for asked in sessions],
        },
    )


async def _named(ctx: Context, ref: AssistantRef) -> ClassAssistant:
    """An assistant named by a coordinator of their program, or by themself; nobody else
    may look at another's profile."""
    row = await _any_named(ctx, ref)
    actor = ctx.actor
    own = (row.platform, row.workspace, row.user_id) == (
        actor.platform,
        actor.workspace,
        actor.user_id,
    )
    if not (own or ctx.coordinates(row.program_id)):
        raise PermissionDenied(SEEN_BY_COORDINATORS)
    return row


@commands.command(
    "assistant edit",
    summary="Change your assistant profile; sessions you can no longer assist go to others.",
    role=Role.ANYONE,
    params=_profile_params(registering=False),
    example='/exchange assistant edit hours="Tue,Thu 10:00-16:00" vacations=2027-08-01..2027-08-20',
)
async def edit_assistant(
    ctx: Context[BookingServices],
    languages: list[str] | None,
    hours: WeeklyHours | None,
    timezone: str | None,
    max_per_month: int | None,
    vacations: tuple[DateRange, ...] | None,
) -> Reply:
    row = await my_registration(ctx)
    columns = _profile(languages, hours, timezone, max_per_month, vacations).columns()
    if not columns:
        raise UserError(Message("assistant-edit-nothing"))
    if hours is not None and not hours:
        raise UserError(HOURS_NEEDED)
    if languages is not None and len(set(languages)) < 2:
        raise UserError(TWO_LANGUAGES_NEEDED)
    for column, value in columns.items():
        setattr(row, column, value)
    row.updated_at = ctx.now
    await ClassAssistants(ctx.db).save(row)
    released = await registry.recheck(ctx, row)
    changed = ", ".join(sorted(columns))  # option names, as typed in every language
    lines = [ctx.say(Message("assistant-updated", changed=changed, profile=AssistantProfile(row)))]
    if released:
        lines.append(ctx.say(Message("assistant-edit-released")))
        lines += [
            ctx.say(Message("assistant-edit-released-row", id=str(session_id), why=why))
            for session_id, why in released
        ]
    return Reply(
        text="\n".join(lines),
        data={
            "assistant": profile_data(row),
            "released": [session_id for session_id, _ in released],
        },
    )


@commands.command(
    "assistant pause",
    summary="Stop being offered new sessions for now; you keep those you assist.",
    role=Role.ANYONE,
    example="/exchange assistant pause",
)
async def pause_assistant(ctx: Context) -> Reply:
    row = await _switch(ctx, AssistantStatus.APPROVED, AssistantStatus.PAUSED, "pause")
    return Reply(text=ctx.say(Message("assistant-paused")), data={"assistant": profile_data(row)})


@commands.command(
    "assistant resume",
    summary="Be offered sessions again after a pause.",
    role=Role.ANYONE,
    example="/exchange assistant resume",
)
async def resume_assistant(ctx: Context) -> Reply:
    row = await _switch(ctx, AssistantStatus.PAUSED, AssistantStatus.APPROVED, "resume")
    return Reply(text=ctx.say(Message("assistant-resumed")), data={"assistant": profile_data(row)})


async def _switch(
    ctx: Context, from_: AssistantStatus, to: AssistantStatus, verb: str
) -> ClassAssistant:
    row = await my_registration(ctx)
    if row.status != from_:
        raise UserError(
            Message("assistant-nothing-to-switch", status=row.status.value, verb=verb),
            show_usage=False,
        )
    row.status, row.updated_at = to, ctx.now
    return await ClassAssistants(ctx.db).save(row)


@commands.command(
    "assistant leave",
    summary="Stop being an assistant; the sessions you were to assist go to others.",
    role=Role.ANYONE,
    example="/exchange assistant leave",
)
async def leave_assistant(ctx: Context[BookingServices]) -> Reply:
    row = await my_registration(ctx)
    if row.status == AssistantStatus.LEFT:
        raise UserError(Message("assistant-left-already"))
    row.status, row.updated_at = AssistantStatus.LEFT, ctx.now
    await ClassAssistants(ctx.db).save(row)  # first, so none of theirs is offered back to them
    released = await registry.leave_sessions(ctx, row, Message("assistant-because-left"))
    return Reply(
        text=ctx.say(
            Message("assistant-left-released", count=str(len(released)))
            if released
            else Message("assistant-left")
        ),
        data={"assistant": profile_data(row), "released": released},
    )


def _reason_param(help_text: str) -> Param:
    return Param(
        "reason", TEXT, help_text, default=None, positional=True, greedy=True, max_length=300
    )


def _decision_params(verb: str) -> list[Param]:
    return [
        Param(
            "assistant",
            ASSISTANT,
            f"the assistant to {verb}, @user or #number (see `assistants list`)",
            positional=True,
            max_length=80,
        )
    ]


@commands.command(
    "assistant approve",
    summary="Let a volunteer assist your program's sessions.",
    role=Role.COORDINATOR,
    params=_decision_params("approve"),
    example="/exchange assistant approve @mina",
)
async def approve_assistant(ctx: Context[BookingServices], assistant: AssistantRef) -> Reply:
    row = await registry.decide(ctx, await _any_named(ctx, assistant), True, None)
    return Reply(
        text=ctx.say(Message("assistant-approved", name=name_of(row))),
        data={"assistant": profile_data(row)},
    )


@commands.command(
    "assistant decline",
    summary="Say no to a volunteer (or withdraw an approval); they are told.",
    role=Role.COORDINATOR,
    params=[
        *_decision_params("decline"),
        _reason_param("why, for them"),
    ],
    example='/exchange assistant decline @mina "We need Korean and French this term"',
)
async def decline_assistant(
    ctx: Context[BookingServices], assistant: AssistantRef, reason: str | None
) -> Reply:
    row = await registry.decide(ctx, await _any_named(ctx, assistant), False, reason)
    return Reply(
        text=ctx.say(Message("assistant-declined", name=name_of(row))),
        data={"assistant": profile_data(row)},
    )


async def _any_named(ctx: Context, ref: AssistantRef) -> ClassAssistant:
    """The assistant named, in any program (the decision checks whose)."""
    assistants = ClassAssistants(ctx.db)
    row = await (
        assistants.get(ref.number)
        if ref.number is not None
        else assistants.of_user(ctx.actor.platform, ctx.actor.workspace, ref.user_id or "")
    )
    if row is None:
        if not ctx.coordinated:  # whether someone volunteers is not for everyone to learn
            raise PermissionDenied(SEEN_BY_COORDINATORS)
        raise UserError(Message("assistant-unknown"), show_usage=False)
    return row


@commands.command(
    "assistant accept",
    summary="Accept a session you are offered: the teachers and the joint channel are told.",
    role=Role.ANYONE,
    params=[session_param("the session's number, from the offer")],
    example="/exchange assistant accept 12",
)
async def accept_session(ctx: Context[BookingServices], session: int) -> Reply:
    row = await my_registration(ctx)
    outcome = await assignments.accept(ctx, row, session)
    return Reply(
        text=ctx.say(
            Message(
                "assistant-accepted",
                id=str(session),
                session=for_assistant(outcome.asked, row),
            )
        ),
        data=outcome.data(),
    )


@commands.command(
    "assistant withdraw",
    summary="Decline a session you are offered, or hand back one you accepted; "
    "it goes to someone else.",
    role=Role.ANYONE,
    params=[
        session_param("the session's number"),
        _reason_param("why, for the coordinators"),
    ],
    example='/exchange assistant withdraw 12 "I am travelling that week"',
)
async def withdraw_session(
    ctx: Context[BookingServices], session: int, reason: str | None
) -> Reply:
    row = await my_registration(ctx)
    again = await assignments.withdraw(ctx, row, session, reason)
    return Reply(
        text=ctx.say(
            Message("assistant-withdrawn-reoffered", id=str(session))
            if again.assignment is not None
            else Message("assistant-withdrawn-uncovered", id=str(session))
        ),
        data={"session_id": session, "reoffered": again.assignment is not None},
    )


@commands.command(
    "assistant survey",
    summary="After a session you assisted: did it take place, how did it go, what would help.",
    role=Role.ANYONE,
    params=[
        session_param("the session's number"),
        Param("took_place", CHOICE, "did the session take place?", choices=YES_NO),
        Param(
            "rating",
            INTEGER,
            "how it went for you, 1 to 5 (when it took place)",
            default=None,
            minimum=1,
            maximum=5,
        ),
        Param("comment", TEXT, "what would help you next time", default=None, max_length=500),
    ],
    example='/exchange assistant survey 12 took_place=yes rating=4 comment="A glossary"',
    form=Form("Assistant survey"),
)
async def assistant_survey(
    ctx: Context, session: int, took_place: str, rating: int | None, comment: str | None
) -> Reply:
    row = await my_registration(ctx)
    assignment = await AssistantAssignments(ctx.db).of_assistant_session(row.id or 0, session)
    asked = await asked_session(ctx.db, session) if assignment else None
    if assignment is None or asked is None or assignment.status != AssignmentStatus.ACCEPTED:
        raise UserError(Message("assistant-survey-not-assisted", id=str(session)), show_usage=False)
    if asked.session.end_utc > ctx.now:
        raise UserError(Message("assistant-survey-not-ended", id=str(session)), show_usage=False)
    held = took_place == "yes"
    if held and rating is None:
        raise UserError(Message("assistant-survey-rating-needed"))
    if not held and rating is not None:
        raise UserError(Message("assistant-survey-rating-unwanted"))
    surveys = AssistantSurveys(ctx.db)
    assert assignment.id is not None
    answer = await surveys.get(assignment.id) or AssistantSurvey(
        assignment_id=assignment.id, took_place=held, answered_at=ctx.now
    )
    answer.took_place, answer.rating = held, rating
    answer.comment, answer.answered_at = comment or "", ctx.now
    await surveys.save(answer)
    return Reply(
        text=ctx.say(Message("assistant-survey-saved", id=str(session))),
        data={"session_id": session, "took_place": held, "rating": rating},
    )


@commands.command(
    "assist",
    summary="Ask for a remote class assistant to interpret in a session; one who is free is "
    "offered it at once.",
    params=[
        session_param("the session's number (see `/exchange sessions`)"),
        Param(
            "languages",
            LANGUAGE_PAIR,
            "the two languages to interpret between, e.g. ko-ja; default: both schools' "
            "main languages",
            default=None,
            max_length=20,
        ),
    ],
    example="/exchange assist 12 languages=ko-ja",
    description="For a pending or booked session. Asking again shows where it stands, or "
    "changes the languages. Teachers see the assistant's name and languages once they accept.",
)
async def ask_for_assistant(
    ctx: Context[BookingServices], session: int, languages: LanguagePair | None
) -> Reply:
    view = await load_session(ctx, session)
    wanted = languages or default_languages(view.mine, view.theirs)
    outcome = await ask(ctx, view.session, wanted, AskSource.TEACHER, by=_key(ctx))
    places = (Place.of(view.mine), Place.of(view.theirs))
    return Reply(
        text=ctx.say(
            Message(
                "assistance-asked",
                id=str(session),
                when=TimeSpan(view.session.start_utc, view.session.end_utc, places),
                languages=outcome.asked.language_words,
                outcome=outcome.for_teachers(),
            )
        ),
        data=outcome.data(),
    )


def _key(ctx: Context) -> str:
    return f"{ctx.actor.platform}:{ctx.actor.workspace}:{ctx.actor.user_id}"


@commands.command(
    "feedback assistance",
    summary="Rate how much the remote class assistant helped in a session, 1 to 5.",
    params=[
        session_param("the session's number"),
        Param(
            "rating", INTEGER, "1 (did not help) to 5 (made the class work)", minimum=1, maximum=5
        ),
        Param(
            "comment", TEXT, "anything the coordinators should know", default=None, max_length=500
        ),
    ],
    example='/exchange feedback assistance 12 rating=5 comment="Clear and patient"',
    form=Form("Rate the assistance"),
)
async def rate_assistance(ctx: Context, session: int, rating: int, comment: str | None) -> Reply:
    view = await load_session(ctx, session)
    serving = (await AssistantAssignments(ctx.db).serving([session])).get(session)
    if serving is None:
        raise UserError(
            Message("assistance-rating-no-assistant", id=str(session)), show_usage=False
        )
    if view.session.end_utc > ctx.now or view.session.status != SessionStatus.BOOKED:
        raise UserError(Message("assistance-rating-too-early", id=str(session)), show_usage=False)
    assignment, _, helper = serving
    ratings = AssistanceRatings(ctx.db)
    actor = ctx.actor
    given = await ratings.of_teacher(session, actor.platform, actor.workspace, actor.user_id)
    given = given or AssistanceRating(
        session_id=session,
        assistant_id=assignment.assistant_id,
        school_id=view.mine.id,
        platform=actor.platform,
        workspace=actor.workspace,
        user_id=actor.user_id,
        rating=rating,
        rated_at=ctx.now,
    )
    given.rating, given.comment, given.rated_at = rating, comment or "", ctx.now
    await ratings.save(given)
    return Reply(
        text=ctx.say(
            Message("assistance-rated", name=name_of(helper), id=str(session), rating=str(rating))
        ),
        data={"session_id": session, "rating": rating},
    )


@commands.command(
    "coordinator assistance",
    summary="Show or change whether your program asks for an assistant by itself for pairs "
    "without a language both teach in.",
    role=Role.COORDINATOR,
    params=[
        Param(
            "auto_ask",
            CHOICE,
            "on: every new session of such a pair asks at once; off: only teachers ask",
            choices=ON_OFF,
            default=None,
        ),
        PROGRAM_PARAM,
    ],
    example="/exchange coordinator assistance auto_ask=on",
    description="A school teaches in the first language of its profile. A pair asks when none "
    "of the languages both schools list is a language either teaches in (Seoul ko,en and Osaka "
    "ja,en meet only in English), or when they share none.",
)
async def assistance_setting(ctx: Context, auto_ask: str | None, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    assert chosen.id is not None
    policies = AssistancePolicies(ctx.db)
    policy = await policies.of_program(chosen.id)
    if auto_ask is not None:
        policy = policy or AssistancePolicy(
            program_id=chosen.id, updated_by=_key(ctx), updated_at=ctx.now
        )
        policy.auto_ask, policy.updated_by, policy.updated_at = auto_ask == "on", _key(ctx), ctx.now
        await policies.save(policy)
    asks = policy is not None and policy.auto_ask
    return Reply(
        text=ctx.say(
            Message("assistance-auto-ask-on", program=chosen.name)
            if asks
            else Message("assistance-auto-ask-off", program=chosen.name)
        ),
        data={"program": chosen.name, "auto_ask": asks},
    )


@commands.command(
    "assistants list",
    summary="List your program's assistants: approved, waiting for you, paused.",
    role=Role.COORDINATOR,
    params=[
        Param(
            "status",
            CHOICE,
            "only assistants in this state",
            choices=tuple(AssistantStatus),
            default=None,
        ),
        PROGRAM_PARAM,
    ],
    example="/exchange assistants list status=pending",
)
async def list_assistants(ctx: Context, status: str | None, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    assert chosen.id is not None
    wanted = (AssistantStatus(status),) if status else tuple(AssistantStatus)
    rows = await ClassAssistants(ctx.db).of_program(chosen.id, wanted)
    if not rows:
        return Reply(
            text=ctx.say(
                Message("assistants-list-none-in-state", program=chosen.name, status=status)
                if status
                else Message("assistants-list-none", program=chosen.name)
            ),
            data={"program": chosen.name, "assistants": []},
        )
    lines = [ctx.say(Message("assistants-list-heading", program=chosen.name))]
    lines += [ctx.say(Message("assistant-profile", profile=AssistantProfile(row))) for row in rows]
    waiting = [row for row in rows if row.status == AssistantStatus.PENDING]
    return Reply(
        text="\n".join(lines),
        data={"program": chosen.name, "assistants": [profile_data(row) for row in rows]},
        actions=tuple(
            Action(
                ctx.say(Message("assistants-list-approve", id=str(row.id), name=name_of(row))),
                f"assistant approve #{row.id}",
                "primary",
            )
            for row in waiting[:5]
        ),
    )


@commands.command(
    "assistants match",
    summary="Match your program's assistants to the sessions that ask: the most covered, "
    "loads spread; each uncovered one says why.",
    role=Role.COORDINATOR,
    params=[
        Param("from", DATE, "first date, on the program's calendar (default: today)", default=None),
        Param("to", DATE, "last date (default: every session to come)", default=None),
        Param(
            "apply",
            CHOICE,
            "yes: offer each new match to its assistant; no: only show them",
            choices=YES_NO,
            default="no",
        ),
        PROGRAM_PARAM,
    ],
    example="/exchange assistants match from=2027-03-01 to=2027-04-30 apply=yes",
    description="Assistants already offered or serving a session keep it. A match needs both "
    "languages, the assistant's own hours in their own zone (15 minutes either side, daylight "
    "saving and vacations counted), 15 minutes between two of their sessions, and their "
    "monthly limit.",
)
async def match_assistants(
    ctx: Context, from_: date | None, to: date | None, apply: str, program: str | None
) -> Reply:
    if from_ and to and to < from_:
        raise UserError(Message("assistants-match-dates-reversed"))
    chosen = await coordinated_program(ctx, program)
    run = await run_match(ctx.db, chosen, ctx.now, from_, to)
    lines = [ctx.say(line) for line in [run.headline(), *run.lines()[: 2 * SHOWN]]]
    actions: tuple[Action, ...] = ()
    if apply == "yes":
        offered = await apply_match(ctx, run)
        lines.append(ctx.say(Message("assistants-match-offered", count=str(offered))))
    elif run.plan.added:
        again = _match_line(from_, to, program) + " apply=yes"
        lines.append(ctx.say(Message("assistants-match-not-offered", command=again)))
        actions = (Action(ctx.say(Message("assistants-match-offer-button")), again, "primary"),)
    document = run.as_json()
    return Reply(
        text="\n".join(lines),
        data={"program": chosen.name, "applied": apply == "yes", **document},
        actions=actions,
        attachments=(
            json_attachment(
                f"assistants {chosen.name}",
                document,
                ctx.say(Message("assistants-match-file-title", program=chosen.name)),
            ),
        ),
    )


def _match_line(first: date | None, last: date | None, program: str | None) -> str:
    parts = ["assistants match"]
    if first:
        parts.append(f"from={first}")
    if last:
        parts.append(f"to={last}")
    if program:
        parts.append(f"program={quote(program)}")
    return " ".join(parts)
