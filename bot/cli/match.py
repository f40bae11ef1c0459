"""`jointclass match`: a program's tie-up from the command line, as a table or as JSON.

Options are read with the declarations of the chat command `tieup run`, so a value accepted in
chat is accepted here with the same message. Progress goes to standard error, so `--json`
output stays parseable. `--csv FILE` also writes the spreadsheet `tieup run` attaches in chat.
`--apply` creates the partnerships and queues the schools' notifications; a running bot
delivers them. The table, the progress and the notes are in the program's language; the JSON
and the CSV are data, their reasons in English.
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
from bot.cli.columns import aligned
from bot.cli.options import chat_option
from bot.cli.program_option import named_program
from bot.cli.voice import Voice, program_voice
from bot.core.identity import Actor
from bot.core.settings import Settings
from bot.i18n.messages import Message
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
    voice = program_voice(settings.language)
    started = time.perf_counter()

    def progress(step: Message) -> None:
        seconds = f"{time.perf_counter() - started:6.1f}"
        voice.say(Message("cli-match-progress", seconds=seconds, step=step), err)

    if args.csv and not args.csv.parent.is_dir():
        voice.say(Message("cli-match-no-folder", folder=str(args.csv.parent)), err)
        return 1
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        # computed on a snapshot, holding up no writer of a running bot (on SQLite, the whole
        # database); publishing checks every pair again
        async with transaction(core.sessions, writes=False) as db:
            name = args.program or settings.program
            program = await named_program(db, name, "match", voice, err)
            if program is None:
                return 1
            last_year = None
            if args.continuing_from:
                last_year = await named_program(
                    db, args.continuing_from, "match --continuing-from", voice, err
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
        progress(Message("cli-match-done"))
    finally:
        await core.close()
    if args.json:
        json.dump(outcome.as_json(), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        print_table(outcome, voice, out)
    if args.csv:
        args.csv.write_bytes(tieup_csv(outcome))
        voice.say(Message("cli-match-wrote-csv", path=str(args.csv)), err)
    print_publication(publication, voice, err if args.json else out)
    return 0


def print_table(outcome: TieupOutcome, voice: Voice, out: TextIO) -> None:
    result = outcome.result
    heading = Message(
        "cli-match-heading",
        program=outcome.program.name,
        week=outcome.week.monday.isoformat(),
        duration=outcome.duration,
        schools=len(result.profiles),
        feasible=result.graph.edge_count,
    )
    voice.say(heading, out)
    totals = Message(
        "cli-match-totals",
        pairs=len(result.pairs),
        quality=sum(pair.score for pair in result.pairs),
        open=len(outcome.unmatched),
    )
    voice.say(totals, out)
    for rows, right in ((_pair_rows(outcome, voice), {2, 4}), (_open_rows(outcome, voice), {1})):
        if len(rows) > 1:
            print(file=out)
            print("\n".join(aligned(rows, right)), file=out)


def _pair_rows(outcome: TieupOutcome, voice: Voice) -> list[list[str]]:
    """The pairs under their headings: overlap and score flush right."""
    headings = (
        Message("cli-match-column-home"),
        Message("cli-match-column-partner"),
        Message("cli-match-column-overlap"),
        Message("cli-match-column-language"),
        Message("cli-match-column-score"),
    )
    continuing = voice.text(Message("cli-match-continuing"))
    return [[voice.text(heading) for heading in headings]] + [
        [
            pair.home,
            pair.partner,
            voice.text(Message("cli-match-minutes", minutes=pair.overlap_minutes)),
            pair.language,
            str(pair.score),
            continuing if pair.continuing else "",
        ]
        for pair in outcome.result.pairs
    ]


def _open_rows(outcome: TieupOutcome, voice: Voice) -> list[list[str]]:
    """The schools keeping open places, each with why, under their headings."""
    headings = (
        Message("cli-match-column-school"),
        Message("cli-match-column-open"),
        Message("cli-match-column-reason"),
    )
    return [[voice.text(heading) for heading in headings]] + [
        [school.school_id, str(school.remaining_quota), voice.text(school.reason)]
        for school in outcome.unmatched
    ]


def print_publication(publication: Publication | None, voice: Voice, out: TextIO) -> None:
    print(file=out)
    if publication is None:
        voice.say(Message("cli-match-nothing-created"), out)
        return
    created = Message(
        "cli-match-created",
        created=publication.created,
        told=len(publication.told),
        waiting=len(publication.waiting),
    )
    voice.say(created, out)
    for home, partner, why in publication.refused:
        voice.say(Message("cli-match-not-created", home=home, partner=partner, reason=why), out)
