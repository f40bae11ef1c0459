"""The composition root: the one place that builds every part of the bot and wires them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.activities.planner import ActivityServices, DeadlinePlanner
from bot.assistants.after_session import AssistanceQuestions
from bot.assistants.session_changes import SessionAssistants
from bot.commands import CATALOG
from bot.commands.partners import FindServices
from bot.core.bot_core import BotCore
from bot.core.clock import Clock, SystemClock
from bot.core.outbox import DeliveryWorker
from bot.core.settings import Settings
from bot.core.spec import Catalog
from bot.feedback.requests import FeedbackAsker, FeedbackFollowUp, FeedbackWording
from bot.i18n.translator import Translator
from bot.matching.partner_index import PartnerIndex
from bot.reminders.deadline_alarm import DeadlineAlarm
from bot.reminders.deadline_reminders import DeadlineReminders
from bot.reminders.scheduler import ReminderScheduler
from bot.reminders.session_reminders import SessionReminders
from bot.sessions.planner import BookingServices, SessionAssistance, SessionPlanner
from storage.engine import create_engine, session_factory


@dataclass
class Services(BookingServices, FindServices, ActivityServices):
    """The bot's long-lived parts, as commands see them (`ctx.services`) and tests reach them
    (`bot.core.services`). Each base is what one layer declared it needs; this provides all."""

    reminders: ReminderScheduler
    session_planner: SessionPlanner
    session_assistance: SessionAssistance
    deadline_planner: DeadlinePlanner
    partner_index: PartnerIndex


async def build_bot(
    settings: Settings,
    *,
    catalog: Catalog = CATALOG,
    clock: Clock | None = None,
    database_url: str | None = None,
    lead: bool = True,
) -> BotCore[Services]:
    """A started bot: database migrated, configuration seeded; adapters attach messengers.
    Without `lead`, it fires and sends nothing until it wins the leader lease."""
    engine = create_engine(database_url or settings.resolved_database_url())
    sessions = session_factory(engine)
    clock = clock or SystemClock()
    delivery = DeliveryWorker(sessions, clock)
    translator = Translator.load()
    feedback_wording = FeedbackWording(translator, settings.language)
    # A session's end asks both sides for feedback (nudges and escalations follow), and its
    # assistant and teachers about the assistance.
    assistance_questions = AssistanceQuestions(translator, settings.language)
    reminders = ReminderScheduler(
        sessions,
        clock,
        delivery,
        end_handlers=[FeedbackAsker(feedback_wording), assistance_questions],
        translator=translator,
        language=settings.language,
    )
    services = Services(
        reminders=reminders,
        session_planner=SessionReminders(),
        session_assistance=SessionAssistants(),
        deadline_planner=DeadlineReminders(),
        partner_index=PartnerIndex(engine),  # counts this engine's writes from here on
    )
    bot = BotCore(
        settings=settings,
        catalog=catalog,
        engine=engine,
        sessions=sessions,
        clock=clock,
        delivery=delivery,
        services=services,
        translator=translator,
        due_work=(
            reminders,
            FeedbackFollowUp(sessions, clock, feedback_wording),
            DeadlineAlarm(sessions, clock, delivery, translator, settings.language),
        ),
    )
    await bot.start(lead=lead)
    return bot
