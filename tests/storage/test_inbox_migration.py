"""Upgrading a database made before the inbox: every row is kept, the inbox comes empty, one
interaction of a platform is one command, and a command's state is one the bot knows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.engine import session_factory, transaction
from storage.migrate import upgrade
from storage.models import InboxCommand, InboxStatus
from tests.support.stored_rows import NOW, database_at, every_row

BEFORE_INBOX = "4c95d2f283f5"  # the newest revision without the inbox


@pytest.fixture
async def database_before_inbox(empty_database: str) -> AsyncIterator[Any]:
    async with database_at(empty_database, BEFORE_INBOX) as engine:
        yield engine


def command(interaction: str, status: InboxStatus = InboxStatus.RECEIVED) -> InboxCommand:
    return InboxCommand(
        platform="slack",
        interaction=interaction,
        workspace="T1",
        user_id="U1",
        locale="ko-KR",
        invocation='{"line": "whoami"}',
        route="{}",
        status=status,
        owner="replica-a#1",
        claimed_until=NOW,
        received_at=NOW,
    )


async def test_upgrading_keeps_every_row_and_adds_the_inbox_empty(
    database_before_inbox: Any,
) -> None:
    before = await every_row(database_before_inbox)
    await upgrade(database_before_inbox)
    after = await every_row(database_before_inbox)
    assert {table: after[table] for table in before} == before
    assert after["inboxcommand"] == []


async def test_after_the_upgrade_an_interaction_is_one_command_in_a_known_state(
    database_before_inbox: Any,
) -> None:
    await upgrade(database_before_inbox)
    sessions = session_factory(database_before_inbox)
    async with transaction(sessions) as db:
        for number, status in enumerate(InboxStatus):
            db.add(command(f"command:{number}", status))
    with pytest.raises(IntegrityError):
        async with transaction(sessions) as db:
            db.add(command("command:0"))  # Slack delivered the same trigger again
    with pytest.raises(IntegrityError):
        async with database_before_inbox.begin() as connection:
            await connection.execute(text("UPDATE inboxcommand SET status = 'unknown'"))
    async with database_before_inbox.connect() as connection:
        stored = (await connection.execute(text("SELECT status, locale FROM inboxcommand"))).all()
    assert sorted(stored) == sorted((status.value, "ko-KR") for status in InboxStatus)
