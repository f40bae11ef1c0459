"""Talking to Slack's Web API: one client that waits out 429s, and each workspace's own token.

Every call names its workspace's bot token explicitly, so one client serves every installed
workspace and a message for one workspace can never go out with another's token.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack_render import SlackMessage
from bot.reply import Attachment
from bot.settings import Settings

logger = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"


def web_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """A client for `SLACK_API_URL` that retries dropped connections and honours Retry-After."""
    return AsyncWebClient(
        token=token,
        base_url=settings.slack_api_url or SLACK_API_URL,
        retry_handlers=[AsyncConnectionErrorRetryHandler(), AsyncRateLimitErrorRetryHandler()],
    )


class WorkspaceTokens(Protocol):
    async def bot_token(self, workspace: str) -> str:
        """The bot token for a workspace (Slack team id); raises when the bot is not there."""
        ...


class SingleWorkspaceToken:
    """`SLACK_BOT_TOKEN`: the one workspace the bot was installed into by hand."""

    def __init__(self, token: str) -> None:
        self._token = token

    async def bot_token(self, workspace: str) -> str:
        return self._token


class SlackPoster:
    """Posts, direct messages and file uploads in any workspace the bot is installed in.

    Every failure raises (`SlackApiError`, connection errors): callers that must not lose a
    message let it propagate so the delivery worker tries again later.
    """

    def __init__(self, client: AsyncWebClient, tokens: WorkspaceTokens) -> None:
        self.client = client
        self.tokens = tokens

    async def post(self, workspace: str, channel_id: str, message: SlackMessage) -> None:
        await self.client.chat_postMessage(
            token=await self.tokens.bot_token(workspace),
            channel=channel_id,
            text=message.text,
            blocks=message.blocks,
        )

    async def direct_channel(self, workspace: str, user_id: str) -> str:
        """The bot's direct-message conversation with a user (opened if need be)."""
        response = await self.client.conversations_open(
            token=await self.tokens.bot_token(workspace), users=user_id
        )
        return str(response["channel"]["id"])

    async def upload(
        self, workspace: str, channel_id: str, attachments: Sequence[Attachment]
    ) -> None:
        """Share files in a conversation with Slack's current upload API (files_upload_v2)."""
        await self.client.files_upload_v2(
            token=await self.tokens.bot_token(workspace),
            channel=channel_id,
            file_uploads=[
                {"content": a.content, "filename": a.filename, "title": a.title or a.filename}
                for a in attachments
            ],
        )
