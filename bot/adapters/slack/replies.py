"""Answers the person who ran a command: via Slack's response_url, else in a direct message.

A reply meant for the caller only is ephemeral; a reply meant for the channel is posted in it.
Files cannot be ephemeral, so a private reply's files go to the caller's direct messages and a
channel reply's files to the channel (or, when the bot may not post there, to the caller). The
files are the reply's own, and the whole text when it was too long for one message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import aiohttp
from slack_bolt.async_app import AsyncRespond
from slack_sdk.errors import SlackApiError

from bot.adapters.own_words import OwnWords
from bot.adapters.slack.render import SlackMessage, render_notice, render_reply
from bot.adapters.slack.web_api import SlackPoster
from bot.core.identity import Actor
from bot.core.reply import Attachment, Reply, Visibility
from bot.i18n.messages import Message, Renderer

logger = logging.getLogger(__name__)


class SlackReplies:
    def __init__(self, poster: SlackPoster, translator: Renderer) -> None:
        self.poster = poster
        self.translator = translator

    async def send(
        self, reply: Reply, *, actor: Actor, channel_id: str | None, respond: AsyncRespond | None
    ) -> None:
        for_channel = reply.visibility is Visibility.CHANNEL and channel_id is not None
        words = OwnWords.of_reply(self.translator, reply)
        message = render_reply(reply, words)
        if not (respond and await _responded(respond, message, for_channel)):
            target = channel_id if for_channel else None
            await self._post(actor, target, message)
        files = (*reply.attachments, *message.attachments)
        if files:
            await self._share_files(files, actor, channel_id if for_channel else None, words)

    async def _post(self, actor: Actor, channel_id: str | None, message: SlackMessage) -> None:
        """Post in the channel when asked to and allowed; otherwise to the caller directly."""
        direct = await self._in_channel(
            actor,
            channel_id,
            "post",
            lambda where: self.poster.post(actor.workspace, where, message),
        )
        if direct is not None:
            await self.poster.post(actor.workspace, direct, message)

    async def _share_files(
        self,
        files: tuple[Attachment, ...],
        actor: Actor,
        channel_id: str | None,
        words: OwnWords,
    ) -> None:
        direct = await self._in_channel(
            actor,
            channel_id,
            "share files",
            lambda where: self.poster.upload(actor.workspace, where, files),
        )
        if direct is None:
            return
        try:
            await self.poster.upload(actor.workspace, direct, files)
        except SlackApiError as error:
            names = ", ".join(a.filename for a in files)
            logger.warning(
                "sharing %s with %s failed: %s", names, actor.user_id, error.response.get("error")
            )
            notice = render_notice(
                words.lines(Message("adapters-slack-files-not-sent", files=names)), words
            )
            await self.poster.post(actor.workspace, direct, notice)

    async def _in_channel(
        self,
        actor: Actor,
        channel_id: str | None,
        doing: str,
        send: Callable[[str], Awaitable[None]],
    ) -> str | None:
        """`send` to the channel, if there is one and the bot may; else the caller's direct
        message channel, for the caller to send there instead (None: it was sent)."""
        if channel_id is not None:
            try:
                await send(channel_id)
                return None
            except SlackApiError as error:
                logger.info(
                    "cannot %s in %s (%s); answering directly",
                    doing,
                    channel_id,
                    error.response.get("error"),
                )
        return await self.poster.direct_channel(actor.workspace, actor.user_id)


async def _responded(respond: AsyncRespond, message: SlackMessage, for_channel: bool) -> bool:
    """Answer through the response_url; False when Slack refused it (it lasts 30 minutes)."""
    try:
        response = await respond(
            text=message.text,
            blocks=message.blocks,
            response_type="in_channel" if for_channel else "ephemeral",
            replace_original=False,
        )
    except (aiohttp.ClientError, TimeoutError) as error:
        logger.info("response_url failed (%s); answering directly", type(error).__name__)
        return False
    if response.status_code != 200:
        logger.info("response_url answered %s; answering directly", response.status_code)
        return False
    return True
