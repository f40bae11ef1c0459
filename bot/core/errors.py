"""Errors a user can act on, kept apart from bugs so the dispatcher can tell them apart."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A mistake in what the user asked for; the message is shown to them verbatim.

    `show_usage` says whether the command's usage line helps them fix it (a typo in an option
    does; "you are not a teacher of that school" does not).
    """

    def __init__(self, message: str, *, show_usage: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.show_usage = show_usage


class PermissionDenied(UserError):
    """The actor is known but may not do this."""

    def __init__(self, message: str) -> None:
        super().__init__(message, show_usage=False)


class AlreadyDone(Exception):
    """The caller's own command did this moments ago (a double click, a line retyped because
    the reply was slow): the repeat changes nothing and is answered with what the first did.
    `message` says so and shows the result; `data` is the result as the first reply gave it."""

    def __init__(self, message: str, data: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.data = data or {}


class DeclarationError(TypeError):
    """A command declaration does not match its handler: raised at import, never at run time."""
