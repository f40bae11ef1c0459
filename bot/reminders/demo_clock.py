"""`/clock` in the console demo: move a manual clock and fire what comes due on the way.

Time moves from one due moment to the next (a reminder, a feedback nudge or escalation: any due
work of the core), so each fires at its own moment, in order, and none reads as "late", exactly
as in a running bot, only without the waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.core.bot_core import BotCore
from bot.core.clock import ManualClock
from bot.core.value_types import ValueProblem
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.time_text import day_text
from bot.reminders.lead_times import LeadTime

logger = logging.getLogger(__name__)


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant with its offset: `2027-01-11T09:00Z`, `2027-01-11T18:00+09:00`."""
    try:
        instant = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError:
        raise ValueProblem(Message("reminder-clock-not-an-instant", text=text)) from None
    if instant.tzinfo is None:
        raise ValueProblem(Message("reminder-clock-no-zone", text=text))
    return instant.astimezone(UTC)


async def advance_through(
    core: BotCore,
    clock: ManualClock,
    target: datetime,
    announce: Callable[[datetime], None] = lambda _: None,
) -> int:
    """Move the clock to `target`, stopping at each moment something is due on the way to do
    it (`announce` hears of each stop first). Returns how many stops were made."""
    stops = 0
    while (due := await core.next_due()) is not None and due <= target:
        if stops and due <= clock.now():
            break  # nothing came of the last stop (a failure waits for its retry): move on
        clock.set(max(due, clock.now()))
        announce(clock.now())
        await core.run_due_work()
        stops += 1
    clock.set(target)
    await core.run_due_work()
    return stops


@dataclass(frozen=True)
class ClockDay:
    """The demo clock's day: `Mon 08 Mar 2027` in English, as it has always read; CLDR's day
    in the other languages (`2027년 3월 8일 (월)`)."""

    day: date

    def localized(self, language: Language, translator: Renderer) -> str:
        if language.catalog == ENGLISH.catalog:
            return f"{self.day:%a %d %b %Y}"
        return day_text(self.day, language, year=True)


def shown(instant: datetime) -> Message:
    """`Mon 08 Mar 2027 09:00 UTC`, the day as the reader's language writes it."""
    return Message("reminder-clock-time", day=ClockDay(instant.date()), time=f"{instant:%H:%M}")


class DemoClock:
    def __init__(self, core: BotCore, clock: ManualClock) -> None:
        self.core = core
        self.clock = clock

    async def handle(
        self,
        arguments: str,
        announce: Callable[[str], None] = lambda _: None,
        language: Language = ENGLISH,
    ) -> str:
        """Run a `/clock …` directive; the answer, in `language`, says what time it is now."""

        def say(message: Message) -> str:
            return self.core.translator.render(message, language)

        def stopped(instant: datetime) -> None:
            announce(say(Message("reminder-clock-stop", time=shown(instant))))

        verb, _, rest = arguments.strip().partition(" ")
        try:
            if verb == "":
                return say(self._now())
            if verb == "advance":
                step = LeadTime.parse(rest)
                if step.off:
                    return say(Message("reminder-clock-how-much"))
                target = (self.clock.now() + step.calendar) + step.elapsed
            elif verb == "to":
                target = parse_instant(rest)
            else:
                return say(Message("reminder-clock-unknown", verb=verb))
        except ValueProblem as problem:
            return say(Message("reminder-clock-problem", problem=problem.message))
        if target < self.clock.now():
            return say(Message("reminder-clock-backwards", time=self._now()))
        await advance_through(self.core, self.clock, target, stopped)
        logger.info("demo clock moved to %s", target.isoformat())
        return say(Message("reminder-clock-moved", time=self._now()))

    def _now(self) -> Message:
        return shown(self.clock.now())
