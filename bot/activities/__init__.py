"""Non-real-time exchanges (video letters, shared boards, letters, culture boxes): the kinds
and their steps, each step's deadline on its owner school's calendar, planning, confirming,
marking steps done and cancelling, and how an activity reads.

Imports `bot.core`, `bot.times`, `bot.schools` and `bot.sessions` (which partner a command is
about, and how a change is announced to both schools). The reminders before each deadline it
reaches through the `DeadlinePlanner` it declares (`bot.activities.planner`), handed over in
`ctx.services` by the composition root.
"""
