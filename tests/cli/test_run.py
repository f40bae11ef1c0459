"""The long-running process: services share one loop and stop together."""

import asyncio
import os
import signal

import pytest
from sqlmodel import select

from bot.adapters.testing import TestBot
from bot.cli.run import platform_services, run_services
from bot.cli.shutdown import StopRequests
from bot.core.inbox import CommandInbox, Delivery, Typed
from bot.core.settings import Settings
from storage.engine import MEMORY_URL
from storage.models import InboxCommand


@pytest.fixture(autouse=True)
def watchdog_fired(monkeypatch) -> list[float]:
    """The shutdown's watchdog exits the process when the grace is over; here it only notes
    that it would have (a slow test machine must not end the test run)."""
    fired: list[float] = []
    monkeypatch.setattr("bot.cli.shutdown._exit_now", fired.append)
    return fired


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


@pytest.mark.parametrize(
    ("credentials", "services"),
    [
        ({"DISCORD_TOKEN": "x"}, {"discord", "health"}),
        ({"SLACK_BOT_TOKEN": "x", "SLACK_SIGNING_SECRET": "y"}, {"slack"}),  # HTTP: its own
        (
            {"SLACK_BOT_TOKEN": "x", "SLACK_SIGNING_SECRET": "y", "SLACK_APP_TOKEN": "z"},
            {"slack", "health"},
        ),
    ],
)
def test_health_endpoints_are_served_wherever_slack_http_does_not_serve_them(credentials, services):
    assert set(platform_services(Settings(_env_file=None, **credentials))) == services


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


async def test_discord_runs_on_one_replica_at_a_time_and_moves_when_the_leader_stops(
    running_bot,
):
    """Two replicas on one database: Slack on both, Discord only on the lease holder."""
    url = running_bot.core.engine.url.render_as_string(hide_password=False)
    follower = await TestBot.start(database_url=url, JOINTCLASS_INSTANCE_ID="replica-b")
    serving: dict[str, list[str]] = {"slack": [], "discord": []}
    moved = asyncio.Event()

    def service(platform):
        async def serve(core, settings):
            serving[platform].append(settings.instance_id)
            if len(serving["discord"]) == 2:
                moved.set()
            await asyncio.Event().wait()

        return serve

    services = {"slack": service("slack"), "discord": service("discord")}
    replicas = {}
    for bot in (running_bot, follower):
        replicas[bot.core.settings.instance_id] = asyncio.create_task(
            run_services(bot.core, bot.core.settings, services)
        )
        await asyncio.wait_for(until(lambda: serving["discord"]), 10)
    await asyncio.wait_for(until(lambda: len(serving["slack"]) == 2), 10)
    assert len(serving["discord"]) == 1
    leader = serving["discord"][0]
    replicas[leader].cancel()  # a clean stop releases the lease
    await asyncio.gather(replicas[leader], return_exceptions=True)
    await asyncio.wait_for(moved.wait(), 15)  # the follower's next claim, at most 5 s later
    assert serving["discord"][1] != leader
    for task in replicas.values():
        task.cancel()
    await asyncio.gather(*replicas.values(), return_exceptions=True)
    await follower.close()


async def until(condition):
    while not condition():
        await asyncio.sleep(0.01)


async def slow_command(bot, key: str, release: asyncio.Event) -> asyncio.Task:
    """A command taken (written to the inbox) and still at work until `release` is set."""
    inbox = bot.core.inbox
    received = await inbox.receive(Delivery(key, bot.actor("alice"), None, Typed("whoami")))

    async def work() -> None:
        await release.wait()
        await inbox.carry_out_and_answer(received, Answers().answer_now)

    return asyncio.ensure_future(inbox.work_on(received, work()))


async def until_stopped(bot, *, grace: float, signals: int = 1, after: float = 0.1) -> float:
    """Run the services with `grace`, send SIGTERM `signals` times; seconds until they stopped."""
    settings = bot.core.settings.model_copy(update={"shutdown_grace": grace})
    loop = asyncio.get_running_loop()

    async def terminate() -> None:
        await asyncio.sleep(after)
        for _ in range(signals):
            os.kill(os.getpid(), signal.SIGTERM)
            await asyncio.sleep(0.05)

    killer = asyncio.create_task(terminate())
    began = loop.time()
    await asyncio.wait_for(run_services(bot.core, settings, {}), grace + 10)
    await killer
    return loop.time() - began - after


async def statuses(bot) -> dict[str, str]:
    async with bot.core.sessions() as db:
        rows = (await db.exec(select(InboxCommand))).all()
    return {row.interaction: row.status for row in rows}


async def test_sigterm_lets_a_command_at_work_finish_and_answer_before_stopping(running_bot):
    release = asyncio.Event()
    working = await slow_command(running_bot, "slow", release)
    asyncio.get_running_loop().call_later(0.5, release.set)
    took = await until_stopped(running_bot, grace=20)
    assert working.done() and 0.3 < took < 10
    assert await statuses(running_bot) == {"slow": "answered"}


async def test_a_command_still_at_work_when_the_grace_runs_out_stays_in_the_inbox(running_bot):
    working = await slow_command(running_bot, "stuck", asyncio.Event())
    took = await until_stopped(running_bot, grace=2)
    assert working.done() and took < 6
    assert await statuses(running_bot) == {"stuck": "received"}
    nextone = CommandInbox(
        running_bot.core.sessions,
        running_bot.core.transactions,
        running_bot.core.dispatcher,
        running_bot.clock,
        "the-next-process",
    )
    nextone.add_responder("test", Answers())
    assert await nextone.take_over() == 1  # released at the shutdown: no claim to wait out


async def test_a_second_sigterm_stops_at_once(running_bot):
    working = await slow_command(running_bot, "stuck", asyncio.Event())
    took = await until_stopped(running_bot, grace=30, signals=2)
    assert working.done() and took < 5
    assert await statuses(running_bot) == {"stuck": "received"}


class Answers:
    """A platform that takes every answer."""

    async def can_answer(self, command, age):
        return True

    async def answer(self, command, reply):
        return None

    async def answer_now(self, reply):
        return None


async def test_a_stop_signal_bounds_the_whole_exit_not_only_the_services(watchdog_fired):
    """Once the services stopped, the interpreter still waits at exit for every non-daemon
    thread (an async SQLite connection left open has one): the watchdog armed by SIGTERM
    stays armed through that, so the process is gone within the grace whatever lingers."""
    stop = StopRequests(grace=0.5)
    stop.install()
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(stop.asked.wait(), 5)
    stop.remove()  # the services are done, the process is on its way out
    await asyncio.sleep(1.5)
    assert watchdog_fired == [0.5]
