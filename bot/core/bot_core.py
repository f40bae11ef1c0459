"""The bot itself: a plain object that adapters hold and call, never subclass."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import datetime
from typing import Any, Generic, Protocol

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.channels import ChannelProvisioner
from bot.core.clock import Clock
from bot.core.configured_coordinators import appoint_configured
from bot.core.context import Context, ServicesT
from bot.core.dispatch import Dispatcher
from bot.core.identity import Actor, ChannelRef
from bot.core.inbox import CommandInbox
from bot.core.inbox_writes import LANES
from bot.core.outbox import DeliveryWorker, Messenger
from bot.core.reply import Reply
from bot.core.settings import Settings
from bot.core.spec import Catalog
from bot.i18n.languages import Language
from bot.i18n.translator import Translator
from storage import migrate
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.repositories.programs import Programs
from storage.startup_lock import one_replica_at_a_time
from storage.whole_transactions import WholeTransactions

logger = logging.getLogger(__name__)

OUTBOX_POLL_SECONDS = 1.0  # the longest a message queued on another replica waits to be sent


class DueWork(Protocol):
    """Work the clock makes due (reminders). Its rows are the truth; these are the moments
    the core gives it to look at them."""

    name: str

    async def start(self) -> None:
        """At start: catch up on what came due while the bot was down."""

    async def run_due(self) -> None:
        """Do what is due now (tests and the demo clock call it after moving time)."""

    def after_commit(self) -> None:
        """A command committed and may have planned new work."""

    async def next_due(self) -> datetime | None:
        """When something next comes due (the demo clock stops there), if anything waits."""

    async def run(self) -> None:
        """Keep waking up on time until cancelled (long-running processes only)."""


class BotCore(Generic[ServicesT]):
    """Built by the composition root (`bot.bootstrap`), which hands it every part."""

    def __init__(
        self,
        *,
        settings: Settings,
        catalog: Catalog,
        engine: AsyncEngine,
        sessions: SessionFactory,
        clock: Clock,
        delivery: DeliveryWorker,
        services: ServicesT,
        translator: Translator,
        due_work: Sequence[DueWork],
    ) -> None:
        self.settings = settings
        self.catalog = catalog
        self.engine = engine
        self.sessions = sessions
        self.clock = clock
        self.delivery = delivery
        self.services = services
        self.translator = translator  # the catalogs, loaded once; tests read its fallbacks
        self.due_work = tuple(due_work)
        self.channel_provisioners: dict[str, ChannelProvisioner] = {}  # adapters add theirs
        self.intakes: list[Callable[[], Awaitable[None]]] = []  # adapters add theirs
        self.dispatcher = Dispatcher(
            catalog,
            sessions,
            clock,
            settings,
            services,
            translator,
            after_commit=self._after_commit,
            channel_provisioners=self.channel_provisioners,
        )
        # commands the platforms hand over: written before their ack, answered once
        # short writes run whole in a thread, the inbox's two lanes side by side
        self.transactions = WholeTransactions(engine, threads=LANES)
        self.inbox = CommandInbox(
            sessions, self.transactions, self.dispatcher, clock, settings.instance_id
        )

    async def start(self, *, lead: bool = True) -> None:
        """Bring the database to the current schema and seed the configured program.

        `lead` also takes the leader's duties at once: right for a process that is alone on
        its database (the console, tests); `jointclass run` leaves them to the leader lease
        (`bot.core.leadership`), as another replica may be sending right now."""
        async with one_replica_at_a_time(self.engine):
            await migrate.upgrade(self.engine)
            await self.seed_configuration()
        if lead:
            await self.lead()

    async def lead(self) -> None:
        """Become the one process that fires and sends: messages a dead leader left half-sent
        go back to the queue, what came due meanwhile is caught up on, and commands whose
        process is gone are carried out and answered."""
        released = await self.delivery.release_interrupted()
        if released:
            logger.info("re-queued %s messages interrupted by the last leader", released)
        for work in self.due_work:
            await work.start()
        settled = await self.inbox.take_over()
        if settled:
            logger.info("settled %s command(s) a stopped process had left", settled)

    async def run_due_work(self) -> None:
        """Do whatever the clock made due, then deliver what that queued."""
        for work in self.due_work:
            await work.run_due()
        await self.delivery.deliver_due()

    async def next_due(self) -> datetime | None:
        """The earliest moment any due work waits for."""
        found = [due for work in self.due_work if (due := await work.next_due()) is not None]
        return min(found, default=None)

    def _after_commit(self) -> None:
        self.delivery.wake()
        for work in self.due_work:
            work.after_commit()

    async def seed_configuration(self) -> None:
        """The default program and its first coordinators come from the settings."""
        now = self.clock.now()
        async with transaction(self.sessions) as db:
            program = await Programs(db).ensure(
                self.settings.program, self.settings.home_country, now
            )
            assert program.id is not None
            await appoint_configured(db, self.settings, program.id, now)

    def context(self, actor: Actor, db: UnitOfWork) -> Context[ServicesT]:
        """What a command handler gets, for work run outside the dispatcher (a command-line
        job acting as `actor` inside its own transaction `db`)."""
        return Context(
            actor=actor,
            channel=None,
            db=db,
            clock=self.clock,
            settings=self.settings,
            catalog=self.catalog,
            services=self.services,
            translator=self.translator,
        )

    def add_messenger(self, platform: str, messenger: Messenger) -> None:
        self.delivery.register(platform, messenger)

    def add_intake(self, close: Callable[[], Awaitable[None]]) -> None:
        """A way commands come in (Slack's HTTP listener): `close` stops it taking new ones and
        returns once those it took are written to the inbox."""
        self.intakes.append(close)

    async def stop_taking_commands(self) -> None:
        """The first step of a shutdown: every intake closes, then the inbox refuses the rest;
        what was taken is carried out and answered (`CommandInbox.drain`)."""
        for close in self.intakes:
            try:
                await close()
            except Exception:
                logger.exception("closing an intake failed")
        self.inbox.stop_accepting()

    def add_channel_provisioner(self, platform: str, provisioner: ChannelProvisioner) -> None:
        """Commands find it as `ctx.channel_provisioners[platform]`."""
        self.channel_provisioners[platform] = provisioner

    def background_work(self) -> dict[str, Coroutine[Any, Any, None]]:
        """The leader's loops, next to its adapters. Commands committed on other replicas
        cannot wake this delivery loop, so it polls often: their messages wait at most that."""
        delivery = self.delivery.run(poll_seconds=OUTBOX_POLL_SECONDS)
        orphans = self.inbox.look_for_orphans()
        return {"delivery": delivery, "inbox": orphans} | {
            work.name: work.run() for work in self.due_work
        }

    async def language_of(self, actor: Actor) -> Language:
        """The language `actor` reads (for an adapter's own answer, outside a command)."""
        return await self.dispatcher.reader_of(actor)

    async def handle_text(
        self, actor: Actor, line: str, channel: ChannelRef | None = None
    ) -> Reply:
        return await self.dispatcher.handle_text(actor, line, channel)

    async def handle_options(
        self,
        actor: Actor,
        path: tuple[str, ...],
        options: dict[str, str],
        channel: ChannelRef | None = None,
    ) -> Reply:
        return await self.dispatcher.handle_options(actor, path, options, channel)

    async def close(self) -> None:
        await asyncio.to_thread(self.transactions.close)
        await self.engine.dispose()
