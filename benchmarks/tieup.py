"""Benchmarks of the batch tie-up and of `find`, printed as tables: `python -m benchmarks.tieup`.

Tie-up: demand surveys shaped like the Seoul program at each scale are stored in a fresh SQLite
file, then the tie-up runs end to end as `jointclass match` runs it (load the program's schools,
decide feasibility, solve, explain every open place). The same feasibility graph is then solved
by a reference maximum flow (networkx), and the pair counts are compared. The reference is
skipped above `--reference-limit` pairs, where networkx would need more memory than this
machine has (about 1 GB per million pairs).

Find: `--find-schools` schools are stored with active partnerships for a third of them, and
teachers of sampled schools run `/exchange find` through the real dispatcher; the first search
(which loads the index) is reported apart from the steady-state percentiles.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import networkx as nx
from sqlalchemy import insert

from benchmarks.survey_generator import survey_csv, survey_rows
from benchmarks.tables import percentile, print_table
from bot.bootstrap import build_bot
from bot.core.bot_core import BotCore
from bot.core.context import Context
from bot.core.identity import Actor
from bot.core.settings import Settings
from bot.i18n.messages import Message
from bot.matching.tieup import TieupResult
from bot.matching.tieup_runs import run_tieup
from bot.schools.survey_import import read_survey
from storage.engine import transaction
from storage.models import Membership, Partnership, School
from storage.repositories.programs import Programs

PROGRAM = "Seoul IJC benchmark"
WEEK_OF = date(2027, 3, 15)
ACTOR = Actor("benchmark", "local", "benchmark", "benchmark")


async def stored_program(directory: Path, rows: list[dict[str, str]]) -> BotCore:
    """A bot on a fresh SQLite file holding `rows`, validated exactly as the survey import
    validates them, then inserted in one statement (the import's row-by-row upsert is not what
    is measured here)."""
    settings = Settings(
        _env_file=None,
        JOINTCLASS_PROGRAM=PROGRAM,  # type: ignore[call-arg]
        JOINTCLASS_DATA_DIR=directory,
        JOINTCLASS_COORDINATORS="",
    )
    core = await build_bot(settings, database_url=f"sqlite+aiosqlite:///{directory}/b.sqlite3")
    validated = read_survey(survey_csv(rows)).rows
    now = datetime.now(UTC)
    async with transaction(core.sessions) as db:
        program = await Programs(db).ensure(PROGRAM, "KR", now)
        await db.exec(
            insert(School),
            params=[
                {
                    **columns,
                    "program_id": program.id,
                    "source": "import",
                    "created_at": now,
                    "updated_at": now,
                }
                for _, columns in validated
            ],
        )
    return core


def reference_max_flow(result: TieupResult) -> tuple[int, float]:
    """Pairs in a maximum flow of the same feasibility graph, by networkx, and its time."""
    started = time.perf_counter()
    graph = nx.DiGraph()
    for index, applicant in enumerate(result.applicants):
        if applicant.profile.side == "home":
            graph.add_edge("source", index, capacity=applicant.remaining)
        else:
            graph.add_edge(index, "sink", capacity=applicant.remaining)
    graph.add_edges_from(result.graph.edges(), capacity=1)
    value = nx.maximum_flow_value(graph, "source", "sink") if graph.has_node("sink") else 0
    return int(value), time.perf_counter() - started


async def tieup_row(scale: float, reference_limit: int) -> dict[str, object]:
    rows = list(survey_rows(scale))
    with tempfile.TemporaryDirectory() as directory:
        core = await stored_program(Path(directory), rows)
        stages: list[tuple[float, Message]] = []
        started = time.perf_counter()
        try:
            async with transaction(core.sessions) as db:
                program = await Programs(db).by_name(PROGRAM)
                assert program is not None
                ctx = Context(
                    actor=ACTOR,
                    channel=None,
                    db=db,
                    clock=core.clock,
                    settings=core.settings,
                    catalog=core.catalog,
                    services=core.services,
                    translator=core.translator,
                )
                outcome = await run_tieup(
                    ctx,
                    program,
                    WEEK_OF,
                    60,
                    lambda message: stages.append((time.perf_counter() - started, message)),
                )
                outcome.as_json()
            total = time.perf_counter() - started
        finally:
            await core.close()

    def at(key: str) -> float:
        return next(moment for moment, message in stages if message.key == key)

    loaded = at("tieup-progress-checking")  # schools read and parsed
    graphed = at("tieup-progress-feasible")
    solved = at("tieup-progress-explaining")
    result = outcome.result
    row: dict[str, object] = {
        "scale": f"{scale:g}x",
        "schools": len(rows),
        "feasible pairs": result.graph.edge_count,
        "pairs": len(result.pairs),
        "open": len(outcome.unmatched),
        "load s": loaded,
        "graph s": graphed - loaded,
        "solve s": solved - graphed,
        "explain s": total - solved,
        "total s": total,
    }
    if result.graph.edge_count > reference_limit:
        row.update({"networkx s": "skipped", "vs solve": "-", "vs total": "-", "same count": "-"})
        return row
    count, seconds = reference_max_flow(result)
    row.update(
        {
            "networkx s": seconds,
            "vs solve": f"{seconds / (solved - graphed):.0f}x",
            "vs total": f"{seconds / total:.0f}x",
            "same count": "yes" if count == len(result.pairs) else f"NO ({count})",
        }
    )
    return row


async def find_rows(schools: int, queries: int, seed: int = 7) -> list[dict[str, object]]:
    rows = list(survey_rows(schools / 616, seed=seed))
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as directory:
        core = await stored_program(Path(directory), rows)
        try:
            asked = rng.sample(rows, queries + 1)
            await _partnerships_and_teachers(core, rows, asked, rng)
            searches = [
                "find",
                "find language={language}",
                "find topic=culture",
                "find mode=async",
                "find limit=25",
                "find duration=90",
            ]
            timings: list[float] = []
            for number, school in enumerate(asked):
                line = searches[number % len(searches)].format(
                    language=school["languages"].split(",")[0]
                )
                started = time.perf_counter()
                reply = await core.handle_text(
                    Actor("benchmark", "local", f"t{number}", f"T{number}"), line
                )
                timings.append((time.perf_counter() - started) * 1000)
                assert reply.ok, reply.text
        finally:
            await core.close()
    cold, warm = timings[0], sorted(timings[1:])
    return [
        {
            "schools": len(rows),
            "searches": len(warm),
            "cold ms": cold,
            "p50 ms": percentile(warm, 50),
            "p95 ms": percentile(warm, 95),
            "p99 ms": percentile(warm, 99),
            "max ms": warm[-1],
        }
    ]


async def _partnerships_and_teachers(
    core: BotCore, rows: list[dict[str, str]], asked: list[dict[str, str]], rng: random.Random
) -> None:
    """Active partnerships for about a third of the schools, and one teacher per asking school."""
    now = datetime.now(UTC)
    homes = [r for r in rows if r["side"] == "home"]
    partners = [r for r in rows if r["side"] == "partner"]
    pairs = {
        (rng.choice(homes)["school_id"], rng.choice(partners)["school_id"])
        for _ in range(len(rows) // 6)
    }
    async with transaction(core.sessions) as db:
        program = await Programs(db).by_name(PROGRAM)
        assert program is not None
        await db.exec(
            insert(Partnership),
            params=[
                {
                    "program_id": program.id,
                    "school_a": a,
                    "school_b": b,
                    "status": "active",
                    "source": "tieup",
                    "created_at": now,
                }
                for a, b in pairs
            ],
        )
        await db.exec(
            insert(Membership),
            params=[
                {
                    "school_id": school["school_id"],
                    "platform": "benchmark",
                    "workspace": "local",
                    "user_id": f"t{number}",
                    "display_name": f"T{number}",
                    "joined_at": now,
                }
                for number, school in enumerate(asked)
            ],
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.tieup",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--scales",
        default="1,10,30",
        help="survey sizes as multiples of the Seoul program (default: 1,10,30)",
    )
    parser.add_argument(
        "--reference-limit",
        type=int,
        default=5_000_000,
        help="largest feasibility graph (pairs) handed to networkx",
    )
    parser.add_argument(
        "--find-schools",
        type=int,
        default=100_000,
        help="registered schools for the find benchmark (0 skips it)",
    )
    parser.add_argument("--find-queries", type=int, default=300)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    scales = [float(s) for s in args.scales.split(",") if s.strip()]
    tieups = [asyncio.run(tieup_row(scale, args.reference_limit)) for scale in scales]
    print_table(
        f"Tie-up, week of {WEEK_OF}, overlap >= 60 min. Seconds; 'vs solve' and "
        "'vs total' = networkx time / our solve time and / our end-to-end time",
        tieups,
    )
    if args.find_schools:
        print_table(
            "find (default limit 10, through the dispatcher; milliseconds)",
            asyncio.run(find_rows(args.find_schools, args.find_queries)),
        )


if __name__ == "__main__":
    main()
