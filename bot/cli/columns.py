"""Tables of plain text that line up in a terminal whatever the script: Hangul, Kana and Han
(East Asian wide and fullwidth characters) take two columns each, combining marks none."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence

GAP = "  "


def display_width(text: str) -> int:
    """How many terminal columns `text` takes."""
    return sum(
        0
        if unicodedata.combining(char)
        else 2
        if unicodedata.east_asian_width(char) in ("W", "F")
        else 1
        for char in text
    )


def aligned(rows: Sequence[Sequence[str]], right: Collection[int] = ()) -> list[str]:
    """Each row as a line, its cells padded to their column's widest and two spaces apart;
    the columns numbered in `right` (numbers) flush right. A last empty cell adds nothing."""
    widths = [
        max((display_width(row[column]) for row in rows if column < len(row)), default=0)
        for column in range(max((len(row) for row in rows), default=0))
    ]
    lines = []
    for row in rows:
        cells = []
        for column, cell in enumerate(row):
            padding = " " * (widths[column] - display_width(cell))
            cells.append(padding + cell if column in right else cell + padding)
        lines.append(GAP.join(cells).rstrip())
    return lines
