"""The inbox's rows (`bot.core.inbox`): a command received once per interaction, claimed by the
process carrying it out, finished with its reply, answered; orphans taken over by the living.

Claims and times are the database's clock (`DatabaseNow`), as for the leader lease: replicas
whose clocks disagree still agree on whether a claim has run out, and on a command's age.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    Update,
    bindparam,
    case,
    delete,
    func,
    or_,
    update,
)
from sqlmodel import col, select

from storage.database_clock import DatabaseNow
from storage.engine import UnitOfWork
from storage.models import InboxCommand, InboxStatus
from storage.repositories.upsert import insert_for

INBOX: Table = InboxCommand.__table__  # type: ignore[attr-defined]
# still someone's to carry out or answer
OPEN = (InboxStatus.RECEIVED, InboxStatus.DONE, InboxStatus.ANSWERING)
SETTLED = (InboxStatus.ANSWERED, InboxStatus.EXPIRED)


Mark = tuple[int, str | None]  # a command's id, and its reply as JSON when not kept yet


@dataclass
class Batch:
    """The inbox writes of many commands, made in one transaction (`write_batch`)."""

    owner: str  # the process the commands received are claimed by
    claim_seconds: float
    receipts: list[dict[str, Any]] = field(default_factory=list)  # commands newly delivered
    answering: list[Mark] = field(default_factory=list)  # replies about to be sent
    answered: list[Mark] = field(default_factory=list)  # replies the platform took


def write_batch(connection: Connection, batch: Batch) -> dict[tuple[str, str], int]:
    """Write `batch` with one statement per kind, on a blocking connection (see
    `storage.whole_transactions`). Returns the id of each command written, by (platform,
    interaction); an interaction received before is not written again and is missing.

    A command's reply is marked on its way before it is sent (`answering`): should the sender
    die now, the next process knows the reply may have arrived. A reply given with a mark is
    kept with the command when it was not kept already (a command without effects is not
    marked done before)."""
    received: dict[tuple[str, str], int] = {}
    if batch.receipts:
        rows = connection.execute(
            _receive_statement(connection.dialect.name, batch.owner, batch.claim_seconds),
            batch.receipts,
        )
        received = {(platform, interaction): id_ for platform, interaction, id_ in rows}
    if batch.answering:
        connection.execute(_ANSWERING, _mark_parameters(batch.answering))
    if batch.answered:
        connection.execute(_ANSWERED, _mark_parameters(batch.answered))
    return received


def _receive_statement(dialect: str, owner: str, claim_seconds: float) -> Any:
    return (
        insert_for(dialect, INBOX)
        .values(
            status=InboxStatus.RECEIVED,
            owner=owner,
            claimed_until=DatabaseNow(claim_seconds),
            starts=1,
            received_at=DatabaseNow(),
        )
        .on_conflict_do_nothing(index_elements=["platform", "interaction"])
        .returning(INBOX.c.platform, INBOX.c.interaction, INBOX.c.id)
    )


def _mark_statement(among: Sequence[InboxStatus], **values: Any) -> Update:
    """Executed with many (command_id, answer) parameters: one statement for every row."""
    return (
        update(INBOX)
        .where(
            INBOX.c.id == bindparam("command_id"),
            # no IN: its list would be a parameter too, which executemany cannot expand
            or_(*(INBOX.c.status == status for status in among)),
        )
        .values(reply=func.coalesce(INBOX.c.reply, bindparam("answer")), **values)
    )


def _mark_parameters(marks: Sequence[Mark]) -> list[dict[str, Any]]:
    return [{"command_id": command_id, "answer": reply} for command_id, reply in marks]


_ANSWERING = _mark_statement((InboxStatus.RECEIVED, InboxStatus.DONE), status=InboxStatus.ANSWERING)
_ANSWERED = _mark_statement(OPEN, status=InboxStatus.ANSWERED, answered_at=DatabaseNow())


class Inbox:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def of_interaction(self, platform: str, interaction: str) -> InboxCommand | None:
        result = await self.db.exec(
            select(InboxCommand).where(
                col(InboxCommand.platform) == platform,
                col(InboxCommand.interaction) == interaction,
            )
        )
        return result.first()

    async def finish(self, command_id: int, owner: str, reply: str) -> bool:
        """Record the outcome, if `owner` still holds the command and it was not finished:
        inside the command's own transaction, so its effects and "done" commit together."""
        finished = await self.db.exec(
            update(InboxCommand)
            .where(
                col(InboxCommand.id) == command_id,
                col(InboxCommand.owner) == owner,
                col(InboxCommand.status) == InboxStatus.RECEIVED,
            )
            .values(status=InboxStatus.DONE, reply=reply, done_at=DatabaseNow())
        )
        return bool(finished.rowcount)

    async def answer_many(self, answers: Sequence[Mark]) -> None:
        """Mark commands answered, each (id, its reply as JSON when it was not kept already).
        One statement."""
        if answers:
            connection = await self.db.connection()
            await connection.execute(_ANSWERED, _mark_parameters(answers))

    async def still_open(self, command_id: int, owner: str) -> bool:
        """Whether `owner` still holds the command and it was not finished (a read: what a
        command without effects checks before it is answered)."""
        result = await self.db.exec(
            select(InboxCommand.id).where(
                col(InboxCommand.id) == command_id,
                col(InboxCommand.owner) == owner,
                col(InboxCommand.status) == InboxStatus.RECEIVED,
            )
        )
        return result.first() is not None

    async def expire(self, command_id: int, owner: str) -> bool:
        """Give up a command nobody carried out in time (the caller tells the person)."""
        expired = await self.db.exec(
            update(InboxCommand)
            .where(
                col(InboxCommand.id) == command_id,
                col(InboxCommand.owner) == owner,
                col(InboxCommand.status) == InboxStatus.RECEIVED,
            )
            .values(status=InboxStatus.EXPIRED, answered_at=DatabaseNow())
        )
        return bool(expired.rowcount)

    async def renew(self, ids: Collection[int], owner: str, claim_seconds: float) -> int:
        """`owner` is alive and at work on these: they stay its own `claim_seconds` more."""
        renewed = await self.db.exec(
            update(InboxCommand)
            .where(
                col(InboxCommand.id).in_(ids),
                col(InboxCommand.owner) == owner,
                col(InboxCommand.status).in_(OPEN),
            )
            .values(claimed_until=DatabaseNow(claim_seconds))
        )
        return int(renewed.rowcount or 0)

    async def release(self, ids: Collection[int], owner: str) -> None:
        """`owner` lets these go (an answer that failed): whoever looks next takes them."""
        await self._release(col(InboxCommand.id).in_(ids), owner)

    async def release_all(self, owner: str) -> int:
        """`owner` stops: its open commands are the next process's at once."""
        return await self._release(True, owner)

    async def _release(self, which: Any, owner: str) -> int:
        """A command let go was not begun by a process that died at it: its start is undone,
        so that `starts` counts only the deaths (`bot.core.inbox.MAX_STARTS`). It is nobody's
        until someone claims it."""
        released = await self.db.exec(
            update(InboxCommand)
            .where(which, col(InboxCommand.owner) == owner, col(InboxCommand.status).in_(OPEN))
            .values(
                owner="",
                claimed_until=DatabaseNow(),
                starts=col(InboxCommand.starts)
                - case((col(InboxCommand.status) == InboxStatus.RECEIVED, 1), else_=0),
            )
        )
        return int(released.rowcount or 0)

    async def claim_orphans(
        self,
        owner: str,
        earlier_lives: str,
        claim_seconds: float,
        limit: int,
        *,
        platforms: Collection[str],
        run_out: bool = True,
    ) -> Sequence[InboxCommand]:
        """Up to `limit` open commands of `platforms` whose process is gone, now `owner`'s:
        those of an earlier life of this instance (`earlier_lives` is their owner prefix: a
        restarted instance takes its own back at once) and, with `run_out`, every claim that
        ran out. Oldest first."""
        orphaned = col(InboxCommand.platform).in_(platforms) & _orphaned(
            owner, earlier_lives, run_out
        )
        oldest = (
            select(InboxCommand.id)
            .where(orphaned)
            .order_by(col(InboxCommand.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claimed = await self.db.exec(
            update(InboxCommand)
            .where(col(InboxCommand.id).in_(oldest.scalar_subquery()), orphaned)
            .values(
                owner=owner,
                claimed_until=DatabaseNow(claim_seconds),
                starts=col(InboxCommand.starts)
                + case((col(InboxCommand.status) == InboxStatus.RECEIVED, 1), else_=0),
            )
            .returning(col(InboxCommand.id))
        )
        ids = [command_id for (command_id,) in claimed.all()]
        if not ids:
            return []
        rows = await self.db.exec(
            select(InboxCommand)
            .where(col(InboxCommand.id).in_(ids))
            .order_by(col(InboxCommand.id))
            .execution_options(populate_existing=True)
        )
        return rows.all()

    async def forget_settled(self, older_than_seconds: float) -> int:
        """Settled commands are kept a while to answer repeats with, then deleted."""
        forgotten = await self.db.exec(
            delete(InboxCommand).where(
                col(InboxCommand.status).in_(SETTLED),
                col(InboxCommand.received_at) < DatabaseNow(-older_than_seconds),
            )
        )
        return int(forgotten.rowcount or 0)

    async def now(self) -> datetime:
        """The database's time, that the commands' times are written in."""
        result = await self.db.exec(select(DatabaseNow()))
        now: datetime = result.one()
        return now


def _orphaned(owner: str, earlier_lives: str, run_out: bool) -> ColumnElement[bool]:
    mine_before = col(InboxCommand.owner).startswith(earlier_lives, autoescape=True) & (
        col(InboxCommand.owner) != owner
    )
    if run_out:
        return col(InboxCommand.status).in_(OPEN) & or_(
            col(InboxCommand.claimed_until) <= DatabaseNow(), mine_before
        )
    return col(InboxCommand.status).in_(OPEN) & mine_before
