"""`jointclass sessions`: every session of a program, for the office's records and scripts.

`--json` prints exactly `{"sessions": [{"id", "status", "start_utc", "end_utc", "schools":
[SCHOOL_ID, SCHOOL_ID]}]}`, times as ISO 8601 in UTC to the second (`2027-03-09T06:00:00Z`),
sessions by start; without it, one entry per session with both schools' local times, in the
program's language.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.bootstrap import build_bot
from bot.cli.program_option import named_program
from bot.cli.voice import program_voice
from bot.core.settings import Settings
from bot.i18n.messages import Message
from bot.sessions.program_sessions import program_sessions
from storage.engine import transaction
from storage.models import SessionStatus


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "sessions", help="list every session of a program (both schools, status, times)"
    )
    parser.add_argument("--program", help="the program (default: JOINTCLASS_PROGRAM)")
    parser.add_argument(
        "--status", choices=tuple(SessionStatus), help="only sessions in this status"
    )
    parser.add_argument(
        "--json", action="store_true", help='print JSON: {"sessions": [{id, status, ...}]}'
    )


async def run(settings: Settings, args: argparse.Namespace) -> int:
    voice = program_voice(settings.language)
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        async with transaction(core.sessions) as db:
            name = args.program or settings.program
            program = await named_program(db, name, "sessions", voice, sys.stderr)
            if program is None:
                return 1
            assert program.id is not None
            statuses = [SessionStatus(args.status)] if args.status else tuple(SessionStatus)
            listed = await program_sessions(db, program.id, statuses=statuses)
    finally:
        await core.close()
    if args.json:
        print(json.dumps({"sessions": [entry.as_json() for entry in listed]}, ensure_ascii=False))
    elif listed:
        voice.say(Message("cli-sessions-listed", count=str(len(listed)), program=program.name))
        for entry in listed:
            voice.say(entry)
    elif args.status:
        voice.say(Message("cli-sessions-none-in-status", program=program.name, status=args.status))
    else:
        voice.say(Message("cli-sessions-none", program=program.name))
    return 0
