"""Slack installations, in the tables slack_sdk's SQLAlchemy store keeps (its shape, not ours:
`bot.adapters.slack.installations` explains why they live beside our tables), with their token
columns sealed: written sealed, read opened, by the `Sealing` the bot is configured with."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import MetaData, Table, Text, and_, desc, or_, select, text, update
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.types import TypeDecorator

# The columns of slack_sdk's tables that hold a credential (the bots table has the first two).
TOKEN_COLUMNS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")


class Sealing(Protocol):
    def seal(self, clear: str) -> str: ...

    def open(self, sealed: str) -> str: ...

    def reseal(self, stored: str) -> str | None: ...


class SealedText(TypeDecorator[str]):
    """A text column kept sealed: the statements read and write the clear value."""

    impl = Text
    cache_ok = True

    def __init__(self, sealing: Sealing) -> None:
        super().__init__()
        self.sealing = sealing

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.sealing.seal(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.sealing.open(value)


def sealed_copy(table: Table, metadata: MetaData, sealing: Sealing) -> Table:
    """The table in `metadata`, its token columns sealed (and of unbounded length: a sealed token
    is about three times as long as the clear one)."""
    copy = table.to_metadata(metadata)
    for name in TOKEN_COLUMNS:
        if name in copy.c:
            copy.c[name].type = SealedText(sealing)
    return copy


async def widen_token_columns(engine: AsyncEngine, tables: tuple[Table, ...]) -> None:
    """Make the token columns of tables slack_sdk created (VARCHAR(200)) long enough for sealed
    values. Only PostgreSQL enforces the length; making a VARCHAR a TEXT rewrites nothing."""
    if engine.dialect.name != "postgresql":
        return
    async with engine.begin() as connection:
        for table in tables:
            for name in TOKEN_COLUMNS:
                if name in table.c:
                    await connection.execute(
                        text(f'ALTER TABLE "{table.name}" ALTER COLUMN "{name}" TYPE TEXT')
                    )


async def reseal_tokens(engine: AsyncEngine, plain: tuple[Table, ...], sealing: Sealing) -> int:
    """Seal every token stored in clear and seal again those sealed with an old key, in one
    transaction; `plain` are the tables as slack_sdk declares them (values as stored). Returns
    how many values were rewritten."""
    rewritten = 0
    async with engine.begin() as connection:
        for table in plain:
            columns = [table.c[name] for name in TOKEN_COLUMNS if name in table.c]
            rows = await connection.execute(select(table.c.id, *columns))
            for row in rows.mappings().all():
                values = {
                    column.name: resealed
                    for column in columns
                    if row[column.name] is not None
                    and (resealed := sealing.reseal(row[column.name])) is not None
                }
                if values:
                    await connection.execute(
                        update(table).where(table.c.id == row["id"]).values(**values)
                    )
                    rewritten += len(values)
    return rewritten


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
