"""Asking each side's teachers for feedback when a session ends, one nudge, then the coordinator.

`request_feedback` is the reminders' end-of-session handler: it writes one `FeedbackRequest`
per school and queues the questions in the transaction that marks the end reminder sent, so a
side is asked exactly once. `run_due_feedback` is due work on the bot's clock: two days after
the ask, an unanswered side's teachers get one nudge; a week after, the program's coordinators
are told. Each request is claimed with a conditional UPDATE in the transaction that queues its
message, so two bot replicas never send the same nudge twice. Nothing is sent about a term
whose report is closed, since answers can no longer be given. Each teacher and coordinator
reads the message in their own language, the joint channel in both schools' (`feedback.ftl`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.clock import Clock
from bot.core.context import reader_in
from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from bot.core.reply import Action
from bot.feedback.records import closure_of, session_term
from bot.i18n.messages import Message
from bot.i18n.reader_language import school_language
from bot.i18n.time_text import DayOf, TimeSpan
from bot.i18n.translator import Translator
from bot.reminders.scheduler import SessionEnded
from bot.reminders.session_facts import SessionFacts, load_one
from bot.times.local_time import to_local
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.models import FeedbackRequest, School
from storage.repositories.feedback import FeedbackPolicies, FeedbackRequests, FollowUpMarker
from storage.repositories.sessions import ExchangeSessions

logger = logging.getLogger(__name__)

NUDGE_AFTER = timedelta(days=2)
ESCALATE_AFTER = timedelta(days=7)
POLL_SECONDS = 300.0  # follow-ups are days apart: looking every five minutes is plenty


@dataclass(frozen=True)
class FeedbackWording:
    """Writes the feedback messages for whoever reads them: a person in their language (their
    choice, else their school's country, else the program's default), the joint channel in
    both schools' languages, the home side's first."""

    translator: Translator
    program_default: str | None  # JOINTCLASS_LANGUAGE

    async def for_person(self, db: UnitOfWork, recipient: Recipient, message: Message) -> str:
        language = await reader_in(
            db, self.program_default, recipient.platform, recipient.workspace, recipient.target_id
        )
        return self.translator.render(message, language)

    def for_channel(self, facts: SessionFacts, message: Message) -> str:
        home, partner = (school_language(s.country, self.program_default) for s in facts.schools)
        return "\n\n".join(self.translator.in_both(message, home, partner))

    async def action(self, db: UnitOfWork, recipient: Recipient, session_id: int) -> Action:
        """The button that opens the feedback form, labelled for the recipient."""
        label = await self.for_person(db, recipient, Message("feedback-give-button"))
        return Action(label, f"feedback submit session={session_id}", "primary")


async def student_prompt_enabled(db: UnitOfWork, program_id: int) -> bool:
    policy = await FeedbackPolicies(db).of_program(program_id)
    return policy is None or policy.student_prompt


@dataclass(frozen=True)
class FeedbackAsker:
    """The reminders' end-of-session handler (the composition root hands it over): asks both
    schools' teachers about the session that ended, each in their language. A side already
    asked (or that answered unprompted) is left alone."""

    wording: FeedbackWording

    async def __call__(self, event: SessionEnded) -> None:
        facts, db = event.facts, event.db
        number = _number(facts)
        if await _term_closed(db, facts):
            return
        asked = 0
        for school in facts.schools:
            if await FeedbackRequests(db).of_side(number, school.id) is not None:
                continue
            db.add(FeedbackRequest(session_id=number, school_id=school.id, asked_at=event.now))
            question = Message(
                "feedback-request",
                session=str(number),
                partner=facts.other(school).name,
                when=_when(facts, school),
            )
            for recipient in facts.teachers_of(school.id):
                event.send(
                    recipient,
                    await self.wording.for_person(db, recipient, question),
                    _data("feedback_requested", facts, school),
                    (await self.wording.action(db, recipient, number),),
                )
            asked += 1
        channel = facts.channel
        if asked and channel and await student_prompt_enabled(db, _program_id(facts)):
            # the time reads home side first, as the channel's agenda did
            prompt = Message(
                "feedback-impressions-prompt", session=str(number), when=_when(facts, facts.home)
            )
            event.send(
                channel,
                self.wording.for_channel(facts, prompt),
                {"event": "impressions_requested", "session_id": number},
            )
        logger.info("asked %s side(s) for feedback on session %s", asked, number)


@dataclass(frozen=True)
class DueFeedback:
    nudged: int  # sides whose teachers got the nudge
    escalated: int  # sides reported to the coordinators


async def run_due_feedback(
    sessions: SessionFactory, clock: Clock, wording: FeedbackWording
) -> DueFeedback:
    """Send every nudge and escalation that is due at the clock's now."""
    now = clock.now()
    nudged = escalated = 0
    for request_id in await _due(sessions, "nudged_at", now - NUDGE_AFTER):
        nudged += await _follow_up(sessions, request_id, "nudged_at", now, wording, _nudge)
    for request_id in await _due(sessions, "escalated_at", now - ESCALATE_AFTER):
        escalated += await _follow_up(sessions, request_id, "escalated_at", now, wording, _escalate)
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

    def __init__(self, sessions: SessionFactory, clock: Clock, wording: FeedbackWording) -> None:
        self.sessions = sessions
        self.clock = clock
        self.wording = wording

    async def start(self) -> None:
        await self.run_due()

    async def run_due(self) -> None:
        await run_due_feedback(self.sessions, self.clock, self.wording)

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


@dataclass(frozen=True)
class FollowUpCase:
    """One side's request that a follow-up is due for, with what its messages need."""

    db: UnitOfWork
    wording: FeedbackWording
    request: FeedbackRequest
    facts: SessionFacts
    school: School
    now: datetime


# queues one follow-up's messages; returns how many
FollowUp = Callable[[FollowUpCase], Awaitable[int]]


async def _follow_up(
    sessions: SessionFactory,
    request_id: int,
    marker: FollowUpMarker,
    now: datetime,
    wording: FeedbackWording,
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
        await send(FollowUpCase(db, wording, request, facts, facts.school(request.school_id), now))
        return 1


async def _nudge(case: FollowUpCase) -> int:
    """Remind the side's teachers, and keep how many were reminded for the escalation."""
    db, wording, facts, school = case.db, case.wording, case.facts, case.school
    number = _number(facts)
    nudge = Message(
        "feedback-nudge",
        school=school.name,
        session=str(number),
        partner=facts.other(school).name,
        when=_when(facts, school),
    )
    data = _data("feedback_nudge", facts, school)
    recipients = facts.teachers_of(school.id)
    for recipient in recipients:
        text = await wording.for_person(db, recipient, nudge)
        button = await wording.action(db, recipient, number)
        enqueue(db, OutgoingMessage(recipient, text, data, (button,)), case.now)
    case.request.nudges_sent = len(recipients)
    db.add(case.request)
    return len(recipients)


async def _escalate(case: FollowUpCase) -> int:
    facts, school = case.facts, case.school
    teachers = ", ".join(m.display_name or m.user_id for m in facts.teachers.get(school.id, []))
    overdue = Message(
        "feedback-overdue",
        school=school.name,
        session=str(_number(facts)),
        partner=facts.other(school).name,
        so_far=_follow_ups_so_far(case.request, facts),
        when=_when(facts, school),
        teachers=Message("feedback-overdue-teachers", teachers=teachers)
        if teachers
        else Message("feedback-overdue-no-teachers"),
    )
    data = _data("feedback_overdue", facts, school)
    recipients = facts.coordinator_recipients()
    for recipient in recipients:
        text = await case.wording.for_person(case.db, recipient, overdue)
        enqueue(case.db, OutgoingMessage(recipient, text, data), case.now)
    return len(recipients)


def _follow_ups_so_far(request: FeedbackRequest, facts: SessionFacts) -> Message:
    """What the side was sent, counted from its request: the coordinator reads whether anyone
    could have answered. Days are the program's (its home school's) dates."""
    home = facts.home.timezone
    asked = DayOf(to_local(request.asked_at, home).date())
    if request.nudged_at is None:
        return Message("feedback-asked-not-reminded", asked=asked)
    if not request.nudges_sent:
        return Message("feedback-asked-no-teacher", asked=asked)
    reminded = DayOf(to_local(request.nudged_at, home).date())
    return Message(
        "feedback-asked-and-reminded",
        asked=asked,
        reminded=reminded,
        count=str(request.nudges_sent),
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


def _when(facts: SessionFacts, reader: School) -> TimeSpan:
    session = facts.session
    return TimeSpan(session.start_utc, session.end_utc, facts.places(reader))


def _data(event: str, facts: SessionFacts, school: School) -> dict[str, object]:
    return {"event": event, "session_id": facts.session.id, "school_id": school.id}


def _number(facts: SessionFacts) -> int:
    assert facts.session.id is not None  # stored sessions have ids
    return facts.session.id


def _program_id(facts: SessionFacts) -> int:
    assert facts.program.id is not None
    return facts.program.id
