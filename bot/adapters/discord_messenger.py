"""Delivers the bot's own messages (notifications, reminders, agendas) to Discord.

A channel recipient gets a message in that channel; a user recipient gets a direct message.
Any failure raises, and the core's delivery worker tries again later: an outage delays
messages but loses none. discord.py waits out rate limits (HTTP 429) by itself.
"""

from __future__ import annotations

import logging

import discord

from bot.adapters.discord_components import CommandIds
from bot.adapters.discord_render import render_outgoing
from bot.messaging import OutgoingMessage

logger = logging.getLogger(__name__)


class DiscordMessenger:
    def __init__(self, client: discord.Client, ids: CommandIds) -> None:
        self.client = client
        self.ids = ids

    async def send(self, message: OutgoingMessage) -> None:
        recipient = message.recipient
        target = int(recipient.target_id)
        destination: discord.abc.Messageable
        if recipient.kind == "channel":
            destination = self.client.get_partial_messageable(target)
        else:
            destination = await self.client.create_dm(discord.Object(target))
        rendered = await render_outgoing(message, self.ids)
        await destination.send(**rendered.send_kwargs())
        logger.debug("delivered a message to %s %s", recipient.kind, recipient.target_id)
