"""`jointclass run`: every configured adapter, the delivery worker and the scheduler, one loop.

Slack and Discord are served side by side from one process and one database; with no platform
credentials the console takes their place, so a newcomer always gets something to type into.
Several replicas may run on one PostgreSQL database: every replica serves Slack, and only the
holder of the leader lease (`bot.core.leadership`) fires reminders, sends the outbox and connects
to Discord. Services are long-running coroutines; when one fails the others are stopped and
the process exits non-zero, and SIGTERM/SIGINT drain the commands at work and stop them all
(`bot.cli.shutdown`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from bot.cli.shutdown import StopRequests, drain_on_request
from bot.core.bot_core import BotCore
from bot.core.leadership import LeaderLease, Leadership
from bot.core.settings import Settings
from bot.core.side_by_side import run_side_by_side

logger = logging.getLogger(__name__)

Service = Callable[[BotCore, Settings], Coroutine[Any, Any, None]]

# Run by the lease holder only. Discord hands a gateway interaction to every connected session
# of the bot, so two connected replicas would both answer it; a Slack request reaches one
# replica (the load balancer's pick, or one Socket Mode connection), so all of them serve Slack.
LEADER_ONLY = frozenset({"discord"})


def platform_services(settings: Settings) -> dict[str, Service]:
    """The adapters whose credentials are set, imported only when they are."""
    services: dict[str, Service] = {}
    if settings.slack_enabled:
        from bot.adapters.slack.bolt_app import serve_slack

        services["slack"] = serve_slack
    if settings.discord_enabled:
        from bot.adapters.discord.bot_client import serve_discord

        services["discord"] = serve_discord
    if services and not (settings.slack_enabled and settings.slack_app_token is None):
        from bot.adapters.health import serve_health  # Slack over HTTP serves them itself

        services["health"] = serve_health
    return services


async def run_services(core: BotCore, settings: Settings, services: dict[str, Service]) -> None:
    """Run the services and the leadership until one fails, or a stop signal arrives and the
    commands at work are drained."""
    leadership = Leadership(
        LeaderLease(core.sessions, settings.instance_id),
        take_over=core.lead,
        work=lambda: _leader_work(core, settings, services),
    )
    work = {
        name: serve(core, settings) for name, serve in services.items() if name not in LEADER_ONLY
    }
    stop = StopRequests(settings.shutdown_grace)
    stop.install()
    logger.info("running: %s as %s", ", ".join(sorted(services)), settings.instance_id)
    try:
        await run_side_by_side(
            work
            | {
                "inbox": core.inbox.serve(),
                "leadership": leadership.run(),
                "stop-signal": drain_on_request(core, stop),
            }
        )
    finally:
        stop.remove()


def _leader_work(
    core: BotCore, settings: Settings, services: dict[str, Service]
) -> dict[str, Coroutine[Any, Any, None]]:
    """Fresh coroutines for a term as leader: the core's loops and the leader-only services."""
    leader_only = {
        name: serve(core, settings) for name, serve in services.items() if name in LEADER_ONLY
    }
    return core.background_work() | leader_only
