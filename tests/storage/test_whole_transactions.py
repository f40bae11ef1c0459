"""Transactions run whole in a worker thread commit together or not at all, on every backend,
and what they commit is what the bot's async sessions read."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy import Connection, text
from sqlmodel import select

from bot.adapters.testing import TestBot
from storage.models import InboxCommand
from storage.repositories.inbox import Batch, write_batch
from tests.conftest import BACKENDS, backend_database

# Every backend of the suite, and on SQLite a file too: a file gets the worker thread, the
# in-memory database its one async connection.
STORES = [*BACKENDS, *(["sqlite file"] if "sqlite" in BACKENDS else [])]


@pytest.fixture(params=STORES)
def store_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite file":
        yield f"sqlite:///{tmp_path}/whole.sqlite3"
        return
    yield from backend_database(request)


@pytest.fixture
async def stored(store_url) -> AsyncIterator[TestBot]:
    bot = await TestBot.start(database_url=store_url)
    yield bot
    await bot.close()


def command(interaction: str) -> dict[str, str | None]:
    return {
        "platform": "slack",
        "interaction": interaction,
        "workspace": "T1",
        "user_id": "U1",
        "user_name": "alice",
        "channel_id": None,
        "invocation": '{"line": "help"}',
        "route": "{}",
    }


async def inbox(bot: TestBot) -> list[InboxCommand]:
    async with bot.core.sessions() as db:
        return list((await db.exec(select(InboxCommand).order_by(InboxCommand.id))).all())


async def test_a_batch_is_committed_whole_and_a_repeat_is_not_written_again(stored):
    transactions = stored.core.transactions
    batch = Batch("me#1", 30.0, [command("a"), command("b")])
    first = await transactions.run(lambda db: write_batch(db, batch))
    again = Batch(
        "me#1", 30.0, [command("b"), command("c")], answered=[(first[("slack", "a")], "{}")]
    )
    second = await transactions.run(lambda db: write_batch(db, again))

    assert set(first) == {("slack", "a"), ("slack", "b")}
    assert set(second) == {("slack", "c")}  # "b" was received before
    rows = await inbox(stored)
    assert [(row.interaction, row.status) for row in rows] == [
        ("a", "answered"),
        ("b", "received"),
        ("c", "received"),
    ]


async def test_a_transaction_that_fails_writes_nothing(stored):
    def fails_after_writing(db: Connection) -> None:
        write_batch(db, Batch("me#1", 30.0, [command("a")]))
        db.execute(text("SELECT no_such_column FROM inboxcommand"))

    with pytest.raises(Exception, match="no_such_column"):
        await stored.core.transactions.run(fails_after_writing)

    assert await inbox(stored) == []
