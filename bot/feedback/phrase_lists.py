"""Lists of translated phrases (choice labels, next steps, tallies) as one message argument, so
that each item is written in the reader's language and the list reads as one value."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.declared_text import choice_label
from bot.i18n.messages import Joined, Localizable, Message


def choice_labels(values: Iterable[str]) -> Joined:
    """Chosen values (`audio`, `video`) as their labels: as typed in English."""
    return Joined(tuple(choice_label(value) for value in values), ", ")


def tally(counts: Iterable[tuple[Message | Localizable, int]]) -> Joined:
    """`audio 2 · video 1`: each label with its count."""
    return Joined(
        tuple(Message("feedback-tally", label=label, count=str(n)) for label, n in counts), " · "
    )
