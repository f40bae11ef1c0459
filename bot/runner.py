"""`jointclass run`: every configured adapter, the delivery worker and the scheduler, one loop.

Slack and Discord are served side by side from one process and one database; with no platform
credentials the console takes their place, so a newcomer always gets something to type into.
Services are long-running coroutines; when one fails the others are stopped and the process
exits non-zero, and SIGTERM/SIGINT stop them all cleanly.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable

from bot.core import BotCore
from bot.settings import Settings

logger = logging.getLogger(__name__)

Service = Callable[[BotCore, Settings], Awaitable[None]]


def platform_services(settings: Settings) -> dict[str, Service]:
    """The adapters whose credentials are set, imported only when they are."""
    services: dict[str, Service] = {}
    if settings.slack_enabled:
        from bot.adapters.slack_app import serve_slack

        services["slack"] = serve_slack
    if settings.discord_enabled:
        from bot.adapters.discord_client import serve_discord

        services["discord"] = serve_discord
    return services


async def run_services(core: BotCore, settings: Settings, services: dict[str, Service]) -> None:
    """Run the services and background work until one fails or a stop signal arrives."""
    work = {name: serve(core, settings) for name, serve in services.items()}
    work |= core.background_work()
    tasks = {asyncio.create_task(job, name=name) for name, job in work.items()}
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    stopper = asyncio.create_task(stop.wait(), name="stop-signal")
    logger.info("running: %s", ", ".join(sorted(services)))
    try:
        done, _ = await asyncio.wait({*tasks, stopper}, return_when=asyncio.FIRST_COMPLETED)
        for task in done - {stopper}:
            if task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        for task in {*tasks, stopper}:
            task.cancel()
        await asyncio.gather(*tasks, stopper, return_exceptions=True)
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
