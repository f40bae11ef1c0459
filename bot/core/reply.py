"""What a command gives back, before any platform decides how it looks."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer


class Visibility(StrEnum):
    PRIVATE = "private"  # only the caller sees it (Slack ephemeral, Discord ephemeral)
    CHANNEL = "channel"  # meant for everyone in the channel


@dataclass(frozen=True)
class Action:
    """A button: pressing it runs `command` (text after `/exchange`) as the presser."""

    label: str
    command: str
    style: str = "default"  # "default", "primary" or "danger"


@dataclass(frozen=True)
class Button:
    """A button of a notice to other people, its label a message: each recipient reads it in
    their own language (`Context.notify_person`, `notify_school`)."""

    label: Message
    command: str
    style: str = "default"

    def written(self, language: Language, translator: Renderer) -> Action:
        return Action(translator.render(self.label, language), self.command, self.style)


@dataclass(frozen=True)
class Section:
    """One item of a rich reply (a candidate school, a slot, a session): adapters show it as a
    Block Kit section or an embed field. `when` is an instant the item is about; adapters add
    the platform's own "show in the reader's zone" token for it next to the text times."""

    title: str
    lines: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    when: datetime | None = None


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    media_type: str
    title: str = ""


def json_attachment(name: str, document: Any, title: str) -> Attachment:
    """A JSON document to download with a reply, its file named after `name` in lower-case
    words joined by dashes (`tieup Seoul IJC 2027` → `tieup-seoul-ijc-2027.json`)."""
    stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    content = json.dumps(document, ensure_ascii=False, indent=2).encode()
    return Attachment(f"{stem}.json", content, "application/json", title)


@dataclass
class Reply:
    text: str  # plain text; adapters escape it for their markup
    data: dict[str, Any] = field(default_factory=dict)
    visibility: Visibility = Visibility.PRIVATE
    ok: bool = True
    actions: tuple[Action, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    sections: tuple[Section, ...] = ()  # optional rich form of `text`; `text` stays complete
    # with sections, rich renderings show the first line of `text`, the sections, then these
    # (notes already in `text`: daylight-saving changes, hints, details of a booking)
    notes: tuple[str, ...] = ()
    command: str = ""  # the command path that produced it, filled in by the dispatcher
    # the caller's, which `text` is written in, filled in by the dispatcher: adapters write
    # their own words around it (a label, a file's title) in it too
    language: Language = ENGLISH

    def add_notes(self, notes: list[str]) -> None:
        """End the text with these sentences, and show them after the sections too."""
        if notes:
            self.text = "\n".join([self.text, *notes])
            self.notes = (*self.notes, *notes)

    @classmethod
    def error(cls, text: str, **data: Any) -> Reply:
        return cls(text=text, data=data, ok=False)
