"""Joint channels on Discord: a text channel per partnership that only its teachers can see.

Channels go under a "Joint classes" category (a new one when the last is full, as Discord
holds 50 channels per category), named in the program's language (`JOINTCLASS_LANGUAGE`, else
English), as every member of the server sees it; a category named so in another of the bot's
languages is used too (a server set up before, in English). Everyone else is denied the
channel; the teachers and the bot are let in by user overwrites, since the schools' roles are
not known to the bot.
"""

from __future__ import annotations

import logging
import re

import discord

from bot.i18n.languages import LANGUAGES
from bot.i18n.messages import Message, Renderer
from bot.i18n.reader_language import reader_language

logger = logging.getLogger(__name__)

CATEGORY_NAME = Message("adapters-discord-category")
CATEGORY_CAPACITY = 50
MAX_CHANNEL_NAME = 100
HIDDEN = discord.PermissionOverwrite(view_channel=False)
MEMBER = discord.PermissionOverwrite(
    view_channel=True,
    send_messages=True,
    read_message_history=True,
    embed_links=True,
    attach_files=True,
)
_NOT_IN_NAME = re.compile(r"[^\w-]+")


def channel_name(name: str) -> str:
    """Discord text channel names are lower case without spaces; say so ourselves, so the
    name the core gets back is the one people see."""
    slug = _NOT_IN_NAME.sub("-", name.strip().lower()).strip("-")
    return slug[:MAX_CHANNEL_NAME] or "joint-class"


Overwrites = dict[discord.Role | discord.Member | discord.Object, discord.PermissionOverwrite]


class DiscordChannelProvisioner:
    def __init__(
        self, client: discord.Client, translator: Renderer, program_language: str | None
    ) -> None:
        self.client = client
        self.translator = translator
        self.language = reader_language(program_default=program_language)

    def _written(self, message: Message) -> str:
        return self.translator.render(message, self.language)

    async def create_joint_channel(
        self, workspace: str, name: str, member_user_ids: list[str]
    ) -> str:
        guild = await self.client.fetch_guild(int(workspace))
        private = self._private(guild)
        category = await self._category(guild, private)
        members = [discord.Object(int(user_id), type=discord.Member) for user_id in member_user_ids]
        channel = await guild.create_text_channel(
            channel_name(name),
            category=category,
            overwrites=private | dict.fromkeys(members, MEMBER),
            reason=self._written(Message("adapters-discord-channel-reason")),
        )
        logger.info("created joint channel %s in server %s", channel.id, workspace)
        return str(channel.id)

    def _private(self, guild: discord.Guild) -> Overwrites:
        """Hidden from everyone but the bot."""
        assert self.client.user is not None  # set at login
        bot = discord.Object(self.client.user.id, type=discord.Member)
        return {guild.default_role: HIDDEN, bot: MEMBER}

    async def _category(self, guild: discord.Guild, private: Overwrites) -> discord.CategoryChannel:
        channels = await guild.fetch_channels()
        names = {self.translator.render(CATEGORY_NAME, language) for language in LANGUAGES}
        for category in channels:
            if isinstance(category, discord.CategoryChannel) and category.name in names:
                used = sum(1 for c in channels if c.category_id == category.id)
                if used < CATEGORY_CAPACITY:
                    return category
        return await guild.create_category(
            self._written(CATEGORY_NAME),
            overwrites=private,
            reason=self._written(Message("adapters-discord-category-reason")),
        )
