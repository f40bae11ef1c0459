"""Messages the bot sends: queued with the change, retried until delivered, never dropped."""

from datetime import timedelta

from sqlmodel import select

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
