"""Which program an import writes to, and which schools it would take from another program:
neither happens unless the coordinator said so (`--create-program`, `--move-from`)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.names import lookalike_keys, read_name
from bot.core.value_types import ValueProblem
from storage.engine import UnitOfWork
from storage.models import School
from storage.repositories.programs import Programs


class ImportRefused(Exception):
    """The import would do what it was not told to (create a program, move schools between
    programs); nothing was written, and the message says what to add if it is meant."""


def program_name(raw: str) -> str:
    """A program's name as it is stored (see `bot.core.names`), or `ImportRefused`."""
    try:
        return read_name(raw, "program name")
    except ValueProblem as problem:
        raise ImportRefused(str(problem).capitalize()) from None


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
        raise ImportRefused(
            f"There is no program '{name}', but there is '{similar.name}', which looks just "
            f'like it: did you mean --program "{similar.name}"?'
        )
    if not create:
        known = ", ".join(f"'{p.name}'" for p in existing) or "none yet"
        raise ImportRefused(
            f"There is no program '{name}' (programs: {known}). Check --program, or add "
            "--create-program to create it."
        )
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
        listed = ", ".join(f"{s.id} ({owners[s.program_id].name})" for s in refused[:20])
        more = f" and {len(refused) - 20} more" if len(refused) > 20 else ""
        names = sorted({owners[s.program_id].name for s in refused})
        hint = (
            f'add --move-from "{names[0]}"'
            if len(names) == 1
            else "import each program's schools on their own, with its --move-from"
        )
        raise ImportRefused(
            f"{len(refused)} school(s) of the file belong to another program: {listed}{more}. "
            f"To move them into {name}, {hint}; otherwise check --program."
        )
    return {school.id: owners[school.program_id].name for school in elsewhere}
