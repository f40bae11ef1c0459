"""A platform outage of several minutes, played against the real messengers and the local fakes.

Slack's real `AsyncWebClient` and discord.py's real HTTP client talk over loopback to the fake
Slack and fake Discord, which answer 429, 500 or 503 or never answer (`hang`) for as long as
the outage lasts. Reminders to three recipients (two channels and a direct message) are
queued before the outage and every ten seconds during it. The bot's clock is manual: it moves
ten seconds a step, so minutes of backoff pass at once while every request is real. The
outcome (what arrived, in which order, how hard the platform was hit) is measured for the
tests in tests/adapters/test_platform_faults.py and for `python -m benchmarks.outage`.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import col, select

from bot.adapters.slack.bolt_app import build_slack_adapter
from bot.adapters.testing import TestBot
from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from storage.engine import transaction
from storage.models import OutboundMessage
from tests.support.discord_harness import live_discord
from tests.support.discord_payloads import CHANNEL_ID, GUILD_ID, snowflake
from tests.support.fake_discord_api import FakeDiscord
from tests.support.fake_slack_api import FakeSlackApi

OUTAGES = ("429", "500", "503", "hang")
STEP = timedelta(seconds=10)
FOREVER = 10**6  # scripted failures: until `recover()`
HEALTHY_SEND_TIMEOUT = 10.0
SLACK_TEAM = "T0OUTAGE"
SLACK_TOKEN = "xoxb-outage-test-token"
SLACK_SEND_METHODS = ("chat.postMessage", "conversations.open")
DISCORD_SEND_PATHS = (r"/channels/\d+/messages", r"/users/@me/channels")


@dataclass
class Platform:
    """How the scenario reaches one platform: its recipients and its fake's outage switch."""

    core: BotCore
    recipients: dict[str, Recipient]  # by the label the message texts start with
    break_down: Callable[[str], None]  # one of OUTAGES
    recover: Callable[[], None]
    delivered: Callable[[], list[str]]  # texts the platform accepted, in arrival order
    requests: Callable[[], int]  # send requests the platform has received so far

    @property
    def clock(self) -> ManualClock:
        clock = self.core.clock
        assert isinstance(clock, ManualClock)
        return clock


@dataclass
class OutageOutcome:
    queued: list[str]  # message texts, in the order they were queued
    delivered: list[str]  # in the order the platform accepted them
    requests_during_outage: int
    recovery: timedelta  # bot time from the end of the outage to the last delivery
    statuses: set[str]
    most_attempts: int  # tries of the message tried most (the last one succeeded)
    wall_seconds: float

    def per_recipient(self, texts: list[str]) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for text in texts:
            grouped.setdefault(text.split()[0], []).append(text)
        return grouped


async def play_outage(
    platform: Platform, kind: str, *, minutes: int = 5, send_timeout: float = 0.3
) -> OutageOutcome:
    """Queue, break, keep queuing for `minutes`, recover, then deliver until all arrived.
    While the platform is down a send gives up after `send_timeout` real seconds."""
    started = time.perf_counter()
    platform.core.delivery.send_timeout = send_timeout
    labels = list(platform.recipients)
    queued: list[str] = []

    async def queue_next() -> None:
        label = labels[len(queued) % len(labels)]
        text = f"{label} reminder {len(queued) + 1:03d}"
        async with transaction(platform.core.sessions) as db:
            message = OutgoingMessage(platform.recipients[label], text)
            enqueue(db, message, platform.clock.now())
        queued.append(text)

    for _ in range(2 * len(labels)):  # queued before the outage, not yet sent
        await queue_next()
    platform.break_down(kind)
    requests_before = platform.requests()
    await platform.core.delivery.deliver_due()
    for _ in range(minutes * 60 // int(STEP.total_seconds())):
        platform.clock.advance(STEP)
        await queue_next()
        await platform.core.delivery.deliver_due()
    requests_during = platform.requests() - requests_before
    platform.recover()
    # a healthy send must not be cut short on a busy machine: the platform would have the
    # message and it would be sent again (delivery is at least once)
    platform.core.delivery.send_timeout = HEALTHY_SEND_TIMEOUT
    recovered_at = platform.clock.now()
    while len(platform.delivered()) < len(queued):
        if platform.clock.now() - recovered_at > timedelta(minutes=30):
            break  # lost messages: the caller's assertions say which
        platform.clock.advance(STEP)
        await platform.core.delivery.deliver_due()
    rows = await _outbox(platform.core)
    last_sent = max((row.sent_at for row in rows if row.sent_at), default=recovered_at)
    return OutageOutcome(
        queued=queued,
        delivered=platform.delivered(),
        requests_during_outage=requests_during,
        recovery=last_sent - recovered_at,
        statuses={row.status for row in rows},
        most_attempts=max(row.attempts for row in rows),
        wall_seconds=time.perf_counter() - started,
    )


async def _outbox(core: BotCore) -> list[OutboundMessage]:
    async with core.sessions() as db:
        rows = await db.exec(select(OutboundMessage).order_by(col(OutboundMessage.id)))
        return list(rows.all())


@asynccontextmanager
async def slack_platform() -> AsyncIterator[Platform]:
    """The Slack adapter's messenger (real slack_sdk client) against the fake Slack."""
    api = FakeSlackApi()
    await api.start()
    api.add_workspace(SLACK_TEAM, SLACK_TOKEN)
    bot = await TestBot.start(
        SLACK_BOT_TOKEN=SLACK_TOKEN,
        SLACK_SIGNING_SECRET="outage-signing-secret",
        SLACK_API_URL=api.api_url,
    )
    try:
        await build_slack_adapter(bot.core, bot.core.settings)

        def break_down(kind: str) -> None:
            for method in SLACK_SEND_METHODS:
                if kind == "hang":
                    api.fail(method, status=503, hang=True, times=FOREVER)
                elif kind == "429":
                    api.fail(method, status=429, retry_after=30, times=FOREVER)
                else:
                    api.fail(method, status=int(kind), times=FOREVER)

        yield Platform(
            core=bot.core,
            recipients={
                "joint": Recipient("slack", SLACK_TEAM, "channel", "G0JOINT"),
                "staff": Recipient("slack", SLACK_TEAM, "channel", "G0STAFF"),
                "alice": Recipient("slack", SLACK_TEAM, "user", "U0ALICE"),
            },
            break_down=break_down,
            recover=api.recover,
            delivered=lambda: [
                str(call.args["text"]) for call in api.accepted if call.method == "chat.postMessage"
            ],
            requests=lambda: sum(len(api.calls_to(method)) for method in SLACK_SEND_METHODS),
        )
    finally:
        await bot.close()
        await api.close()


@asynccontextmanager
async def discord_platform() -> AsyncIterator[Platform]:
    """The Discord adapter (real discord.py client, logged in) against the fake Discord."""
    async with live_discord() as live:
        fake: FakeDiscord = live.fake
        # discord.py announces `on_ready` about 2 s after READY; closing before that would
        # leave its announcement to a client that is gone
        messenger = live.core.delivery.messengers["discord"]
        await messenger.client.wait_until_ready()  # type: ignore[attr-defined]

        def break_down(kind: str) -> None:
            for path in DISCORD_SEND_PATHS:
                if kind == "hang":
                    fake.fail("POST", path, 503, hang=True, times=FOREVER)
                elif kind == "429":  # longer than discord.py is allowed to sleep through
                    fake.fail("POST", path, 429, retry_after=60, times=FOREVER)
                else:
                    fake.fail("POST", path, int(kind), times=FOREVER)

        yield Platform(
            core=live.core,
            recipients={
                "joint": Recipient("discord", GUILD_ID, "channel", CHANNEL_ID),
                "staff": Recipient("discord", GUILD_ID, "channel", snowflake("staff-room")),
                "alice": Recipient("discord", GUILD_ID, "user", snowflake("alice")),
            },
            break_down=break_down,
            recover=fake.recover,
            delivered=lambda: [
                str(r.body["content"]) for r in fake.sent("POST", DISCORD_SEND_PATHS[0])
            ],
            requests=lambda: sum(
                1
                for r in fake.requests
                if r.method == "POST" and any(re.fullmatch(p, r.path) for p in DISCORD_SEND_PATHS)
            ),
        )


PLATFORMS = {"slack": slack_platform, "discord": discord_platform}
