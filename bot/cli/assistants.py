"""`jointclass assistants match`: a program's assistants matched to the sessions that ask, from
the command line, as text or as the `MatchPlan.as_json()` document.

Dates are read with the declarations of the chat command `assistants match`, so a value
accepted in chat is accepted here with the same message. `--apply` offers each new match to
its assistant; a running bot delivers the offers. The text for people is in the program's
language, `JOINTCLASS_LANGUAGE` (English by default), as a coordinator reads it in chat.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from typing import Any, TextIO

from bot.assistants.program_match import apply_match, run_match
from bot.bootstrap import build_bot
from bot.cli.options import chat_option
from bot.cli.program_option import named_program
from bot.cli.voice import program_voice
from bot.core.identity import Actor
from bot.core.settings import Settings
from bot.i18n.messages import Message
from storage.engine import transaction

CLI_ACTOR = Actor("cli", "local", "jointclass-assistants", "jointclass assistants match")


def add_parser(sub: Any) -> None:
    option = partial(chat_option, ("assistants", "match"))
    group = sub.add_parser("assistants", help="remote class assistants: match them to sessions")
    actions = group.add_subparsers(dest="assistants_action", metavar="ACTION", required=True)
    parser = actions.add_parser(
        "match",
        help="assign assistants to the sessions that ask: the most covered, loads spread",
    )
    parser.add_argument("--program", help="the program (default: JOINTCLASS_PROGRAM)")
    parser.add_argument(
        "--from",
        dest="first",
        type=option("from"),
        metavar="DATE",
        help="first date of sessions, on the program's calendar (default: now)",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=option("to"),
        metavar="DATE",
        help="last date of sessions (default: every session to come)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"assignments": [...], "uncovered": [...]} as JSON',
    )
    parser.add_argument(
        "--apply", action="store_true", help="offer each new match to its assistant"
    )


async def run(
    settings: Settings,
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    voice = program_voice(settings.language)
    if args.first and args.last and args.last < args.first:
        voice.say(Message("assistants-cli-dates-reversed"), err)
        return 2
    core = await build_bot(settings, lead=False)  # one-shot: replicas may be running
    try:
        async with transaction(core.sessions) as db:
            name = args.program or settings.program
            program = await named_program(db, name, "assistants match", voice, err)
            if program is None:
                return 1
            matched = await run_match(db, program, core.clock.now(), args.first, args.last)
            offered = None
            if args.apply:
                ctx = core.context(CLI_ACTOR, db)
                offered = await apply_match(ctx, matched)
    finally:
        await core.close()
    if args.json:
        json.dump(matched.as_json(), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        for line in (matched.headline(), *matched.lines()):
            voice.say(line, out)
    notes = err if args.json else out
    if offered is None:
        voice.say(Message("assistants-cli-not-offered"), notes)
    else:
        voice.say(Message("assistants-cli-offered", count=str(offered)), notes)
    return 0
