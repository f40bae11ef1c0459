"""Persistence: SQLModel tables, the async engine and the migrations that shape the database."""
