"""The body Discord's command registration receives, built as `tree.sync()` builds it and held
to Discord's budget of 8,000 characters per command before anything is sent."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord.command_tree import command_tree
from bot.adapters.discord.localizations import CatalogTranslator
from bot.core.errors import DeclarationError
from bot.core.spec import Catalog

MAX_COMMAND_CHARACTERS = 8000  # per top-level command, the longest localization of each field


def without_voice() -> None:
    """The bot never joins a voice channel, so discord.py's warnings that the voice libraries
    (PyNaCl, davey) are missing only add noise: mark them as given before a client is made."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


def rest_only_client() -> discord.Client:
    """A client that never opens the gateway (payloads, `discord-sync`): its intents do not
    matter, and `guilds` keeps discord.py from warning about state it will never hold."""
    without_voice()
    return discord.Client(intents=discord.Intents(guilds=True))


async def registration_payload(
    tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None = None
) -> list[dict[str, Any]]:
    """The body `tree.sync()` PUTs, with the catalogs' localizations (the tree is given its
    translator here, so `tree.sync()` after it sends the same). Raises `DeclarationError` for
    a command over Discord's character budget."""
    if tree.translator is None:
        await tree.set_translator(CatalogTranslator())
    translator = tree.translator
    payload = [
        await command.get_translated_payload(tree, translator)
        if translator
        else command.to_dict(tree)
        for command in tree.get_commands(guild=guild)
    ]
    over = [
        f"/{command['name']} ({size})"
        for command in payload
        if (size := characters(command)) > MAX_COMMAND_CHARACTERS
    ]
    if over:
        raise DeclarationError(
            f"{', '.join(over)}: Discord counts at most {MAX_COMMAND_CHARACTERS} characters of "
            "names, descriptions and choices per command"
        )
    return payload


async def command_payload(catalog: Catalog) -> list[dict[str, Any]]:
    """The JSON body `discord-sync` PUTs to Discord, computed without contacting it."""
    return await registration_payload(command_tree(rest_only_client(), catalog))


def characters(node: dict[str, Any]) -> int:
    """What Discord counts of a command and everything under it: names, descriptions, choice
    names and values, each field at its longest localization."""
    own = _longest(node, "name") + _longest(node, "description")
    own += sum(
        _longest(choice, "name") + len(str(choice["value"])) for choice in node.get("choices", ())
    )
    return own + sum(characters(option) for option in node.get("options") or ())


def _longest(node: dict[str, Any], field: str) -> int:
    localized: Iterable[str] = (node.get(f"{field}_localizations") or {}).values()
    return max(len(node.get(field) or ""), *(len(text) for text in localized), 0)
