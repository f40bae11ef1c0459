"""Slack installations, read from the table slack_sdk's SQLAlchemy store keeps (its shape, not
ours: `bot.adapters.slack.installations` explains why it lives beside our tables)."""

from __future__ import annotations

from sqlalchemy import Table, and_, desc, or_, select
from sqlalchemy.ext.asyncio import AsyncEngine


async def newest_bot_token(
    engine: AsyncEngine, bots: Table, client_id: str, workspace: str
) -> str | None:
    """The newest bot token of the app `client_id` installed in the workspace: by team id, or
    by org id for org-wide installs (which have no team id)."""
    columns = bots.c
    query = (
        select(columns.bot_token)
        .where(
            columns.client_id == client_id,
            columns.bot_token.is_not(None),
            or_(
                columns.team_id == workspace,
                and_(columns.team_id.is_(None), columns.enterprise_id == workspace),
            ),
        )
        .order_by(desc(columns.installed_at))
        .limit(1)
    )
    async with engine.connect() as connection:
        token = (await connection.execute(query)).scalar()
    return None if token is None else str(token)
