"""Every command area, gathered into the one catalog the adapters serve.

The declarations sit above every domain package and may import any of them; only the
composition root (`bot.bootstrap`), the adapters and the CLI import `bot.commands`.
"""

from bot.commands import (
    activities,
    assistants,
    coordination,
    feedback,
    help,
    languages,
    meetings,
    membership,
    partners,
    reminders,
    schools,
    stages,
    tieup,
)
from bot.core.spec import Catalog

CATALOG = Catalog(
    [
        help.commands,
        schools.commands,
        membership.commands,
        coordination.commands,
        languages.commands,
        meetings.commands,
        feedback.commands,
        reminders.commands,
        partners.commands,
        stages.commands,
        tieup.commands,
        assistants.commands,
        activities.commands,
    ]
)
