"""Slack and Discord down for several minutes: what arrives after recovery, and how hard the
platform was hit meanwhile.

    python -m benchmarks.outage [--minutes 5]

Each row plays tests/support/platform_outage.py once: the real messenger (slack_sdk's client,
discord.py's HTTP client) against the local fake over loopback, reminders to three recipients
queued before and every ten seconds during an outage of 429s, 500s, 503s or unanswered
requests, on the bot's manual clock (backoff minutes pass at once; sends time out after 0.3 s
of real time). "In order" compares each recipient's arrivals with its queue.
"""

from __future__ import annotations

import argparse
import asyncio

from benchmarks.tables import print_table
from tests.support.platform_outage import OUTAGES, PLATFORMS, OutageOutcome, play_outage


async def measure(minutes: int) -> list[dict[str, object]]:
    rows = []
    for name, platform_of in PLATFORMS.items():
        for kind in OUTAGES:
            async with platform_of() as platform:
                outcome = await play_outage(platform, kind, minutes=minutes)
            rows.append(_row(name, kind, outcome))
    return rows


def _row(name: str, kind: str, outcome: OutageOutcome) -> dict[str, object]:
    once = sorted(outcome.delivered) == sorted(outcome.queued)
    in_order = outcome.per_recipient(outcome.delivered) == outcome.per_recipient(outcome.queued)
    return {
        "platform": name,
        "outage": kind,
        "queued": len(outcome.queued),
        "delivered": f"{len(outcome.delivered)}"
        + (", once each" if once else ", LOST OR DUPLICATED"),
        "in order": "yes" if in_order else "NO",
        "requests while down": outcome.requests_during_outage,
        "most tries of one": outcome.most_attempts,
        "all in after recovery": f"{outcome.recovery.total_seconds():.0f} s",
        "wall": f"{outcome.wall_seconds:.1f} s",
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.outage")
    parser.add_argument("--minutes", type=int, default=5, help="how long each outage lasts")
    args = parser.parse_args()
    print_table(f"{args.minutes}-minute outages, then recovery", asyncio.run(measure(args.minutes)))


if __name__ == "__main__":
    main()
