"""The coordinators `JOINTCLASS_COORDINATORS` names run the bot's programs: the configured
program from the start, and every program imported from the command line, which nobody in chat
could otherwise reach."""

from __future__ import annotations

from datetime import datetime

from bot.core.identity import Actor
from bot.core.settings import Settings
from storage.engine import UnitOfWork
from storage.repositories.coordinators import Coordinators


async def appoint_configured(
    db: UnitOfWork, settings: Settings, program_id: int, now: datetime, *, current: bool = False
) -> list[Actor]:
    """Make every configured coordinator a coordinator of the program (those who are stay);
    with `current`, it also becomes the program their commands act on when they name none."""
    coordinators = Coordinators(db)
    actors = settings.configured_coordinators()
    for actor in actors:
        await coordinators.add(
            program_id,
            actor.platform,
            actor.workspace,
            actor.user_id,
            display_name=actor.display_name,
            added_by="configuration",
            now=now,
        )
        if current:
            await coordinators.choose_program(
                actor.platform, actor.workspace, actor.user_id, program_id, now
            )
    return actors
