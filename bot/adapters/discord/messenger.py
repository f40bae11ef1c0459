"""Delivers the bot's own messages (notifications, reminders, agendas) to Discord.

A channel recipient gets a message in that channel; a user recipient gets a direct message.
Any failure raises, and the core's delivery worker tries again later: an outage delays
messages but loses none. discord.py waits out short rate limits (HTTP 429) and retries some
5xx answers by itself; what it gives up on is translated for the worker: 400, 403 and 404 will
never succeed (`Refused`), a long 429 or a 5xx means Discord takes nothing now.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import aiohttp
import discord

from bot.adapters.discord.components import CommandIds
from bot.adapters.discord.render import render_outgoing
from bot.adapters.own_words import OwnWords
from bot.core.outbox import OutgoingMessage, PlatformUnavailable, Refused
from bot.i18n.messages import Renderer
from storage.models import TargetKind

logger = logging.getLogger(__name__)

CONNECTING = timedelta(seconds=1)  # how long deliveries wait for a client that is logging in


class DiscordMessenger:
    def __init__(self, client: discord.Client, ids: CommandIds, translator: Renderer) -> None:
        self.client = client
        self.ids = ids
        self.translator = translator  # for the words around a message, in its languages

    async def send(self, message: OutgoingMessage) -> None:
        if self.client.user is None:  # a new leader's client has not logged in yet
            raise PlatformUnavailable("Discord is not connected yet", CONNECTING)
        try:
            await self._post(message)
        except discord.RateLimited as limited:  # longer than the client's max_ratelimit_timeout
            wait = timedelta(seconds=limited.retry_after)
            raise PlatformUnavailable("Discord is rate limiting (HTTP 429)", wait) from limited
        except (discord.Forbidden, discord.NotFound) as refusal:
            raise Refused(f"Discord refused it: {refusal.status} {refusal.text}") from refusal
        except discord.HTTPException as error:
            if error.status == 429 or error.status >= 500:
                raise PlatformUnavailable(f"Discord answered HTTP {error.status}") from error
            if error.status == 400:  # a body Discord will never take (a bug: logged as one)
                raise Refused(f"Discord refused it: 400 {error.text}") from error
            raise
        except aiohttp.ClientConnectionError as error:  # dropped or refused: Discord, not it
            raise PlatformUnavailable(f"Discord connection failed: {error}") from error

    async def _post(self, message: OutgoingMessage) -> None:
        recipient = message.recipient
        target = int(recipient.target_id)
        destination: discord.abc.Messageable
        if recipient.kind == TargetKind.CHANNEL:
            destination = self.client.get_partial_messageable(target)
        else:
            destination = await self.client.create_dm(discord.Object(target))
        words = OwnWords.of_message(self.translator, message)
        rendered = await render_outgoing(message, self.ids, words)
        await destination.send(**rendered.send_kwargs())
        logger.debug("delivered a message to %s %s", recipient.kind, recipient.target_id)
