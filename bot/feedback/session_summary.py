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
from bot.core.errors import PermissionDenied
from bot.core.reply import Section
from bot.feedback.answers import NEXT_STEP_WORDS, AnswerValues
from bot.feedback.report import session_outcome
from bot.sessions.booking import SessionView
from storage.models import ExchangeSession, FeedbackAnswer, FeedbackRequest, Partnership
from storage.repositories.feedback import FeedbackAnswers, FeedbackRequests, StudentImpressions
from storage.repositories.partnerships import Partnerships
from storage.repositories.sessions import ExchangeSessions

NOT_YOURS = (
    "You cannot read the feedback on session #{number}: it is visible to the teachers of the "
    "session's two schools and to its program's coordinators only."
)


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
    raise PermissionDenied(NOT_YOURS.format(number=session_id))


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


def answer_lines(answer: FeedbackAnswer, school_name: str) -> list[str]:
    values = AnswerValues.of(answer)
    verdict = f"rated {values.rating}/5" if values.held else f"{values.status}: {values.reason}"
    lines = [f"{school_name} · {answer.display_name or answer.user_id} — {verdict}"]
    if values.went_well:
        lines.append(f"    went well: {values.went_well}")
    if values.improve:
        lines.append(f"    to improve: {values.improve}")
    problems = ", ".join(values.problems) or "not said"
    steps = ", ".join(NEXT_STEP_WORDS[step] for step in values.continue_with) or "not said"
    lines.append(f"    technical problems: {problems} · continue with: {steps}")
    return lines


def summary_section(feedback: SessionFeedback) -> Section:
    view = feedback.view
    names = {school.id: school.name for school in view.schools}
    answered = {answer.school_id for answer in feedback.answers}
    lines = [view.when()]
    for answer in feedback.answers:
        lines += answer_lines(answer, names[answer.school_id])
    lines += [
        f"{names[request.school_id]}: no answer yet"
        for request in feedback.asked
        if request.school_id not in answered
    ]
    if feedback.impressions:
        quoted = " · ".join(f"“{text}”" for text in feedback.impressions)
        lines.append(f"Students ({len(feedback.impressions)}): {quoted}")
    title = (
        f"Session #{view.session.id} · {view.mine.name} – {view.theirs.name} · {feedback.outcome}"
    )
    return Section(title, tuple(lines), when=view.session.start_utc)


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
