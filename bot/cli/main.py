"""`jointclass`: run the bot, or do a coordinator's job from the command line."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from bot.adapters.slack import manifest as slack_manifest
from bot.bootstrap import build_bot
from bot.cli import assistants, match, propose, report, sessions
from bot.cli.voice import program_voice
from bot.core.logging_setup import configure_logging
from bot.core.settings import Settings, language_setting
from bot.i18n.messages import Message

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jointclass",
        description="Joint Class Bot: partner schools, meeting times in both time zones, "
        "reminders and feedback for online school exchanges.",
    )
    _add_verbose(parser, default=False)
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
    console.add_argument(
        "--lang",
        type=_language,
        metavar="LANGUAGE",
        default="en",
        help="the language the console's users read (ko, ja, zh-Hant, en, en-US, or a name "
        "like 한국어; default en), as a platform's locale: a user's own `/exchange language` "
        "wins over it",
    )
    _add_verbose(console, default=argparse.SUPPRESS)  # `jointclass console -v` as well
    console.add_argument(
        "--demo-clock",
        type=_demo_start,
        metavar="INSTANT",
        help="demo on a throwaway in-memory database with a clock starting at INSTANT "
        "(e.g. 2027-01-11T09:00Z) that `/clock advance 30d` lines move, firing reminders",
    )
    survey = sub.add_parser(
        "import",
        help="import a demand-survey CSV (all rows or none) and say what changed",
    )
    survey.add_argument("file", type=Path, help="the CSV file")
    survey.add_argument(
        "--program", help="the program the schools apply to (default: JOINTCLASS_PROGRAM)"
    )
    survey.add_argument(
        "--create-program",
        action="store_true",
        help="create the --program if it does not exist yet (otherwise that is refused)",
    )
    survey.add_argument(
        "--move-from",
        metavar="PROGRAM",
        help="move schools of the file that belong to PROGRAM into --program "
        "(otherwise such rows are refused)",
    )
    survey.add_argument(
        "--dry-run",
        action="store_true",
        help="say what the import would do (new, updated, unchanged, moved) and write nothing",
    )
    survey.add_argument(
        "--codes",
        type=Path,
        metavar="FILE",
        help="write a one-time claim code for each school without a teacher to FILE (CSV)",
    )
    discord_sync = sub.add_parser(
        "discord-sync", help="register the Discord commands (only when they changed)"
    )
    discord_sync.add_argument(
        "--guild",
        type=int,
        metavar="ID",
        help="register in this server only (instant; for trying out)",
    )
    discord_sync.add_argument("--force", action="store_true", help="send even if unchanged")
    discord_sync.add_argument(
        "--print",
        dest="show_payload",
        action="store_true",
        help="print the registration payload and contact nobody",
    )
    slack_manifest.add_parser(sub)
    propose.add_parser(sub)
    match.add_parser(sub)
    report.add_parser(sub)
    sessions.add_parser(sub)
    assistants.add_parser(sub)
    return parser


def _add_verbose(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default,
        help="in the console, show the log (at LOG_LEVEL) on standard error instead of "
        "writing it to console.log in the data directory",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
        settings.configured_coordinators()
    except (ValidationError, ValueError) as error:
        voice = program_voice(language_setting())  # English if it is the problem
        voice.say(Message("cli-configuration-problem", problem=str(error)), sys.stderr)
        return 2
    action = args.action or "run"
    in_console = action == "console" or (action == "run" and not _platforms_configured(settings))
    configure_logging(settings, console=in_console, verbose=args.verbose)
    try:
        if action == "import":
            return asyncio.run(_import(settings, args))
        if action == "console":
            return asyncio.run(
                _console(
                    settings,
                    json_output=args.json,
                    user=args.user,
                    demo=args.demo_clock,
                    locale=args.lang,
                )
            )
        if action == "discord-sync":
            return asyncio.run(_discord_sync(settings, args.guild, args.force, args.show_payload))
        if action == "slack-manifest":
            return slack_manifest.print_manifest(args)
        if action == "propose":
            return asyncio.run(propose.run(settings, args))
        if action == "match":
            return asyncio.run(match.run(settings, args))
        if action == "report":
            return asyncio.run(report.run(settings, args))
        if action == "sessions":
            return asyncio.run(sessions.run(settings, args))
        if action == "assistants":
            return asyncio.run(assistants.run(settings, args))
        return asyncio.run(_run(settings))
    except KeyboardInterrupt:
        return 130


def _platforms_configured(settings: Settings) -> bool:
    from bot.cli.run import platform_services

    return bool(platform_services(settings))


def _demo_start(text: str) -> datetime:
    from bot.core.value_types import ValueProblem
    from bot.reminders.demo_clock import parse_instant

    try:
        return parse_instant(text)
    except ValueProblem as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def _language(text: str) -> str:
    from bot.i18n.languages import ENGLISH
    from bot.i18n.messages import InputProblem
    from bot.i18n.translator import english_only
    from bot.i18n.typed_names import language_choice

    try:
        return language_choice(text).tag
    except InputProblem as problem:
        raise argparse.ArgumentTypeError(english_only().render(problem.message, ENGLISH)) from None


async def _console(
    settings: Settings,
    *,
    json_output: bool,
    user: str,
    demo: datetime | None = None,
    locale: str = "en",
) -> int:
    from bot.adapters.console import Console
    from bot.core.clock import ManualClock
    from bot.reminders.demo_clock import DemoClock
    from storage.engine import MEMORY_URL

    clock = ManualClock(demo) if demo else None
    core = await build_bot(settings, clock=clock, database_url=MEMORY_URL if demo else None)
    demo_clock = DemoClock(core, clock) if clock else None
    try:
        await Console(
            core, json_output=json_output, default_user=user, demo_clock=demo_clock, locale=locale
        ).run()
    finally:
        await core.close()
    return 0


async def _run(settings: Settings) -> int:
    from bot.cli.run import platform_services, run_services

    services = platform_services(settings)
    if not services:
        return await _console(settings, json_output=False, user="you")
    core = await build_bot(settings, lead=False)  # the leader lease decides who fires and sends
    # The start-up heap (libraries, mappers, zones) lives as long as the process: keep the
    # cyclic GC from rescanning it, a 90 ms event-loop stall otherwise (benchmarks/reminders.py).
    gc.freeze()
    try:
        await run_services(core, settings, services)
    finally:
        await core.close()
    return 0


async def _discord_sync(
    settings: Settings, guild_id: int | None, force: bool, show_payload: bool
) -> int:
    from bot.cli.discord_sync import run_discord_sync
    from bot.commands import CATALOG

    return await run_discord_sync(
        settings,
        CATALOG,
        guild_id=guild_id,
        force=force,
        show_payload=show_payload,
        out=sys.stdout,
        err=sys.stderr,
    )


async def _import(settings: Settings, args: argparse.Namespace) -> int:
    from bot.cli.survey import run_import

    return await run_import(settings, args)


if __name__ == "__main__":
    sys.exit(main())
