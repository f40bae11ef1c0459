"""Command-line options read exactly as their chat counterparts, from the same declaration."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from bot.commands import CATALOG
from bot.core.errors import UserError
from bot.core.grammar import coerce_value


def chat_option(path: tuple[str, ...], option: str) -> Callable[[str], Any]:
    """An argparse type that reads a value as option `option` of the chat command `path`."""
    spec = CATALOG.get(path)
    assert spec is not None, path
    param = spec.param(option)
    assert param is not None, (path, option)

    def read(raw: str) -> Any:
        try:
            return coerce_value(param, raw)
        except UserError as error:
            raise argparse.ArgumentTypeError(error.text()) from None

    return read
