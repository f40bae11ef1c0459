"""`jointclass`: run the bot, or do a coordinator's job from the command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from bot.bootstrap import build_bot
from bot.logging_setup import configure_logging
from bot.settings import Settings

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jointclass",
        description="Joint Class Bot: partner schools, meeting times in both time zones, "
        "reminders and feedback for online school exchanges.",
    )
    sub = parser.add_subparsers(dest="action", metavar="COMMAND")
    sub.add_parser(
        "run",
        help="start every adapter whose credentials are set (the default); "
        "the console when none are",
    )
    console = sub.add_parser("console", help="read `[@user] /exchange …` lines from standard input")
    console.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per reply: user, command, ok, text, data",
    )
    console.add_argument("--user", default="you", help="who acts when a line names nobody")
    survey = sub.add_parser("import", help="import a demand-survey CSV (all rows or none)")
    survey.add_argument("file", type=Path, help="the CSV file")
    survey.add_argument(
        "--program", help="the program the schools apply to (default: JOINTCLASS_PROGRAM)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
        settings.configured_coordinators()
    except (ValidationError, ValueError) as error:
        print(f"jointclass: configuration problem: {error}", file=sys.stderr)
        return 2
    configure_logging(settings)
    action = args.action or "run"
    try:
        if action == "import":
            return asyncio.run(_import(settings, args.file, args.program))
        if action == "console":
            return asyncio.run(_console(settings, json_output=args.json, user=args.user))
        return asyncio.run(_run(settings))
    except KeyboardInterrupt:
        return 130


async def _console(settings: Settings, *, json_output: bool, user: str) -> int:
    from bot.adapters.console import Console

    core = await build_bot(settings)
    try:
        await Console(core, json_output=json_output, default_user=user).run()
    finally:
        await core.close()
    return 0


async def _run(settings: Settings) -> int:
    from bot.runner import platform_services, run_services

    services = platform_services(settings)
    if not services:
        return await _console(settings, json_output=False, user="you")
    core = await build_bot(settings)
    try:
        await run_services(core, settings, services)
    finally:
        await core.close()
    return 0


async def _import(settings: Settings, path: Path, program: str | None) -> int:
    from bot.survey_import import SurveyInvalid, decode_survey, import_survey

    try:
        text = decode_survey(path.read_bytes())
    except OSError as error:
        print(f"jointclass import: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    except SurveyInvalid as invalid:
        print(f"jointclass import: {path}: {invalid.errors[0]}", file=sys.stderr)
        return 1
    core = await build_bot(settings)
    try:
        result = await import_survey(core, text, program)
    except SurveyInvalid as invalid:
        print(
            f"{path}: nothing imported; {len(invalid.errors)} problem(s) to fix:", file=sys.stderr
        )
        for error in invalid.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    finally:
        await core.close()
    print(
        f"Imported {path} into {result.program}: {len(result.created)} new, "
        f"{len(result.updated)} updated, {len(result.unchanged)} unchanged."
    )
    if result.ignored_columns:
        print(f"Ignored column(s) not in the survey format: {', '.join(result.ignored_columns)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
