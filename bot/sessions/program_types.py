"""Reading a program type as teachers write it: `cultural exchange`, `Joint-Production` and
`joint_production` all name the same type, as the programs' own documents spell them."""

from __future__ import annotations

import re

from bot.core.value_types import CHOICE, ValueType

_SEPARATORS = re.compile(r"[\s_-]+")


def parse_program_type(raw: str) -> str:
    return _SEPARATORS.sub("_", raw.strip().lower())


# Named like CHOICE so the adapters offer its choices exactly as they offer any other choice.
PROGRAM_TYPE = ValueType(
    CHOICE.name, CHOICE.wire, CHOICE.placeholder, CHOICE.accepted, parse_program_type
)
