"""Schools: a profile as the domain sees it, the fields a profile is written with (chat,
forms, the survey CSV), the days a school is closed, partnerships and their stages, and the
survey import.

Imports `bot.core` and `bot.times`.
"""
