"""Asking each side's teachers for feedback when a session ends, one nudge, then the coordinator.

`request_feedback` is the reminders' end-of-session handler: it writes one `FeedbackRequest`
per school and queues the questions in the transaction that marks the end reminder sent, so a
side is asked exactly once. `run_due_feedback` is due work on the bot's clock: two days after
the ask, an unanswered side's teachers get one nudge; a week after, the program's coordinators
are told. Each request is claimed with a conditional UPDATE in the transaction that queues its
message, so two bot replicas never send the same nudge twice. Nothing is sent about a term
whose report is closed, since answers can no longer be given.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.clock import Clock
from bot.core.outbox import OutgoingMessage, enqueue
from bot.core.reply import Action
from bot.feedback.records import closure_of, session_term
from bot.reminders.scheduler import SessionEnded
from bot.reminders.session_facts import SessionFacts, load_one
from bot.times.display import day_label, span
from bot.times.local_time import to_local
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.models import FeedbackRequest, School
from storage.repositories.feedback import FeedbackPolicies, FeedbackRequests, FollowUpMarker
from storage.repositories.sessions import ExchangeSessions

logger = logging.getLogger(__name__)

NUDGE_AFTER = timedelta(days=2)
ESCALATE_AFTER = timedelta(days=7)
POLL_SECONDS = 300.0  # follow-ups are days apart: looking every five minutes is plenty
QUESTIONS = (
    "Did it take place (held, postponed or cancelled, and why)? A rating from 1 to 5, what "
    "went well, what to improve, any technical problems (audio, video, connection, "
    "interpretation), and whether you want to continue: another online session, an in-person "
    "visit, a formal agreement."
)


def answer_action(session_id: int) -> Action:
    return Action("Give feedback", f"feedback submit session={session_id}", "primary")


async def student_prompt_enabled(db: UnitOfWork, program_id: int) -> bool:
    policy = await FeedbackPolicies(db).of_program(program_id)
    return policy is None or policy.student_prompt


async def request_feedback(event: SessionEnded) -> None:
    """Ask both schools' teachers about the session that ended. A side already asked (or that
    answered unprompted) is left alone."""
    facts, db = event.facts, event.db
    number = _number(facts)
    if await _term_closed(db, facts):
        return
    asked = 0
    for school in facts.schools:
        if await FeedbackRequests(db).of_side(number, school.id) is not None:
            continue
        db.add(FeedbackRequest(session_id=number, school_id=school.id, asked_at=event.now))
        text = (
            f"Session #{number} with {facts.other(school).name} has ended. How did it go?\n"
            f"    {_when(facts, school)}\n{QUESTIONS}\n"
            f"It takes two minutes: press the button, or type "
            f"`/exchange feedback submit session={number} status=held rating=4 "
            f'went_well="…" continue_with=visit`.'
        )
        for recipient in facts.teachers_of(school.id):
            event.send(
                recipient,
                text,
                _data("feedback_requested", facts, school),
                (answer_action(number),),
            )
        asked += 1
    channel = facts.channel
    if asked and channel and await student_prompt_enabled(db, _program_id(facts)):
        event.send(
            channel,
            _student_prompt(facts),
            {"event": "impressions_requested", "session_id": number},
        )
    logger.info("asked %s side(s) for feedback on session %s", asked, number)


def _student_prompt(facts: SessionFacts) -> str:
    """For the joint channel, so the time reads home side first, as the channel's agenda did."""
    number = facts.session.id
    return (
        f"Session #{number} is over ({_when(facts, facts.home)}). Thank you, everyone! "
        "Students: how was it? Share one "
        f"line, anonymously (your name is not stored): "
        f'`/exchange feedback impression {number} "It was fun to …"`'
    )


@dataclass(frozen=True)
class DueFeedback:
    nudged: int  # sides whose teachers got the nudge
    escalated: int  # sides reported to the coordinators


async def run_due_feedback(sessions: SessionFactory, clock: Clock) -> DueFeedback:
    """Send every nudge and escalation that is due at the clock's now."""
    now = clock.now()
    nudged = escalated = 0
    for request_id in await _due(sessions, "nudged_at", now - NUDGE_AFTER):
        nudged += await _follow_up(sessions, request_id, "nudged_at", now, _nudge)
    for request_id in await _due(sessions, "escalated_at", now - ESCALATE_AFTER):
        escalated += await _follow_up(sessions, request_id, "escalated_at", now, _escalate)
    if nudged or escalated:
        logger.info("feedback: %s nudge(s), %s escalation(s)", nudged, escalated)
    return DueFeedback(nudged, escalated)


async def next_follow_up(sessions: SessionFactory) -> datetime | None:
    """When the next nudge or escalation comes due, if any is waiting."""
    follow_ups: tuple[tuple[FollowUpMarker, timedelta], ...] = (
        ("nudged_at", NUDGE_AFTER),
        ("escalated_at", ESCALATE_AFTER),
    )
    async with sessions() as db:
        requests = FeedbackRequests(db)
        due = [
            asked + after
            for marker, after in follow_ups
            if (asked := await requests.first_asked_awaiting(marker)) is not None
        ]
    return min(due, default=None)


class FeedbackFollowUp:
    """The nudges and escalations as the core's due work (the composition root hands it over):
    the clock-advancing test adapter and `jointclass run` both drive it through
    `BotCore.run_due_work` / `background_work`, and the demo clock stops at `next_due`."""

    name = "feedback"

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    async def start(self) -> None:
        await self.run_due()

    async def run_due(self) -> None:
        await run_due_feedback(self.sessions, self.clock)

    async def next_due(self) -> datetime | None:
        return await next_follow_up(self.sessions)

    def after_commit(self) -> None:
        """Nothing a command commits is due sooner than two days later."""

    async def run(self) -> None:
        while True:
            try:
                await self.run_due()
            except Exception:  # the rows are unchanged; the next pass tries again
                logger.exception("feedback follow-up pass failed; retrying")
            await asyncio.sleep(POLL_SECONDS)


async def _due(sessions: SessionFactory, marker: FollowUpMarker, asked_by: datetime) -> list[int]:
    """Unanswered requests asked by `asked_by` whose `marker` is still unset."""
    async with sessions() as db:
        return await FeedbackRequests(db).awaiting(marker, asked_by)


# queues one follow-up's messages; returns how many
FollowUp = Callable[[UnitOfWork, FeedbackRequest, SessionFacts, School, datetime], Awaitable[int]]


async def _follow_up(
    sessions: SessionFactory,
    request_id: int,
    marker: FollowUpMarker,
    now: datetime,
    send: FollowUp,
) -> int:
    """Claim the request's `marker` and queue its message in one transaction; 1 if sent.

    The claim fails when another replica got there first or the side has just answered. In a
    closed term the marker is set without a message, so the row leaves the queue."""
    async with transaction(sessions) as db:
        requests = FeedbackRequests(db)
        if not await requests.claim(request_id, marker, now):
            return 0
        request = await requests.get(request_id)
        session = await ExchangeSessions(db).get(request.session_id) if request else None
        assert request is not None and session is not None
        facts = await load_one(db, session)
        if await _term_closed(db, facts):
            return 0
        await send(db, request, facts, facts.school(request.school_id), now)
        return 1


async def _nudge(
    db: UnitOfWork, request: FeedbackRequest, facts: SessionFacts, school: School, now: datetime
) -> int:
    """Remind the side's teachers, and keep how many were reminded for the escalation."""
    number = _number(facts)
    text = (
        f"A reminder: {school.name} has not yet given feedback on session #{number} with "
        f"{facts.other(school).name}.\n    {_when(facts, school)}\n"
        "Two minutes now helps your coordinator plan what comes next (another online session, "
        "a visit, an agreement)."
    )
    data = _data("feedback_nudge", facts, school)
    recipients = facts.teachers_of(school.id)
    for recipient in recipients:
        enqueue(db, OutgoingMessage(recipient, text, data, (answer_action(number),)), now)
    request.nudges_sent = len(recipients)
    db.add(request)
    return len(recipients)


async def _escalate(
    db: UnitOfWork, request: FeedbackRequest, facts: SessionFacts, school: School, now: datetime
) -> int:
    teachers = [m.display_name or m.user_id for m in facts.teachers.get(school.id, [])]
    text = (
        f"No feedback from {school.name} on session #{_number(facts)} with "
        f"{facts.other(school).name}: {_follow_ups_so_far(request, facts)}\n"
        f"    {_when(facts, school)}\n"
        f"Teachers: {', '.join(teachers) or 'none registered'}. "
        "`/exchange report` lists every pair at risk."
    )
    data = _data("feedback_overdue", facts, school)
    recipients = facts.coordinator_recipients()
    for recipient in recipients:
        enqueue(db, OutgoingMessage(recipient, text, data), now)
    return len(recipients)


def _follow_ups_so_far(request: FeedbackRequest, facts: SessionFacts) -> str:
    """What the side was sent, counted from its request: the coordinator reads whether anyone
    could have answered. Days are the program's (its home school's) dates."""
    home = facts.home.timezone
    asked = day_label(to_local(request.asked_at, home).date())
    if request.nudged_at is None:
        return f"asked on {asked}, not reminded yet."
    if not request.nudges_sent:
        return f"asked on {asked}, but it has no teacher on the bot to ask or remind."
    reminded = day_label(to_local(request.nudged_at, home).date())
    return (
        f"asked on {asked} and reminded on {reminded} "
        f"({request.nudges_sent} reminder(s) sent, one to each teacher)."
    )


async def mark_answered(db: UnitOfWork, session_id: int, school_id: str, now: datetime) -> None:
    """A side answered: no nudge or escalation about it any more. A side that answers before
    it was asked counts as asked then, so the response rate stays answered / asked."""
    request = await FeedbackRequests(db).of_side(session_id, school_id)
    if request is None:
        db.add(
            FeedbackRequest(
                session_id=session_id, school_id=school_id, asked_at=now, answered_at=now
            )
        )
    elif request.answered_at is None:
        request.answered_at = now
        db.add(request)


async def _term_closed(db: UnitOfWork, facts: SessionFacts) -> bool:
    term = session_term(facts.session, facts.program)
    return await closure_of(db, _program_id(facts), term.label) is not None


def _when(facts: SessionFacts, reader: School) -> str:
    session = facts.session
    return span(session.start_utc, session.end_utc, facts.places(reader))


def _data(event: str, facts: SessionFacts, school: School) -> dict[str, object]:
    return {"event": event, "session_id": facts.session.id, "school_id": school.id}


def _number(facts: SessionFacts) -> int:
    assert facts.session.id is not None  # stored sessions have ids
    return facts.session.id


def _program_id(facts: SessionFacts) -> int:
    assert facts.program.id is not None
    return facts.program.id
