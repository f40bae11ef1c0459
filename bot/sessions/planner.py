"""What a session's booking sets off (its reminders, its assistant), declared here so that sessions
need not import the packages that do it: `bot.reminders` implements the planner and
`bot.assistants` the assistance; the composition root hands them over as
`ctx.services.session_planner` and `ctx.services.session_assistance`."""

from __future__ import annotations

from typing import Protocol

from bot.core.context import Context
from bot.i18n.messages import Localizable
from storage.models import ExchangeSession, School


class PlannedSession(Protocol):
    def checklist(self, reader: School) -> Localizable | None:
        """The preparation already due when the session was booked, for `reader`'s teachers
        (their zone first), in each reader's language; None when nothing was missed."""
        ...

    def moves(self, reader: School) -> Localizable | None:
        """What was planned differently from the lead times, for `reader`'s teachers (a
        reminder moved off a closed day), in each reader's language; None when nothing was."""
        ...


class SessionPlanner(Protocol):
    """Called inside the command's transaction, after the session row is flushed, so what it
    plans changes exactly when the session does."""

    async def plan(self, ctx: Context, session: ExchangeSession) -> PlannedSession:
        """Both schools agreed: plan what the booked session needs."""
        ...

    async def replan(self, ctx: Context, session: ExchangeSession) -> PlannedSession:
        """The booked session moved (or its agenda changed): plan again."""
        ...

    async def cancel(self, ctx: Context, session: ExchangeSession) -> int:
        """The session is off: nothing planned for it goes out. Returns how much was dropped."""
        ...


class SessionAssistance(Protocol):
    """A session's remote class assistant, kept in step with the session: called inside the
    command's transaction, after the session row is flushed."""

    async def proposed(self, ctx: Context[BookingServices], session: ExchangeSession) -> None:
        """A new session: the program may ask for an assistant for it at once."""
        ...

    async def moved(self, ctx: Context[BookingServices], session: ExchangeSession) -> None:
        """The session has a new time: its assistant keeps it only if still free then."""
        ...

    async def cancelled(self, ctx: Context[BookingServices], session: ExchangeSession) -> None:
        """The session is off: its assistant is released and told."""
        ...


class BookingServices(Protocol):
    """What booking needs of the bot's services."""

    session_planner: SessionPlanner
    session_assistance: SessionAssistance
