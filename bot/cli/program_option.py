"""The `--program` option of the coordinators' command-line jobs: the program by its name, or a
message naming the programs there are."""

from __future__ import annotations

from typing import TextIO

from storage.engine import UnitOfWork
from storage.models import Program
from storage.repositories.programs import Programs


async def named_program(db: UnitOfWork, name: str, job: str, err: TextIO) -> Program | None:
    """The program called `name`; None after telling `err` which programs exist."""
    program = await Programs(db).by_name(name)
    if program is None:
        known = ", ".join(p.name for p in await Programs(db).all()) or "none"
        print(f"jointclass {job}: no program named '{name}'. Programs: {known}.", file=err)
    return program
