"""What a reader is told when typed input is refused: the `InputProblem`, rendered for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.i18n.languages import Language
from bot.i18n.messages import InputProblem
from bot.i18n.translator import Translator


def refusal(
    translator: Translator, reader: Language, parse: Callable[..., Any], *args: Any, **kwargs: Any
) -> str:
    """The message `parse(*args, **kwargs)` refuses with, as `reader` reads it."""
    with pytest.raises(InputProblem) as refused:
        parse(*args, **kwargs)
    return translator.render(refused.value.message, reader)
