"""The inbox's own rows of many commands, written together: in transactions run whole in a
worker thread, each holding what arrived while the one before was written.

Every command writes its inbox row before its ack, marks its reply on its way and marks it
answered; written one transaction per command, statement by statement through the async driver,
these writes took a sixth of the bot's throughput under load (the event loop, its bottleneck,
handed each statement to a thread and back). Written together, in one transaction that a
thread runs whole (`storage.whole_transactions`), they cost the event loop one hand-over per
batch.

The writes go in two lanes, each one transaction at a time, side by side. Receipts and the
marks "on its way" are written before a post and hold nothing up once committed. The mark
"answered" is written in a lane of its own as soon as the platform took the reply: a process
killed between the two answers the command again after its restart (it cannot tell whether the
reply arrived), so the mark waits for nothing but the database, never for another batch nor
for replies still on their way; it only groups marks whose replies were all taken.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection

from storage.repositories.inbox import Batch, Mark, write_batch
from storage.whole_transactions import WholeTransactions

Item = TypeVar("Item")
Result = TypeVar("Result")

_Before = dict[str, Any] | Mark  # a command's row to receive, or its reply marked on its way
LANES = 2  # transactions of the inbox's writes at once: before a post, and after it


class InboxWrites:
    def __init__(self, transactions: WholeTransactions, owner: str, claim_seconds: float) -> None:
        self.owner = owner
        self.claim_seconds = claim_seconds
        self._before_post: _Lane[_Before, int | None] = _Lane(transactions, self._write_before_post)
        self._after_post: _Lane[Mark, None] = _Lane(transactions, self._write_answered)

    async def receive(self, values: dict[str, Any]) -> int | None:
        """Write a command's row; its id once committed, or None when its interaction was
        received before."""
        return await self._before_post.write(values)

    async def answering(self, command_id: int, reply: str | None) -> None:
        """Mark a command's reply as on its way, once committed."""
        await self._before_post.write((command_id, reply))

    async def answered(self, command_id: int, reply: str | None) -> None:
        """Mark a command answered, once committed: call as soon as the platform took it."""
        await self._after_post.write((command_id, reply))

    def _write_before_post(self, items: list[_Before], connection: Connection) -> list[int | None]:
        receipts = [item for item in items if isinstance(item, dict)]
        answering = [item for item in items if isinstance(item, tuple)]
        ids = write_batch(connection, Batch(self.owner, self.claim_seconds, receipts, answering))
        return [
            ids.get((item["platform"], item["interaction"])) if isinstance(item, dict) else None
            for item in items
        ]

    def _write_answered(self, items: list[Mark], connection: Connection) -> list[None]:
        write_batch(connection, Batch(self.owner, self.claim_seconds, answered=items))
        return [None] * len(items)


class _Lane(Generic[Item, Result]):
    """Items written one transaction at a time: each transaction takes every item that
    arrived while the one before was written, and each item's writer hears its own result."""

    def __init__(
        self,
        transactions: WholeTransactions,
        write: Callable[[list[Item], Connection], list[Result]],
    ) -> None:
        self.transactions = transactions
        self.write_items = write
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._writing: asyncio.Task[None] | None = None

    async def write(self, item: Item) -> Result:
        written: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, written))
        if self._writing is None:
            self._writing = asyncio.ensure_future(self._write_while_waiting())
        return await written

    async def _write_while_waiting(self) -> None:
        try:
            while self._waiting:
                taken, self._waiting = self._waiting, []
                items = [item for item, _ in taken]
                try:
                    results = await self.transactions.run(partial(self.write_items, items))
                except Exception as error:
                    for _, done in taken:
                        if not done.done():
                            done.set_exception(error)
                    continue
                for (_, done), result in zip(taken, results, strict=True):
                    if not done.done():
                        done.set_result(result)
        finally:
            self._writing = None
