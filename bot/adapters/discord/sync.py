"""Registering the Discord commands when their declarations changed (`jointclass discord-sync`).

Discord limits how many commands an application may create a day, so registering is an
explicit step rather than a side effect of every start. The digest of the last payload sent
for each application and target (every server, or one server with `--guild`) is kept in the
data directory, and an unchanged payload is not sent again unless `--force` says so.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord

from bot.adapters.discord.bot_client import point_rest_at
from bot.adapters.discord.command_tree import command_tree
from bot.adapters.discord.registration import (
    registration_payload,
    rest_only_client,
)
from bot.core.settings import Settings
from bot.core.spec import Catalog

logger = logging.getLogger(__name__)

STATE_FILE = "discord-sync.json"


@dataclass(frozen=True)
class SyncOutcome:
    application_id: int
    guild_id: int | None  # None: every server
    commands: int  # top-level commands in the payload
    synced: bool  # False when the same payload was already registered


def payload_text(payload: list[dict[str, Any]]) -> str:
    """The payload as the golden file and `--print` show it."""
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def payload_digest(payload: list[dict[str, Any]]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


class SyncState:
    """Digests of what was last registered, by application and target."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STATE_FILE

    def load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text()))
        except FileNotFoundError:
            return {}

    def remember(self, key: str, digest: str) -> None:
        state = self.load() | {key: digest}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")


async def sync_commands(
    settings: Settings, catalog: Catalog, *, guild_id: int | None = None, force: bool = False
) -> SyncOutcome:
    """Register the commands globally, or in one server (instant, for trying changes out)."""
    if settings.discord_token is None:
        raise ValueError("DISCORD_TOKEN is not set")
    point_rest_at(settings.discord_api_url)
    client = rest_only_client()
    tree = command_tree(client, catalog)
    guild = discord.Object(guild_id) if guild_id is not None else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    payload = await registration_payload(tree, guild)
    state = SyncState(settings.data_dir)
    async with client:
        await client.login(settings.discord_token.get_secret_value())
        assert client.application_id is not None  # login fetches the application
        key = f"{client.application_id}:{guild_id if guild_id is not None else 'global'}"
        digest = payload_digest(payload)
        if not force and state.load().get(key) == digest:
            return SyncOutcome(client.application_id, guild_id, len(payload), synced=False)
        await tree.sync(guild=guild)
        state.remember(key, digest)
        logger.info(
            "registered %s commands for %s (application %s)",
            len(payload),
            f"server {guild_id}" if guild_id is not None else "every server",
            client.application_id,
        )
        return SyncOutcome(client.application_id, guild_id, len(payload), synced=True)
