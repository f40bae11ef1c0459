"""`jointclass import`: a demand survey into a program, saying what it does (or, with
`--dry-run`, would do) school by school, and refusing what it was not told to do."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bot.bootstrap import build_bot
from bot.cli.voice import program_voice
from bot.core.csv_files import csv_bytes
from bot.core.settings import Settings
from bot.i18n.messages import Message
from bot.schools.import_program import ImportRefused
from bot.schools.survey_import import (
    IssuedCode,
    SurveyInvalid,
    import_survey,
    read_survey_file,
)
from bot.times.local_time import utc_text


async def run_import(settings: Settings, args: argparse.Namespace) -> int:
    path: Path = args.file
    voice = program_voice(settings.language)
    if args.codes and args.dry_run:
        voice.say(Message("cli-import-codes-in-dry-run"), sys.stderr)
        return 2
    try:
        text = read_survey_file(path)
    except OSError as error:
        cannot = Message("cli-import-cannot-read", path=str(path), error=str(error.strerror))
        voice.say(cannot, sys.stderr)
        return 1
    except SurveyInvalid as invalid:
        unreadable = Message("cli-import-unreadable", path=str(path), problem=invalid.errors[0])
        voice.say(unreadable, sys.stderr)
        return 1
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        result = await import_survey(
            core,
            text,
            args.program,
            move_from=args.move_from,
            create_program=args.create_program,
            dry_run=args.dry_run,
            export_codes=(lambda codes: write_codes(args.codes, codes)) if args.codes else None,
        )
    except SurveyInvalid as invalid:
        for line in invalid.report(str(path)):
            voice.say(line, sys.stderr)
        return 1
    except ImportRefused as refused:
        voice.say(Message("survey-refused", path=str(path), reason=refused.message), sys.stderr)
        return 1
    except OSError as error:
        cannot = Message(
            "cli-import-cannot-write-codes",
            path=str(path),
            codes=str(args.codes),
            error=str(error.strerror),
        )
        voice.say(cannot, sys.stderr)
        return 1
    finally:
        await core.close()
    for line in result.summary(str(path), str(args.codes) if args.codes else None):
        voice.say(line)
    return 0


def write_codes(path: Path, codes: list[IssuedCode]) -> None:
    """The codes as CSV, readable by the owner only: each one lets its holder in."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    rows = [[code.school_id, code.name, code.code, utc_text(code.expires_at)] for code in codes]
    with open(descriptor, "wb") as file:
        file.write(csv_bytes(["school_id", "name", "code", "expires_at_utc"], rows))
