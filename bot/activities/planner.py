"""What an activity's changes set off (the reminders before each deadline), declared here so
that activities need not import `bot.reminders`, which implements it; the composition root
hands it over as `ctx.services.deadline_planner`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.core.context import Context
from storage.models import ActivityStep


class DeadlinePlanner(Protocol):
    """Called inside the command's transaction, after the rows are flushed, so the reminders
    change exactly when the activity does."""

    async def plan(self, ctx: Context, steps: Sequence[ActivityStep]) -> list[str]:
        """Both schools agreed: remind each step's owner before its deadline. Returns, for the
        reply, the reminders moved off a closed day (one sentence each)."""
        ...

    async def drop(self, ctx: Context, steps: Sequence[ActivityStep]) -> int:
        """The steps are done or the activity is off: none of their reminders goes out.
        Returns how many were dropped."""
        ...


class ActivityServices(Protocol):
    """What activities need of the bot's services."""

    deadline_planner: DeadlinePlanner
