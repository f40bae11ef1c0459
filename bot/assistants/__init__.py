"""Remote class assistants: volunteer interpreters matched to the sessions that ask for one,
under exact rules (languages, their own hours and zone, no clashes, a monthly cap), as many
sessions covered as possible, with a reason for every session left without one.

The matching core (values, rules, checker, problem, solver, reasons, offer, plan) works on
values and stores nothing; the rest keeps volunteers, asks and assignments in storage through
its repositories, inside the command's transaction. Imports `bot.core`, `bot.times`,
`bot.schools`, `bot.sessions` and `bot.reminders`; it sits above `bot.reminders` in the layer
order, and implements the sessions' `SessionAssistance` protocol.
"""
