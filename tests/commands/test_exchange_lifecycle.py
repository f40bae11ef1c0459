"""One exchange from request to feedback, through the real commands and the moving clock:
booking plans the reminders, moving and cancelling keeps them in step, and the end of the
session asks both schools for feedback."""

from datetime import datetime, timedelta

from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE


async def booked(bot):
    """alice (Seoul) and bob (Osaka) partner up and book the first proposed slot."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    await bot.ok("alice", 'request JP-sakura-junior-high "Shall we meet?"')
    await bot.ok("bob", "accept KR-hanbit-middle")
    await bot.ok("alice", "propose")
    await bot.ok("alice", 'book 1 type=discussion topic="School lunch"')
    return await bot.ok("bob", "confirm")


async def test_confirming_a_booking_plans_its_reminders(bot):
    confirmed = await booked(bot)
    session = confirmed.data["session"]
    reminders = await bot.ok("alice", "reminders")
    assert reminders.data["total"] > 0
    assert "KST" in reminders.text and "JST" in reminders.text
    # booked about three weeks ahead: the three-month and one-month steps are already due,
    # so the reply shows them as a checklist instead of firing them late in a burst
    assert "already due" in confirmed.text
    assert session["id"] == 1


async def test_cancelling_a_booked_session_drops_its_pending_reminders(bot):
    await booked(bot)
    await bot.ok("alice", 'cancel 1 "the school is closed for a storm"')
    reminders = await bot.ok("alice", "reminders")
    assert reminders.data["total"] == 0


async def test_the_end_of_a_booked_session_asks_both_schools_for_feedback(bot):
    confirmed = await booked(bot)
    bot.sent.clear()
    end = datetime.fromisoformat(confirmed.data["session"]["end_utc"])
    await bot.advance(end - bot.clock.now() + timedelta(minutes=1))
    for teacher in ("alice", "bob"):
        asked = [m for m in bot.sent_to(teacher) if "feedback" in m.text.lower()]
        assert asked, f"{teacher} was not asked for feedback"
