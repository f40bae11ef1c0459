"""The kinds of non-real-time exchange and their steps, declared once: who does each step (the
school that starts, or its partner), what it asks of the class, whether it needs a link, and
how many days apart the steps are by default.

The spacing follows what each exchange takes: a video letter is recorded and answered within a
fortnight; a shared board moves weekly; letters and boxes travel by international post, which
takes three to four weeks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.core.value_types import ValueType, Wire
from storage.models import ActivityKind


class Owner(StrEnum):
    FIRST = "first"  # the school that starts the exchange
    SECOND = "second"  # its partner


@dataclass(frozen=True)
class StepKind:
    name: str  # as `activity done <name>` names it
    owner: Owner
    task: str  # what the owner's class does, completing "Seoul: …"
    needs_link: bool = False  # marked done only with the link (the video, the board, a photo)
    link_is_board: bool = False  # its link is the shared board's address


@dataclass(frozen=True)
class KindSpec:
    kind: ActivityKind
    title: str  # "video letter exchange"
    steps: tuple[StepKind, ...]
    gaps: tuple[int, ...]  # days from each step's deadline to the next one's
    first_after: int  # days from today to the first deadline, when no date is given

    def step(self, name: str) -> StepKind | None:
        return next((step for step in self.steps if step.name == name), None)


KINDS: dict[ActivityKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            ActivityKind.VIDEO_LETTER,
            "video letter exchange",
            (
                StepKind(
                    "post",
                    Owner.FIRST,
                    "record the class's video letter and post its link",
                    needs_link=True,
                ),
                StepKind(
                    "reply",
                    Owner.SECOND,
                    "watch it in class, then record and post a reply video",
                    needs_link=True,
                ),
            ),
            gaps=(14,),
            first_after=14,
        ),
        KindSpec(
            ActivityKind.SHARED_BOARD,
            "shared board",
            (
                StepKind(
                    "board",
                    Owner.FIRST,
                    "set up the shared board (Padlet or similar) and "
                    "post the class's introductions",
                    needs_link=True,
                    link_is_board=True,
                ),
                StepKind(
                    "posts",
                    Owner.SECOND,
                    "post the class's introductions and questions on the board",
                ),
                StepKind(
                    "answers", Owner.FIRST, "answer the partner class's questions on the board"
                ),
            ),
            gaps=(7, 7),
            first_after=7,
        ),
        KindSpec(
            ActivityKind.LETTERS,
            "handwritten letter exchange",
            (
                StepKind("send", Owner.FIRST, "post the class's handwritten letters"),
                StepKind("reply", Owner.SECOND, "read them in class and post handwritten replies"),
            ),
            gaps=(28,),
            first_after=14,
        ),
        KindSpec(
            ActivityKind.CULTURE_BOX,
            "culture box exchange",
            (
                StepKind("send", Owner.FIRST, "pack and post the culture box"),
                StepKind("receive", Owner.SECOND, "say the box has arrived"),
                StepKind(
                    "unpack", Owner.SECOND, "unpack it in class and share a photo", needs_link=True
                ),
            ),
            gaps=(21, 7),
            first_after=14,
        ),
    )
}

ALIASES = {
    "video": ActivityKind.VIDEO_LETTER,
    "board": ActivityKind.SHARED_BOARD,
    "padlet": ActivityKind.SHARED_BOARD,
    "letter": ActivityKind.LETTERS,
    "box": ActivityKind.CULTURE_BOX,
}


def _parse_kind(raw: str) -> str:
    """`video letter`, `video-letter`, `Video_Letter` and `padlet` read as their kind; anything
    else is left for the choices check, which suggests the nearest kind."""
    text = re.sub(r"[\s\-]+", "_", raw.strip().lower())
    return ALIASES.get(text, text)


ACTIVITY_KIND = ValueType(
    "activity kind",
    Wire.STRING,
    "<kind>",
    "an activity kind: " + ", ".join(KINDS),
    _parse_kind,
)
