"""Every command area, gathered into the one catalog the adapters serve."""

from bot.commands import (
    coordination,
    feedback,
    help,
    meetings,
    partners,
    reminders,
    schools,
    tieup,
)
from bot.core.spec import Catalog

CATALOG = Catalog(
    [
        help.commands,
        schools.commands,
        coordination.commands,
        meetings.commands,
        feedback.commands,
        reminders.commands,
        partners.commands,
        tieup.commands,
    ]
)
