"""Slack and Discord failing for minutes (429, 500, 503, no answer): after recovery every
reminder arrives, once, in the order it was queued for its recipient, and the platform was
not hammered while it was down. Real clients over loopback HTTP; the bot's clock is manual.

Each outage is played once per platform (`outcome`) and its results checked by several tests.
Refusals that no retry can fix (Discord 403 and 404; Slack's are in slack/test_slack_delivery)
end a message's tries without holding back the next one.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
import pytest_asyncio
from sqlmodel import col, select

from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from storage.engine import transaction
from storage.models import OutboundMessage
from tests.support.discord_harness import LiveDiscord, live_discord
from tests.support.discord_payloads import CHANNEL_ID, GUILD_ID, snowflake
from tests.support.platform_outage import OUTAGES, PLATFORMS, OutageOutcome, play_outage

OUTAGE_MINUTES = 5
CASES = [(platform, kind) for platform in PLATFORMS for kind in OUTAGES]


@pytest_asyncio.fixture(
    scope="module", loop_scope="module", params=CASES, ids=[f"{p}-{k}" for p, k in CASES]
)
async def outcome(request: pytest.FixtureRequest) -> OutageOutcome:
    platform_name, kind = request.param
    async with PLATFORMS[platform_name]() as platform:
        return await play_outage(platform, kind, minutes=OUTAGE_MINUTES)


def test_no_reminder_is_lost_or_sent_twice(outcome: OutageOutcome) -> None:
    assert sorted(outcome.delivered) == sorted(outcome.queued)
    assert outcome.statuses == {"sent"}  # none left 'sending' or 'pending'


def test_each_recipient_gets_its_reminders_in_the_order_they_were_queued(
    outcome: OutageOutcome,
) -> None:
    assert outcome.per_recipient(outcome.delivered) == outcome.per_recipient(outcome.queued)


def test_everything_arrives_within_two_minutes_of_recovery(outcome: OutageOutcome) -> None:
    assert outcome.recovery <= timedelta(minutes=2)


def test_a_platform_that_is_down_is_probed_not_hammered(outcome: OutageOutcome) -> None:
    # one request per pause: what a 429 asked (30 s, 60 s) or a pause doubling from 5 s to a
    # minute; retrying each queued message on its own schedule would send dozens
    assert outcome.requests_during_outage <= OUTAGE_MINUTES * 2 + 1


async def queue_to(live: LiveDiscord, recipient: Recipient, *texts: str) -> None:
    async with transaction(live.core.sessions) as db:
        for text in texts:
            enqueue(db, OutgoingMessage(recipient, text), live.core.clock.now())


async def outbox_statuses(live: LiveDiscord) -> list[tuple[str, str]]:
    async with live.core.sessions() as db:
        rows = await db.exec(select(OutboundMessage).order_by(col(OutboundMessage.id)))
        return [(row.text, row.status) for row in rows.all()]


async def test_a_channel_discord_forbids_gets_the_message_refused_and_logged(caplog):
    async with live_discord() as live:
        live.fake.fail("POST", rf"/channels/{CHANNEL_ID}/messages", 403)
        channel = Recipient("discord", GUILD_ID, "channel", CHANNEL_ID)
        await queue_to(live, channel, "first", "second")
        with caplog.at_level(logging.ERROR, logger="bot.core.outbox"):
            assert await live.core.delivery.deliver_due() == 1
        assert await outbox_statuses(live) == [("first", "refused"), ("second", "sent")]
        assert "Missing Access" in caplog.text
        live.core.clock.advance(timedelta(hours=1))
        assert await live.core.delivery.deliver_due() == 0  # a refusal is not retried


async def test_a_direct_message_to_an_unknown_user_is_refused():
    async with live_discord() as live:
        live.fake.fail("POST", r"/users/@me/channels", 404)
        await queue_to(live, Recipient("discord", GUILD_ID, "user", snowflake("gone")), "hello")
        assert await live.core.delivery.deliver_due() == 0
        assert await outbox_statuses(live) == [("hello", "refused")]
