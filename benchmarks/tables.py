"""What every benchmark prints: percentiles of its samples and aligned tables of its rows."""

from __future__ import annotations

import statistics


def percentile(values: list[float], percent: int) -> float:
    """The inclusive `percent`th percentile; a lone sample is every percentile, none is 0."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def print_table(title: str, rows: list[dict[str, object]]) -> None:
    """Rows of the same keys, right-aligned under their keys; nothing but the title when empty."""
    print(f"\n{title}")
    if not rows:
        print("(nothing measured)")
        return
    columns = list(rows[0])

    def shown(value: object) -> str:
        if isinstance(value, float):
            return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
        return f"{value:,}" if isinstance(value, int) else str(value)

    cells = [[shown(row[c]) for c in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    print("  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True)))
    for line in cells:
        print("  ".join(v.rjust(w) for v, w in zip(line, widths, strict=True)))
