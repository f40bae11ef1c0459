"""Creates a partnership's joint channel in Slack and invites the teachers who are in the workspace.

The channel is private: it carries two classes' plans, which the rest of a shared workspace
has no business reading. The core chooses the name; Slack's naming rules (lower case, no
spaces, at most 80 characters, unique) are applied here.
"""

from __future__ import annotations

import logging
import re

from slack_sdk.errors import SlackApiError

from bot.adapters.slack.web_api import SlackPoster
from bot.core.errors import UserError
from bot.i18n.messages import Message

logger = logging.getLogger(__name__)

MAX_NAME = 80
ATTEMPTS = 5  # names tried (`name`, `name-2`, …) before giving up on a taken name
_NOT_ALLOWED = re.compile(r"[^a-z0-9_-]+")


def channel_name(name: str) -> str:
    """A name Slack accepts: lower case letters, digits, `-` and `_`, at most 80 characters."""
    cleaned = _NOT_ALLOWED.sub("-", name.lower()).strip("-_")
    return re.sub(r"-{2,}", "-", cleaned)[:MAX_NAME].strip("-_") or "joint-class"


class SlackChannelProvisioner:
    def __init__(self, poster: SlackPoster) -> None:
        self.poster = poster

    async def create_joint_channel(
        self, workspace: str, name: str, member_user_ids: list[str]
    ) -> str:
        token = await self.poster.tokens.bot_token(workspace)
        channel_id = await self._create(token, channel_name(name))
        if member_user_ids:
            # force: invite everyone who can be invited even if one id is stale
            await self.poster.client.conversations_invite(
                token=token, channel=channel_id, users=",".join(member_user_ids), force=True
            )
        return channel_id

    async def _create(self, token: str, base: str) -> str:
        for attempt in range(1, ATTEMPTS + 1):
            suffix = "" if attempt == 1 else f"-{attempt}"
            name = base[: MAX_NAME - len(suffix)] + suffix
            try:
                response = await self.poster.client.conversations_create(
                    token=token, name=name, is_private=True
                )
            except SlackApiError as error:
                if error.response.get("error") == "name_taken":
                    continue
                raise
            logger.info("created joint channel %s (#%s)", response["channel"]["id"], name)
            return str(response["channel"]["id"])
        taken = Message("adapters-slack-channel-names-taken", first=base, last=f"{base}-{ATTEMPTS}")
        raise UserError(taken, show_usage=False)
