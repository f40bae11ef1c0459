"""The database server's clock as SQL: one clock that every replica reads alike.

Replicas on different hosts disagree about the time by whatever their clocks drift; a
comparison made by the database against its own clock cannot disagree with itself. Used for
the leader lease (`bot.core.leadership`), never for the bot's business time
(`bot.core.clock`), which tests and the demo move by hand.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from storage.utc import UTCDateTime


class DatabaseNow(FunctionElement[Any]):
    """The database's current UTC time, `seconds` later (seconds may be negative)."""

    type = UTCDateTime()
    inherit_cache = True

    def __init__(self, seconds: float = 0.0) -> None:
        super().__init__(literal(float(seconds)))


@compiles(DatabaseNow, "postgresql")
def _postgresql_now(element: DatabaseNow, compiler: Any, **kw: Any) -> str:
    # clock_timestamp(): the time now, not when the transaction began
    seconds = compiler.process(element.clauses, **kw)
    return f"(clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => {seconds})"


@compiles(DatabaseNow, "sqlite")
def _sqlite_now(element: DatabaseNow, compiler: Any, **kw: Any) -> str:
    # the text SQLAlchemy stores for a SQLite DATETIME, so comparisons stay textual and exact
    seconds = compiler.process(element.clauses, **kw)
    return f"strftime('%Y-%m-%d %H:%M:%f000', 'now', ({seconds}) || ' seconds')"
