"""Delivers the bot's own messages (reminders, agendas, notifications) to Slack users and channels.

Slack's errors are translated for the core's delivery worker: an error that will never go away
(the channel is gone, the bot is not in it, the user was deactivated) is a `Refused` message;
a 429 or 5xx means Slack as a whole takes nothing now (`PlatformUnavailable`, with the
Retry-After Slack gave); anything else keeps the message to try again later.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import aiohttp
from slack_sdk.errors import SlackApiError

from bot.adapters.own_words import OwnWords
from bot.adapters.slack.render import SlackMessage, render_notice
from bot.adapters.slack.web_api import SlackPoster, retry_after
from bot.core.outbox import OutgoingMessage, PlatformUnavailable, Refused
from bot.i18n.messages import Renderer
from storage.models import TargetKind

logger = logging.getLogger(__name__)

# Web API error codes (chat.postMessage, conversations.open) that no retry can fix: the
# recipient is gone, or the message is one Slack will never take (the renderer keeps within
# Slack's limits, so these mean a bug, which the delivery worker logs as an error).
REFUSALS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "user_not_found",
        "user_disabled",
        "cannot_dm_bot",
        "account_inactive",
        "msg_blocks_too_long",
        "msg_too_long",
        "invalid_blocks",
        "invalid_arguments",
    }
)


class SlackMessenger:
    def __init__(self, poster: SlackPoster, translator: Renderer) -> None:
        self.poster = poster
        self.translator = translator  # for the words around a message, in its languages

    async def send(self, message: OutgoingMessage) -> None:
        try:
            await self._post(message)
        except SlackApiError as error:
            raise _for_delivery(error) from error
        except aiohttp.ClientConnectionError as error:  # dropped or refused: Slack, not it
            raise PlatformUnavailable(f"Slack connection failed: {error}") from error

    async def _post(self, message: OutgoingMessage) -> None:
        recipient = message.recipient
        channel_id = recipient.target_id
        if recipient.kind == TargetKind.USER:
            channel_id = await self.poster.direct_channel(recipient.workspace, recipient.target_id)
        words = OwnWords.of_message(self.translator, message)
        notice = render_notice(message.text, words, message.actions, message.when)
        await self.poster.post(recipient.workspace, channel_id, notice)
        if notice.attachments:  # the whole text, too long for one message (which says so)
            await self._share(recipient.workspace, channel_id, notice)

    async def _share(self, workspace: str, channel_id: str, notice: SlackMessage) -> None:
        """Once the message is posted, a failed upload is logged, not raised: trying again
        would post the message twice."""
        try:
            await self.poster.upload(workspace, channel_id, notice.attachments)
        except (SlackApiError, aiohttp.ClientError) as error:
            logger.warning(
                "the whole text of a message to %s was not shared: %s", channel_id, error
            )


def _for_delivery(error: SlackApiError) -> Exception:
    """What a Web API error means for the message being delivered."""
    status = error.response.status_code
    if status == 429:
        wait = retry_after(error.response.headers)
        pause = None if wait is None else timedelta(seconds=wait)
        return PlatformUnavailable("Slack is rate limiting (HTTP 429)", pause)
    if status >= 500:
        return PlatformUnavailable(f"Slack answered HTTP {status}")
    data = error.response.data
    code = data.get("error") if isinstance(data, dict) else None
    if code in REFUSALS:
        return Refused(f"Slack refused it: {code}")
    return error
