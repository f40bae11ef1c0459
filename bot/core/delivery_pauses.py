"""How long delivery waits after a failure: per message, and per platform during an outage.

A platform that is down, timing out or rate limiting fails every message alike. Rather than
let each queued message fail (and spend its own retries) in turn, the delivery worker pauses
the whole platform: when the pause ends one message probes it, and the rest follow only once
it answers again. Pauses live in memory; a restarted process simply probes at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.clock import Clock

FIRST_RETRY = timedelta(seconds=5)
SHORTEST_WAIT = timedelta(seconds=1)
MAX_BACKOFF = timedelta(minutes=10)
# A platform is probed at least once a minute, so a recovery is noticed within a minute.
MAX_PLATFORM_PAUSE = timedelta(minutes=1)


def backoff(attempts: int, cap: timedelta = MAX_BACKOFF) -> timedelta:
    """5 s, 10 s, 20 s, … up to `cap`: retries never stop, they only slow down."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), cap)


@dataclass
class _Pause:
    until: datetime
    failures: int  # in a row, without a success between


class PlatformPauses:
    """Which platforms the worker leaves alone for now, on the bot's clock."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._pauses: dict[str, _Pause] = {}

    def open(self, platforms: list[str]) -> list[str]:
        """The platforms that may be tried now."""
        now = self.clock.now()
        return [p for p in platforms if p not in self._pauses or self._pauses[p].until <= now]

    def is_paused(self, platform: str) -> bool:
        return not self.open([platform])

    def wait(self, platform: str, duration: timedelta) -> None:
        """The platform said how long to stay away (HTTP 429 Retry-After): that long, and at
        least a second, so a "Retry-After: 0" cannot turn a delivery pass into a busy loop."""
        pause = self._pauses.setdefault(platform, _Pause(self.clock.now(), 0))
        pause.until = max(pause.until, self.clock.now() + max(duration, SHORTEST_WAIT))

    def failed(self, platform: str) -> timedelta:
        """The platform failed without saying for how long: 5 s, doubling up to a minute."""
        pause = self._pauses.setdefault(platform, _Pause(self.clock.now(), 0))
        pause.failures += 1
        duration = backoff(pause.failures, MAX_PLATFORM_PAUSE)
        pause.until = max(pause.until, self.clock.now() + duration)
        return duration

    def answered(self, platform: str) -> None:
        """A message went through: the platform is back, the next failure starts afresh."""
        self._pauses.pop(platform, None)
