"""Answers a Slack command from the inbox, now or after a restart: through its response_url
while Slack takes it (30 minutes), falling back to a direct message as every reply does."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt.async_app import AsyncRespond

from bot.adapters.slack.replies import SlackReplies
from bot.core.inbox import Received
from bot.core.reply import Reply

# Slack takes posts to a response_url for 30 minutes; a command older than this (the margin
# covers the run itself) is not carried out after a restart, and its person is told instead.
ANSWERABLE_FOR = timedelta(minutes=29)


def reply_route(response_url: str | None, channel_id: str | None) -> dict[str, Any]:
    """What the inbox keeps of a request to answer it later."""
    return {"response_url": response_url, "channel_id": channel_id}


class SlackResponder:
    def __init__(self, replies: SlackReplies) -> None:
        self.replies = replies

    async def can_answer(self, command: Received, age: timedelta) -> bool:
        return age < ANSWERABLE_FOR

    async def answer(self, command: Received, reply: Reply) -> None:
        route = command.delivery.route
        url = route.get("response_url")
        await self.replies.send(
            reply,
            actor=command.delivery.actor,
            channel_id=route.get("channel_id"),
            respond=AsyncRespond(response_url=url) if url else None,
        )
