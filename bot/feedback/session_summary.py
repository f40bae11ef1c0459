"""One session's feedback as its teachers and coordinators read it: both schools' answers, who
has not answered yet, and the students' anonymous impressions.

Who may read it is decided here too, in one place: the teachers of the session's two schools
and the coordinators of its program. Anyone else gets the same refusal whether or not the
session exists, so session numbers reveal nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.context import Context
from bot.core.declared_text import choice_label
from bot.core.errors import PermissionDenied
from bot.core.reply import Section
from bot.feedback.answers import NEXT_STEP_WORDS, AnswerValues
from bot.feedback.phrase_lists import choice_labels
from bot.feedback.report import session_outcome
from bot.i18n.languages import Language
from bot.i18n.messages import Joined, Message, Renderer
from bot.i18n.time_text import TimeSpan
from bot.sessions.booking import SessionView
from bot.times.display import Place
from storage.models import ExchangeSession, FeedbackAnswer, FeedbackRequest, Partnership
from storage.repositories.feedback import FeedbackAnswers, FeedbackRequests, StudentImpressions
from storage.repositories.partnerships import Partnerships
from storage.repositories.sessions import ExchangeSessions


async def readable_session(ctx: Context, session_id: int) -> SessionView:
    """The session, the caller's school first, if the caller may read its feedback."""
    session = await ExchangeSessions(ctx.db).get(session_id)
    partnership = await Partnerships(ctx.db).get(session.partnership_id) if session else None
    if session is not None and partnership is not None:
        ids = (partnership.school_a, partnership.school_b)
        mine = ctx.membership.school_id if ctx.membership else None
        if mine is not None and mine in ids:
            return await view_of(ctx, session, partnership, mine)
        if ctx.coordinates(partnership.program_id):
            return await view_of(ctx, session, partnership, partnership.school_a)
    raise PermissionDenied(Message("feedback-not-yours", session=str(session_id)))


async def view_of(
    ctx: Context, session: ExchangeSession, partnership: Partnership, first: str
) -> SessionView:
    """The session with both schools, `first` (the reader's school) first."""
    own = await ctx.schools.get(first)
    other = await ctx.schools.get(partnership.other(first))
    assert own is not None and other is not None  # partnerships reference existing schools
    return SessionView(session, partnership, own, other)


@dataclass(frozen=True)
class SessionFeedback:
    view: SessionView
    answers: Sequence[FeedbackAnswer]
    asked: Sequence[FeedbackRequest]
    impressions: Sequence[str]

    @property
    def outcome(self) -> str:
        statuses = (answer.status for answer in self.answers)
        return session_outcome(self.view.session.status, statuses)


async def session_feedback(ctx: Context, view: SessionView) -> SessionFeedback:
    number = view.session.id
    assert number is not None  # stored sessions have ids
    return SessionFeedback(
        view,
        await FeedbackAnswers(ctx.db).of_sessions([number]),
        await FeedbackRequests(ctx.db).of_sessions([number]),
        await StudentImpressions(ctx.db).texts_of(number),
    )


def session_time(view: SessionView) -> TimeSpan:
    """When the session is, in the reader's school's zone first, then the partner's."""
    places = (Place.of(view.mine), Place.of(view.theirs))
    return TimeSpan(view.session.start_utc, view.session.end_utc, places)


@dataclass(frozen=True)
class AnswerText:
    """One teacher's answer as a message argument: a line saying who rated what, then what
    went well, what to improve, problems and next steps, indented."""

    answer: FeedbackAnswer
    school_name: str

    def localized(self, language: Language, translator: Renderer) -> str:
        written = [translator.render(line, language) for line in self.lines()]
        return "\n".join(written)  # whole lines

    def lines(self) -> list[Message]:
        values, answer = AnswerValues.of(self.answer), self.answer
        teacher = answer.display_name or answer.user_id
        lines = [
            Message(
                "feedback-answer-rated",
                school=self.school_name,
                teacher=teacher,
                rating=str(values.rating),
            )
            if values.held
            else Message(
                "feedback-answer-not-held",
                school=self.school_name,
                teacher=teacher,
                status=choice_label(values.status),
                reason=values.reason,
            )
        ]
        if values.went_well:
            lines.append(Message("feedback-answer-went-well", text=values.went_well))
        if values.improve:
            lines.append(Message("feedback-answer-improve", text=values.improve))
        lines.append(
            Message(
                "feedback-answer-lists",
                problems=choice_labels(values.problems)
                if values.problems
                else Message("feedback-answer-not-said"),
                steps=Joined(tuple(NEXT_STEP_WORDS[step] for step in values.continue_with), ", ")
                if values.continue_with
                else Message("feedback-answer-not-said"),
            )
        )
        return lines


def summary_section(feedback: SessionFeedback, language: Language, translator: Renderer) -> Section:
    view = feedback.view
    names = {school.id: school.name for school in view.schools}
    answered = {answer.school_id for answer in feedback.answers}
    lines = [session_time(view).localized(language, translator)]
    for answer in feedback.answers:
        written = AnswerText(answer, names[answer.school_id]).lines()
        lines += [translator.render(line, language) for line in written]
    lines += [
        translator.render(
            Message("feedback-summary-no-answer", school=names[request.school_id]), language
        )
        for request in feedback.asked
        if request.school_id not in answered
    ]
    if feedback.impressions:
        quoted = " · ".join(f"“{text}”" for text in feedback.impressions)
        lines.append(
            translator.render(
                Message(
                    "feedback-summary-students",
                    count=str(len(feedback.impressions)),
                    impressions=quoted,
                ),
                language,
            )
        )
    title = Message(
        "feedback-summary-title",
        session=str(view.session.id),
        school=view.mine.name,
        partner=view.theirs.name,
        outcome=feedback.outcome,
    )
    return Section(translator.render(title, language), tuple(lines), when=view.session.start_utc)


def summary_data(feedback: SessionFeedback) -> dict[str, Any]:
    return {
        "session": feedback.view.data(),
        "outcome": feedback.outcome,
        "answers": [
            {
                "school_id": answer.school_id,
                "teacher": answer.display_name or answer.user_id,
                **AnswerValues.of(answer).data(),
            }
            for answer in feedback.answers
        ],
        "unanswered": sorted(
            {r.school_id for r in feedback.asked} - {a.school_id for a in feedback.answers}
        ),
        "impressions": list(feedback.impressions),
    }
