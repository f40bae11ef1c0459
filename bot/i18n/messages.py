"""A message to show someone, held as its catalog key and named arguments until it is known
who reads it, so one value can be rendered for each reader, or in both schools' languages.

The key is always a string literal written at the call, `Message("input-date-invalid",
text=raw)`: that is what lets a test find every key the code uses. A message is never built
from pieces of other translations; a part that must be translated too (a time in both zones,
a list of choices) is passed as an argument that renders itself in the reader's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Protocol

from bot.i18n.languages import Language


class Renderer(Protocol):
    """What writes a message for a reader: `bot.i18n.translator.Translator`."""

    def render(self, message: Message, language: Language) -> str: ...

    def declared(self, key: str, english: str, language: Language) -> str: ...


class Localizable(Protocol):
    """An argument that is written differently in each language (a time, a list of labels)."""

    def localized(self, language: Language, translator: Renderer) -> str: ...


Argument = str | int | float | Decimal | Localizable


def is_localizable(value: object) -> bool:
    """Whether `value` writes itself per language (cheaper than `isinstance` on a Protocol,
    which matters for a reminder burst)."""
    return callable(getattr(value, "localized", None))


# arguments written as they are; checked by type alone, the quick check (a bool is refused)
VALUE_TYPES = frozenset((str, int, float, Decimal))


@dataclass(frozen=True, init=False, eq=True)
class Message:
    """`Message("key", name=value, …)`; `Message("key.attribute", …)` for an attribute."""

    key: str
    arguments: Mapping[str, Argument | Message]

    def __init__(self, key: str, /, **arguments: Argument | Message) -> None:
        for name, value in arguments.items():
            if type(value) in VALUE_TYPES or type(value) is Message:  # nearly all
                continue
            if isinstance(value, bool) or not (
                isinstance(value, str | int | float | Decimal | Message) or is_localizable(value)
            ):
                raise TypeError(
                    f"{key}: argument {name} is a {type(value).__name__}; pass text, a number, "
                    "a Message or a Localizable (times go through bot.i18n.time_text)"
                )
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "arguments", MappingProxyType(arguments))  # a dict of its own
        try:  # a message is a value: a translator remembers what it wrote for one
            known: int | None = hash((key, frozenset(arguments.items())))
        except TypeError:  # an argument that is not a value (a list, a database row)
            known = None
        object.__setattr__(self, "_hash", known)

    def __hash__(self) -> int:
        """Kept from the start, as the messages inside a reminder are hashed at every level;
        TypeError for a message holding what is not a value, which is written each time."""
        known: int | None = self.__dict__["_hash"]
        if known is None:
            raise TypeError(f"message {self.key} holds an argument that is not a value")
        return known


class InputProblem(ValueError):
    """Typed input that does not read; `message` says why in the reader's language, with
    examples written as that language writes them."""

    def __init__(self, message: Message) -> None:
        super().__init__(f"{message.key} {dict(message.arguments)}")
        self.message = message


@dataclass(frozen=True)
class Joined:
    """Whole messages one after another as one argument, each written for the reader: the lines
    of a reminder, an agenda or a notice whose number of lines varies (`separator` a line
    break), or a list's items (`; `, ` → `, or a `Message` where the language words it, as
    `; and `). A message is never glued from pieces; lines and items are."""

    messages: Sequence[Message | Localizable]
    separator: str | Message = "\n"
    distinct: bool = False  # items that read the same written once (the days of one holiday)

    def localized(self, language: Language, translator: Renderer) -> str:
        separator = self.separator
        if isinstance(separator, Message):
            separator = translator.render(separator, language)
        texts = [
            translator.render(message, language)
            if isinstance(message, Message)
            else message.localized(language, translator)
            for message in self.messages
        ]
        return separator.join(dict.fromkeys(texts) if self.distinct else texts)


def one_after_another(sentences: Iterable[str]) -> str:
    """Whole sentences already written for the reader, a space apart (none after a full-width
    。！？, as Japanese and Chinese write)."""
    text = ""
    for sentence in sentences:
        spaced = bool(text) and not text.endswith(("。", "！", "？"))
        text += f" {sentence}" if spaced else sentence
    return text
