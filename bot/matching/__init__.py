"""Matching schools: partner search and its in-memory index, the tie-up's time rule
(feasibility), the batch tie-up and last year's continuing pairs, pair quality and the reasons
a school stays unmatched.

Imports `bot.core`, `bot.times` and `bot.schools`; never `bot.sessions` (they are siblings).
"""
