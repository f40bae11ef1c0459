"""The long-running process: services share one loop and stop together."""

import asyncio
import os
import signal

import pytest

from bot.adapters.testing import TestBot
from bot.runner import platform_services, run_services
from bot.settings import Settings
from storage.engine import MEMORY_URL


@pytest.fixture
async def running_bot(database_url, tmp_path):
    """Background loops run concurrently, as in `jointclass run`: so a real database file
    (the in-memory one shares a single connection, which concurrent loops must not)."""
    url = f"sqlite:///{tmp_path}/bot.sqlite3" if database_url == MEMORY_URL else database_url
    bot = await TestBot.start(database_url=url)
    yield bot
    await bot.close()


def test_no_credentials_means_no_platform_services():
    assert platform_services(Settings(_env_file=None)) == {}


async def test_a_failing_service_stops_the_others_and_is_reported(running_bot):
    bot = running_bot
    stopped = asyncio.Event()

    async def steady(core, settings):
        try:
            await asyncio.Event().wait()
        finally:
            stopped.set()

    async def broken(core, settings):
        raise RuntimeError("port in use")

    with pytest.raises(RuntimeError, match="port in use"):
        await run_services(bot.core, bot.core.settings, {"a": steady, "b": broken})
    assert stopped.is_set()


async def test_sigterm_stops_every_service_cleanly(running_bot):
    bot = running_bot
    started = asyncio.Event()

    async def service(core, settings):
        started.set()
        await asyncio.Event().wait()

    async def terminate_soon():
        await started.wait()
        os.kill(os.getpid(), signal.SIGTERM)

    killer = asyncio.create_task(terminate_soon())
    await asyncio.wait_for(run_services(bot.core, bot.core.settings, {"svc": service}), 10)
    await killer
