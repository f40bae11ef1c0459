"""`jointclass match`: a program's tie-up from the command line, as a table or as JSON.

Options are read with the declarations of the chat command `tieup run`, so a value accepted in
chat is accepted here with the same message. Progress goes to standard error, so `--json`
output stays parseable. `--csv FILE` also writes the spreadsheet `tieup run` attaches in chat.
`--apply` creates the partnerships and queues the schools' notifications; a running bot
delivers them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from bot.bootstrap import build_bot
from bot.cli.options import chat_option
from bot.cli.program_option import named_program
from bot.core.identity import Actor
from bot.core.settings import Settings
from bot.matching.feasibility import DEFAULT_DURATION, coming_monday
from bot.matching.tieup import ContinuingPolicy
from bot.matching.tieup_csv import tieup_csv
from bot.matching.tieup_runs import Publication, TieupOutcome, publish, record, run_tieup
from storage.engine import transaction

CLI_ACTOR = Actor("cli", "local", "jointclass-match", "jointclass match")


def add_parser(sub: Any) -> None:
    option = partial(chat_option, ("tieup", "run"))
    parser = sub.add_parser(
        "match", help="tie up every school of a program: the most pairs possible, then the best"
    )
    parser.add_argument("--program", help="the program (default: JOINTCLASS_PROGRAM)")
    parser.add_argument(
        "--week-of",
        type=option("week_of"),
        metavar="DATE",
        help="a date in the reference week whose hours and DST count (default: the coming week)",
    )
    parser.add_argument(
        "--duration",
        type=option("duration"),
        default=DEFAULT_DURATION,
        metavar="MINUTES",
        help=f"the shortest real-time overlap that counts (default: {DEFAULT_DURATION})",
    )
    parser.add_argument(
        "--continuing-from",
        metavar="PROGRAM",
        help="last year's program: keep its pairs whose schools applied again and both want "
        "to continue",
    )
    parser.add_argument(
        "--continuing",
        type=option("continuing"),
        default="keep",
        metavar="keep|prefer|ignore",
        help="keep those pairs first (default), prefer them where it costs no pair, or ignore them",
    )
    parser.add_argument(
        "--json", action="store_true", help='print {"pairs": [...], "unmatched": [...]} as JSON'
    )
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="also write every pair and every school with open places to FILE, as CSV",
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help="create the partnerships and notify both schools of each pair",
    )


async def run(
    settings: Settings,
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=err, flush=True)

    if args.csv and not args.csv.parent.is_dir():
        print(f"jointclass match: --csv: no folder {args.csv.parent} to write into", file=err)
        return 1
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        # computed on a snapshot, holding up no writer of a running bot (on SQLite, the whole
        # database); publishing checks every pair again
        async with transaction(core.sessions, writes=False) as db:
            program = await named_program(db, args.program or settings.program, "match", err)
            if program is None:
                return 1
            last_year = None
            if args.continuing_from:
                last_year = await named_program(
                    db, args.continuing_from, "match --continuing-from", err
                )
                if last_year is None:
                    return 1
            week_of = args.week_of or coming_monday(core.clock.now())
            outcome = await run_tieup(
                core.context(CLI_ACTOR, db),
                program,
                week_of,
                args.duration,
                progress,
                continuing_from=last_year,
                policy=ContinuingPolicy(args.continuing),
            )
        async with transaction(core.sessions) as db:
            recorded = await record(core.context(CLI_ACTOR, db), outcome)
            publication = (
                await publish(core.context(CLI_ACTOR, db), program, recorded)
                if args.apply
                else None
            )
        progress("done")
    finally:
        await core.close()
    if args.json:
        json.dump(outcome.as_json(), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        print_table(outcome, out)
    if args.csv:
        args.csv.write_bytes(tieup_csv(outcome))
        print(f"Wrote every pair and school with open places to {args.csv}", file=err)
    print_publication(publication, err if args.json else out)
    return 0


def print_table(outcome: TieupOutcome, out: TextIO) -> None:
    document = outcome.as_json()
    pairs, unmatched = document["pairs"], document["unmatched"]
    print(
        f"Tie-up of {document['program']} · week of {document['week_of']} · overlap >= "
        f"{document['duration']} min · {len(outcome.result.profiles):,} schools with places "
        f"left · {document['feasible_pairs']:,} feasible pairs",
        file=out,
    )
    print(
        f"{len(pairs):,} pairs (the most possible) · total quality "
        f"{sum(p['score'] for p in pairs):,} · {len(unmatched):,} school(s) keep open places",
        file=out,
    )
    if pairs:
        width = max(len(p["home"]) for p in pairs) + 2
        partner_width = max(len(p["partner"]) for p in pairs) + 2
        print(
            f"\n{'HOME'.ljust(width)}{'PARTNER'.ljust(partner_width)}OVERLAP  LANG  SCORE", file=out
        )
        for p in pairs:
            print(
                f"{p['home'].ljust(width)}{p['partner'].ljust(partner_width)}"
                f"{p['overlap_minutes']:>4} min  {p['language']:<4}  {p['score']:>5}"
                + ("  continuing" if p["continuing"] else ""),
                file=out,
            )
    if unmatched:
        width = max(len(u["school_id"]) for u in unmatched) + 2
        print(f"\n{'SCHOOL'.ljust(width)}OPEN  REASON", file=out)
        for u in unmatched:
            print(
                f"{u['school_id'].ljust(width)}{u['remaining_quota']:>4}  {u['reason']}", file=out
            )


def print_publication(publication: Publication | None, out: TextIO) -> None:
    if publication is None:
        print(
            "\nNothing created: add --apply to create these partnerships and notify the schools.",
            file=out,
        )
        return
    print(
        f"\nCreated {publication.created:,} partnership(s). The running bot tells the teachers "
        f"of {len(publication.told):,} school(s) now; {len(publication.waiting):,} school(s) "
        "with no teacher on the bot yet are told when their first teacher joins.",
        file=out,
    )
    for home, partner, why in publication.refused:
        print(f"  not created: {home} + {partner}: {why}", file=out)
