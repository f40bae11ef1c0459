"""`jointclass discord-sync`: register the Discord commands (only when they changed), or print
the payload, saying what happened in the program's language."""

from __future__ import annotations

from typing import TextIO

import discord

from bot.adapters.discord.bot_client import invite_url
from bot.adapters.discord.registration import command_payload
from bot.adapters.discord.sync import payload_text, sync_commands
from bot.cli.voice import program_voice
from bot.core.errors import DeclarationError
from bot.core.settings import Settings
from bot.core.spec import Catalog
from bot.i18n.messages import Message


async def run_discord_sync(
    settings: Settings,
    catalog: Catalog,
    *,
    guild_id: int | None,
    force: bool,
    show_payload: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    """The `jointclass discord-sync` command: its output and exit status."""
    voice = program_voice(settings.language)
    if show_payload:
        try:
            payload = await command_payload(catalog)
        except DeclarationError as error:
            voice.say(Message("cli-discord-declaration-problem", problem=str(error)), err)
            return 2
        out.write(payload_text(payload))
        return 0
    if settings.discord_token is None:
        voice.say(Message("cli-discord-no-token"), err)
        return 2
    try:
        outcome = await sync_commands(settings, catalog, guild_id=guild_id, force=force)
    except DeclarationError as error:
        voice.say(Message("cli-discord-declaration-problem-unsent", problem=str(error)), err)
        return 2
    except discord.LoginFailure:
        voice.say(Message("cli-discord-token-refused"), err)
        return 1
    except discord.Forbidden:
        voice.say(Message("cli-discord-forbidden", guild=str(guild_id)), err)
        return 1
    except discord.HTTPException as error:
        answer = Message("cli-discord-http-error", status=str(error.status), text=error.text)
        voice.say(answer, err)
        return 1
    target = (
        Message("cli-discord-every-server")
        if outcome.guild_id is None
        else Message("cli-discord-server", guild=str(outcome.guild_id))
    )
    if outcome.synced:
        registered = Message(
            "cli-discord-registered",
            commands=str(outcome.commands),
            declared=str(len(catalog)),
            target=target,
        )
        voice.say(registered, out)
    else:
        voice.say(Message("cli-discord-up-to-date", target=target), out)
    voice.say(Message("cli-discord-invite", url=invite_url(outcome.application_id)), out)
    return 0
