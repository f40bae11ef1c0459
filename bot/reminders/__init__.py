"""Reminders: lead times, a booked session's reminder plan as rows (booking's
`SessionPlanner`), the alarm that fires them, what each says to whom, and the console's demo
clock.

Imports `bot.core`, `bot.times`, `bot.schools` and `bot.sessions`. What runs when a session
ends (feedback) is handed to the scheduler by the composition root.
"""
