"""How `jointclass run` stops: the first SIGTERM (or SIGINT) drains, a second one hurries, and
the process is gone within the grace whatever happens.

The grace (`JOINTCLASS_SHUTDOWN_GRACE`, 20 s) is the time from the first signal to the exit,
as an orchestrator counts it before it kills. On the first signal the bot stops taking
commands (Slack's listener closes, Discord interactions are left for the next leader) and the
commands at work get the grace but `CLEANUP_ALLOWANCE` to finish and be answered; what is
left stays in the inbox for the next process. Then the services, the scheduler and delivery
stop, the lease is released, and the process exits 0. A second signal ends the wait at once.
Should anything still hold the process when the grace is over (a bug, a thread that will not
end), a watchdog thread exits it anyway: nothing is lost either way, as everything
acknowledged is in the inbox.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading

from bot.core.bot_core import BotCore

logger = logging.getLogger(__name__)

SIGNALS = (signal.SIGINT, signal.SIGTERM)
CLEANUP_ALLOWANCE = 2.0  # seconds of the grace kept for stopping the services after the drain


class StopRequests:
    """The stop signals a running process receives: the first asks it to drain, the second to
    hurry. Installed on the running loop for the life of `jointclass run`."""

    def __init__(self, grace: float) -> None:
        self.grace = grace
        self.drain_for = max(grace - CLEANUP_ALLOWANCE, grace / 2)
        self.drain_until = 0.0  # the loop's time the drain ends by, set by the first signal
        self.asked = asyncio.Event()
        self.hurry = asyncio.Event()
        self._loop = asyncio.get_running_loop()

    def install(self) -> None:
        for signum in SIGNALS:
            self._loop.add_signal_handler(signum, self._received, signum)

    def remove(self) -> None:
        """The services stopped. A watchdog armed by a signal stays armed until the process
        is gone: what follows (closing the database, the interpreter's exit, which waits for
        every non-daemon thread, such as an async SQLite connection never closed) is within
        the grace too."""
        for signum in SIGNALS:
            self._loop.remove_signal_handler(signum)

    def _received(self, signum: int) -> None:
        name = signal.Signals(signum).name
        if not self.asked.is_set():
            logger.info("%s: stopping within %g s", name, self.grace)
            self.drain_until = self._loop.time() + self.drain_for
            self.asked.set()
            self._watch(self.grace)
        elif not self.hurry.is_set():
            logger.warning("%s again: stopping now; unfinished commands stay in the inbox", name)
            self.hurry.set()
            self._watch(CLEANUP_ALLOWANCE)

    def _watch(self, seconds: float) -> None:
        """A daemon thread that exits the process after `seconds`: it needs no event loop, so
        a loop that is stuck, or a thread the interpreter waits for at exit, cannot keep the
        process."""
        watchdog = threading.Timer(seconds, _exit_now, args=(seconds,))
        watchdog.daemon = True
        watchdog.start()


async def drain_on_request(core: BotCore, stop: StopRequests) -> None:
    """Wait for the first stop signal, then stop taking commands and let those at work finish
    (within the grace, or until a second signal). Returning stops everything else."""
    await stop.asked.wait()
    await core.stop_taking_commands()
    left = await core.inbox.drain(stop.drain_until - asyncio.get_running_loop().time(), stop.hurry)
    if left:
        logger.info("%s command(s) left in the inbox for the next process", left)
    else:
        logger.info("every command taken was answered")


def _exit_now(seconds: float) -> None:
    logger.error("the shutdown did not end within %g s; exiting anyway", seconds)
    logging.shutdown()
    os._exit(0)
