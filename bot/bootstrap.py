"""The composition root: the one place that wires real or fake parts into a `BotCore`."""

from __future__ import annotations

from bot.commands import CATALOG
from bot.core.bot_core import BotCore
from bot.core.clock import Clock, SystemClock
from bot.core.settings import Settings
from bot.feedback.requests import install_feedback
from bot.reminders.scheduler import ReminderScheduler
from storage.engine import create_engine, session_factory


async def build_bot(
    settings: Settings,
    *,
    clock: Clock | None = None,
    database_url: str | None = None,
    lead: bool = True,
) -> BotCore:
    """A started bot: database migrated, configuration seeded; adapters attach messengers.
    Without `lead`, it fires and sends nothing until it wins the leader lease."""
    engine = create_engine(database_url or settings.resolved_database_url())
    bot = BotCore(
        settings=settings,
        catalog=CATALOG,
        engine=engine,
        sessions=session_factory(engine),
        clock=clock or SystemClock(),
    )
    reminders = ReminderScheduler(bot.sessions, bot.clock, bot.delivery)
    bot.services["reminders"] = reminders  # end-of-session handlers register here
    bot.add_due_work(reminders)
    install_feedback(bot)  # asks for feedback when a session ends; nudges and escalates
    await bot.start(lead=lead)
    return bot
