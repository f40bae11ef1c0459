"""Schema migrations (Alembic), run at every start so an existing database is upgraded in place.

`python -m storage.migrate revision "what changed"` writes a new migration from the models.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            raise RuntimeError(f"the migration left rows pointing at nothing: {broken[:5]}")


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database to the newest schema (or to `revision`: tests of a migration stop at
    it), in one transaction.

    SQLite changes a table's constraints by copying it into a new table and dropping the old
    one, which its foreign keys would refuse for any table others point at; they are off while
    the migrations run (SQLite's own procedure), and every reference is checked before commit.
    The pragma is ignored inside a transaction, hence before the first statement and after
    the commit."""
    async with engine.connect() as connection:
        copies_tables = connection.dialect.name == "sqlite"
        if copies_tables:
            await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            await connection.run_sync(_upgrade, revision)
            await connection.commit()
        finally:
            await connection.rollback()  # after a failure; nothing to undo after the commit
            if copies_tables:
                await connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                await connection.commit()


def _write_revision(message: str, *, replace: bool) -> None:
    """Autogenerate against a scratch database holding the current migrations.

    `replace` drops every existing revision first: allowed only before the first release.
    """
    from storage.engine import create_engine

    if replace:
        for old in (MIGRATIONS / "versions").glob("*.py"):
            old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite+aiosqlite:///{scratch}/schema.sqlite3")

        async def run() -> None:
            await upgrade(engine)
            async with engine.begin() as connection:
                await connection.run_sync(
                    lambda sync: command.revision(
                        alembic_config(sync), message=message, autogenerate=True
                    )
                )
            await engine.dispose()

        asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m storage.migrate")
    sub = parser.add_subparsers(dest="action", required=True)
    revision = sub.add_parser("revision", help="write a new migration from the models")
    revision.add_argument("message")
    revision.add_argument(
        "--replace",
        action="store_true",
        help="drop all revisions and write one initial migration (only before the first release)",
    )
    args = parser.parse_args()
    if args.action == "revision":
        _write_revision(args.message, replace=args.replace)


if __name__ == "__main__":
    main()
