"""Joining a school the way the bot now requires: ask, then be approved."""

from __future__ import annotations

from bot.adapters.testing import WORKSPACE, TestBot
from bot.core.reply import Reply


async def join_approved(
    bot: TestBot,
    user: str,
    school_id: str,
    *,
    approver: str = "coordinator",
    workspace: str = WORKSPACE,
) -> Reply:
    """`user` asks to join the school and `approver` (in the first workspace) approves."""
    asked = await bot.ok(user, f"school join {school_id}", workspace=workspace)
    return await bot.ok(approver, f"teacher approve {asked.data['request_id']}")
