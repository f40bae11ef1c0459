"""`jointclass sessions`: every session of a program, for the office's records and scripts.

`--json` prints exactly `{"sessions": [{"id", "status", "start_utc", "end_utc", "schools":
[SCHOOL_ID, SCHOOL_ID]}]}`, times as ISO 8601 in UTC to the second (`2027-03-09T06:00:00Z`),
sessions by start; without it, one entry per session with both schools' local times.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.bootstrap import build_bot
from bot.core.settings import Settings
from bot.sessions.program_sessions import program_sessions
from storage.engine import transaction
from storage.models import SessionStatus
from storage.repositories.programs import Programs


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
    name = args.program or settings.program
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        async with transaction(core.sessions) as db:
            program = await Programs(db).by_name(name)
            if program is None or program.id is None:
                known = ", ".join(f"'{p.name}'" for p in await Programs(db).all()) or "none yet"
                print(
                    f"jointclass sessions: there is no program '{name}' (programs: {known})",
                    file=sys.stderr,
                )
                return 1
            statuses = [SessionStatus(args.status)] if args.status else tuple(SessionStatus)
            listed = await program_sessions(db, program.id, statuses=statuses)
    finally:
        await core.close()
    if args.json:
        print(json.dumps({"sessions": [entry.as_json() for entry in listed]}, ensure_ascii=False))
    elif listed:
        print(f"{len(listed)} session(s) of {program.name}:")
        print("\n".join(entry.describe() for entry in listed))
    else:
        print(f"{program.name} has no sessions" + (f" {args.status}." if args.status else "."))
    return 0
