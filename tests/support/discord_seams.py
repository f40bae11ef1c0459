"""The one place tests reach into discord.py internals, pinned to discord.py 2.7.

discord.py 2.7 opens the gateway at a fixed address (`DiscordWebSocket.DEFAULT_GATEWAY`; it
reads `GET /gateway/bot` only for sharding), so the fake gateway is reached by pointing that
class attribute at it. `Route.BASE`, which `DISCORD_API_URL` sets for the whole process, is put
back afterwards too. An upgrade past 2.7 must re-check both, hence the version check.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import discord
import yarl
from discord.gateway import DiscordWebSocket

assert discord.version_info[:2] == (2, 7), (
    "tests/support/discord_seams.py was checked against discord.py 2.7; re-check its seams"
)


@contextmanager
def discord_reaching(gateway_url: str) -> Iterator[None]:
    """Within the block the gateway is `gateway_url`; both addresses are restored after."""
    saved_gateway, saved_rest = DiscordWebSocket.DEFAULT_GATEWAY, discord.http.Route.BASE
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    try:
        yield
    finally:
        DiscordWebSocket.DEFAULT_GATEWAY = saved_gateway
        discord.http.Route.BASE = saved_rest
