"""Delivers the bot's own messages (reminders, agendas, notifications) to Slack users and channels.

A failure raises, which tells the core's delivery worker to keep the message and try again
later: a Slack outage delays messages but loses none.
"""

from __future__ import annotations

import logging

from bot.adapters.slack_render import render_notice
from bot.adapters.slack_web import SlackPoster
from bot.messaging import OutgoingMessage

logger = logging.getLogger(__name__)


class SlackMessenger:
    def __init__(self, poster: SlackPoster) -> None:
        self.poster = poster

    async def send(self, message: OutgoingMessage) -> None:
        recipient = message.recipient
        channel_id = recipient.target_id
        if recipient.kind == "user":
            channel_id = await self.poster.direct_channel(recipient.workspace, recipient.target_id)
        await self.poster.post(
            recipient.workspace, channel_id, render_notice(message.text, message.actions)
        )
