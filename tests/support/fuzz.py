"""Hypothesis profiles and hostile inputs shared by the fuzz tests.

The `fuzz` profile keeps the suite fast; `HYPOTHESIS_PROFILE=deep` runs thirty times as many
examples for a search before a release. Hostile inputs are what people paste into chat by
accident or on purpose: mentions, markup, quotes, control characters, very long words.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from storage.engine import SessionFactory

settings.register_profile(
    "fuzz",
    max_examples=60,
    deadline=None,  # the first example of a run also warms the database up
    # one bot serves every example of a test: state carried between examples is wanted
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
settings.register_profile("deep", parent=settings.get_profile("fuzz"), max_examples=2000)
FUZZ = settings.get_profile("deep" if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else "fuzz")

INJECTIONS = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "@everyone",
    "@here",
    "<@U0ALICE>",
    "<@123456789012345678>",
    "<@&123456789012345678>",
    "<#C0GENERAL>",
    "<#123456789012345678>",
    "<https://evil.example|click>",
    "[click](https://evil.example)",
    "*bold*",
    "_italic_",
    "~strike~",
    "`code`",
    "```block```",
    "||spoiler||",
    "# heading",
    "> quote",
    "-# small",
)
ODD_TEXT = (
    '"',
    "“",
    "\\",
    '\\"',
    "=",
    "a=b",
    "name=",
    "=value",
    "\x00",
    "\x1b[2J",
    "\r\n",
    "\t",
    "\u202etxet",  # right-to-left override
    "\u200b",
    "🏫",
    "é",
    "x" * 5000,
    "word " * 900,
)
HOSTILE_WORDS = INJECTIONS + ODD_TEXT

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_WORDS),
    st.text(max_size=40),
    st.lists(st.sampled_from(HOSTILE_WORDS), min_size=1, max_size=4).map(" ".join),
    st.text(min_size=200, max_size=1200),
)


async def snapshot(sessions: SessionFactory) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: equal snapshots mean nothing was written."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    async with sessions() as db:
        connection = await db.connection()
        for table in SQLModel.metadata.sorted_tables:
            rows = (await connection.execute(table.select())).all()
            tables[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return tables
