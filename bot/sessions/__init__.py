"""Exchange sessions: meeting slots in both zones, booking and its state changes, series of
sessions (their placement and fair hours), agendas, calendar invites, the overlap chart and how
a session reads in text.

Imports `bot.core`, `bot.times` and `bot.schools`; never `bot.matching` (they are siblings).
What booking sets off later (the reminders, and feedback after them) it reaches through the
`SessionPlanner` it declares (`bot.sessions.planner`), handed over in `ctx.services` by the
composition root, not by importing those packages.
"""
