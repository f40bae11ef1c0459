"""Reading a table back in a test, to check what a command wrote (or that it wrote nothing)."""

from __future__ import annotations

from typing import Any

from sqlmodel import func, select

from bot.adapters.testing import TestBot


async def rows(bot: TestBot, table: Any) -> list:
    """Every row of `table`, by id."""
    async with bot.core.sessions() as db:
        return list((await db.exec(select(table).order_by(table.id))).all())


async def count(bot: TestBot, table: type) -> int:
    async with bot.core.sessions() as db:
        return (await db.exec(select(func.count()).select_from(table))).one()
