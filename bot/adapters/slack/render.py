"""Block Kit for the core's replies and notifications: escaped mrkdwn, sections, buttons.

Everything the core says is plain text that may carry what users typed (school names, display
names, messages), so every piece that lands in mrkdwn goes through `escape` first: `<!channel>`
or `<@U123>` typed by a user then shows as text and pings nobody. Slack's size limits are
enforced here, because a message Slack refuses would be retried by the delivery worker forever.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.core.reply import Action, Reply, Section

logger = logging.getLogger(__name__)

RUN_ACTION_PREFIX = "run-"  # action_id of every button that runs a command
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_BUTTONS_PER_BLOCK = 25
MAX_BUTTON_LABEL = 75
MAX_BUTTON_VALUE = 2000
MAX_MESSAGE_TEXT = 40000
ERROR_MARK = ":warning: "
_PARTIAL_ENTITY = re.compile(r"&(?:a|am|amp|l|lt|g|gt)?$")  # `escape`'s entity, cut by clipping

Block = dict[str, Any]


def escape(text: str) -> str:
    """Make user text inert in mrkdwn (Slack's rule: `&` first, then `<` and `>`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Slack sends typed `&`, `<` and `>` as entities; the core wants what the user typed."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_LINK = re.compile(r"<((?:https?|mailto|tel):[^>|]+)(?:\|([^>]*))?>")


def typed_text(text: str) -> str:
    """A slash command's text as the user typed it. Slack wraps links (`<https://…>`, or
    `<http://…|what was typed>`) and encodes `&`, `<` and `>`; mentions stay `<@U…>`, the ids
    the commands resolve."""
    return unescape(_LINK.sub(lambda link: link[2] if link[2] is not None else link[1], text))


def local_time_token(when: datetime) -> str:
    """Slack's date token: every reader sees the instant in their own zone (UTC as fallback)."""
    fallback = when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(when.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


@dataclass(frozen=True)
class SlackMessage:
    text: str  # escaped mrkdwn: the notification and fallback text
    blocks: list[Block] = field(default_factory=list)


def render_reply(reply: Reply) -> SlackMessage:
    """A command's reply. With sections, the reply's first line is the headline above them."""
    text = reply.text if reply.ok else ERROR_MARK + reply.text
    if reply.sections:
        headline = text.split("\n", 1)[0]
        blocks = [*_text_blocks(headline)]
        for section in reply.sections:
            blocks.append(_section_block(section))
            blocks.extend(_action_blocks(section.actions))
        if reply.notes:
            blocks.extend(_text_blocks("\n".join(reply.notes)))
    else:
        blocks = list(_text_blocks(text))
    blocks.extend(_action_blocks(reply.actions))
    return SlackMessage(_message_text(text), _within_block_limit(blocks))


def render_notice(
    text: str, actions: tuple[Action, ...] = (), when: datetime | None = None
) -> SlackMessage:
    """A message the bot sends on its own: a reminder, an agenda, a request to answer; `when`
    adds the instant it is about in each reader's own zone, under the two schools' zones."""
    starts = f"Session starts, your time: {local_time_token(when)}" if when else None
    reader_time = [_mrkdwn_section(starts)] if starts else []
    blocks = [*_text_blocks(text), *reader_time, *_action_blocks(actions)]
    return SlackMessage(_message_text(text), _within_block_limit(blocks))


def _message_text(text: str) -> str:
    return _clip(escape(text), MAX_MESSAGE_TEXT)


def _text_blocks(text: str) -> Iterator[Block]:
    """Sections of at most 3,000 escaped characters, split between lines where possible."""
    chunks: list[list[str]] = [[]]
    size = 0
    for line in _short_lines(text):
        escaped = escape(line)
        if chunks[-1] and size + 1 + len(escaped) > MAX_SECTION_TEXT:
            chunks.append([])
            size = 0
        size += len(escaped) + (1 if chunks[-1] else 0)
        chunks[-1].append(escaped)
    for chunk in chunks:
        joined = "\n".join(chunk)
        if joined.strip():
            yield _mrkdwn_section(joined)


def _short_lines(text: str) -> Iterator[str]:
    """Lines of the text, cut so that each stays within a section even after escaping."""
    longest = MAX_SECTION_TEXT // len("&amp;")
    for line in text.split("\n"):
        if len(escape(line)) <= MAX_SECTION_TEXT:
            yield line
            continue
        for start in range(0, len(line), longest):
            yield line[start : start + longest]


def _mrkdwn_section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _section_block(section: Section) -> Block:
    """Title (and the reader's local time) as text; up to ten short lines as fields."""
    heading = [f"*{escape(section.title)}*"]
    if section.when is not None:
        heading.append(local_time_token(section.when))
    lines = list(section.lines)
    fields = lines if len(lines) <= MAX_FIELDS else []
    if not fields:
        heading.extend(escape(line) for line in lines)
    block = _mrkdwn_section(_clip("\n".join(heading), MAX_SECTION_TEXT))
    if fields:
        block["fields"] = [
            {"type": "mrkdwn", "text": _clip(escape(line), MAX_FIELD_TEXT)} for line in fields
        ]
    return block


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, never ending inside an entity that `escape` wrote."""
    if len(text) <= limit:
        return text
    return _PARTIAL_ENTITY.sub("", text[: limit - 1]) + "…"


def _action_blocks(actions: Iterable[Action]) -> Iterator[Block]:
    buttons = [button for action in actions if (button := _button(action)) is not None]
    for start in range(0, len(buttons), MAX_BUTTONS_PER_BLOCK):
        yield {"type": "actions", "elements": buttons[start : start + MAX_BUTTONS_PER_BLOCK]}


def _button(action: Action) -> Block | None:
    if len(action.command) > MAX_BUTTON_VALUE:
        logger.warning("button %r dropped: its command is longer than Slack accepts", action.label)
        return None
    label = _clip(action.label, MAX_BUTTON_LABEL)
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "value": action.command,
    }
    if action.style in ("primary", "danger"):
        button["style"] = action.style
    return button


def _within_block_limit(blocks: list[Block]) -> list[Block]:
    """At most 50 blocks, and every button with its own action id (Slack rejects repeats)."""
    if len(blocks) > MAX_BLOCKS:
        hidden = len(blocks) - (MAX_BLOCKS - 1)
        blocks = [
            *blocks[: MAX_BLOCKS - 1],
            _mrkdwn_section(f"… and {hidden} more item(s); narrow the command to see them."),
        ]
    number = 0
    for block in blocks:
        for element in block.get("elements", ()):
            element["action_id"] = f"{RUN_ACTION_PREFIX}{number}"
            number += 1
    return blocks
