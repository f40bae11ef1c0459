"""Persistence: SQLModel tables, the async engine and the migrations that shape the database.

Beneath every package of `bot`, it never imports `bot` (`import-linter` checks it).
"""
