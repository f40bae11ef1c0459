"""The leader lease: of several replicas on one database, exactly one fires reminders, sends the
outbox and holds the Discord connection; when it dies another holds the lease within 20 s.

The lease is one row (`storage.models.Lease`): a holder and an expiry. Claiming it is a single
upsert that succeeds only if the row is free, expired, or already ours, so two contenders can
never both hold it, and a restarted process with the same instance id retakes its own lease at
once. Expiry is judged by the database's clock, not the process's: replicas on different hosts
then cannot disagree about whether a lease has run out (a process clock running a few seconds
ahead would let a follower take over from a live leader), and the bot's business clock, which
tests and the demo move by hand, is not involved at all.

The leader fences itself with its own monotonic clock, which needs no agreement with anyone's:
a claim that started at t gives the lease until at least t + TTL on the database's clock, and
the leader stops its work if it cannot renew by t + 2 × RENEW_EVERY (= TTL − 5 s), so the old
leader has stopped before a new one may start. (Only an event loop stalled for longer than
that margin could overlap the two; reminder claims stay atomic, so even then a message may go
out twice but none is lost.) Worst-case takeover after a crash: the lease runs out (≤ TTL
after the last renewal) and a follower tries again (≤ RENEW_EVERY later).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from bot.core.side_by_side import run_side_by_side
from storage.engine import SessionFactory, transaction
from storage.repositories.leases import Leases

logger = logging.getLogger(__name__)

LEADER = "leader"
TTL_SECONDS = 15.0
RENEW_EVERY = 5.0  # also how long a claim may take before it counts as failed
RELEASE_TIMEOUT = 2.0  # at shutdown: a database that does not answer lets the lease expire


class LeaderLease:
    """One named lease in the database, claimed and released by one holder."""

    def __init__(
        self,
        sessions: SessionFactory,
        holder: str,
        *,
        name: str = LEADER,
        ttl_seconds: float = TTL_SECONDS,
    ) -> None:
        self.sessions = sessions
        self.holder = holder
        self.name = name
        self.ttl_seconds = ttl_seconds

    async def claim(self) -> bool:
        """Take the lease if it is free or expired, or renew it if it is ours; True if we hold
        it now. One statement: the database serialises contenders on the row."""
        async with transaction(self.sessions) as db:
            return await Leases(db).claim(self.name, self.holder, self.ttl_seconds)

    async def release(self) -> None:
        """Give the lease up (a clean shutdown), so a follower need not wait for it to expire."""
        async with transaction(self.sessions) as db:
            await Leases(db).release(self.name, self.holder)

    async def current_holder(self) -> str | None:
        """Who holds the lease now, if anyone."""
        async with self.sessions() as db:
            return await Leases(db).holder(self.name)


LeaderWork = Callable[[], dict[str, Coroutine[Any, Any, None]]]


class Leadership:
    """Keeps claiming the lease; runs the leader's work while it holds it, stops it at once when
    a claim fails or another holder has it."""

    def __init__(
        self,
        lease: LeaderLease,
        *,
        take_over: Callable[[], Awaitable[None]],
        work: LeaderWork,
        renew_every: float = RENEW_EVERY,
    ) -> None:
        self.lease = lease
        self.take_over = take_over  # first thing a new leader does (re-queue, catch up)
        self.work = work  # fresh coroutines for each term
        self.renew_every = renew_every
        self._term: asyncio.Task[None] | None = None
        self._ever_held = False

    @property
    def leading(self) -> bool:
        return self._term is not None

    async def run(self) -> None:
        """Until cancelled, or until the leader's work ends (re-raising its failure)."""
        loop = asyncio.get_running_loop()
        try:
            while True:
                attempt = loop.time()
                held = await self._claim()
                if held and not self.leading:
                    logger.info("%s is the leader now", self.lease.holder)
                    self._ever_held = True
                    self._term = asyncio.create_task(self._serve(), name="leader-term")
                elif not held and self.leading:
                    logger.warning("%s lost the leader lease; stopping", self.lease.holder)
                    await self._stand_down()
                if await self._term_ended(attempt + self.renew_every - loop.time()):
                    return
        finally:
            await self._stand_down()
            if self._ever_held:
                await self._release()

    async def _claim(self) -> bool:
        try:
            async with asyncio.timeout(self.renew_every):  # not wait_for: see bot.core.outbox
                return await self.lease.claim()
        except Exception as error:  # the database is slow or gone: not the leader meanwhile
            reason = str(error) or type(error).__name__  # a timeout has no message
            logger.warning("claiming the leader lease failed: %s", reason)
            return False

    async def _serve(self) -> None:
        await self.take_over()
        await run_side_by_side(self.work())

    async def _term_ended(self, timeout: float) -> bool:
        """Wait for the next claim; True if the leader's work ended meanwhile (its failure is
        raised)."""
        if self._term is None:
            await asyncio.sleep(max(timeout, 0))
            return False
        done, _ = await asyncio.wait({self._term}, timeout=max(timeout, 0))
        if not done:
            return False
        self._term.result()
        return True

    async def _stand_down(self) -> None:
        term, self._term = self._term, None
        if term is None:
            return
        term.cancel()
        await asyncio.gather(term, return_exceptions=True)  # a failure was raised, or is moot

    async def _release(self) -> None:
        try:
            async with asyncio.timeout(RELEASE_TIMEOUT):
                await self.lease.release()
        except Exception as error:
            logger.warning("could not release the leader lease (it expires): %s", error)
