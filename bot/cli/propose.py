"""`jointclass propose SCHOOL_A SCHOOL_B`: meeting times for any two schools, from a terminal.

For coordinators checking a pairing before the tie-up, and for scripts (`--json` prints the
same `data` the chat command returns). School A plays the caller: its zone reads the dates and
comes first on every line. Options are read with the chat command's own declarations, so a
value accepted in chat is accepted here, with the same error message. The times and refusals
are written in the program's language.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from typing import Any, TextIO

from bot.bootstrap import build_bot
from bot.cli.options import chat_option
from bot.cli.voice import program_voice
from bot.core.dispatch import school_named
from bot.core.errors import UserError
from bot.core.settings import Settings
from bot.i18n.messages import Message
from bot.schools.profile import SchoolProfile
from bot.sessions.slot_report import proposal_reply
from bot.sessions.slots import (
    DEFAULT_COUNT,
    DEFAULT_DURATION,
    SlotRequest,
    checked_range,
    propose_slots,
)
from bot.times.local_time import to_local
from storage.engine import transaction
from storage.repositories.schools import Schools


def add_parser(sub: Any) -> None:
    option = partial(chat_option, ("propose",))
    parser = sub.add_parser(
        "propose", help="meeting times for two schools, each shown in both time zones"
    )
    parser.add_argument(
        "school_a",
        metavar="SCHOOL_A",
        help="id or name of the school asking; its zone reads the dates",
    )
    parser.add_argument("school_b", metavar="SCHOOL_B", help="id or name of the partner school")
    parser.add_argument(
        "--from",
        dest="first",
        type=option("from"),
        metavar="DATE",
        help="first date, school A's local date (default: two weeks from today)",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=option("to"),
        metavar="DATE",
        help="last date (default: eight weeks after --from)",
    )
    parser.add_argument(
        "--duration",
        type=option("duration"),
        default=DEFAULT_DURATION,
        help=f"minutes, 1h30m or 1:30 (default: {DEFAULT_DURATION})",
    )
    parser.add_argument(
        "--count",
        type=option("count"),
        default=DEFAULT_COUNT,
        help=f"how many times to suggest (default: {DEFAULT_COUNT})",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON data")


async def run(
    settings: Settings,
    args: argparse.Namespace,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    voice = program_voice(settings.language)
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        async with transaction(core.sessions, writes=False) as db:
            mine = await school_named(Schools(db), args.school_a)
            theirs = await school_named(Schools(db), args.school_b)
        now = core.clock.now()
        first, last = checked_range(to_local(now, mine.timezone).date(), args.first, args.last)
        proposal = propose_slots(
            SlotRequest(
                SchoolProfile.of(mine),
                SchoolProfile.of(theirs),
                first,
                last,
                not_before=now,
                duration=args.duration,
                count=args.count,
            )
        )
    except UserError as error:
        voice.say(Message("cli-propose-refused", problem=error.message), err)
        return 2
    finally:
        await core.close()
    reply = proposal_reply(
        proposal,
        list_id=None,
        footer=None,
        language=voice.language,
        translator=voice.translator,
    )
    print(json.dumps(reply.data, ensure_ascii=False) if args.json else reply.text, file=out)
    return 0
