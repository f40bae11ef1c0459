"""The `--program` option of the coordinators' command-line jobs: the program by its name, or a
message naming the programs there are."""

from __future__ import annotations

from typing import TextIO

from bot.cli.voice import Voice
from bot.i18n.messages import Message
from storage.engine import UnitOfWork
from storage.models import Program
from storage.repositories.programs import Programs


async def named_program(
    db: UnitOfWork, name: str, job: str, voice: Voice, err: TextIO
) -> Program | None:
    """The program called `name`; None after telling `err` which programs exist."""
    program = await Programs(db).by_name(name)
    if program is None:
        known = ", ".join(p.name for p in await Programs(db).all())
        voice.say(
            Message("cli-no-program", job=job, name=name, programs=known)
            if known
            else Message("cli-no-program-none", job=job, name=name),
            err,
        )
    return program
