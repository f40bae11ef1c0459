"""The inbox's own rows of many commands, written together: one transaction at a time, run whole
in a worker thread, and what arrives while it is written goes into the next one.

Every command writes its inbox row before its ack, marks its reply on its way and marks it
answered; written one transaction per command, statement by statement through the async driver,
these writes took a sixth of the bot's throughput under load (the event loop, its bottleneck,
handed each statement to a thread and back). Written together, in one transaction that a
thread runs whole (`storage.whole_transactions`), they cost the event loop one hand-over per
batch. On SQLite the batch also takes the one write lock once, for three statements.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from storage.repositories.inbox import Batch, Mark, write_batch
from storage.whole_transactions import WholeTransactions


class InboxWrites:
    def __init__(self, transactions: WholeTransactions, owner: str, claim_seconds: float) -> None:
        self.transactions = transactions
        self.owner = owner
        self.claim_seconds = claim_seconds
        self._receipts: list[tuple[dict[str, Any], asyncio.Future[int | None]]] = []
        self._answering: list[tuple[Mark, asyncio.Future[None]]] = []
        self._answers: list[tuple[Mark, asyncio.Future[None]]] = []
        self._writing: asyncio.Task[None] | None = None

    async def receive(self, values: dict[str, Any]) -> int | None:
        """Write a command's row; its id once committed, or None when its interaction was
        received before."""
        written: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()
        self._receipts.append((values, written))
        self._write_soon()
        return await written

    async def answering(self, command_id: int, reply: str | None) -> None:
        """Mark a command's reply as on its way, once committed."""
        await self._mark(self._answering, (command_id, reply))

    async def answered(self, command_id: int, reply: str | None) -> None:
        """Mark a command answered, once committed."""
        await self._mark(self._answers, (command_id, reply))

    async def _mark(self, marks: list[tuple[Mark, asyncio.Future[None]]], mark: Mark) -> None:
        written: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        marks.append((mark, written))
        self._write_soon()
        await written

    def _write_soon(self) -> None:
        if self._writing is None:
            self._writing = asyncio.ensure_future(self._write_while_waiting())

    async def _write_while_waiting(self) -> None:
        try:
            while self._receipts or self._answering or self._answers:
                receipts, self._receipts = self._receipts, []
                answering, self._answering = self._answering, []
                answers, self._answers = self._answers, []
                marked = answering + answers
                futures: list[asyncio.Future[Any]] = [done for _, done in receipts]
                futures += [done for _, done in marked]
                batch = Batch(
                    self.owner,
                    self.claim_seconds,
                    [values for values, _ in receipts],
                    [mark for mark, _ in answering],
                    [mark for mark, _ in answers],
                )
                try:
                    ids = await self.transactions.run(partial(write_batch, batch=batch))
                except Exception as error:
                    for done in futures:
                        if not done.done():
                            done.set_exception(error)
                    continue
                for values, received in receipts:
                    if not received.done():
                        received.set_result(ids.get((values["platform"], values["interaction"])))
                for _, done in marked:
                    if not done.done():
                        done.set_result(None)
        finally:
            self._writing = None
