"""Block Kit for the core's replies and notifications: escaped mrkdwn, sections, buttons.

Everything the core says is plain text that may carry what users typed (school names, display
names, messages), so every piece that lands in mrkdwn goes through `escape` first: `<!channel>`
or `<@U123>` typed by a user then shows as text and pings nobody. The blocks are packed within
Slack's limits (`SlackPacker`), because a message Slack refuses would be retried by the delivery
worker forever.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.adapters.message_room import Room
from bot.adapters.own_words import LeftOut, OwnWords, more_items, more_lines
from bot.core.reply import Action, Attachment, Reply, Section
from bot.i18n.messages import Message

logger = logging.getLogger(__name__)

RUN_ACTION_PREFIX = "run-"  # action_id of every button that runs a command
MAX_BLOCKS = 50
# Slack refuses `chat.postMessage` blocks holding more than about 12,000 characters of text in
# all (undocumented; refusals were reported from 11,341): the bot stays well below.
BLOCK_TEXT_BUDGET = 10_000
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
    # the whole text as a file, when the blocks could not hold all of it (they say so)
    attachments: tuple[Attachment, ...] = ()


def render_reply(reply: Reply, words: OwnWords) -> SlackMessage:
    """A command's reply. With sections, the reply's first line is the headline above them,
    and its notes and buttons come after them."""
    text = reply.text if reply.ok else ERROR_MARK + reply.text
    name = "-".join(reply.command.split()) or "reply"
    actions = list(_action_blocks(reply.actions))
    if not reply.sections:
        return SlackPacker(text, f"{name}.txt", words).lines(text, tail=actions)
    head = list(_text_blocks(text.split("\n", 1)[0]))
    items = [[*_section_blocks(s), *_action_blocks(s.actions)] for s in reply.sections]
    tail = [*_text_blocks("\n".join(reply.notes)), *actions]
    return SlackPacker(text, f"{name}.txt", words).items(head, items, tail)


def render_notice(
    text: str, words: OwnWords, actions: tuple[Action, ...] = (), when: datetime | None = None
) -> SlackMessage:
    """A message the bot sends on its own: a reminder, an agenda, a request to answer; `when`
    adds the instant it is about in each reader's own zone, under the two schools' zones,
    labelled in the languages of `text` (`words`)."""
    starts = (
        words.lines(Message("adapters-session-starts", time=local_time_token(when)))
        if when
        else None
    )
    tail = [*([_mrkdwn_section(starts)] if starts else []), *_action_blocks(actions)]
    return SlackPacker(text, "message.txt", words).lines(text, tail=tail)


class SlackPacker:
    """Fits blocks within Slack's limits: at most 50, at most `BLOCK_TEXT_BUDGET` characters
    of text. The head (a headline) and the tail (notes, the reader's time, the reply's own
    buttons) are always kept; the items between them (sections with their buttons, or lines
    of text) are kept whole and in order while they fit. When some do not, the message says
    how many are left out (in the languages of `words`) and carries the whole text as a file."""

    def __init__(self, text: str, filename: str, words: OwnWords) -> None:
        self.text = text
        self.filename = filename
        self.words = words

    def items(self, head: list[Block], items: list[list[Block]], tail: list[Block]) -> SlackMessage:
        if _room_around([*head, *tail, _mrkdwn_section(MORE_ROOM)]).characters < 0:
            # a headline or notes too long to keep whole: the text, line by line, instead
            return self.lines(self.text, tail=[b for b in tail if b["type"] == "actions"])

        def pack(room: Room) -> tuple[list[Block], int]:
            kept: list[Block] = []
            for count, item in enumerate(items):
                if not _take(room, item):
                    return kept, len(items) - count
                kept += item
            return kept, 0

        return self._message(head, pack, tail, more_items)

    def lines(self, text: str, tail: list[Block]) -> SlackMessage:
        rows = [list(_pieces(escape(line))) for line in text.split("\n")]

        def pack(room: Room) -> tuple[list[Block], int]:
            sections = _LineSections(room)
            for count, pieces in enumerate(rows):
                if not sections.add(pieces):
                    return sections.blocks(), len(rows) - count
            return sections.blocks(), 0

        return self._message([], pack, tail, more_lines)

    def _message(
        self, head: list[Block], pack: Packing, tail: list[Block], left_out: LeftOut
    ) -> SlackMessage:
        fixed = [*head, *tail]
        body, left = pack(_room_around(fixed))
        attachments: tuple[Attachment, ...] = ()
        if left:
            # the footer takes room, so fewer may fit beside it: count again until it is true
            while True:
                more = _mrkdwn_section(self.words.lines(left_out(left, escape(self.filename))))
                body, still = pack(_room_around([*fixed, more]))
                if still == left:
                    break
                left = still
            body.append(more)
            title = self.words.inline(Message("adapters-whole-text"))
            attachments = (Attachment(self.filename, self.text.encode(), "text/plain", title),)
            logger.info("%s: %s left out, moved to %s", self.filename, left, self.filename)
        text = _clip(escape(self.text), MAX_MESSAGE_TEXT)
        return SlackMessage(text, _numbered([*head, *body, *tail]), attachments)


Packing = Callable[[Room], tuple[list[Block], int]]  # what it kept, how many items it left
MORE_ROOM = "x" * 200  # what the "… N more" line needs
UNLIMITED = sys.maxsize  # for blocks that are packed later, as a whole


def _room_around(kept: list[Block]) -> Room:
    """The blocks and characters left beside `kept`."""
    return Room(MAX_BLOCKS - len(kept), BLOCK_TEXT_BUDGET - block_text(kept))


def _take(room: Room, blocks: list[Block]) -> bool:
    return room.spend(len(blocks), block_text(blocks))


class _LineSections:
    """Lines of text gathered into sections of at most 3,000 characters, each line whole."""

    def __init__(self, room: Room) -> None:
        self.room = room
        self.done: list[str] = []
        self.current = ""

    def add(self, pieces: list[str]) -> bool:
        """Add one line (already cut into pieces that each fit a section), or nothing."""
        done, current = list(self.done), self.current
        blocks, characters = 0, 0
        for piece in pieces:
            if current and len(current) + 1 + len(piece) <= MAX_SECTION_TEXT:
                current, characters = f"{current}\n{piece}", characters + 1 + len(piece)
                continue
            if current:
                done.append(current)
            current, blocks, characters = piece, blocks + 1, characters + len(piece)
        if not self.room.spend(blocks, characters):
            return False
        self.done, self.current = done, current
        return True

    def blocks(self) -> list[Block]:
        texts = [*self.done, *([self.current] if self.current else [])]
        return [_mrkdwn_section(text) for text in texts if text.strip()]


def block_text(blocks: Iterable[Block]) -> int:
    """Characters of text in blocks, counted as Slack's cumulative limit counts them."""
    total = 0
    for block in blocks:
        total += len((block.get("text") or {}).get("text", ""))
        total += sum(len(item["text"]) for item in block.get("fields", ()))
        total += sum(len(element["text"]["text"]) for element in block.get("elements", ()))
    return total


def _pieces(line: str) -> Iterator[str]:
    """An escaped line in pieces that each fit a section, never cutting an entity."""
    while len(line) > MAX_SECTION_TEXT:
        cut = line[:MAX_SECTION_TEXT]
        cut = _PARTIAL_ENTITY.sub("", cut)
        yield cut
        line = line[len(cut) :]
    yield line


def _text_blocks(text: str) -> Iterator[Block]:
    """Sections of at most 3,000 escaped characters, split between lines where possible."""
    sections = _LineSections(Room(UNLIMITED, UNLIMITED))
    for line in text.split("\n"):
        sections.add(list(_pieces(escape(line))))
    yield from sections.blocks()


def _mrkdwn_section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _section_blocks(section: Section) -> list[Block]:
    """Title (and the reader's local time) as text; up to ten short lines as fields, longer
    sections in as many text sections as they need."""
    heading = [f"*{escape(section.title)}*"]
    if section.when is not None:
        heading.append(local_time_token(section.when))
    lines = [escape(line) for line in section.lines]
    as_fields = len(lines) <= MAX_FIELDS and all(0 < len(line) <= MAX_FIELD_TEXT for line in lines)
    if as_fields and len("\n".join(heading)) <= MAX_SECTION_TEXT:
        block = _mrkdwn_section("\n".join(heading))
        if lines:
            block["fields"] = [{"type": "mrkdwn", "text": line} for line in lines]
        return [block]
    sections = _LineSections(Room(UNLIMITED, UNLIMITED))
    for line in [*heading, *lines]:
        sections.add(list(_pieces(line)))
    return sections.blocks()


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


def _numbered(blocks: list[Block]) -> list[Block]:
    """Every button with its own action id (Slack rejects repeats)."""
    number = 0
    for block in blocks:
        for element in block.get("elements", ()):
            element["action_id"] = f"{RUN_ACTION_PREFIX}{number}"
            number += 1
    return blocks
