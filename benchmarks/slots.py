"""How long `propose_slots` takes per school pair over a six-month range: a table by outcome.

    python -m benchmarks.slots [--pairs 1000] [--seed 2027] [--days 183]

Schools come from the demand-survey generator (the program's country mix, zones and hours);
states, Länder and French zones are filled in where the `holidays` package knows school
vacations for them, and some schools declare a summer break, so every closure rule is
exercised. Pairs and range starts (anywhere in 2027, so daylight-saving changes fall inside) are
drawn with a seeded generator. The first pass runs on cold caches (holiday calendars, local
midnights), the second on the caches the first left, as a long-running bot would.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from benchmarks.survey_generator import survey_rows
from benchmarks.tables import percentile
from bot.schools.profile import SchoolProfile, parse_grades, split_list
from bot.sessions.slots import SlotRequest, propose_slots
from bot.times.vacations import DateRange, parse_vacations
from bot.times.weekly_hours import parse_weekly_hours

SUBDIVISIONS = {
    "Australia/Sydney": "NSW",
    "Australia/Melbourne": "VIC",
    "Australia/Brisbane": "QLD",
    "Australia/Perth": "WA",
    "Australia/Adelaide": "SA",
    "America/New_York": "NY",
    "America/Chicago": "IL",
    "America/Denver": "CO",
    "America/Los_Angeles": "CA",
}
CHOICES = {"DE": ("BY", "BE", "NW", "HH", "SN"), "FR": ("Zone A", "Zone B", "Zone C")}
SUMMER_BREAK = DateRange(date(2027, 7, 24), date(2027, 8, 22))


def profiles(seed: int) -> list[SchoolProfile]:
    rng = random.Random(seed)
    found = []
    for row in survey_rows(scale=1.0, seed=seed):
        country = row["country"]
        subdivision = SUBDIVISIONS.get(row["timezone"]) or (
            rng.choice(CHOICES[country]) if country in CHOICES else None
        )
        vacations = (SUMMER_BREAK,) if rng.random() < 0.3 else parse_vacations(row["vacations"])
        found.append(
            SchoolProfile(
                id=row["school_id"],
                name=row["name"],
                program_id=1,
                side=row["side"],
                country=country,
                subdivision=subdivision,
                city=row["city"],
                timezone=row["timezone"],
                level=row["level"],
                grades=parse_grades(row["grades"]),
                languages=split_list(row["languages"].replace(",", ";")),
                topics=(),
                quota=int(row["quota"]),
                class_hours=parse_weekly_hours(row["class_hours"]),
                after_school_hours=parse_weekly_hours(row["after_school_hours"]),
                vacations=vacations,
            )
        )
    return found


def requests(pairs: int, seed: int, days: int) -> list[SlotRequest]:
    rng = random.Random(seed)
    schools = profiles(seed)
    made = []
    for _ in range(pairs):
        caller, partner = rng.sample(schools, 2)
        first = date(2027, 1, 1) + timedelta(days=rng.randrange(365))
        made.append(
            SlotRequest(
                caller,
                partner,
                first,
                first + timedelta(days=days - 1),
                not_before=datetime(2026, 12, 1, tzinfo=UTC),
            )
        )
    return made


def timed(request: SlotRequest) -> tuple[str, float]:
    started = time.perf_counter()
    proposal = propose_slots(request)
    elapsed = (time.perf_counter() - started) * 1000
    if proposal.slots:
        return f"slots ({proposal.slots[0].within.value.replace('_', ' ')})", elapsed
    assert proposal.shortfall is not None
    return f"none: {proposal.shortfall.obstacle.value.replace('_', ' ')}", elapsed


def table(title: str, results: list[tuple[str, float]]) -> str:
    by_outcome: dict[str, list[float]] = defaultdict(list)
    for outcome, elapsed in results:
        by_outcome[outcome].append(elapsed)
    rows = [*sorted(by_outcome.items()), ("all pairs", [elapsed for _, elapsed in results])]
    lines = [title, f"  {'outcome':<26}{'pairs':>7}{'median ms':>12}{'p95 ms':>10}{'max ms':>10}"]
    for outcome, values in rows:
        lines.append(
            f"  {outcome:<26}{len(values):>7}{statistics.median(values):>12.2f}"
            f"{percentile(values, 95):>10.2f}{max(values):>10.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.slots", description=__doc__)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--days", type=int, default=183, help="length of each range")
    args = parser.parse_args(argv)
    batch = requests(args.pairs, args.seed, args.days)
    print(
        f"propose_slots over {args.days}-day ranges, {args.pairs} random school pairs "
        f"(seed {args.seed}), default duration and count"
    )
    for title in ("first pass, cold caches", "second pass, warm caches"):
        print(table(title, [timed(request) for request in batch]))


if __name__ == "__main__":
    main()
