"""No two schools of a program whose names would be mistaken for each other: a second
"Hanbit Middle School", or one spelt with a Cyrillic а, is the first school, not a new one."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.names import lookalike_keys
from bot.i18n.messages import Message

Named = tuple[str, str]  # (school id, name)


class NameIndex:
    """Schools by the look-alike keys of their names: each name's keys are computed once."""

    def __init__(self, schools: Iterable[Named] = ()) -> None:
        self._by_key: dict[str, Named] = {}
        for school in schools:
            self.add(school)

    def add(self, school: Named) -> None:
        for key in lookalike_keys(school[1]):
            self._by_key.setdefault(key, school)

    def find(self, name: str, *, other_than: str | None = None) -> Named | None:
        """A school (not `other_than`) whose name would be mistaken for `name`."""
        for key in lookalike_keys(name):
            found = self._by_key.get(key)
            if found is not None and found[0] != other_than:
                return found
        return None


def registered_already(name: str, school_id: str, school_name: str) -> Message:
    """The refusal for registering (or renaming to) a name a school of the program has."""
    if name.casefold() == school_name.casefold():
        return Message("school-name-taken", name=name, id=school_id)
    return Message("school-name-lookalike", name=name, id=school_id, existing=school_name)
