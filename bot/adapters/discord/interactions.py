"""From a Discord interaction to the core and back: who acts, what runs, how the answer goes.

Every command (slash command, button, form) is written to the core's inbox (`bot.core.inbox`)
before Discord hears of it, keyed by the interaction's id, and carried out and answered from
there. Discord wants a first answer within three seconds: every command is deferred at once
(privately, as nothing is known yet), and its "thinking" message then becomes its reply,
edited in place (`bot.adapters.discord.responder`). An edit given again changes nothing, and
Discord refuses a second first answer to one interaction (40060), so a restart that answers
what a stopped process may have answered already shows the answer once.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord.autocomplete import Suggester
from bot.adapters.discord.command_tree import INCOMPLETE, answer_privately, locale_tag
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
from bot.adapters.discord.responder import DiscordResponder, interaction_route
from bot.adapters.form_text import FormText
from bot.core.bot_core import BotCore
from bot.core.errors import UserError
from bot.core.grammar import parse_line
from bot.core.identity import Actor, ChannelRef
from bot.core.inbox import Delivery, Invocation, Named, Received, Typed
from bot.core.reply import Reply
from bot.core.spec import Param
from bot.i18n.messages import Message

logger = logging.getLogger(__name__)

PLATFORM = "discord"
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
    def __init__(self, core: BotCore, ids: CommandIds, responder: DiscordResponder) -> None:
        self.core = core
        self.translator = core.translator
        self.program_language = core.settings.language
        self.ids = ids
        self.responder = responder
        self.suggester = Suggester(core.sessions)

    async def run_command(
        self, interaction: discord.Interaction, path: tuple[str, ...], options: dict[str, str]
    ) -> None:
        actor, channel = identify(interaction)
        await self._take(interaction, actor, channel, Named(path, options))

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
            await answer_privately(interaction, EXPIRED_BUTTON)
            return
        form = await self._form(command, actor)
        if form is not None:
            await interaction.response.send_modal(form)
            return
        await self._take(interaction, actor, channel, Typed(command))

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
            await answer_privately(interaction, EXPIRED_BUTTON)
            return
        line = form_command(command, form_values(list(data.get("components", []))))
        await self._take(interaction, actor, channel, Typed(line))

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

    async def _take(
        self,
        interaction: discord.Interaction,
        actor: Actor,
        channel: ChannelRef | None,
        invocation: Invocation,
    ) -> None:
        """Write the command down, then carry it out and answer it."""
        inbox = self.core.inbox
        if not inbox.accepting:
            return  # shutting down: left unanswered, Discord says so and the person retries
        delivery = Delivery(
            f"interaction:{interaction.id}",
            actor,
            channel,
            invocation,
            interaction_route(interaction),
        )
        received = await inbox.receive(delivery)
        if received.repeat:
            return  # Discord takes one first answer per interaction: the first delivery gave it
        await inbox.work_on(received, self._defer_then_answer(interaction, received))

    async def _defer_then_answer(
        self, interaction: discord.Interaction, received: Received
    ) -> None:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
        except discord.HTTPException as error:
            # Discord told the person it failed: not run; once this process's hold on it runs
            # out, the leader tells them in a direct message that it was not carried out
            logger.warning("Discord interaction %s not deferred: %s", interaction.id, error)
            return

        async def answer(reply: Reply) -> None:
            await self.responder.answer(received, reply)

        await self.core.inbox.carry_out_and_answer(received, answer)


async def _refused_without_user(interaction: discord.Interaction) -> bool:
    """Discord always says who pressed or submitted; an interaction that does not is refused."""
    if getattr(interaction.user, "id", None) is not None:
        return False
    logger.warning("refused Discord interaction %s: no user", interaction.id)
    await answer_privately(interaction, INCOMPLETE)
    return True
