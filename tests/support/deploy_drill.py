"""The deploy drill: bursts of signed Slack commands into a real `jointclass run`, stopped at a
random moment with SIGTERM (a rolling deploy) or SIGKILL (a crash), restarted, again and again.

At the end every command the bot acknowledged must have been answered exactly once, at its
response_url, and every command with an effect (each registers a school of its own) must have
had it once; every SIGTERM must have ended the process within the grace. A command the bot did
not acknowledge (the connection refused or cut by the stop) is the platform's to report: it is
counted apart, and must not have been answered twice either. The process keeps its
`JOINTCLASS_INSTANCE_ID` across restarts, as a pod does, so each restart takes back at once what
the last one left. Used by `tests/system/test_deploys.py` and `python -m benchmarks.deploys`.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from tests.support.fake_slack_api import FakeSlackApi
from tests.support.replica_drill import free_port
from tests.support.slack_requests import SlackRequests, SlackUser

TEAM = "T0DEPLOY"
TOKEN = "xoxb-deploy-drill"
SECRET = "deploy-drill-signing-secret"
INSTANCE = "deploy-drill"  # one pod, restarted: its id stays
READ_ONLY = ("help", "whoami", "find limit=3", "school list", "time Tue 15:00")
UNEXPECTED = "something went wrong on our side"  # the generic reply to a failure, with its id
START_LIMIT = 90.0  # seconds a start may take on a busy machine
RESENT = "its process died sending the answer; sent again"  # the bot's log line
SETTLE_LIMIT = 120.0  # seconds the last process gets to answer what is left


@dataclass(frozen=True)
class Command:
    key: str  # its response_url key at the fake Slack
    user: SlackUser
    line: str
    registers: str | None  # the school it registers, if it is one that does
    burst: int  # the burst it came in: the stop that came in the middle of it is stops[burst]


@dataclass
class Stop:
    signal: str  # "SIGTERM" or "SIGKILL"
    seconds: float  # from the signal to the process's end
    exit_code: int | None


@dataclass
class DeployResult:
    backend: str
    grace: float
    commands: list[Command] = field(default_factory=list)
    acked: set[str] = field(default_factory=set)
    stops: list[Stop] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)  # answers per command key
    errors: Counter[str] = field(default_factory=Counter)  # answers saying something failed
    schools: Counter[str] = field(default_factory=Counter)  # registered, by name
    # answers a restart sent again: its process was stopped between marking the answer on its
    # way and marking it answered, so it may or may not have arrived (the bot's log says so)
    resent: int = 0

    @property
    def kills(self) -> int:
        return len(self.stops)

    def count(self, signal_name: str) -> int:
        return sum(stop.signal == signal_name for stop in self.stops)

    @property
    def answered_once(self) -> int:
        return sum(self.answers[key] == 1 for key in self.acked)

    @property
    def lost(self) -> int:
        return sum(self.answers[key] == 0 for key in self.acked)

    @property
    def answered_twice(self) -> int:
        return sum(self.answers[command.key] > 1 for command in self.commands)

    def answered_twice_after(self, signal_name: str) -> int:
        """Commands answered twice whose burst was stopped by `signal_name`."""
        return sum(
            self.answers[command.key] > 1
            for command in self.commands
            if command.burst < len(self.stops) and self.stops[command.burst].signal == signal_name
        )

    @property
    def unacked_answered(self) -> int:
        return sum(1 for c in self.commands if c.key not in self.acked and self.answers[c.key])

    @property
    def effects_twice(self) -> int:
        return sum(count > 1 for count in self.schools.values())

    @property
    def effects_missing(self) -> int:
        acked = {c.registers for c in self.commands if c.registers and c.key in self.acked}
        return sum(1 for name in acked if not self.schools[name])

    @property
    def longest_sigterm(self) -> float:
        return max((s.seconds for s in self.stops if s.signal == "SIGTERM"), default=0.0)

    @property
    def late_sigterms(self) -> int:
        """SIGTERMs the process outlived the grace after, or did not exit 0 on."""
        return sum(
            1
            for stop in self.stops
            if stop.signal == "SIGTERM" and (stop.seconds > self.grace or stop.exit_code != 0)
        )

    def summary(self) -> str:
        return (
            f"{self.backend}: {self.kills} stops ({self.count('SIGTERM')} SIGTERM, "
            f"{self.count('SIGKILL')} SIGKILL), {len(self.commands)} commands, "
            f"{len(self.acked)} acknowledged: {self.answered_once} answered once, "
            f"{self.lost} lost, {self.answered_twice} answered twice "
            f"({self.answered_twice_after('SIGKILL')} in bursts stopped by SIGKILL, "
            f"{self.answered_twice_after('SIGTERM')} by SIGTERM; {self.resent} answers re-sent "
            "by a restart, their process stopped between the marks 'answering' and "
            "'answered'), "
            f"{self.sum_errors()} error replies; effects twice {self.effects_twice}, "
            f"missing {self.effects_missing}; longest SIGTERM {self.longest_sigterm:.2f} s "
            f"(grace {self.grace:g} s, {self.late_sigterms} late)"
        )

    def sum_errors(self) -> int:
        return sum(self.errors.values())


class DeployDrill:
    def __init__(
        self,
        backend: str,
        database_url: str,
        workdir: Path,
        *,
        grace: float = 5.0,
        burst: int = 20,
        kill_window: float = 1.5,
        seed: int = 2027,
        log_level: str = "WARNING",
    ) -> None:
        self.result = DeployResult(backend, grace)
        self.database_url = database_url
        self.workdir = workdir
        self.grace = grace
        self.burst = burst
        self.kill_window = kill_window
        self.rng = random.Random(seed)
        self.log_level = log_level  # of the bot's log, `bot.log` in `workdir`
        self.slack = FakeSlackApi()
        self._numbers = itertools.count(1)
        self._bursts = itertools.count(0)
        self._burst = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._port = 0

    async def run(self, kills: int, minutes: float | None = None) -> DeployResult:
        """`kills` stops, or as many as `minutes` allow, then one last start that answers what
        is left."""
        deadline = time.monotonic() + minutes * 60 if minutes is not None else None
        await self.slack.start()
        self.slack.add_workspace(TEAM, TOKEN)
        try:
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
                for _ in range(kills):
                    if deadline is not None and time.monotonic() > deadline:
                        break
                    await self._start()
                    await self._burst_and_stop(session)
                await self._start()  # the last one answers what is left, then stops cleanly
                await self._until_answered()
                await self._stop(signal.SIGTERM)
            self._collect()
        finally:
            if self._process is not None and self._process.poll() is None:
                self._process.kill()
                self._process.wait()
            await self.slack.close()
        return self.result

    async def _start(self) -> None:
        self._port = free_port()
        log = (self.workdir / "bot.log").open("ab")
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("SLACK_", "DISCORD_", "JOINTCLASS_", "DATABASE_URL"))
        } | {
            "DATABASE_URL": self.database_url,
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": self.slack.api_url,
            "PORT": str(self._port),
            "JOINTCLASS_INSTANCE_ID": INSTANCE,
            "JOINTCLASS_SHUTDOWN_GRACE": str(self.grace),
            "JOINTCLASS_PROGRAM": "Deploy drill",
            "JOINTCLASS_COORDINATORS": "",
            "JOINTCLASS_DATA_DIR": str(self.workdir),
            "LOG_LEVEL": self.log_level,
        }
        with log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=self.workdir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        await self._until_serving()

    async def _until_serving(self) -> None:
        deadline = time.monotonic() + START_LIMIT
        async with aiohttp.ClientSession() as session:
            while True:
                assert self._process is not None
                if self._process.poll() is not None:
                    raise AssertionError(f"the bot exited at start:\n{self._log_tail()}")
                try:
                    async with session.get(f"http://127.0.0.1:{self._port}/healthz") as answer:
                        if answer.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                if time.monotonic() > deadline:
                    raise AssertionError(f"the bot did not start:\n{self._log_tail()}")
                await asyncio.sleep(0.05)

    async def _burst_and_stop(self, session: aiohttp.ClientSession) -> None:
        requests = SlackRequests(session, f"http://127.0.0.1:{self._port}", SECRET)
        self._burst = next(self._bursts)
        sending = [
            asyncio.ensure_future(self._send(requests, self._command())) for _ in range(self.burst)
        ]
        await asyncio.sleep(self.rng.uniform(0, self.kill_window))
        await self._stop(self.rng.choice((signal.SIGTERM, signal.SIGKILL)))
        await asyncio.gather(*sending)

    def _command(self) -> Command:
        number = next(self._numbers)
        user = SlackUser(f"U0D{number:06d}", f"teacher{number}", TEAM)
        if self.rng.random() < 0.4:  # a new teacher registers: an effect that must happen once
            name = f"Drill School {number}"
            line = (
                f'school register "{name}" country=KR city=Seoul level=middle '
                'languages=ko,en class_hours="Mon-Fri 09:00-16:00"'
            )
            command = Command(f"c{number}", user, line, name, self._burst)
        else:
            line = self.rng.choice(READ_ONLY)
            command = Command(f"c{number}", user, line, None, self._burst)
        self.result.commands.append(command)
        return command

    async def _send(self, requests: SlackRequests, command: Command) -> None:
        try:
            answer = await requests.slash_command(
                command.user, command.line, response_url=self.slack.response_url(command.key)
            )
        except (aiohttp.ClientError, OSError):
            return  # refused or cut by the stop: never acknowledged
        if (answer.status, answer.body) == (200, ""):
            self.result.acked.add(command.key)

    async def _stop(self, signum: signal.Signals) -> None:
        process = self._process
        assert process is not None
        began = time.monotonic()
        process.send_signal(signum)
        limit = self.grace + 30
        while process.poll() is None and time.monotonic() - began < limit:
            await asyncio.sleep(0.01)
        seconds = time.monotonic() - began
        if process.poll() is None:  # far past the grace: what an orchestrator does
            process.kill()
            process.wait()
        self.result.stops.append(Stop(signum.name, seconds, process.returncode))

    async def _until_answered(self) -> None:
        deadline = time.monotonic() + SETTLE_LIMIT
        while time.monotonic() < deadline:
            answered = {key for key, _ in self.slack.responses}
            if self.result.acked <= answered:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # a late second answer would arrive meanwhile

    def _collect(self) -> None:
        for key, body in self.slack.responses:
            self.result.answers[key] += 1
            if UNEXPECTED in str(body.get("text", "")):
                self.result.errors[key] += 1
        log = (self.workdir / "bot.log").read_text(errors="replace")
        self.result.resent = log.count(RESENT)

    def _log_tail(self) -> str:
        log = self.workdir / "bot.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-30:])


async def registered_schools(database_url: str) -> Counter[str]:
    """How many schools of each name the drill's database holds."""
    from sqlmodel import select

    from storage.engine import create_engine, session_factory
    from storage.models import School

    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as db:
            names = (await db.exec(select(School.name))).all()
    finally:
        await engine.dispose()
    return Counter(names)


async def run_deploys(
    backend: str,
    database_url: str,
    workdir: Path,
    *,
    kills: int,
    minutes: float | None = None,
    **options: Any,
) -> DeployResult:
    drill = DeployDrill(backend, database_url, workdir, **options)
    result = await drill.run(kills, minutes)
    result.schools = await registered_schools(database_url)
    return result
