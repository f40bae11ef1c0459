"""From a Discord interaction to the core and back: who acts, what runs, how the answer goes.

Discord wants a first answer within three seconds. A command that finishes within
`defer_after` is answered in one response, ephemeral when the reply is private; a slower one
is deferred (privately, as nothing is known yet) and its reply follows, posted for everyone
when the core says it is meant for the channel.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord.autocomplete import Suggester
from bot.adapters.discord.command_tree import INCOMPLETE, answer_privately, locale_tag, written_for
from bot.adapters.discord.components import (
    BUTTON_ID,
    FORM_ID,
    FORM_PREFIX,
    CommandIds,
    build_form,
    form_command,
    form_fields,
    form_values,
)
from bot.adapters.discord.render import render_reply
from bot.adapters.form_text import FormText
from bot.adapters.own_words import OwnWords
from bot.core.bot_core import BotCore
from bot.core.errors import UserError
from bot.core.grammar import parse_line
from bot.core.identity import Actor, ChannelRef
from bot.core.reply import Reply, Visibility
from bot.core.spec import Param
from bot.i18n.messages import Message

logger = logging.getLogger(__name__)

PLATFORM = "discord"
DEFER_AFTER = 1.5  # seconds; Discord's limit for the first answer is 3
POSTED_NOTE = Message("adapters-discord-posted")
EXPIRED_BUTTON = Message("adapters-discord-expired-button")
EXPIRED_FORM = Message("adapters-discord-expired-form")


def identify(
    interaction: discord.Interaction, workspace: str | None = None
) -> tuple[Actor, ChannelRef | None]:
    """The actor is the presser or typer, in the server the interaction belongs to (in a direct
    message that server comes from the button, `workspace`), reading the language Discord
    says their client is in."""
    if interaction.guild_id is not None:
        where = str(interaction.guild_id)
        channel = (
            ChannelRef(PLATFORM, where, str(interaction.channel_id))
            if interaction.channel_id
            else None
        )
    else:
        where, channel = workspace or "", None
    user = interaction.user
    return Actor(PLATFORM, where, str(user.id), user.display_name, locale_tag(interaction)), channel


class ExchangeInteractions:
    def __init__(self, core: BotCore, ids: CommandIds, *, defer_after: float = DEFER_AFTER) -> None:
        self.core = core
        self.translator = core.translator
        self.program_language = core.settings.language
        self.ids = ids
        self.suggester = Suggester(core.sessions)
        self.defer_after = defer_after

    async def run_command(
        self, interaction: discord.Interaction, path: tuple[str, ...], options: dict[str, str]
    ) -> None:
        actor, channel = identify(interaction)
        await self._answer(
            interaction, actor, self.core.handle_options(actor, path, options, channel)
        )

    async def suggest(
        self, interaction: discord.Interaction, param: Param, current: str
    ) -> list[app_commands.Choice[str]]:
        country = getattr(interaction.namespace, "country", None)
        return await self.suggester.suggest(
            param, current, country=country if isinstance(country, str) else None
        )

    async def press(self, interaction: discord.Interaction, workspace: str, body: str) -> None:
        """A button: run its command as the presser, or ask for what it lacks in a form."""
        if await _refused_without_user(interaction):
            return
        actor, channel = identify(interaction, workspace)
        command = await self.ids.decode(body)
        if command is None:
            expired = Reply.error(written_for(interaction, EXPIRED_BUTTON))
            await self._answer(interaction, actor, _at_once(expired))
            return
        form = await self._form(command, actor)
        if form is not None:
            await interaction.response.send_modal(form)
            return
        await self._answer(interaction, actor, self.core.handle_text(actor, command, channel))

    async def submit(self, interaction: discord.Interaction) -> None:
        """A form (modal) submission: run its command with what was typed."""
        data: dict[str, Any] = dict(interaction.data or {})
        match = FORM_ID.fullmatch(str(data.get("custom_id", "")))
        if match is None:
            logger.warning("a form the bot did not make was sent: %.100r", data.get("custom_id"))
            await answer_privately(interaction, EXPIRED_FORM)
            return
        if await _refused_without_user(interaction):
            return
        actor, channel = identify(interaction, match["workspace"])
        command = await self.ids.decode(match["body"])
        if command is None:
            expired = Reply.error(written_for(interaction, EXPIRED_BUTTON))
            await self._answer(interaction, actor, _at_once(expired))
            return
        line = form_command(command, form_values(list(data.get("components", []))))
        await self._answer(interaction, actor, self.core.handle_text(actor, line, channel))

    async def stray_component(self, interaction: discord.Interaction) -> None:
        """A button or menu the bot did not make (its own are `CommandButton`s): say so, rather
        than leave the presser with "this interaction failed"."""
        data: dict[str, Any] = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        if BUTTON_ID.fullmatch(custom_id):
            return
        logger.warning("a component the bot did not make was used: %.100r", custom_id)
        await answer_privately(interaction, EXPIRED_BUTTON)

    async def _form(self, command: str, actor: Actor) -> discord.ui.Modal | None:
        """The command's declared form, when the command lacks options the form asks, in the
        language `actor` reads."""
        try:
            invocation = parse_line(self.core.catalog, command)
        except UserError:
            return None  # running it explains the problem
        fields = form_fields(invocation.spec, set(invocation.raw))
        if not fields:
            return None
        custom_id = await self.ids.encode(FORM_PREFIX, actor.workspace, command)
        language = await self.core.language_of(actor)
        return build_form(fields, custom_id, FormText(invocation.spec, language, self.translator))

    async def _answer(
        self, interaction: discord.Interaction, actor: Actor, work: Awaitable[Reply]
    ) -> None:
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if task not in done:
            await interaction.response.defer(ephemeral=True, thinking=True)
        reply = await task
        words = OwnWords.of_reply(self.translator, reply)
        message = await render_reply(reply, self.ids, actor.workspace, words)
        private = reply.visibility is Visibility.PRIVATE
        if not interaction.response.is_done():
            await interaction.response.send_message(**message.send_kwargs(), ephemeral=private)
        elif private:
            await interaction.followup.send(**message.send_kwargs(), ephemeral=True)
        else:
            await interaction.edit_original_response(content=written_for(interaction, POSTED_NOTE))
            await interaction.followup.send(**message.send_kwargs())


async def _at_once(reply: Reply) -> Reply:
    return reply


async def _refused_without_user(interaction: discord.Interaction) -> bool:
    """Discord always says who pressed or submitted; an interaction that does not is refused."""
    if getattr(interaction.user, "id", None) is not None:
        return False
    logger.warning("refused Discord interaction %s: no user", interaction.id)
    await answer_privately(interaction, INCOMPLETE)
    return True
