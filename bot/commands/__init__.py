"""Every command area, gathered into the one catalog the adapters serve."""

from bot.commands import coordination, help, schools
from bot.spec import Catalog

CATALOG = Catalog([help.commands, schools.commands, coordination.commands])
