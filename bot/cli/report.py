"""`jointclass report`: a program's feedback report printed, and every answer written to a CSV.

The operator's view from the command line, for offices that keep their records in
spreadsheets; it shows exactly what `/exchange report` shows a coordinator in chat, in the
program's language (`JOINTCLASS_LANGUAGE`, else English).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.bootstrap import build_bot
from bot.cli.voice import program_voice
from bot.core.settings import Settings
from bot.feedback.program_report import ReportRequestError, report_by_name
from bot.feedback.terms import TERM_HELP
from bot.i18n.messages import Message


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "report", help="print a program's feedback report; --csv also writes every answer"
    )
    parser.add_argument("--program", help="the program (default: JOINTCLASS_PROGRAM)")
    parser.add_argument("--term", help=f"{TERM_HELP} (default: all, every term)")
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="write every teacher answer (of the term, if given) to FILE, and every step of "
        "the term's activities beside it (FILE-activities.csv)",
    )


async def run(settings: Settings, args: argparse.Namespace) -> int:
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    voice = program_voice(settings.language)
    language, translator = voice.language, voice.translator
    try:
        compiled = await report_by_name(
            core.sessions, core.clock, args.program or settings.program, args.term
        )
    except ReportRequestError as problem:
        voice.say(problem.message, sys.stderr)
        return 1
    finally:
        await core.close()
    print(compiled.text(language, translator))
    if args.csv is not None:
        try:
            args.csv.write_bytes(compiled.csv(language, translator).content)
        except OSError as error:
            error_text = str(error.strerror)
            voice.say(
                Message("report-cli-cannot-write", path=str(args.csv), error=error_text),
                sys.stderr,
            )
            return 1
        voice.say(
            Message(
                "report-cli-wrote-answers",
                count=str(len(compiled.records.answers)),
                path=str(args.csv),
            )
        )
        activities = compiled.activities_csv(language, translator)
        if activities is not None:
            path = args.csv.with_name(f"{args.csv.stem}-activities{args.csv.suffix or '.csv'}")
            try:
                path.write_bytes(activities.content)
            except OSError as error:
                error_text = str(error.strerror)
                voice.say(
                    Message("report-cli-cannot-write", path=str(path), error=error_text),
                    sys.stderr,
                )
                return 1
            steps = sum(len(figure.steps) for figure in compiled.activities.activities)
            voice.say(Message("report-cli-wrote-steps", count=str(steps), path=str(path)))
    return 0
