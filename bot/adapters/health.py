"""`/healthz` and `/readyz` for load balancers and orchestrators (Kubernetes probes).

`/healthz` answers as long as the event loop does, so a wedged process gets restarted;
`/readyz` also asks the database to take a write, so a replica that cannot reach it, or whose
SQLite file is locked by another writer for longer than a command should wait, is taken out of
rotation instead of answering teachers with errors; it is also not ready while the process is
shutting down. The Slack HTTP server carries both next to
`/slack/events`; a process without one (Discord only, Socket Mode) serves them alone with
`serve_health`. Answers never carry connection details: the reason is the kind of failure,
the details go to the (redacted) log.

The readiness check opens a connection of its own instead of borrowing one from the pool. A
replica whose pool is taken up by teachers' commands is busy, not broken: were it reported
unready, the load balancer would move its load onto the others, which would then fail the
same check in turn (benchmarks/http_load.py shows such pools waiting for seconds).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiohttp import web
from sqlalchemy.exc import OperationalError

from bot.core.bot_core import BotCore
from bot.core.settings import Settings
from storage.engine import Engine, take_a_write, unpooled

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
READY_TIMEOUT = 2.0  # seconds the database gets to take a write; probes should allow more
CONNECT_ALLOWANCE = 1.0  # seconds more for connecting, so a lock held throughout says so


def add_health_routes(
    app: web.Application,
    engine: Engine,
    *,
    timeout: float = READY_TIMEOUT,
    stopping: Callable[[], bool] = lambda: False,
) -> None:
    """Route `/healthz` and `/readyz` on `app`, the readiness check asking `engine`'s database
    (and `stopping`, whether the process is shutting down)."""
    own_connections = unpooled(engine)

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(_request: web.Request) -> web.Response:
        if stopping():
            return web.json_response({"status": "stopping"}, status=503)
        problem = await database_problem(own_connections, timeout)
        if problem is None:
            return web.json_response({"status": "ready", "database": "ok"})
        return web.json_response({"status": "unavailable", "database": problem}, status=503)

    async def dispose(_app: web.Application) -> None:
        await own_connections.dispose()

    app.router.add_get(HEALTH_PATH, healthz)
    app.router.add_get(READY_PATH, readyz)
    app.on_cleanup.append(dispose)


async def database_problem(engine: Engine, timeout: float) -> str | None:
    """None when the database takes a write within `timeout`, else what went wrong,
    secret-free."""
    try:
        async with asyncio.timeout(timeout + CONNECT_ALLOWANCE):
            await take_a_write(engine, timeout)
    except TimeoutError:
        waited = timeout + CONNECT_ALLOWANCE
        logger.warning("readiness: the database did not answer within %s s", waited)
        return f"no answer within {waited:g} s"
    except OperationalError as error:
        if _locked(error):
            logger.warning("readiness: another writer held the database for %s s", timeout)
            return f"no write possible within {timeout:g} s (locked by another writer)"
        logger.warning("readiness: the database is unreachable: %s", error)
        return f"unreachable ({type(error).__name__})"
    except Exception as error:
        logger.warning("readiness: the database is unreachable: %s", error)
        return f"unreachable ({type(error).__name__})"
    return None


def _locked(error: OperationalError) -> bool:
    return "database is locked" in str(error.orig)


async def serve_health(core: BotCore, settings: Settings, *, host: str = "0.0.0.0") -> None:
    """Serve only the health endpoints on PORT until cancelled (no Slack HTTP server here)."""
    app = web.Application()
    add_health_routes(app, core.engine, stopping=lambda: not core.inbox.accepting)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, settings.port).start()
        logger.info("health endpoints listening on %s:%s", host, runner.addresses[0][1])
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
