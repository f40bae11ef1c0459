"""A command repeated by its user moments later (a double click, a line retyped because the
reply was slow) is answered with what the first did, and does nothing again: no second row, no
second notice. The same command by someone else, or long after, is refused saying what
happened first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import func, select

from bot.adapters.testing import TestBot
from bot.core.context import REPEAT_WINDOW
from bot.core.reply import Reply
from storage.models import (
    ExchangeSession,
    FeedbackAnswer,
    JoinRequest,
    Membership,
    OutboundMessage,
    School,
)
from tests.conftest import SEOUL_MIDDLE
from tests.support.booked import book_session, partnership
from tests.support.membership import join_approved

SEOUL, OSAKA = "KR-hanbit-middle", "JP-sakura-junior-high"


async def count(bot: TestBot, table: type) -> int:
    async with bot.core.sessions() as db:
        return (await db.exec(select(func.count()).select_from(table))).one()


async def repeated(bot: TestBot, user: str, line: str) -> tuple[Reply, Reply]:
    """Run `line` twice as `user`; the repeat must leave the rows and the outbox as they were."""
    first = await bot.ok(user, line)
    rows = {table: await count(bot, table) for table in (OutboundMessage, ExchangeSession)}
    again = await bot.ok(user, line)
    assert again.data.get("already") is True, again.text
    assert {table: await count(bot, table) for table in rows} == rows
    return first, again


@pytest.fixture
async def partners(two_schools: TestBot) -> TestBot:
    await partnership(two_schools, SEOUL, OSAKA)
    await two_schools.ok("alice", "propose count=3")
    return two_schools


async def test_book_again_shows_the_session_the_first_booked(partners: TestBot) -> None:
    first, again = await repeated(partners, "alice", "book 1")
    session = first.data["session"]["id"]
    assert again.data["session"]["id"] == session
    assert again.text.startswith(f"You already booked this time as session #{session} at Mon 11")


async def test_confirm_again_shows_the_booking_and_a_colleague_is_told_who_confirmed(
    partners: TestBot,
) -> None:
    await partners.ok("alice", "book 1")
    await join_approved(partners, "bob2", OSAKA, approver="bob")
    _, again = await repeated(partners, "bob", "confirm 1")
    assert again.text.startswith("You confirmed session #1 at Mon 11 Jan 09:00 JST (Osaka)")
    colleague = await partners.run("bob2", "confirm 1")
    assert not colleague.ok
    assert "was already confirmed at Mon 11 Jan 09:00 JST (Osaka) by Sakura" in colleague.text


async def test_cancel_again_says_it_is_cancelled_and_tells_nobody_twice(
    partners: TestBot,
) -> None:
    await partners.ok("alice", "book 1")
    _, again = await repeated(partners, "alice", "cancel 1 Typhoon")
    assert again.text.startswith("You cancelled session #1 with Sakura Junior High at Mon 11")
    late = await partners.run("bob", "confirm 1")
    assert not late.ok
    assert late.text.startswith(
        "Session #1 was cancelled at Mon 11 Jan 09:00 JST (Osaka) by Hanbit Middle School; "
        "nothing was confirmed."
    )


async def test_request_again_within_minutes_is_done_and_later_refused(two_schools: TestBot) -> None:
    first, again = await repeated(two_schools, "alice", f"request {OSAKA}")
    assert again.data["request_id"] == first.data["request_id"]
    assert again.text.startswith("You already asked Sakura Junior High on 2027-01-11")
    two_schools.clock.set(two_schools.clock.now() + REPEAT_WINDOW + timedelta(seconds=1))
    later = await two_schools.run("alice", f"request {OSAKA}")
    assert not later.ok and "You already asked Sakura Junior High" in later.text


async def test_accept_again_says_it_was_accepted(two_schools: TestBot) -> None:
    await two_schools.ok("alice", f"request {OSAKA}")
    _, again = await repeated(two_schools, "bob", f"accept {SEOUL}")
    assert again.text.startswith(
        "You accepted Hanbit Middle School's partnership request at Mon 11 Jan 09:00 JST"
    )


async def test_joining_and_registering_again_is_done_once(bot: TestBot) -> None:
    _, registered = await repeated(bot, "alice", SEOUL_MIDDLE)
    assert registered.text.startswith("You registered Hanbit Middle School as KR-hanbit-middle")
    _, asked = await repeated(bot, "minji", f"school join {SEOUL}")
    assert asked.text.startswith(
        "You asked to join Hanbit Middle School (KR-hanbit-middle) as request #1 at Mon 11"
    )
    assert await count(bot, JoinRequest) == 1
    _, approved = await repeated(bot, "alice", "teacher approve 1")
    assert approved.text.startswith("You approved request #1 of Minji to join KR-hanbit-middle")
    assert await count(bot, School) == 1 and await count(bot, Membership) == 2
    _, joined = await repeated(bot, "coordinator", f"school join {SEOUL}")
    assert joined.text.startswith("You joined Hanbit Middle School (KR-hanbit-middle) at Mon 11")
    assert await count(bot, Membership) == 3
    registrant = await bot.run("alice", f"school join {SEOUL}")
    assert not registrant.ok and "You are already a teacher of" in registrant.text


async def test_the_same_feedback_again_changes_nothing(two_schools: TestBot) -> None:
    pair = await partnership(two_schools, SEOUL, OSAKA)
    start = two_schools.clock.now() + timedelta(days=10)
    await book_session(two_schools, pair, start)
    two_schools.clock.set(start + timedelta(hours=2))
    line = "feedback submit 1 status=held rating=4"
    _, again = await repeated(two_schools, "alice", line)
    assert again.text.startswith("Your feedback on session #1 with Sakura Junior High is saved")
    assert await count(two_schools, FeedbackAnswer) == 1
    changed = await two_schools.ok("alice", "feedback submit 1 rating=5")
    assert changed.text.startswith("Updated your feedback") and not changed.data.get("already")


@pytest.mark.parametrize(
    "line",
    [
        "coordinator lead-times day_before=2d",
        "feedback settings student_prompt=off",
        "feedback close 2027-1",
        "coordinator add @minji",
    ],
)
async def test_a_coordinators_setting_again_is_done_once(bot: TestBot, line: str) -> None:
    await repeated(bot, "coordinator", line)
