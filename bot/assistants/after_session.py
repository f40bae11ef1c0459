"""After an assisted session: the assistant is asked a short survey and both schools' teachers
are asked to rate the assistance, each in their own language (`assistants.ftl`). A reminders
end-of-session handler (the composition root hands it over with the catalogs), so the
questions go out in the transaction that marks the session's end."""

from __future__ import annotations

import logging

from bot.core.context import reader_in
from bot.core.outbox import Recipient
from bot.core.reply import Button
from bot.i18n.messages import Message
from bot.i18n.time_text import TimeSpan
from bot.i18n.translator import Translator
from bot.reminders.scheduler import SessionEnded

logger = logging.getLogger(__name__)


class AssistanceQuestions:
    """The end-of-session handler; `program_default` is `JOINTCLASS_LANGUAGE`, for whoever has
    chosen no language and whose school's country does not say one."""

    def __init__(self, translator: Translator, program_default: str | None) -> None:
        self.translator = translator
        self.program_default = program_default

    async def __call__(self, event: SessionEnded) -> None:
        facts = event.facts
        helper = facts.assistant
        if helper is None:
            return
        session = facts.session
        number = session.id
        assert number is not None  # a stored row
        await self._send(
            event,
            helper.recipient,
            Message(
                "assistant-survey-request",
                id=str(number),
                pair=facts.pair,
                when=TimeSpan(session.start_utc, session.end_utc, facts.assistant_places()),
            ),
            {"event": "assistant_survey_requested", "session_id": number},
            Button(Message("assistant-button-survey"), f"assistant survey {number}", "primary"),
        )
        for school in facts.schools:
            when = TimeSpan(session.start_utc, session.end_utc, facts.places(school))
            for recipient in facts.teachers_of(school.id):
                await self._send(
                    event,
                    recipient,
                    Message(
                        "assistance-rating-request",
                        name=helper.name,
                        id=str(number),
                        partner=facts.other(school).name,
                        when=when,
                    ),
                    {"event": "assistance_rating_requested", "session_id": number},
                    Button(
                        Message("assistance-button-rate"),
                        f"feedback assistance {number}",
                        "primary",
                    ),
                )
        logger.info("asked about the assistance of session %s", number)

    async def _send(
        self,
        event: SessionEnded,
        recipient: Recipient,
        message: Message,
        data: dict[str, object],
        button: Button,
    ) -> None:
        """The message and its button in the recipient's language."""
        language = await reader_in(
            event.db,
            self.program_default,
            recipient.platform,
            recipient.workspace,
            recipient.target_id,
        )
        written = self.translator.render(message, language)
        event.send(recipient, written, data, (button.written(language, self.translator),))
