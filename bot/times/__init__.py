"""Time and zones: wall clocks in IANA zones, weekly hours, availability on real dates,
declared vacations, countries and their zones, and times as people read and type them.

Imports `bot.core` only. Stores nothing: every function works on values.
"""
