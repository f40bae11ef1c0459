"""Acknowledged means done: a command a platform hands over is written down before the ack, and
whatever happens to the process after it, the command is carried out and answered exactly once.

An adapter describes each delivery (`Delivery`: the platform's key for the interaction, who,
where, what, and where the answer goes) and calls `receive` before it acknowledges; a repeated
delivery of the same interaction (a retry, a replay) finds the first one and is answered with
its outcome instead of running again. The command is then carried out through the dispatcher,
which records its reply in the same transaction as its effects ("done"), and answered through
the adapter; "answered" is written once the platform took the reply.

Each process holds the commands it is carrying out by a claim it renews while it lives. What a
crash, a SIGKILL or a shutdown's grace running out leaves open is taken over: at once by the
same instance restarting, otherwise by the leader once the claim ran out. A command not yet
carried out is run if the platform still takes its answer (Slack's response_url lives 30
minutes, Discord's interaction token 15); if not, the person is told in a direct message that
it was not carried out. A reply not yet delivered is delivered the same way, or sent as a
direct message through the outbox when the platform no longer takes it there.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any, Protocol, TypeVar

from bot.core.clock import Clock
from bot.core.dispatch import Dispatcher, OutcomeLost
from bot.core.grammar import quote
from bot.core.identity import Actor, ChannelRef
from bot.core.inbox_writes import InboxWrites
from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from bot.core.reply import Reply
from bot.core.side_by_side import run_side_by_side
from bot.core.stored_reply import dump_reply, load_reply
from bot.i18n.messages import Message
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.models import InboxCommand, InboxStatus, TargetKind
from storage.repositories.inbox import Inbox as InboxRows
from storage.whole_transactions import WholeTransactions

logger = logging.getLogger(__name__)

T = TypeVar("T")

CLAIM_SECONDS = 30.0  # how long a process's hold on a command lasts without renewal
RENEW_EVERY = 10.0  # a living process renews its holds this often
LOOK_EVERY = 5.0  # the leader looks for commands whose process is gone this often
KEEP_SETTLED_SECONDS = 24 * 3600  # answered commands answer repeats for a day, then go
MAX_STARTS = 5  # begun by this many processes that died at work, a command may be what kills them
# ... once the deaths span this long: a crash loop's restarts are backed off (Kubernetes waits
# 10 s, 20 s, 40 s…), while deploys killing pods in quick turn are bad luck, not the command
CRASH_LOOP_SPAN = timedelta(minutes=2)
ANSWER_ALLOWANCE = 1.0  # seconds a shutdown gives an answer on its way once the grace is over
TAKE_OVER_BATCH = 25
ARRIVAL_POLL = 0.01  # seconds between looks, in a drain, for commands not handed over yet
# an adapter hands a command over moments after writing it down; one not handed over in this
# long never will be (its request failed after the receipt): the next process takes it
ARRIVAL_WAIT = 3.0


class NotAccepting(Exception):
    """The bot is shutting down: it acknowledges nothing new (the next process will)."""


@dataclass(frozen=True)
class Typed:
    """A command line, the text after `/exchange` (slash commands, buttons, Slack forms)."""

    line: str


@dataclass(frozen=True)
class Named:
    """A command with its options already named (Discord's application commands)."""

    path: tuple[str, ...]
    options: dict[str, str]


Invocation = Typed | Named


@dataclass(frozen=True)
class Delivery:
    """One delivery of a command by a platform, as its adapter describes it."""

    key: str  # the platform's id of the interaction: a repeated delivery carries the same key
    actor: Actor
    channel: ChannelRef | None
    invocation: Invocation
    route: dict[str, Any] = field(default_factory=dict)  # where the answer goes; the adapter's


@dataclass(frozen=True)
class Received:
    """A command in the inbox. `repeat`: this delivery repeats one received before; it is
    answered with that one's outcome (`earlier_reply`) when it has one and this delivery wants
    its answer elsewhere (a retry to the same place gets the first answer there)."""

    id: int
    delivery: Delivery
    repeat: bool = False
    earlier_reply: Reply | None = None

    def read_in(self, locale: str | None) -> Received:
        """The same command, its person reading `locale` (which an adapter may learn only
        after the ack)."""
        actor = replace(self.delivery.actor, locale=locale)
        return replace(self, delivery=replace(self.delivery, actor=actor))


class Responder(Protocol):
    """How a platform's adapter answers a command from the inbox, whenever that is."""

    async def can_answer(self, command: Received, age: timedelta) -> bool:
        """Whether the platform still takes the answer to a command received `age` ago."""
        ...

    async def answer(self, command: Received, reply: Reply) -> None:
        """Deliver `reply` where the command's route says; raise if the platform did not
        take it."""
        ...


class CommandInbox:
    """The inbox of one process; `BotCore.inbox`."""

    def __init__(
        self,
        sessions: SessionFactory,
        transactions: WholeTransactions,
        dispatcher: Dispatcher[Any],
        clock: Clock,
        instance: str,
    ) -> None:
        self.sessions = sessions
        self.dispatcher = dispatcher
        self.clock = clock
        self.instance = instance
        self.owner = (
            f"{instance}#{secrets.token_hex(4)}"  # this process, among the instance's lives
        )
        self.responders: dict[str, Responder] = {}
        self.accepting = True
        self._at_work: dict[asyncio.Task[Any], int] = {}  # tasks carrying out commands, and which
        # received here and not at work yet: an adapter hands them over after its ack, which a
        # listener closing for a shutdown does not wait for
        self._arriving: dict[int, float] = {}  # the loop's time each was received
        self._drained = False  # a shutdown's drain is over: nothing more is begun here
        self._answering: set[int] = set()  # commands whose answer is on its way to the platform
        self._noting: set[asyncio.Future[None]] = set()  # "answered" notes being written
        self._new_responder = asyncio.Event()
        self._writes = InboxWrites(transactions, self.owner, CLAIM_SECONDS)  # many commands at once
        self._unkept: dict[int, Reply] = {}  # replies of commands without effects, until answered

    def add_responder(self, platform: str, responder: Responder) -> None:
        self.responders[platform] = responder
        self._new_responder.set()

    # --- a command arrives

    async def receive(self, delivery: Delivery) -> Received:
        """Write the command down; call before acknowledging it. A repeat of an interaction
        received before comes back as that command."""
        if not self.accepting:
            raise NotAccepting("the bot is shutting down")
        actor = delivery.actor
        values = {
            "platform": actor.platform,
            "interaction": delivery.key,
            "workspace": actor.workspace,
            "user_id": actor.user_id,
            "user_name": actor.display_name[:120],
            "locale": actor.locale[:35] if actor.locale else None,
            "channel_id": delivery.channel.channel_id if delivery.channel else None,
            "invocation": _dump_invocation(delivery.invocation),
            "route": json.dumps(delivery.route),
        }

        command_id = await self._writes.receive(values)
        if command_id is not None:
            now = asyncio.get_running_loop().time()
            self._arriving = {
                arrived: at for arrived, at in self._arriving.items() if now - at < ARRIVAL_WAIT
            }
            self._arriving[command_id] = now
            return Received(command_id, delivery)
        async with self.sessions() as db:
            earlier = await InboxRows(db).of_interaction(actor.platform, delivery.key)
        assert earlier is not None and earlier.id is not None  # the key is unique
        logger.info(
            "%s interaction %s delivered again: not run twice", actor.platform, delivery.key
        )
        elsewhere = json.loads(earlier.route) != delivery.route
        reply = load_reply(earlier.reply) if earlier.reply and elsewhere else None
        return Received(earlier.id, delivery, repeat=True, earlier_reply=reply)

    async def carry_out(self, command: Received) -> Reply | None:
        """Run the command. Its reply is kept with its effects, in their transaction; a
        command without effects keeps its reply when it is answered (run again, it would
        change nothing). None when another process took it over meanwhile (then that one
        answers)."""
        delivery = command.delivery

        async def record(db: UnitOfWork | None, reply: Reply) -> None:
            if db is not None:
                kept = await InboxRows(db).finish(command.id, self.owner, dump_reply(reply))
            else:
                async with transaction(self.sessions, writes=False) as reading:
                    kept = await InboxRows(reading).still_open(command.id, self.owner)
                if kept:
                    self._unkept[command.id] = reply
            if not kept:
                raise OutcomeLost(f"inbox command {command.id}")

        try:
            if isinstance(delivery.invocation, Typed):
                return await self.dispatcher.handle_text(
                    delivery.actor, delivery.invocation.line, delivery.channel, outcome=record
                )
            return await self.dispatcher.handle_options(
                delivery.actor,
                delivery.invocation.path,
                delivery.invocation.options,
                delivery.channel,
                outcome=record,
            )
        except OutcomeLost:
            logger.warning("inbox command %s was taken over by another process", command.id)
            return None

    async def answered(self, command: Received) -> None:
        unkept = self._unkept.pop(command.id, None)
        await self._writes.answered(command.id, dump_reply(unkept) if unkept else None)

    async def carry_out_and_answer(
        self, command: Received, answer: Callable[[Reply], Awaitable[None]]
    ) -> None:
        """A command's life after its ack: run it, answer, note it answered. A repeat runs
        nothing: it is answered with the first outcome where that has not gone already."""
        if command.repeat:
            if command.earlier_reply is not None:
                await answer(command.earlier_reply)
            return
        await self.answer_when_done(command, self.carry_out(command), answer)

    async def answer_when_done(
        self,
        command: Received,
        carrying: Awaitable[Reply | None],
        answer: Callable[[Reply], Awaitable[None]],
    ) -> None:
        """Answer once `carrying` (the carrying out of `command`) ends, and note it answered.
        What fails is left to the next look for orphans."""
        try:
            reply = await carrying
        except Exception:
            logger.exception("inbox command %s: left for the next look", command.id)
            await self._let_go(command.id)
            return
        if reply is not None:
            await self.deliver(command, reply, answer)

    async def deliver(
        self, command: Received, reply: Reply, answer: Callable[[Reply], Awaitable[None]]
    ) -> bool:
        """Answer with `reply` and note the command answered; False (and left for the next look)
        when the platform did not take it. Once the answer is out, the note is written even if
        the task is cancelled meanwhile (a shutdown): else the next process would answer again.
        A shutdown lets an answer under way finish (`drain`)."""
        unkept = self._unkept.pop(command.id, None)
        try:
            await self._writes.answering(command.id, dump_reply(unkept) if unkept else None)
        except Exception as error:
            logger.warning("inbox command %s: not answered (%s); tried again", command.id, error)
            await self._let_go(command.id)
            return False
        self._answering.add(command.id)
        try:
            await answer(reply)
        except Exception as error:
            logger.warning("answering inbox command %s failed (%s); tried again", command.id, error)
            await self._let_go(command.id)
            return False
        finally:
            self._answering.discard(command.id)
        noting = asyncio.ensure_future(self.answered(command))
        self._noting.add(noting)
        noting.add_done_callback(self._noting.discard)
        await asyncio.shield(noting)
        return True

    async def work_on(self, command: Received, work: Coroutine[Any, Any, T]) -> T | None:
        """Run `work` on `command` (carrying it out, answering it) as a task that a shutdown
        waits for, while this process renews its hold on the command. Once a shutdown's drain
        is over nothing is begun (None): the command is the next process's."""
        self._arriving.pop(command.id, None)
        if self._drained:
            work.close()
            logger.info("inbox command %s left for the next process: stopping", command.id)
            await self._let_go(command.id)
            return None
        task = asyncio.ensure_future(work)
        self._at_work[task] = command.id
        task.add_done_callback(self._at_work.pop)
        return await task

    @property
    def at_work(self) -> int:
        return len(self._at_work)

    # --- a living process keeps what it is working on

    async def keep_claims(self, every: float = RENEW_EVERY) -> None:
        """Until cancelled: renew this process's hold on the commands it is at work on."""
        while True:
            await asyncio.sleep(every)
            ids = set(self._at_work.values())
            if not ids:
                continue
            try:
                async with transaction(self.sessions) as db:
                    await InboxRows(db).renew(ids, self.owner, CLAIM_SECONDS)
            except Exception as error:  # the database is away: the claims may run out
                logger.warning("renewing inbox claims failed: %s", error)

    # --- what a crash or a shutdown left

    async def serve(self, renew_every: float = RENEW_EVERY) -> None:
        """Every process, until cancelled: take back what an earlier life of this instance left
        (at once, not when its claims run out), then keep renewing the holds on what it is at
        work on. (Older orphans of any process are the leader's: `look_for_orphans`.)"""
        await run_side_by_side(
            {
                "inbox-claims": self.keep_claims(renew_every),
                "inbox-earlier-lives": self._take_back_earlier_lives(),
            }
        )

    async def _take_back_earlier_lives(self) -> None:
        """Whenever an adapter starts answering its platform here (`add_responder`)."""
        while True:
            await self._new_responder.wait()
            self._new_responder.clear()
            try:
                await self.take_over(run_out=False)
            except Exception:
                logger.exception("taking back this instance's earlier commands failed")

    async def take_over(self, *, run_out: bool = True) -> int:
        """Carry out and answer, or give up and say so, every command whose process is gone
        (of the platforms this process can answer): an earlier life's of this instance, and
        with `run_out` any whose claim ran out. Returns how many were settled."""
        settled = 0
        while self.accepting and (orphans := await self._claim_orphans(run_out)):
            # all at once: each one claimed counts as begun (`starts`), so none may wait its turn
            # behind the others while a kill could end the process
            settling = [self._take(row, age) for row, age in orphans]
            settled += sum(await asyncio.gather(*settling))
        return settled

    async def _take(self, row: InboxCommand, age: timedelta) -> int:
        command = _received(row)
        return await self.work_on(command, self._settle_orphan(command, row, age)) or 0

    async def look_for_orphans(self, every: float = LOOK_EVERY) -> None:
        """The leader's loop: take over what dead processes left, forget old answers."""
        while True:
            await asyncio.sleep(every)  # `BotCore.lead` took over at once
            try:
                taken = await self.take_over()
                if taken:
                    logger.info("settled %s command(s) a stopped process had left", taken)
                async with transaction(self.sessions) as db:
                    await InboxRows(db).forget_settled(KEEP_SETTLED_SECONDS)
            except Exception:
                logger.exception("looking for orphaned inbox commands failed; trying again")

    async def _claim_orphans(self, run_out: bool) -> list[tuple[InboxCommand, timedelta]]:
        if not self.responders:
            return []
        async with transaction(self.sessions) as db:
            rows = InboxRows(db)
            claimed = await rows.claim_orphans(
                self.owner,
                f"{self.instance}#",
                CLAIM_SECONDS,
                TAKE_OVER_BATCH,
                platforms=list(self.responders),
                run_out=run_out,
            )
            if not claimed:
                return []
            now = await rows.now()
        return [(row, now - row.received_at) for row in claimed]

    async def _settle_orphan(self, command: Received, row: InboxCommand, age: timedelta) -> int:
        responder = self.responders[row.platform]
        answerable = await responder.can_answer(command, age)
        if row.status == InboxStatus.ANSWERING:
            logger.warning(
                "inbox command %s: its process died sending the answer; sent again", row.id
            )
        if row.status in (InboxStatus.DONE, InboxStatus.ANSWERING):
            assert row.reply is not None
            reply = load_reply(row.reply)
            if not answerable:
                return await self._answer_directly(command, reply, age)
        elif row.starts > MAX_STARTS and age >= CRASH_LOOP_SPAN:
            logger.error("inbox command %s was begun %s times; given up", row.id, row.starts)
            return await self._give_up(command, age, "crashes")
        elif not answerable:
            return await self._give_up(command, age, "late")
        else:
            carried_out = await self.carry_out(command)
            if carried_out is None:
                return 0
            reply = carried_out
        answered = await self.deliver(command, reply, lambda done: responder.answer(command, done))
        return int(answered)

    async def _give_up(self, command: Received, age: timedelta, reason: str) -> int:
        """Not carried out: the person is told in a direct message (in their language), queued
        in the transaction that marks the command so. `reason`: `crashes` or `late`."""
        text = await self._in_their_language(
            command,
            Message(
                "inbox-not-carried-out",
                **_typed(command, age),
                reason=reason,
                platform=command.delivery.actor.platform.capitalize(),
            ),
        )
        async with transaction(self.sessions) as db:
            if not await InboxRows(db).expire(command.id, self.owner):
                return 0
            enqueue(db, _direct_message(command, text), self.clock.now())
        return 1

    async def _answer_directly(self, command: Received, reply: Reply, age: timedelta) -> int:
        """Carried out, but the platform no longer takes the answer where it was asked: it goes
        as a direct message through the outbox (without files: the command gives them again)."""
        text = await self._in_their_language(
            command,
            Message(
                "inbox-late-answer",
                **_typed(command, age),
                files="some" if reply.attachments else "none",
                answer=reply.text,
            ),
        )
        async with transaction(self.sessions) as db:
            await InboxRows(db).answer_many([(command.id, None)])
            enqueue(db, _direct_message(command, text, reply), self.clock.now())
        return 1

    async def _in_their_language(self, command: Received, message: Message) -> str:
        dispatcher = self.dispatcher
        language = await dispatcher.reader_of(command.delivery.actor)
        return dispatcher.translator.render(message, language)

    async def _let_go(self, command_id: int) -> None:
        """Release one command, so that the next look for orphans takes it at once (and runs it
        again if it had no effects)."""
        self._unkept.pop(command_id, None)
        try:
            async with transaction(self.sessions) as db:
                await InboxRows(db).release([command_id], self.owner)
        except Exception as error:  # then its claim runs out instead
            logger.warning("releasing inbox command %s failed: %s", command_id, error)

    # --- shutting down

    def stop_accepting(self) -> None:
        """Acknowledge nothing new and take over nothing more; what is at work goes on."""
        self.accepting = False

    async def drain(self, grace: float, hurry: asyncio.Event | None = None) -> int:
        """Let the commands at work finish, for up to `grace` seconds or until `hurry` is set.
        Then the ones not answering yet are stopped: they stay in the inbox and are released to
        the next process at once. An answer already on its way gets `ANSWER_ALLOWANCE` more
        (unless hurried): stopped mid-way, nobody could tell whether it arrived, and the next
        process would answer again. Returns how many were left."""
        loop = asyncio.get_running_loop()
        hurried = asyncio.ensure_future((hurry or asyncio.Event()).wait())
        deadline = loop.time() + grace
        try:
            await self._wait_for_arrivals(deadline, hurried)
            await self._wait_for_work(deadline, hurried)
            left_over = {
                task for task, command in self._at_work.items() if command not in self._answering
            }
            for task in left_over:
                task.cancel()
            await self._wait_for_work(loop.time() + ANSWER_ALLOWANCE, hurried)
        finally:
            hurried.cancel()
            self._drained = True
        left_over |= set(self._at_work)
        for task in left_over:
            task.cancel()
        await asyncio.gather(*left_over, *self._noting, return_exceptions=True)
        if left_over:
            logger.warning("%s command(s) at work were left in the inbox", len(left_over))
        try:
            async with transaction(self.sessions) as db:
                await InboxRows(db).release_all(self.owner)
        except Exception as error:  # then their claims run out instead
            logger.warning("releasing inbox claims failed: %s", error)
        return len(left_over)

    async def _wait_for_arrivals(self, deadline: float, hurried: asyncio.Future[Any]) -> None:
        """Until the commands received here are at work (an adapter's task hands each over
        just after its ack), for as long as the drain may last; one received more than
        `ARRIVAL_WAIT` ago is not waited for."""
        loop = asyncio.get_running_loop()
        while not hurried.done() and (now := loop.time()) < deadline:
            if all(now - at >= ARRIVAL_WAIT for at in self._arriving.values()):
                return
            await asyncio.sleep(ARRIVAL_POLL)

    async def _wait_for_work(self, deadline: float, hurried: asyncio.Future[Any]) -> None:
        loop = asyncio.get_running_loop()
        while self._at_work and not hurried.done() and (left := deadline - loop.time()) > 0:
            await asyncio.wait(
                {*self._at_work, hurried}, timeout=left, return_when=asyncio.FIRST_COMPLETED
            )


def _dump_invocation(invocation: Invocation) -> str:
    if isinstance(invocation, Typed):
        return json.dumps({"line": invocation.line})
    return json.dumps({"path": list(invocation.path), "options": invocation.options})


def _load_invocation(text: str) -> Invocation:
    stored = json.loads(text)
    if "line" in stored:
        return Typed(stored["line"])
    return Named(tuple(stored["path"]), dict(stored["options"]))


def _received(row: InboxCommand) -> Received:
    assert row.id is not None
    actor = Actor(row.platform, row.workspace, row.user_id, row.user_name, row.locale)
    channel = ChannelRef(row.platform, row.workspace, row.channel_id) if row.channel_id else None
    delivery = Delivery(
        row.interaction, actor, channel, _load_invocation(row.invocation), json.loads(row.route)
    )
    return Received(row.id, delivery)


def _shown(invocation: Invocation) -> str:
    """The command as the person would type it."""
    if isinstance(invocation, Typed):
        return invocation.line.strip() or "help"
    options = " ".join(f"{name}={quote(value)}" for name, value in invocation.options.items())
    return " ".join([*invocation.path, options]).strip()


def _typed(command: Received, age: timedelta) -> dict[str, str | int]:
    """The command as the person typed it and how long ago, as the inbox's messages name them
    (`hours` 0 within the first hour)."""
    minutes = max(int(age.total_seconds() // 60), 0)
    return {
        "command": _shown(command.delivery.invocation),
        "minutes": minutes,
        "hours": minutes // 60,
    }


def _direct_message(command: Received, text: str, reply: Reply | None = None) -> OutgoingMessage:
    actor = command.delivery.actor
    recipient = Recipient(actor.platform, actor.workspace, TargetKind.USER, actor.user_id)
    return OutgoingMessage(
        recipient, text, {"inbox_command": command.id}, reply.actions if reply else ()
    )
