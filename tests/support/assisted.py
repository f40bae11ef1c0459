"""Scenes for the remote class assistants' tests: partner schools with booked sessions, and
volunteers registered (in a workspace of their own) and approved by the coordinator."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import col, select

from bot.adapters.testing import TestBot
from storage.models import AssistantAssignment, ClassAssistant, ExchangeSession, Partnership
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import book_session, partnership

SEOUL, OSAKA = "KR-hanbit-middle", "JP-sakura-junior-high"
HELPERS = "T9"  # the assistants' own workspace: not the schools'
TUESDAY = datetime(2027, 3, 9, 1, 0, tzinfo=UTC)  # Tue 9 Mar 10:00 in Seoul and Osaka
THURSDAY = datetime(2027, 3, 11, 1, 0, tzinfo=UTC)


def register_line(
    languages: str = "ko,ja,en",
    hours: str = "Mon-Fri 09:00-13:00",
    zone: str = "Asia/Tokyo",
    cap: int = 4,
) -> str:
    return (
        f'assistant register languages={languages} hours="{hours}" timezone={zone} '
        f"max_per_month={cap}"
    )


async def volunteer(bot: TestBot, user: str, *, approve: bool = True, **profile: str | int) -> int:
    """`user` registers from the helpers' workspace; the coordinator approves them by number."""
    reply = await bot.ok(user, register_line(**profile), workspace=HELPERS)  # type: ignore[arg-type]
    number = reply.data["assistant"]["id"]
    if approve:
        await bot.ok("coordinator", f"assistant approve #{number}")
    return int(number)


async def seoul_osaka(bot: TestBot) -> Partnership:
    """alice (Seoul, ko,en) and bob (Osaka, ja,en), partners with the joint channel `joint`."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    return await partnership(bot, SEOUL, OSAKA)


async def booked(bot: TestBot, pair: Partnership, start: datetime = TUESDAY) -> int:
    session, _ = await book_session(bot, pair, start)
    assert session.id is not None
    return session.id


async def assignments(bot: TestBot) -> list[tuple[int, str, str]]:
    """(session, assistant's user, status) of every assignment, oldest first."""
    async with bot.core.sessions() as db:
        rows = await db.exec(
            select(AssistantAssignment, ClassAssistant)
            .join(ClassAssistant, col(ClassAssistant.id) == AssistantAssignment.assistant_id)
            .order_by(col(AssistantAssignment.id))
        )
        return [(a.session_id, helper.user_id, a.status) for a, helper in rows.all()]


async def session_row(bot: TestBot, session_id: int) -> ExchangeSession:
    async with bot.core.sessions() as db:
        row = await db.get(ExchangeSession, session_id)
        assert row is not None
        return row


def texts_to(bot: TestBot, user: str) -> list[str]:
    return [message.text for message in bot.sent_to(user)]
