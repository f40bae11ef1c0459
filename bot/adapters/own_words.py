"""The adapters' own words around a message (a time's label, the title of the whole text's
file, the note on what did not fit), written in the languages of the message they surround."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.outbox import OutgoingMessage
from bot.core.reply import Reply
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer


@dataclass(frozen=True)
class OwnWords:
    translator: Renderer
    languages: tuple[Language, ...] = (ENGLISH,)

    @classmethod
    def of_reply(cls, translator: Renderer, reply: Reply) -> OwnWords:
        return cls(translator, (reply.language,))

    @classmethod
    def of_message(cls, translator: Renderer, message: OutgoingMessage) -> OwnWords:
        """A message's languages (both schools' in a joint channel); English when it does not
        say (text written before its area was converted)."""
        return cls(translator, message.languages or (ENGLISH,))

    def lines(self, message: Message) -> str:
        """The message in each language, a line each (once when they read the same)."""
        return "\n".join(self._each(message))

    def inline(self, message: Message) -> str:
        """The message in each language on one line, as a label or a title."""
        return " / ".join(self._each(message))

    def _each(self, message: Message) -> dict[str, None]:
        return dict.fromkeys(self.translator.render(message, lang) for lang in self.languages)


LeftOut = Callable[[int, str], Message]  # the note counting what did not fit, naming the file


def more_items(count: int, file: str) -> Message:
    return Message("adapters-more-items", count=count, file=file)


def more_lines(count: int, file: str) -> Message:
    return Message("adapters-more-lines", count=count, file=file)
