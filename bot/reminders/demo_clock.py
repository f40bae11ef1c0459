"""`/clock` in the console demo: move a manual clock and fire what comes due on the way.

Time moves from one due moment to the next (a reminder, a feedback nudge or escalation: any due
work of the core), so each fires at its own moment, in order, and none reads as "late", exactly
as in a running bot, only without the waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.value_types import ValueProblem
from bot.reminders.lead_times import LeadTime

logger = logging.getLogger(__name__)

USAGE = (
    "Use `/clock` to see the time, `/clock advance 30d` (mo, w, d, h, m) or "
    "`/clock to 2027-04-01T09:00Z` to move it."
)


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant with its offset: `2027-01-11T09:00Z`, `2027-01-11T18:00+09:00`."""
    try:
        instant = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError:
        raise ValueProblem(
            f"'{text}' is not an instant; write it like 2027-01-11T09:00Z or 2027-01-11T18:00+09:00"
        ) from None
    if instant.tzinfo is None:
        raise ValueProblem(f"'{text}' has no zone; end it with Z (UTC) or an offset like +09:00")
    return instant.astimezone(UTC)


async def advance_through(
    core: BotCore,
    clock: ManualClock,
    target: datetime,
    announce: Callable[[str], None] = lambda _: None,
) -> int:
    """Move the clock to `target`, stopping at each moment something is due on the way to do
    it (`announce` hears of each stop first). Returns how many stops were made."""
    stops = 0
    while (due := await core.next_due()) is not None and due <= target:
        if stops and due <= clock.now():
            break  # nothing came of the last stop (a failure waits for its retry): move on
        clock.set(max(due, clock.now()))
        announce(f"[clock] {shown(clock.now())}")
        await core.run_due_work()
        stops += 1
    clock.set(target)
    await core.run_due_work()
    return stops


def shown(instant: datetime) -> str:
    return f"{instant:%a %d %b %Y %H:%M} UTC"


class DemoClock:
    def __init__(self, core: BotCore, clock: ManualClock) -> None:
        self.core = core
        self.clock = clock

    async def handle(self, arguments: str, announce: Callable[[str], None] = lambda _: None) -> str:
        """Run a `/clock …` directive; the answer says what time it is now."""
        verb, _, rest = arguments.strip().partition(" ")
        try:
            if verb == "":
                return self._now()
            if verb == "advance":
                step = LeadTime.parse(rest)
                if step.off:
                    return f"Advance by how much? {USAGE}"
                target = (self.clock.now() + step.calendar) + step.elapsed
            elif verb == "to":
                target = parse_instant(rest)
            else:
                return f"Unknown clock directive '{verb}'. {USAGE}"
        except ValueProblem as problem:
            return f"{problem}. {USAGE}"
        if target < self.clock.now():
            return f"The demo clock only moves forward; it is {self._now()}."
        await advance_through(self.core, self.clock, target, announce)
        logger.info("demo clock moved to %s", target.isoformat())
        return f"Moved the clock to {self._now()}."

    def _now(self) -> str:
        return shown(self.clock.now())
