"""The inbox's own rows of many commands, written together: one transaction at a time, and what
arrives while it is written goes into the next one, in one statement per kind.

Every command writes its inbox row before its ack and marks it answered after; on SQLite each
write waits for the database's one write lock, which a waiting connection polls for with sleeps
growing to 100 ms, and holds it across every round trip to the event loop until it commits.
Twenty commands arriving at once, each writing in a transaction of its own, took seconds to
acknowledge; written together they take the lock once, for three statements. PostgreSQL is
spared the round trips and commits alike.
"""

from __future__ import annotations

import asyncio
from typing import Any

from storage.engine import SessionFactory, transaction
from storage.repositories.inbox import Inbox as InboxRows

Mark = tuple[int, str | None]  # a command's id, and its reply as JSON when not kept yet


class InboxWrites:
    def __init__(self, sessions: SessionFactory, owner: str, claim_seconds: float) -> None:
        self.sessions = sessions
        self.owner = owner
        self.claim_seconds = claim_seconds
        self._receipts: list[tuple[dict[str, Any], asyncio.Future[int | None]]] = []
        self._answering: list[tuple[Mark, asyncio.Future[None]]] = []
        self._answers: list[tuple[Mark, asyncio.Future[None]]] = []
        self._writing: asyncio.Task[None] | None = None

    async def receive(self, values: dict[str, Any]) -> int | None:
        """Write a command's row (`InboxRows.receive_many`); its id once committed, or None
        when its interaction was received before."""
        written: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()
        self._receipts.append((values, written))
        self._write_soon()
        return await written

    async def answering(self, command_id: int, reply: str | None) -> None:
        """Mark a command's reply as on its way (`InboxRows.answering_many`), once committed."""
        await self._mark(self._answering, (command_id, reply))

    async def answered(self, command_id: int, reply: str | None) -> None:
        """Mark a command answered (`InboxRows.answer_many`), once committed."""
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
                try:
                    async with transaction(self.sessions) as db:
                        rows = InboxRows(db)
                        ids = await rows.receive_many(
                            [values for values, _ in receipts], self.owner, self.claim_seconds
                        )
                        await rows.answering_many([mark for mark, _ in answering])
                        await rows.answer_many([mark for mark, _ in answers])
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
