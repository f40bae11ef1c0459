"""The tree discord.py routes application commands through, refusing what is not a command of
the catalog as Discord sends one: an unknown or outdated command, a missing option, no user,
or no server is answered privately with a short message and logged as a warning, never run.

discord.py would log each of these as an error with its traceback (or, for an interaction
without data, as an exception no task retrieved), and leave the user with "the application
did not respond".
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord.render import ERROR_MARK
from bot.adapters.discord.slash_commands import build_commands, handler_of
from bot.core.spec import Catalog
from bot.i18n.messages import Message
from bot.i18n.reader_language import reader_language

logger = logging.getLogger(__name__)

OUTDATED = Message("adapters-discord-outdated")
INCOMPLETE = Message("adapters-discord-incomplete")
# what Discord's list of commands and the bot's disagree about
MISMATCHES = (
    app_commands.CommandNotFound,
    app_commands.CommandSignatureMismatch,
    app_commands.TransformerError,
)


class CatalogTree(app_commands.CommandTree[Any]):
    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        problem = interaction_problem(interaction)
        if problem is None:
            return True
        logger.warning("refused Discord interaction %s: %s", interaction.id, problem)
        await answer_privately(interaction, INCOMPLETE)
        return False

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        if not isinstance(error, MISMATCHES):
            await super().on_error(interaction, error)  # a bug: logged with its traceback
            return
        logger.warning("refused Discord interaction %s: %s", interaction.id, error)
        await answer_privately(interaction, OUTDATED)


def interaction_problem(interaction: discord.Interaction) -> str | None:
    """What an application command lacks that Discord always sends, if anything."""
    data = interaction.data
    if not isinstance(data, dict) or not data.get("name"):
        return "no command in it"
    if getattr(interaction.user, "id", None) is None:
        return "no user"
    if interaction.guild_id is None:
        return "not in a server"
    return None


async def answer_privately(interaction: discord.Interaction, message: Message) -> None:
    """A refusal only the user sees (nothing, where Discord wants suggestions)."""
    if interaction.response.is_done():
        return
    if interaction.type is discord.InteractionType.autocomplete:
        await interaction.response.autocomplete([])
    else:
        text = written_for(interaction, message)
        await interaction.response.send_message(ERROR_MARK + text, ephemeral=True)


def locale_tag(interaction: discord.Interaction) -> str | None:
    """Discord's `locale` of the user's client as its tag (`discord.Locale.japanese` is `ja`),
    sent with every interaction."""
    locale = getattr(interaction, "locale", None)
    value = getattr(locale, "value", locale)
    return value if isinstance(value, str) and value else None


def written_for(interaction: discord.Interaction, message: Message) -> str:
    """One of the adapter's own messages (a refusal before any command runs, a note), in the
    language the user's Discord client is in, else the program's default."""
    handler = handler_of(interaction)
    language = reader_language(
        platform_locale=locale_tag(interaction), program_default=handler.program_language
    )
    return handler.translator.render(message, language)


def command_tree(client: discord.Client, catalog: Catalog) -> CatalogTree:
    """The client's command tree holding the catalog's commands as global commands."""
    tree = CatalogTree(client)
    for command in build_commands(catalog):
        tree.add_command(command)
    return tree
