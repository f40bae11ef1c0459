"""Lists of translated phrases (choice labels, next steps, tallies) as one message argument, so
that each item is written in the reader's language and the list reads as one value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.declared_text import choice_label
from bot.i18n.languages import Language
from bot.i18n.messages import Localizable, Message, Renderer


@dataclass(frozen=True)
class PhraseList:
    """`audio, video` or `held 4 · moved 1`: the items, each in the reader's language."""

    items: tuple[Message | Localizable, ...]
    separator: str = ", "

    def localized(self, language: Language, translator: Renderer) -> str:
        written = [
            translator.render(item, language)
            if isinstance(item, Message)
            else item.localized(language, translator)
            for item in self.items
        ]
        return self.separator.join(written)


def choice_labels(values: Iterable[str]) -> PhraseList:
    """Chosen values (`audio`, `video`) as their labels: as typed in English."""
    return PhraseList(tuple(choice_label(value) for value in values))


def tally(counts: Iterable[tuple[Message | Localizable, int]]) -> PhraseList:
    """`audio 2 · video 1`: each label with its count."""
    return PhraseList(
        tuple(Message("feedback-tally", label=label, count=str(n)) for label, n in counts), " · "
    )
