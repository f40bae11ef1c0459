"""Small integer ids for repeated values, so that numpy can index tables computed per value."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value", bound=Hashable)


class Interned(Generic[Value]):
    """Hands out 0, 1, 2, … to distinct values; `values[i]` is the value with id i."""

    def __init__(self) -> None:
        self.values: list[Value] = []
        self._index: dict[Value, int] = {}

    def __call__(self, value: Value) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.values)
            self.values.append(value)
        return found

    def find(self, value: Value) -> int | None:
        """The id of a value already seen, without adding it."""
        return self._index.get(value)

    def __len__(self) -> int:
        return len(self.values)
