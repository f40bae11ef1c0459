"""Errors a user can act on, kept apart from bugs so the dispatcher can tell them apart."""

from __future__ import annotations

from typing import Any

from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message
from bot.i18n.translator import Translator, english_only


class UserError(Exception):
    """A mistake in what the user asked for, shown to them in their language: a `Message`
    (text still written as a plain English string is shown as it is, until its area is
    converted).

    `show_usage` says whether the command's usage line helps them fix it (a typo in an option
    does; "you are not a teacher of that school" does not).
    """

    def __init__(self, message: str | Message, *, show_usage: bool = True) -> None:
        super().__init__(message if isinstance(message, str) else message.key)
        self.message = message
        self.show_usage = show_usage
        self.written: str | None = None  # rendered for the reader, while its rows can be read

    def text(self, translator: Translator | None = None, language: Language = ENGLISH) -> str:
        """The message as `language` writes it; English where no reader is known."""
        return _written(self.message, translator, language)

    def __str__(self) -> str:
        return self.text()


class PermissionDenied(UserError):
    """The actor is known but may not do this."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(message, show_usage=False)


class AlreadyDone(Exception):
    """The caller's own command did this moments ago (a double click, a line retyped because
    the reply was slow): the repeat changes nothing and is answered with what the first did.
    `message` says so and shows the result; `data` is the result as the first reply gave it."""

    def __init__(self, message: str | Message, data: dict[str, Any] | None = None) -> None:
        super().__init__(message if isinstance(message, str) else message.key)
        self.message = message
        self.data = data or {}
        self.written: str | None = None  # rendered for the reader, while its rows can be read

    def text(self, translator: Translator | None = None, language: Language = ENGLISH) -> str:
        return _written(self.message, translator, language)


def _written(message: str | Message, translator: Translator | None, language: Language) -> str:
    return (translator or english_only()).in_language(message, language)


class DeclarationError(TypeError):
    """A command declaration does not match its handler: raised at import, never at run time."""
