"""Which program an import writes to, and which schools it would take from another program:
neither happens unless the coordinator said so (`--create-program`, `--move-from`)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.names import PROGRAM_NAME_WORD, lookalike_keys, read_name
from bot.core.value_types import ValueProblem
from bot.i18n.messages import Message
from storage.engine import UnitOfWork
from storage.models import School
from storage.repositories.programs import Programs


class ImportRefused(Exception):
    """The import would do what it was not told to (create a program, move schools between
    programs); nothing was written, and `message` says what to add if it is meant (plain
    English text where a refusal of `bot.core.names` is not converted to the catalogs yet)."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(message if isinstance(message, str) else message.key)
        self.message = message


def program_name(raw: str) -> str:
    """A program's name as it is stored (see `bot.core.names`), or `ImportRefused`."""
    try:
        return read_name(raw, PROGRAM_NAME_WORD)
    except ValueProblem as problem:
        refusal = problem.message
        raise ImportRefused(refusal.capitalize() if isinstance(refusal, str) else refusal) from None


async def target_program(db: UnitOfWork, raw_name: str, *, create: bool) -> tuple[str, int | None]:
    """The program named `raw_name`: its name as stored, and its id; None when it does not
    exist yet and `create` says the import makes it (when it writes)."""
    name = program_name(raw_name)
    programs = Programs(db)
    program = await programs.by_name(name)
    if program is not None:
        return program.name, program.id
    existing = await programs.all()
    similar = next((p for p in existing if lookalike_keys(p.name) & lookalike_keys(name)), None)
    if similar is not None:
        raise ImportRefused(Message("survey-program-lookalike", name=name, similar=similar.name))
    if not create:
        if not existing:
            raise ImportRefused(Message("survey-no-program-yet", name=name))
        known = ", ".join(f"'{p.name}'" for p in existing)
        raise ImportRefused(Message("survey-no-program", name=name, programs=known))
    return name, None


async def school_moves(
    db: UnitOfWork,
    schools: Iterable[School],
    program: tuple[str, int | None],
    move_from: str | None,
) -> dict[str, str]:
    """The schools that belong to another program than `program` (`target_program`'s), with
    its name, when they may move: all of them must be in the `move_from` program, or the
    import is refused with the list."""
    name, program_id = program
    elsewhere = [school for school in schools if school.program_id != program_id]
    if not elsewhere:
        return {}
    owners = await Programs(db).by_ids(school.program_id for school in elsewhere)
    allowed = program_name(move_from).casefold() if move_from else None
    refused = [s for s in elsewhere if owners[s.program_id].name.casefold() != allowed]
    if refused:
        first = ", ".join(f"{s.id} ({owners[s.program_id].name})" for s in refused[:20])
        listed: str | Message = first
        if len(refused) > 20:
            listed = Message("survey-schools-and-more", schools=first, more=str(len(refused) - 20))
        names = sorted({owners[s.program_id].name for s in refused})
        count = str(len(refused))
        raise ImportRefused(
            Message(
                "survey-schools-elsewhere",
                count=count,
                schools=listed,
                program=name,
                elsewhere=names[0],
            )
            if len(names) == 1
            else Message(
                "survey-schools-elsewhere-several",
                count=count,
                schools=listed,
                program=name,
            )
        )
    return {school.id: owners[school.program_id].name for school in elsewhere}
