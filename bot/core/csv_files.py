"""CSV files for coordinators' spreadsheets, written one way wherever the bot exports one.

UTF-8 with a byte-order mark, so spreadsheet programs read Korean, Japanese and Greek names
correctly; CRLF line ends, as RFC 4180 has them; and a cell a spreadsheet would run as a formula
(`=HYPERLINK(…)`) prefixed with an apostrophe, so it is kept as text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SLUG = re.compile(r"[^a-z0-9]+")


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([defused(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def defused(cell: str) -> str:
    """Text a spreadsheet would evaluate is kept as text."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def file_slug(name: str, fallback: str = "program") -> str:
    """A name as a file name's part: `Seoul IJC 2027` → `seoul-ijc-2027`."""
    return _SLUG.sub("-", name.lower()).strip("-") or fallback
