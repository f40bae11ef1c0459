"""Messages the bot sends: queued with the change, retried until delivered or refused for good,
in queued order for each recipient."""

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.core.outbox import (
    OutgoingMessage,
    PlatformUnavailable,
    Recipient,
    Refused,
    enqueue,
    enqueue_all,
)
from storage.engine import transaction
from storage.models import OutboundMessage


async def outbox(bot):
    async with bot.core.sessions() as db:
        return list((await db.exec(select(OutboundMessage).order_by(OutboundMessage.id))).all())


async def test_a_messenger_that_fails_twice_delivers_on_the_third_try(two_schools):
    bot = two_schools
    bot.messenger.fail_next = 2
    await bot.ok("dan", "school join KR-hanbit-middle")
    assert bot.sent_to("alice") == []
    [row] = await outbox(bot)
    assert (row.status, row.attempts) == ("pending", 1) and "outage" in row.last_error
    await bot.advance(timedelta(seconds=5))  # first retry after 5 s: fails again
    assert bot.sent_to("alice") == []
    await bot.advance(timedelta(seconds=9))  # second backoff is 10 s: not yet due
    assert bot.sent_to("alice") == []
    await bot.advance(timedelta(seconds=1))
    assert len(bot.sent_to("alice")) == 1
    [row] = await outbox(bot)
    assert (row.status, row.attempts) == ("sent", 3)


async def test_a_message_interrupted_mid_send_is_sent_after_a_restart(two_schools):
    bot = two_schools
    bot.core.delivery.messengers.clear()  # the platform is not connected yet
    await bot.ok("dan", "school join KR-hanbit-middle")
    async with bot.core.sessions() as db, db.begin():
        row = (await db.exec(select(OutboundMessage))).one()
        row.status = "sending"  # as if the process died between claim and send
        db.add(row)
    await bot.core.start()  # what a restart does
    bot.core.add_messenger("test", bot.messenger)
    await bot.core.delivery.deliver_due()
    assert len(bot.sent_to("alice")) == 1


async def test_nothing_is_sent_twice(two_schools):
    bot = two_schools
    await bot.ok("dan", "school join KR-hanbit-middle")
    await bot.core.delivery.deliver_due()
    await bot.advance(timedelta(hours=1))
    assert len(bot.sent_to("alice")) == 1


@dataclass
class ScriptedMessenger:
    """Records every try and every delivery; `trouble[text]` is raised, in turn, by the next
    tries of the message with that text; a text in `hang_on` gets no answer at all."""

    tried: list[str] = field(default_factory=list)
    delivered: list[str] = field(default_factory=list)
    trouble: dict[str, list[Exception]] = field(default_factory=dict)
    hang_on: set[str] = field(default_factory=set)

    async def send(self, message: OutgoingMessage) -> None:
        self.tried.append(message.text)
        if message.text in self.hang_on:
            self.hang_on.discard(message.text)
            await asyncio.Event().wait()
        if self.trouble.get(message.text):
            raise self.trouble[message.text].pop(0)
        self.delivered.append(message.text)


@pytest.fixture
def scripted(bot) -> ScriptedMessenger:
    messenger = ScriptedMessenger()
    bot.core.add_messenger("test", messenger)
    return messenger


async def queue(bot, user: str, *texts: str, platform: str = "test") -> None:
    async with transaction(bot.core.sessions) as db:
        for text in texts:
            recipient = Recipient(platform, "T1", "user", user)
            enqueue(db, OutgoingMessage(recipient, text), bot.clock.now())


async def statuses(bot) -> dict[str, tuple[str, int]]:
    return {row.text: (row.status, row.attempts) for row in await outbox(bot)}


async def test_a_message_that_failed_holds_back_the_later_ones_to_that_recipient(bot, scripted):
    scripted.trouble["alice 1"] = [RuntimeError("no luck")]
    await queue(bot, "alice", "alice 1")
    await bot.core.delivery.deliver_due()
    await bot.advance(timedelta(seconds=1))  # alice 2 is due before alice 1's retry
    await queue(bot, "alice", "alice 2", "alice 3")
    await queue(bot, "bob", "bob 1")
    await bot.core.delivery.deliver_due()
    assert scripted.delivered == ["bob 1"]
    await bot.advance(timedelta(seconds=4))
    assert scripted.delivered == ["bob 1", "alice 1", "alice 2", "alice 3"]


async def test_a_burst_to_one_recipient_goes_out_in_queued_order(bot, scripted):
    texts = [f"reminder {n:03d}" for n in range(60)]  # more than two claim batches
    await queue(bot, "alice", *texts)
    assert await bot.core.delivery.deliver_due() == 60
    assert scripted.delivered == texts


async def test_messages_queued_together_follow_those_queued_one_by_one_before(bot, scripted):
    """A reminder pass queues its batch in one statement after the end-of-session notices it
    queued one by one: each recipient still reads them in the order they were queued."""
    alice = Recipient("test", "T1", "user", "alice")
    async with transaction(bot.core.sessions) as db:
        enqueue(db, OutgoingMessage(alice, "one by one"), bot.clock.now())
        await enqueue_all(
            db, [OutgoingMessage(alice, f"together {n}") for n in (1, 2)], bot.clock.now()
        )
        enqueue(db, OutgoingMessage(alice, "one by one, after"), bot.clock.now())
    assert await bot.core.delivery.deliver_due() == 4
    assert scripted.delivered == ["one by one", "together 1", "together 2", "one by one, after"]


async def test_a_rate_limit_pauses_the_platform_for_as_long_as_it_asked(bot, scripted):
    scripted.trouble["alice 1"] = [PlatformUnavailable("429", retry_after=timedelta(seconds=30))]
    other = ScriptedMessenger()
    bot.core.add_messenger("other", other)
    await queue(bot, "alice", "alice 1")
    await queue(bot, "bob", "bob 1")
    await queue(bot, "carol", "carol 1", platform="other")
    await bot.core.delivery.deliver_due()
    assert (scripted.tried, other.delivered) == (["alice 1"], ["carol 1"])
    await bot.advance(timedelta(seconds=29))
    assert scripted.tried == ["alice 1"]  # nothing asked of the platform meanwhile
    await bot.advance(timedelta(seconds=1))
    assert scripted.delivered == ["alice 1", "bob 1"]
    assert (await statuses(bot))["alice 1"] == ("sent", 1)  # the 429 cost no attempt


async def test_an_outage_is_probed_by_one_message_while_the_others_wait(bot, scripted):
    outage = PlatformUnavailable("HTTP 503")
    for name in ("alice", "bob", "carol"):
        scripted.trouble[f"{name} 1"] = [outage]
        await queue(bot, name, f"{name} 1")
    await bot.core.delivery.deliver_due()
    assert scripted.tried == ["alice 1"]
    await bot.advance(timedelta(seconds=5))  # the pause ends: one more probe fails
    assert scripted.tried == ["alice 1", "bob 1"]
    await bot.advance(timedelta(seconds=10))
    assert scripted.tried == ["alice 1", "bob 1", "carol 1"]
    scripted.trouble.clear()  # the platform is back
    await bot.advance(timedelta(seconds=20))
    assert sorted(scripted.delivered) == ["alice 1", "bob 1", "carol 1"]


async def test_a_refused_message_is_given_up_and_the_next_one_goes_out(bot, scripted, caplog):
    scripted.trouble["alice 1"] = [Refused("Slack refused it: channel_not_found")]
    await queue(bot, "alice", "alice 1", "alice 2")
    with caplog.at_level(logging.ERROR, logger="bot.core.outbox"):
        await bot.core.delivery.deliver_due()
    assert scripted.delivered == ["alice 2"]
    [row] = [row for row in await outbox(bot) if row.text == "alice 1"]
    assert row.status == "refused" and "channel_not_found" in (row.last_error or "")
    assert "refused for good" in caplog.text and "channel_not_found" in caplog.text
    await bot.advance(timedelta(hours=1))
    assert scripted.tried == ["alice 1", "alice 2"]  # never tried again


async def test_a_send_that_never_answers_is_given_up_and_retried_later(bot, scripted):
    bot.core.delivery.send_timeout = 0.05
    scripted.hang_on.add("alice 1")
    await queue(bot, "alice", "alice 1")
    assert await bot.core.delivery.deliver_due() == 0
    [row] = await outbox(bot)
    assert (row.status, row.attempts) == ("pending", 1)  # not stuck in 'sending'
    assert row.last_error == "no answer within 0.05 s"
    await bot.advance(timedelta(seconds=5))
    assert scripted.delivered == ["alice 1"]


async def test_delivery_stops_when_told_to_even_as_a_commit_wakes_it(bot):
    """SIGTERM once left the process idling forever: on Python 3.11, `asyncio.wait_for`
    swallows a cancellation that arrives as its wait ends, and this loop went on polling."""
    worker = bot.core.delivery
    running = asyncio.create_task(worker.run(poll_seconds=60))
    await asyncio.sleep(0.05)  # waiting for a wake-up
    worker.wake()
    running.cancel()
    done, _ = await asyncio.wait({running}, timeout=5)
    assert done and running.cancelled()
