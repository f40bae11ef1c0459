"""After an assisted session: the assistant is asked a short survey and both schools' teachers
are asked to rate the assistance. A reminders end-of-session handler (the composition root
hands it over), so the questions go out in the transaction that marks the session's end."""

from __future__ import annotations

import logging

from bot.core.reply import Action
from bot.reminders.scheduler import SessionEnded
from bot.times.display import span

logger = logging.getLogger(__name__)


def survey_action(session_id: int) -> Action:
    return Action("Answer the survey", f"assistant survey {session_id}", "primary")


def rating_action(session_id: int) -> Action:
    return Action("Rate the assistance", f"feedback assistance {session_id}", "primary")


async def ask_about_assistance(event: SessionEnded) -> None:
    facts = event.facts
    helper = facts.assistant
    if helper is None:
        return
    session = facts.session
    number = session.id
    assert number is not None  # a stored row
    when = span(session.start_utc, session.end_utc, facts.assistant_places())
    event.send(
        helper.recipient,
        f"Thank you for assisting session #{number} ({facts.pair}, {when})! Three short "
        "questions: did it take place, how did it go (1 to 5), and what would help you next "
        f"time? Press the button, or type `/exchange assistant survey {number} took_place=yes "
        'rating=5 comment="…"`.',
        {"event": "assistant_survey_requested", "session_id": number},
        (survey_action(number),),
    )
    for school in facts.schools:
        when = span(session.start_utc, session.end_utc, facts.places(school))
        for recipient in facts.teachers_of(school.id):
            event.send(
                recipient,
                f"{helper.name} interpreted session #{number} with {facts.other(school).name} "
                f"({when}). How much did the assistance help, from 1 to 5? Press the button, "
                f"or type `/exchange feedback assistance {number} rating=5`.",
                {"event": "assistance_rating_requested", "session_id": number},
                (rating_action(number),),
            )
    logger.info("asked about the assistance of session %s", number)
