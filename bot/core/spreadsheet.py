"""CSV the bot writes is opened in spreadsheets, which run a cell that looks like a formula."""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defused(cell: str) -> str:
    """Text a spreadsheet would evaluate (`=HYPERLINK(…)`) is kept as text."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell
