"""A `Reply` as text and back, so the inbox can keep a command's outcome until it is answered."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from bot.core.reply import Action, Attachment, Reply, Section, Visibility
from bot.i18n.languages import ENGLISH, Language, matching_language


def dump_reply(reply: Reply) -> str:
    """JSON holding everything an adapter renders (files as base64); `data` keeps what JSON
    can say, anything else as its text."""
    return json.dumps(
        {
            "text": reply.text,
            "data": reply.data,
            "visibility": reply.visibility.value,
            "ok": reply.ok,
            "actions": [_action(action) for action in reply.actions],
            "attachments": [
                {
                    "filename": attachment.filename,
                    "content": base64.b64encode(attachment.content).decode("ascii"),
                    "media_type": attachment.media_type,
                    "title": attachment.title,
                }
                for attachment in reply.attachments
            ],
            "sections": [
                {
                    "title": section.title,
                    "lines": list(section.lines),
                    "actions": [_action(action) for action in section.actions],
                    "when": section.when.isoformat() if section.when else None,
                }
                for section in reply.sections
            ],
            "notes": list(reply.notes),
            "command": reply.command,
            "language": reply.language.tag,
        },
        default=str,
        ensure_ascii=False,
    )


def load_reply(text: str) -> Reply:
    stored = json.loads(text)
    return Reply(
        text=stored["text"],
        data=stored["data"],
        visibility=Visibility(stored["visibility"]),
        ok=stored["ok"],
        actions=tuple(Action(**action) for action in stored["actions"]),
        attachments=tuple(
            Attachment(
                filename=attachment["filename"],
                content=base64.b64decode(attachment["content"]),
                media_type=attachment["media_type"],
                title=attachment["title"],
            )
            for attachment in stored["attachments"]
        ),
        sections=tuple(
            Section(
                title=section["title"],
                lines=tuple(section["lines"]),
                actions=tuple(Action(**action) for action in section["actions"]),
                when=datetime.fromisoformat(section["when"]) if section["when"] else None,
            )
            for section in stored["sections"]
        ),
        notes=tuple(stored["notes"]),
        command=stored["command"],
        language=_language(stored.get("language")),
    )


def _language(tag: str | None) -> Language:
    """The language the reply was written in; English for a reply kept before it was noted."""
    return matching_language(tag) or ENGLISH


def _action(action: Action) -> dict[str, Any]:
    return {"label": action.label, "command": action.command, "style": action.style}
