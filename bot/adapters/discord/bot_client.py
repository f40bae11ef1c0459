"""The Discord adapter: a discord.py client serving the bot's commands in the shared event loop.

`serve_discord` is what `jointclass run` starts next to Slack and the scheduler. It logs in,
registers the Discord messenger and channel provisioner with the core, and keeps the gateway
connection until cancelled. Commands are registered separately (`jointclass discord-sync`).
"""

from __future__ import annotations

import logging

import discord

from bot.adapters.discord.command_tree import command_tree
from bot.adapters.discord.components import CommandButton, CommandIds
from bot.adapters.discord.interactions import PLATFORM, ExchangeInteractions
from bot.adapters.discord.joint_channels import DiscordChannelProvisioner
from bot.adapters.discord.messenger import DiscordMessenger
from bot.adapters.discord.registration import without_voice
from bot.adapters.discord.responder import DiscordResponder
from bot.core.bot_core import BotCore
from bot.core.settings import Settings

logger = logging.getLogger(__name__)

# Interactions arrive whatever the intents; `guilds` (not privileged) keeps discord.py's view
# of servers and channels consistent. No message content: the bot reads no messages.
INTENTS = discord.Intents(guilds=True)
# What the invite link asks for: see channels, post (with embeds and files), read the history
# it posts into, and create joint channels.
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    manage_channels=True,
)
INVITE_SCOPES = ("bot", "applications.commands")
# discord.py sleeps through any 429 inside the call unless told a limit (30 s is its minimum);
# a longer one is raised, and the delivery worker pauses Discord instead of hanging on it.
MAX_RATE_LIMIT_WAIT = 30.0


def point_rest_at(api_url: str | None) -> None:
    """`DISCORD_API_URL`: discord.py reads its REST base (interaction webhooks included) from
    this class attribute, so it is process-wide. Pinned with discord.py 2.7."""
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(
        application_id, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES
    )


class JointClassClient(discord.Client):
    """discord.py's client with the commands, persistent buttons and forms wired to the core."""

    def __init__(self, core: BotCore) -> None:
        without_voice()
        super().__init__(
            intents=INTENTS,
            allowed_mentions=discord.AllowedMentions.none(),
            max_ratelimit_timeout=MAX_RATE_LIMIT_WAIT,
        )
        ids = CommandIds(core.sessions, core.clock)
        self.responder = DiscordResponder(self, ids, core.translator, core.settings.language)
        self.exchange = ExchangeInteractions(core, ids, self.responder)
        self.tree = command_tree(self, core.catalog)
        self.messenger = DiscordMessenger(self, ids, core.translator)
        self.provisioner = DiscordChannelProvisioner(self, core.translator, core.settings.language)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(CommandButton)

    async def on_ready(self) -> None:
        logger.info(
            "Discord: connected as %s (application %s) to %s server(s)",
            self.user,
            self.application_id,
            len(self.guilds),
        )

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Forms are answered from their custom id alone, so one opened before a restart can
        still be submitted after it (commands and the bot's buttons are routed by discord.py;
        a component that is not the bot's is answered here)."""
        if interaction.type is discord.InteractionType.modal_submit:
            await self.exchange.submit(interaction)
        elif interaction.type is discord.InteractionType.component:
            await self.exchange.stray_component(interaction)


async def serve_discord(core: BotCore, settings: Settings) -> None:
    """Run the Discord adapter until cancelled."""
    if settings.discord_token is None:
        raise ValueError("DISCORD_TOKEN is not set")
    point_rest_at(settings.discord_api_url)
    client = JointClassClient(core)
    core.add_messenger(PLATFORM, client.messenger)
    core.add_channel_provisioner(PLATFORM, client.provisioner)
    core.inbox.add_responder(PLATFORM, client.responder)
    async with client:
        await client.start(settings.discord_token.get_secret_value())
