"""Feedback after each session: asking each side, answers and their rules, one session's
summary, and the coordinators' report, chart and CSV.

Imports everything beneath it (`bot.core` up to `bot.reminders`); nothing imports it but
`bot.commands`, the composition root and the CLI.
"""
