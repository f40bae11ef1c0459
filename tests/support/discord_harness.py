"""The Discord adapter running for real against the fake Discord, as tests drive it.

`live_discord()` starts a bot core (in-memory database unless told otherwise, a manual clock,
any catalog), the fake Discord, and `serve_discord` itself, which logs in and connects to the
fake gateway. Tests then act as Discord users: they dispatch interactions and read what the
bot answered through the API.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

from bot.adapters.discord.bot_client import serve_discord
from bot.adapters.discord.registration import command_payload
from bot.adapters.testing import DEFAULT_START
from bot.bootstrap import Services, build_bot
from bot.commands import CATALOG
from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.grammar import parse_line
from bot.core.settings import Settings
from bot.core.spec import Catalog
from storage.engine import MEMORY_URL
from tests.support.discord_payloads import GUILD_ID, slash_command, snowflake
from tests.support.discord_seams import discord_reaching
from tests.support.fake_discord_api import BOT_TOKEN, FakeDiscord, Recorded

CALLBACK_DEFERRED = 5  # "thinking…": the answer edits it later

_ESCAPE = re.compile(r"\\([\\*_`~|<>#\-\[\]()])")


def visible_text(body: dict[str, Any]) -> str:
    """What a Discord user reads in a message body: content, then embed text, as rendered
    (markdown escapes and the zero-width spaces that defuse mentions are not seen)."""
    parts = [body.get("content") or ""]
    for embed in body.get("embeds", []):
        parts.append(embed.get("description", ""))
        for embed_field in embed.get("fields", []):
            parts += [embed_field["name"], embed_field["value"]]
    text = "\n".join(part for part in parts if part)
    return _ESCAPE.sub(r"\1", text).replace("\u200b", "")


def callback_message(callback: Recorded) -> dict[str, Any]:
    """The message body of an interaction's answer: `data` of a callback of type 4 or 7, or the
    message a deferred interaction's answer shows (its edited original, or its follow-up)."""
    if callback.path.endswith("/callback"):
        data: dict[str, Any] = callback.body["data"]
        return data
    message: dict[str, Any] = callback.body
    return message


@dataclass
class LiveDiscord:
    core: BotCore[Services]
    fake: FakeDiscord
    registered: list[dict[str, Any]]

    async def interact(self, payload: dict[str, Any]) -> Recorded:
        """Send an interaction; return the bot's answer to it: its callback, or, when it was
        deferred, the message that answers it (the edited "thinking" message, as the person
        sees it, or the follow-up posted for the channel)."""
        callback = await self.callback(payload)
        if callback.body["type"] != CALLBACK_DEFERRED:
            return callback
        token = re.escape(payload["token"])
        [edit] = await self.fake.wait_for("PATCH", rf"/webhooks/\d+/{token}/messages/@original")
        followups = self.fake.sent("POST", rf"/webhooks/\d+/{token}")
        if followups:
            return followups[0]
        shown = self.fake.originals[payload["token"]]  # an edit keeps it private or not
        return replace(edit, body={**edit.body, "flags": shown["flags"]})

    async def callback(self, payload: dict[str, Any]) -> Recorded:
        """Send an interaction; return the bot's first answer to it (its callback)."""
        await self.fake.dispatch("INTERACTION_CREATE", payload)
        answers = await self.fake.wait_for(
            "POST", rf"/interactions/{payload['id']}/{re.escape(payload['token'])}/callback"
        )
        return answers[0]

    async def slash(self, user: str, line: str) -> Recorded:
        """`user` fills in `/exchange …` in the Discord client, option by option."""
        return await self.interact(self.slash_payload(user, line))

    def slash_payload(self, user: str, line: str) -> dict[str, Any]:
        """The interaction Discord sends when `user` fills in `/exchange …`."""
        invocation = parse_line(self.core.catalog, line)
        return slash_command(self.registered, user, invocation.spec.path, invocation.raw)

    async def followup(self, payload: dict[str, Any]) -> Recorded:
        """The first follow-up message the bot sent for an interaction it deferred."""
        token = re.escape(payload["token"])
        return (await self.fake.wait_for("POST", rf"/webhooks/\d+/{token}"))[0]

    async def edited_answer(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The interaction's first answer (the "thinking" message of a deferred command) once
        the bot edited it, as the person sees it."""
        token = re.escape(payload["token"])
        await self.fake.wait_for("PATCH", rf"/webhooks/\d+/{token}/messages/@original")
        return self.fake.originals[payload["token"]]


def discord_user(name: str) -> str:
    """How the core knows a Discord user: `discord:<server>:<user id>`."""
    return f"discord:{GUILD_ID}:{snowflake(name)}"


@asynccontextmanager
async def live_discord(
    *,
    catalog: Catalog = CATALOG,
    database_url: str = MEMORY_URL,
    coordinators: tuple[str, ...] = ("coordinator",),
) -> AsyncIterator[LiveDiscord]:
    fake = FakeDiscord()
    await fake.start()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DISCORD_TOKEN=BOT_TOKEN,
        DISCORD_API_URL=fake.api_url,
        JOINTCLASS_COORDINATORS=",".join(discord_user(name) for name in coordinators),
        JOINTCLASS_PROGRAM="Seoul IJC 2027",
        JOINTCLASS_HOME_COUNTRY="KR",
    )
    core = await build_bot(
        settings, catalog=catalog, clock=ManualClock(DEFAULT_START), database_url=database_url
    )
    try:
        with discord_reaching(fake.gateway_url):
            serving = asyncio.create_task(serve_discord(core, settings))
            try:
                await asyncio.wait_for(_ready(fake, serving), 5)
                yield LiveDiscord(core, fake, await command_payload(catalog))
            finally:
                serving.cancel()
                await asyncio.gather(serving, return_exceptions=True)
    finally:
        await core.close()
        await fake.close()


async def _ready(fake: FakeDiscord, serving: asyncio.Task[None]) -> None:
    """Connected to the gateway, or the reason it could not."""
    waiting = asyncio.ensure_future(fake.wait_until_ready())
    done, _ = await asyncio.wait({waiting, serving}, return_when=asyncio.FIRST_COMPLETED)
    if serving in done:
        waiting.cancel()
        serving.result()
        raise AssertionError("serve_discord returned before connecting")
    await waiting
