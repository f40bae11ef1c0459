"""`/healthz` and `/readyz` over real HTTP: what a load balancer or a Kubernetes probe sees."""

import asyncio
import logging
import re
import socket

import aiohttp
from aiohttp import web
from sqlalchemy.ext.asyncio import create_async_engine

from bot.adapters.health import add_health_routes, serve_health
from storage.engine import create_engine

DATABASE_PASSWORD = "probe-s3cret-password"


async def get(url: str) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


async def serve_routes(engine, **options) -> tuple[web.AppRunner, str]:
    app = web.Application()
    add_health_routes(app, engine, **options)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_url(port: int) -> str:
    return f"postgresql+psycopg://jointclass:{DATABASE_PASSWORD}@127.0.0.1:{port}/jointclass"


async def test_the_standalone_service_answers_both_probes_on_the_configured_port(bot, caplog):
    caplog.set_level(logging.INFO, logger="bot.adapters.health")
    settings = bot.core.settings.model_copy(update={"port": 0})
    serving = asyncio.create_task(serve_health(bot.core, settings, host="127.0.0.1"))
    while not (listening := re.search(r"listening on 127\.0\.0\.1:(\d+)", caplog.text)):
        assert not serving.done(), serving
        await asyncio.sleep(0.01)
    base_url = f"http://127.0.0.1:{listening[1]}"
    try:
        assert await get(f"{base_url}/healthz") == (200, {"status": "ok"})
        assert await get(f"{base_url}/readyz") == (200, {"status": "ready", "database": "ok"})
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)


async def test_readyz_is_503_with_the_reason_when_nothing_listens_at_the_database():
    engine = create_engine(postgres_url(closed_port()))
    runner, base_url = await serve_routes(engine)
    try:
        status, body = await get(f"{base_url}/readyz")
        assert (status, body) == (
            503,
            {"status": "unavailable", "database": "unreachable (OperationalError)"},
        )
        assert await get(f"{base_url}/healthz") == (200, {"status": "ok"})  # alive, not ready
    finally:
        await runner.cleanup()
        await engine.dispose()


async def test_readyz_gives_up_on_a_database_that_never_answers():
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # accepts the connection, never says a word
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    engine = create_engine(postgres_url(server.sockets[0].getsockname()[1]))
    runner, base_url = await serve_routes(engine, timeout=0.3)
    try:
        status, body = await get(f"{base_url}/readyz")
        assert (status, body) == (
            503,
            {"status": "unavailable", "database": "no answer within 1.3 s"},
        )
    finally:
        await runner.cleanup()
        await engine.dispose()
        server.close()


async def test_readyz_stays_ready_while_commands_hold_every_pooled_connection(tmp_path):
    engine = create_async_engine(
        f"sqlite+aiosqlite:///{tmp_path}/busy.sqlite3", pool_size=1, max_overflow=0
    )
    runner, base_url = await serve_routes(engine, timeout=0.5)
    try:
        async with engine.connect():  # the whole pool, busy with a teacher's command
            assert await get(f"{base_url}/readyz") == (200, {"status": "ready", "database": "ok"})
    finally:
        await runner.cleanup()
        await engine.dispose()


async def test_readyz_is_503_while_another_process_holds_the_sqlite_write_lock(tmp_path):
    """An import (or any writer) holding SQLite's write lock longer than a command may wait:
    the replica cannot serve writing commands, so it leaves the rotation until the lock goes."""
    url = f"sqlite+aiosqlite:///{tmp_path}/locked.sqlite3"
    engine, other_writer = create_engine(url), create_engine(url)
    runner, base_url = await serve_routes(engine, timeout=0.3)
    try:
        async with other_writer.connect() as held:
            await held.exec_driver_sql("BEGIN IMMEDIATE")
            status, body = await get(f"{base_url}/readyz")
            assert status == 503
            assert body["database"] == "no write possible within 0.3 s (locked by another writer)"
            await held.exec_driver_sql("ROLLBACK")
        assert await get(f"{base_url}/readyz") == (200, {"status": "ready", "database": "ok"})
    finally:
        await runner.cleanup()
        await engine.dispose()
        await other_writer.dispose()


async def test_readyz_is_503_once_the_process_is_shutting_down(tmp_path):
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/stopping.sqlite3")
    stopping = False
    runner, base_url = await serve_routes(engine, stopping=lambda: stopping)
    try:
        assert (await get(f"{base_url}/readyz"))[0] == 200
        stopping = True
        assert await get(f"{base_url}/readyz") == (503, {"status": "stopping"})
    finally:
        await runner.cleanup()
        await engine.dispose()
