"""Reminders: lead times, a booked session's reminder plan as rows, the alarm that fires
them, what each says to whom, and the console's demo clock.

Imports `bot.core`, `bot.times`, `bot.schools` and `bot.sessions`.
"""
