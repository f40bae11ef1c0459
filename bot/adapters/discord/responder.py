"""Answers a Discord command from the inbox, through its interaction's webhook, while its token
lives (15 minutes) and Discord has its first answer: at once, or after a restart or takeover.

Every interaction is deferred as it arrives, within the three seconds Discord gives the process
that got it; its answer then edits that "thinking" message (`PATCH …/messages/@original`). An
edit made twice shows once, so a process that restarts after answering but before noting it
answered changes nothing by answering again. A reply meant for the whole channel cannot be
the private "thinking" message: it is posted as a follow-up and the "thinking" message says so;
a restart finding that note posts nothing again (a process stopped between the follow-up and
the note posts it twice). A command whose process died before deferring can no longer be
answered there: its person is told in a direct message instead (`bot.core.inbox`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import discord

from bot.adapters.discord.components import CommandIds
from bot.adapters.discord.render import render_reply
from bot.adapters.own_words import OwnWords
from bot.core.inbox import Received
from bot.core.reply import Reply, Visibility
from bot.i18n.messages import Message
from bot.i18n.reader_language import reader_language
from bot.i18n.translator import Translator

# Discord's interaction tokens last 15 minutes; the margin covers carrying the command out.
ANSWERABLE_FOR = timedelta(minutes=14)
# The webhook API's id of an interaction's first answer. discord.py types message ids as int but
# only writes them into the path, as Discord documents `@original` (pinned with discord.py 2.7).
ORIGINAL: Any = "@original"
POSTED_NOTE = Message("adapters-discord-posted")


def interaction_route(interaction: discord.Interaction) -> dict[str, Any]:
    """What the inbox keeps of an interaction to answer it later."""
    return {"application_id": str(interaction.application_id), "token": interaction.token}


class DiscordResponder:
    def __init__(
        self,
        client: discord.Client,
        ids: CommandIds,
        translator: Translator,
        program_language: str | None,
    ) -> None:
        self.client = client
        self.ids = ids
        self.translator = translator
        self.program_language = program_language

    async def can_answer(self, command: Received, age: timedelta) -> bool:
        """While the token lives, and only if the interaction was answered or deferred (its
        original answer exists): otherwise Discord has already told the person it failed."""
        if age >= ANSWERABLE_FOR:
            return False
        try:
            await self._webhook(command).fetch_message(ORIGINAL)
        except discord.NotFound:
            return False
        return True

    async def answer(self, command: Received, reply: Reply) -> None:
        words = OwnWords.of_reply(self.translator, reply)
        message = await render_reply(reply, self.ids, command.delivery.actor.workspace, words)
        webhook = self._webhook(command)
        if reply.visibility is Visibility.PRIVATE:
            await webhook.edit_message(ORIGINAL, **message.edit_kwargs())
            return
        language = reader_language(
            platform_locale=command.delivery.actor.locale, program_default=self.program_language
        )
        note = self.translator.render(POSTED_NOTE, language)
        if (await webhook.fetch_message(ORIGINAL)).content == note:
            return  # posted by a process that stopped before noting it answered
        await webhook.send(**message.send_kwargs())
        await webhook.edit_message(ORIGINAL, content=note)

    def _webhook(self, command: Received) -> discord.Webhook:
        """The interaction's webhook, as discord.py builds it for `Interaction.followup`."""
        route = command.delivery.route
        payload = {"id": route["application_id"], "type": 3, "token": route["token"]}
        return discord.Webhook.from_state(data=payload, state=self.client._connection)  # type: ignore[arg-type]
