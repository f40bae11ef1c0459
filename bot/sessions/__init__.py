"""Exchange sessions: meeting slots in both zones, booking and its state changes,
agendas, calendar invites, the overlap chart and how a session reads in text.

Imports `bot.core`, `bot.times` and `bot.schools`; never `bot.matching` (they are siblings).
What booking sets off later (reminders, feedback) reaches it through `bot.core.context`'s
typed services, not by importing those packages.
"""
