"""Load through the real HTTP stack: `python -m benchmarks.http_load [--teachers 200]`.

The bot runs as it is deployed, `python -m bot run` in its own process (Slack in HTTP mode,
delivery worker and scheduler included), on a SQLite file by default or `--database-url`
(an empty PostgreSQL database). A local fake of Slack (tests/support/fake_slack_api.py), in
this process, receives every response_url post and Web API call. The database is seeded the
way teachers fill it: the Seoul program's survey imported as the catalog `find` searches,
and every simulated teacher registers a school, pairs with a partner school and books a
session where the two have a time in common.

Each simulated teacher then sends correctly signed `/exchange` slash commands (help, whoami,
find, school show, time, sessions, partners) one after another, waiting for the reply
before typing the next, all teachers at once. Measured: throughput, the ack latency (the
HTTP answer Slack needs within 3 s), the end-to-end latency (until the reply reaches
response_url) and errors: a non-200 or non-empty ack, a reply that never comes, or a
reply marked as an error. The reference is a minimal Bolt app whose only listener acks,
signed and served the same way, driven by the same teachers twice: flat out (the capacity
the bot's throughput is set against) and paced at the bot's measured throughput (so that
ack latencies are compared at equal load). While the bot is loaded, its `/readyz` is asked
twice a second, as a load balancer would, to show whether it would stay in rotation.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import secrets
import socket
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from benchmarks.survey_generator import survey_csv, survey_rows
from benchmarks.tables import percentile, print_table
from bot.adapters.slack.render import ERROR_MARK
from bot.adapters.testing import RecordingMessenger
from bot.bootstrap import build_bot
from bot.core.bot_core import BotCore
from bot.core.identity import Actor
from bot.core.settings import Settings
from bot.schools.survey_import import import_survey
from tests.support.fake_slack_api import FakeSlackApi
from tests.support.slack_requests import SlackRequests, SlackUser

ROOT = Path(__file__).resolve().parents[1]
TEAM = "T0LOAD"
PROGRAM = "Seoul IJC load test"
COMMANDS = (
    "help",
    "whoami",
    "find",
    "find language=en limit=5",
    "school show {partner}",
    "school show",
    "time Tue 15:00",
    "sessions",
    "partners",
)
REPLY_TIMEOUT = 30.0  # seconds a teacher waits for an answer before counting it missing
START_TIMEOUT = 60.0
# seconds a server gets to exit after SIGTERM: the bot's shutdown grace (20 s) and a margin;
# past it the benchmark kills the server and says so, instead of waiting on it for good
STOP_TIMEOUT = 30.0
PROBE_EVERY = 0.5  # seconds between readiness probes during the load
# Credentials in the caller's environment that would change what the servers run.
OTHER_CREDENTIALS = ("SLACK_APP_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "DISCORD_TOKEN")


@dataclass(frozen=True)
class Teacher:
    user: SlackUser
    school_id: str
    partner_id: str

    def command(self, number: int) -> str:
        return COMMANDS[number % len(COMMANDS)].format(partner=self.partner_id)


@dataclass
class LoadResult:
    app: str
    teachers: int
    elapsed: float = 0.0
    ack: list[float] = field(default_factory=list)
    end_to_end: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    by_command: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    readiness: list[tuple[int, float]] = field(default_factory=list)  # /readyz status, seconds
    stop: Stopped | None = None  # how its server ended after the load

    @property
    def requests(self) -> int:
        return len(self.ack) + self.errors["connection"]

    @property
    def throughput(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0

    def row(self) -> dict[str, object]:
        replies = self.end_to_end
        return {
            "app": self.app,
            "teachers": self.teachers,
            "requests": self.requests,
            "seconds": self.elapsed,
            "req/s": self.throughput,
            "ack p50 ms": percentile(self.ack, 50) * 1000,
            "ack p99 ms": percentile(self.ack, 99) * 1000,
            "reply p50 ms": percentile(replies, 50) * 1000 if replies else "-",
            "reply p99 ms": percentile(replies, 99) * 1000 if replies else "-",
            "errors": sum(self.errors.values()),
        }


@dataclass
class TimedSlackApi(FakeSlackApi):
    """The fake Slack, telling the teacher waiting on a response URL the moment it is posted."""

    waiting: dict[str, asyncio.Future[tuple[float, dict[str, Any]]]] = field(default_factory=dict)

    def expect(self, key: str) -> asyncio.Future[tuple[float, dict[str, Any]]]:
        self.waiting[key] = asyncio.get_running_loop().create_future()
        return self.waiting[key]

    async def _respond(self, request: web.Request) -> web.Response:
        arrived = time.perf_counter()
        answer = await super()._respond(request)
        future = self.waiting.pop(request.match_info["key"], None)
        if future is not None and not future.done():
            future.set_result((arrived, await request.json()))  # aiohttp keeps the body
        return answer


# --- seeding


async def seed(settings: Settings, database_url: str, teachers: int) -> list[Teacher]:
    """The catalog and `teachers` Slack teachers with schools, partners and sessions."""
    core = await build_bot(settings, database_url=database_url)
    core.add_messenger("slack", RecordingMessenger())  # notifications of seeding: not measured
    try:
        catalog = list(survey_rows())
        await import_survey(core, survey_csv(catalog), PROGRAM)
        half = teachers // 2
        rows = list(survey_rows(scale=1 + teachers / 300, seed=teachers))
        homes = [r for r in rows if r["side"] == "home"][:half]
        partners = [r for r in rows if r["side"] == "partner"][:half]
        users = [SlackUser(f"U0T{n:05d}", f"teacher{n}", TEAM) for n in range(2 * half)]
        schools = [
            await _register(core, user, row)
            for user, row in zip(users, homes + partners, strict=True)
        ]
        booked = 0
        for home, partner in zip(range(half), range(half, 2 * half), strict=True):
            await _ok(core, users[home], f"request {schools[partner]}")
            await _ok(core, users[partner], "accept")
            booked += await _book_a_session(core, users[home], users[partner])
        print(
            f"Seeded {len(users)} teachers' schools (and a catalog of {len(catalog)}), "
            f"{half} partnerships, {booked} booked sessions."
        )
        while await core.delivery.deliver_due():
            pass
    finally:
        await core.close()
    return [
        Teacher(user, schools[n], schools[(n + half) % len(users)]) for n, user in enumerate(users)
    ]


def _actor(user: SlackUser) -> Actor:
    return Actor("slack", user.team_id, user.user_id, user.name)


async def _ok(core: BotCore, user: SlackUser, line: str) -> dict[str, Any]:
    reply = await core.handle_text(_actor(user), line)
    if not reply.ok:
        raise RuntimeError(f"seeding failed at `{line}`: {reply.text}")
    return reply.data


async def _register(core: BotCore, user: SlackUser, row: dict[str, str]) -> str:
    """A school of its own for the teacher: named apart from the imported catalog's, which
    registering would otherwise point the teacher to (`school join`)."""
    languages = ",".join(dict.fromkeys([*row["languages"].split(","), "en"]))
    line = (
        f'school register "{row["name"]} ({user.name})" country={row["country"]} '
        f'city="{row["city"]}" '
        f"timezone={row['timezone']} level={row['level']} grades={row['grades']} "
        f"languages={languages} topics={row['topics']} quota={row['quota']} "
        f'class_hours="{row["class_hours"]}"'
    )
    if row["after_school_hours"]:
        line += f' after_school_hours="{row["after_school_hours"]}"'
    return str((await _ok(core, user, line))["school"]["id"])


async def _book_a_session(core: BotCore, home: SlackUser, partner: SlackUser) -> bool:
    """Pairs far apart may share no school hours: they stay without a session, as in life."""
    proposal = await core.handle_text(_actor(home), "propose count=1")
    if proposal.ok:
        await _ok(core, home, "book 1")
        await _ok(core, partner, "confirm")
    return proposal.ok


# --- the servers, each in its own process


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    base_url: str
    stop: Stopped | None = None  # set when the block ends


@dataclass(frozen=True)
class Stopped:
    seconds: float  # from SIGTERM to the exit, or to the kill
    exit_code: int | None
    killed: bool  # it outlived STOP_TIMEOUT

    def describe(self, app: str) -> str:
        if self.killed:
            return f"{app}: did not stop within {STOP_TIMEOUT:g} s of SIGTERM; killed"
        return f"{app}: stopped {self.seconds:.2f} s after SIGTERM, exit code {self.exit_code}"


@asynccontextmanager
async def serving(command: list[str], env: dict[str, str]) -> AsyncIterator[Server]:
    """A server process on a free port, from when it answers HTTP until the block ends; then
    SIGTERM, and a kill if it has not exited within STOP_TIMEOUT."""
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        *command, env={**env, "PORT": str(port)}, cwd=env["JOINTCLASS_DATA_DIR"]
    )
    server = Server(f"http://127.0.0.1:{port}")
    try:
        await _answering(server.base_url, process)
        yield server
    finally:
        server.stop = await _stop(process)


async def _stop(process: asyncio.subprocess.Process) -> Stopped:
    began = time.monotonic()
    if process.returncode is None:
        process.terminate()
    try:
        async with asyncio.timeout(STOP_TIMEOUT):
            await process.wait()
    except TimeoutError:
        process.kill()
        await process.wait()
        return Stopped(time.monotonic() - began, process.returncode, killed=True)
    return Stopped(time.monotonic() - began, process.returncode, killed=False)


async def _answering(base_url: str, process: asyncio.subprocess.Process) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    async with aiohttp.ClientSession() as session:
        while True:
            if process.returncode is not None:
                raise RuntimeError(f"the server exited with {process.returncode}")
            try:
                async with session.get(base_url):
                    return
            except aiohttp.ClientConnectionError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.1)


async def serve_reference() -> None:
    """A Bolt app whose only listener acks: signed and served as the bot's adapter is."""
    from slack_bolt.async_app import AsyncAck, AsyncApp

    from bot.adapters.slack.manifest import COMMAND, EVENTS_PATH
    from bot.adapters.slack.web_api import web_client

    settings = Settings()
    assert settings.slack_signing_secret and settings.slack_bot_token
    token = settings.slack_bot_token.get_secret_value()
    app = AsyncApp(
        name="reference",
        signing_secret=settings.slack_signing_secret.get_secret_value(),
        client=web_client(settings, token),
    )

    @app.command(COMMAND)
    async def acknowledge(ack: AsyncAck) -> None:
        await ack()

    runner = web.AppRunner(app.web_app(path=EVENTS_PATH, port=settings.port))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", settings.port).start()
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


# --- the load


async def drive(
    app: str,
    base_url: str,
    signing_secret: str,
    api: TimedSlackApi,
    teachers: list[Teacher],
    total: int,
    *,
    replies_expected: bool,
    rate: float | None = None,
) -> LoadResult:
    """All teachers at once, each sending its next command when the last one is answered
    (its reply, or only the ack where no reply comes); at most `rate` commands a second."""
    result = LoadResult(app, len(teachers))
    numbers = itertools.count()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        requests = SlackRequests(session, base_url, signing_secret)
        started = time.perf_counter()

        async def teacher_at_work(teacher: Teacher) -> None:
            while (number := next(numbers)) < total:
                if rate:
                    await asyncio.sleep(started + number / rate - time.perf_counter())
                command = teacher.command(number)
                key = f"{app}-{number}"
                replied = api.expect(key) if replies_expected else None
                sent = time.perf_counter()
                try:
                    answer = await requests.slash_command(
                        teacher.user, command, response_url=api.response_url(key)
                    )
                except aiohttp.ClientError:
                    result.errors["connection"] += 1
                    continue
                result.ack.append(time.perf_counter() - sent)
                if (answer.status, answer.body) != (200, ""):
                    result.errors[f"ack {answer.status}"] += 1
                if replied is None:
                    continue
                try:
                    arrived, message = await asyncio.wait_for(replied, REPLY_TIMEOUT)
                except TimeoutError:
                    result.errors["no reply"] += 1
                    continue
                result.end_to_end.append(arrived - sent)
                result.by_command[command.split()[0]].append(arrived - sent)
                if message.get("text", "").startswith(ERROR_MARK):
                    result.errors[f"error reply to `{command}`"] += 1

        await asyncio.gather(*(teacher_at_work(teacher) for teacher in teachers))
        result.elapsed = time.perf_counter() - started
    return result


async def probe_readiness(url: str, done: asyncio.Event) -> list[tuple[int, float]]:
    """`/readyz` twice a second, as a load balancer asks it, until `done`."""
    probes = []
    async with aiohttp.ClientSession() as session:
        while not done.is_set():
            sent = time.perf_counter()
            async with session.get(url) as response:
                probes.append((response.status, time.perf_counter() - sent))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), PROBE_EVERY)
    return probes


async def run_benchmark(
    teachers: int, requests: int, database_url: str | None = None
) -> list[LoadResult]:
    """Seed, then load the bot, the reference flat out, and the reference at the bot's pace."""
    api = TimedSlackApi()
    await api.start()
    try:
        with tempfile.TemporaryDirectory(prefix="jointclass-load-") as directory:
            signing_secret = secrets.token_hex(16)
            bot_token = f"xoxb-load-{secrets.token_hex(8)}"
            api.add_workspace(TEAM, bot_token)
            configured = {
                "JOINTCLASS_DATA_DIR": directory,
                "DATABASE_URL": database_url or f"sqlite+aiosqlite:///{directory}/load.sqlite3",
                "JOINTCLASS_PROGRAM": PROGRAM,
                "JOINTCLASS_COORDINATORS": "",
                "SLACK_SIGNING_SECRET": signing_secret,
                "SLACK_BOT_TOKEN": bot_token,
                "SLACK_API_URL": api.api_url,
                "LOG_LEVEL": "WARNING",
            }
            env = {**os.environ, "PYTHONPATH": str(ROOT), **configured}
            for other in OTHER_CREDENTIALS:
                env.pop(other, None)
            settings = Settings(_env_file=None, **configured)  # type: ignore[call-arg]
            seeded = await seed(settings, configured["DATABASE_URL"], teachers)

            reference = [sys.executable, "-m", "benchmarks.http_load", "--serve-reference"]
            async with serving([sys.executable, "-m", "bot", "run"], env) as server:
                base_url = server.base_url
                loaded = asyncio.Event()
                probing = asyncio.create_task(probe_readiness(f"{base_url}/readyz", loaded))
                bot = await drive(
                    "bot", base_url, signing_secret, api, seeded, requests, replies_expected=True
                )
                loaded.set()
                bot.readiness = await probing
            bot.stop = server.stop
            async with serving(reference, env) as server:
                base_url = server.base_url
                flat_out = await drive(
                    "reference",
                    base_url,
                    signing_secret,
                    api,
                    seeded,
                    requests,
                    replies_expected=False,
                )
                paced = await drive(
                    "reference at the bot's pace",
                    base_url,
                    signing_secret,
                    api,
                    seeded,
                    requests,
                    replies_expected=False,
                    rate=bot.throughput,
                )
    finally:
        await api.close()
    return [bot, flat_out, paced]


def ratios(bot: LoadResult, flat_out: LoadResult, paced: LoadResult) -> dict[str, object]:
    """Throughput against the bare app's capacity; acks against the bare app at equal load."""

    def ratio(mine: float, theirs: float) -> str:
        return f"{mine / theirs:.2f}x" if theirs else "-"

    return {
        "throughput / flat out": ratio(bot.throughput, flat_out.throughput),
        "ack p50 / paced": ratio(percentile(bot.ack, 50), percentile(paced.ack, 50)),
        "ack p99 / paced": ratio(percentile(bot.ack, 99), percentile(paced.ack, 99)),
    }


def readiness(result: LoadResult) -> dict[str, object]:
    latencies = [seconds for _, seconds in result.readiness]
    return {
        "probes": len(latencies),
        "not ready": sum(status != 200 for status, _ in result.readiness),
        "p50 ms": percentile(latencies, 50) * 1000,
        "p99 ms": percentile(latencies, 99) * 1000,
        "max ms": max(latencies, default=0.0) * 1000,
    }


def by_command(result: LoadResult) -> list[dict[str, object]]:
    return [
        {
            "command": command,
            "replies": len(latencies),
            "p50 ms": percentile(latencies, 50) * 1000,
            "p99 ms": percentile(latencies, 99) * 1000,
        }
        for command, latencies in sorted(result.by_command.items())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.http_load",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--teachers", type=int, default=200, help="concurrent teachers (200)")
    parser.add_argument("--requests", type=int, help="slash commands in all (10 per teacher)")
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: SQLite)")
    parser.add_argument("--serve-reference", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_reference:
        asyncio.run(serve_reference())
        return 0
    if args.teachers < 2 or args.teachers % 2:
        parser.error("--teachers: an even number, at least 2 (teachers pair up)")
    total = args.requests or 10 * args.teachers
    results = asyncio.run(run_benchmark(args.teachers, total, args.database_url))
    backend = "PostgreSQL" if args.database_url else "SQLite file"
    print_table(
        f"Signed /exchange slash commands over HTTP on loopback ({backend})",
        [result.row() for result in results],
    )
    print_table("bot against the ack-only Bolt app", [ratios(*results)])
    print_table("bot: reply latency by command", by_command(results[0]))
    print_table("bot: /readyz while under that load", [readiness(results[0])])
    for result in results:
        for error, count in result.errors.most_common():
            print(f"  {result.app}: {count} x {error}")
    bot_stop = results[0].stop
    if bot_stop is not None:
        print(bot_stop.describe("bot"))
    killed = bot_stop is not None and bot_stop.killed
    return 1 if killed or any(result.errors for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
