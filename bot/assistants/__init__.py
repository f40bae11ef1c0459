"""Remote class assistants: volunteer interpreters matched to the sessions that ask for one,
under exact rules (languages, their own hours and zone, no clashes, a monthly cap), as many
sessions covered as possible, with a reason for every session left without one.

Imports `bot.core` and `bot.times` only; it sits above `bot.reminders` in the layer order.
Stores nothing: every function works on values.
"""
