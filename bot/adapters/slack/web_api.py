"""Talking to Slack's Web API: one client that waits out short 429s, and each workspace's token.

Every call names its workspace's bot token explicitly, so one client serves every installed
workspace and a message for one workspace can never go out with another's token.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.render import SlackMessage
from bot.core.reply import Attachment
from bot.core.settings import Settings

logger = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
REQUEST_TIMEOUT = 15  # seconds per Web API call; slack_sdk's default is 30
IN_CALL_WAIT = 2  # seconds of Retry-After waited out inside a call; longer ones are raised


def web_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """A client for `SLACK_API_URL` that retries a dropped connection once and waits out a
    short Retry-After; a long one is raised for the caller to honour (see `ShortRateLimitWait`)."""
    return AsyncWebClient(
        token=token,
        base_url=settings.slack_api_url or SLACK_API_URL,
        timeout=REQUEST_TIMEOUT,
        retry_handlers=[AsyncConnectionErrorRetryHandler(), ShortRateLimitWait()],
    )


def retry_after(headers: Mapping[str, Any]) -> float | None:
    """Slack's Retry-After header in seconds, from either slack_sdk's response shape (values
    are lists in retry handlers, strings on `SlackApiError.response`)."""
    for name, value in headers.items():
        if name.lower() == "retry-after":
            first = value[0] if isinstance(value, list) else value
            try:
                return float(first)
            except ValueError:
                return None
    return None


class ShortRateLimitWait(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's 429 retry, only when Slack asks for a couple of seconds (chat.postMessage
    allows about one message per second per channel). A longer wait sleeping inside the call
    would hold every other queued message; raised, it lets the delivery worker pause Slack."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = retry_after(response.headers)
        return wait is None or wait <= IN_CALL_WAIT


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
