"""The core's replies and notifications as Discord messages: escaped text, embeds, buttons, files.

Everything the core says is plain text that may carry what users typed, so it is escaped for
Discord markdown and mentions before it is sent, and every message goes out with mentions
disabled. Discord's size limits are enforced here: a message Discord refuses would otherwise
be retried by the delivery worker forever. Items that do not fit in one message (sections, or
lines of text) are counted in it, never cut silently, and the whole text goes with it as a file.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import discord

from bot.adapters.discord.components import BUTTON_PREFIX, CommandButton, CommandIds
from bot.adapters.message_room import Room
from bot.adapters.own_words import LeftOut, OwnWords, more_items, more_lines
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Action, Attachment, Reply, Section
from bot.i18n.messages import Message

logger = logging.getLogger(__name__)

MAX_CONTENT = 2000
MAX_DESCRIPTION = 4096
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000  # characters across all embeds of one message
MAX_BUTTONS = 25  # five rows of five
MAX_BUTTON_LABEL = 80
MAX_FILES = 10
MORE_ROOM = 200  # characters the footer saying what did not fit needs
ELLIPSIS = "…"
ERROR_MARK = "⚠️ "  # starts every reply saying something went wrong
BLANK = "\u200b"  # Discord refuses empty field names and values
NO_MENTIONS = discord.AllowedMentions.none()
# the core's commands as Slack and the console type them, where a command starts a word
_EXCHANGE = re.compile(r"(?<![^\s`'\"(“])/exchange (?=[a-z])")
BUTTON_STYLES = {
    "primary": discord.ButtonStyle.primary,
    "danger": discord.ButtonStyle.danger,
    "default": discord.ButtonStyle.secondary,
}


# Web addresses (kept intact so links still work), as discord.py's `escape_markdown` finds them,
# but ending before a square bracket: `https://ok.example/[Join](https://evil.example)` must not
# carry a live masked link through as part of an address.
_URL = r"<[^: >\[\]]+:/[^ >\[\]]+>|(?:https?|steam)://[^\s<\[\]]+[^<.,:;\"'\[\]\s]"
_MARKUP = re.compile(
    rf"(?P<url>{_URL})"
    r"|[\\*_~`|\[<]"  # emphasis, code, spoilers, masked links, <@…> <#…> <t:…> tokens
    r"|^(?:>(?:>>)?(?=\s)|#{1,3}|[ \t]*-)",  # quotes, headings, lists and -# subtext
    re.MULTILINE,
)


def escape(text: str) -> str:
    """Make user text inert: markdown shows literally, `@everyone` or `<@id>` pings nobody,
    and `<#channel>` or `[text](url)` link nowhere (a backslash before punctuation only hides
    itself in Discord's markdown). discord.py's `escape_markdown` is not enough: its pattern
    for a masked link swallows the rest of the line unescaped, and it passes `<#…>` tokens."""
    return discord.utils.escape_mentions(_MARKUP.sub(_escaped, text))


def _escaped(match: re.Match[str]) -> str:
    if match["url"]:
        return match["url"]
    found = match[0]
    mark = found.lstrip(" \t")
    return found[: len(found) - len(mark)] + "\\" + mark


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]  # never leave half of an escape at the end
    return cut + ELLIPSIS


def local_time(when: datetime) -> str:
    """Discord shows `<t:…>` in each reader's own zone, next to the text's two school zones:
    the date and time, then how long from now."""
    stamp = int(when.timestamp())
    return f"<t:{stamp}:F> (<t:{stamp}:R>)"


@dataclass
class DiscordMessage:
    content: str = ""
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    files: list[discord.File] = field(default_factory=list)
    overflow: tuple[Attachment, ...] = ()  # the whole text, when the message could not hold it

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `send`, `send_message` and `followup.send` alike."""
        kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.content:
            kwargs["content"] = self.content
        if self.embeds:
            kwargs["embeds"] = self.embeds
        if self.view is not None:
            kwargs["view"] = self.view
        if self.files:
            kwargs["files"] = self.files
        return kwargs

    def edit_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for editing a message into this one (the "thinking" message of
        a deferred command): everything replaced, so editing twice shows the same."""
        return {
            "allowed_mentions": NO_MENTIONS,
            "content": self.content or None,
            "embeds": self.embeds,
            "view": self.view,
            "attachments": self.files,
        }


async def render_reply(
    reply: Reply, ids: CommandIds, workspace: str, words: OwnWords
) -> DiscordMessage:
    """A command's reply. With sections, its first line (and its notes) is the message's
    content above their embeds; the words around them in the reply's language (`words`)."""
    colour = discord.Colour.blurple() if reply.ok else discord.Colour.red()
    text = reply.text if reply.ok else ERROR_MARK + reply.text
    whole = Attachment(
        f"{'-'.join(reply.command.split()) or 'reply'}.txt",
        text.encode(),
        "text/plain",
        words.inline(Message("adapters-whole-text")),
    )
    headline = discord_text(text.split("\n", 1)[0])
    notes = discord_text("\n".join(reply.notes))
    if reply.sections and len(headline) <= MAX_CONTENT and len(notes) <= MAX_DESCRIPTION:
        message = sections_message(headline, notes, reply.sections, colour, whole, words)
    else:  # no sections, or a headline or notes too long to keep whole: the text, by lines
        message = text_message(discord_text(text), colour, whole, words)
    message.view = await button_view(reply.sections, reply.actions, ids, workspace)
    message.files = _files([*reply.attachments, *message.overflow], reply.command)
    return message


async def render_outgoing(
    message: OutgoingMessage, ids: CommandIds, words: OwnWords
) -> DiscordMessage:
    """A notification or reminder; its buttons act in the recipient's server; the words around
    it in the languages of its text (`words`)."""
    stamp = (
        words.lines(Message("adapters-session-starts", time=local_time(message.when)))
        if message.when
        else ""
    )
    title = words.inline(Message("adapters-whole-text"))
    whole = Attachment("message.txt", message.text.encode(), "text/plain", title)
    # the stamp after escaping: its token must stay live
    colour = discord.Colour.blurple()
    rendered = text_message(discord_text(message.text), colour, whole, words, stamp)
    rendered.view = await button_view((), message.actions, ids, message.recipient.workspace)
    rendered.files = _files(rendered.overflow, "a message")
    return rendered


def discord_text(text: str) -> str:
    """The core's text for Discord: inert (`escape`), its commands as Discord's own."""
    return escape(as_discord_commands(text))


def as_discord_commands(text: str) -> str:
    """`/exchange school register`, as Slack and the console type it, is `/school register`
    on Discord."""
    return _EXCHANGE.sub("/", text)


def text_message(
    escaped: str, colour: discord.Colour, whole: Attachment, words: OwnWords, tail: str = ""
) -> DiscordMessage:
    """Text already escaped as the message content, or, when too long, whole lines in embed
    descriptions; `tail` (a live timestamp) always ends it. Lines beyond what one message
    holds are counted in a footer, and `whole` goes with the message."""
    full = "\n".join(part for part in (escaped, tail) if part)
    if len(full) <= MAX_CONTENT:
        return DiscordMessage(content=full)
    lines = [list(_pieces(line, MAX_DESCRIPTION)) for line in escaped.split("\n")]

    def pack(room: Room) -> tuple[list[discord.Embed], int]:
        room.parts -= 1  # one embed kept for the tail or the footer
        room.characters -= len(tail) + 1
        gathered = _Descriptions(room)
        shown = next((n for n, line in enumerate(lines) if not gathered.add(line)), len(lines))
        if tail:
            gathered.room = Room(1, len(tail) + 1)
            gathered.add([tail])
        return [discord.Embed(description=text, colour=colour) for text in gathered.texts], shown

    return _packed(DiscordMessage(), pack, len(lines), more_lines, whole, colour, words)


def sections_message(
    headline: str,
    notes: str,
    sections: Sequence[Section],
    colour: discord.Colour,
    whole: Attachment,
    words: OwnWords,
) -> DiscordMessage:
    """The headline (at most 2,000 characters) as content with the notes (at most 4,096)
    under it, or in an embed of their own when both are too long for content; then one field
    per section (continued in more fields when it is long), 25 to an embed. Sections beyond
    Discord's 6,000 characters are counted in a footer, and `whole` goes with the message."""
    content = headline
    notes_embed = None
    if notes and len(content) + 1 + len(notes) <= MAX_CONTENT:
        content = f"{content}\n{notes}"
    elif notes:
        notes_embed = discord.Embed(description=notes, colour=colour)
    fields = [_fields(section, words) for section in sections]

    def pack(room: Room) -> tuple[list[discord.Embed], int]:
        if notes_embed is not None:
            room.spend(1, len(notes_embed))
        embeds: list[discord.Embed] = []
        for shown, item in enumerate(fields):
            if not _take_fields(room, embeds, item):
                return embeds, shown
            for name, value in item:
                if not embeds or len(embeds[-1].fields) == MAX_FIELDS:
                    embeds.append(discord.Embed(colour=colour))
                embeds[-1].add_field(name=name, value=value, inline=False)
        return embeds, len(fields)

    message = _packed(DiscordMessage(content), pack, len(fields), more_items, whole, colour, words)
    if notes_embed is not None:
        message.embeds.append(notes_embed)
    return message


EmbedPacking = Callable[[Room], tuple[list[discord.Embed], int]]  # embeds, items shown


def _packed(
    message: DiscordMessage,
    pack: EmbedPacking,
    items: int,
    left_out: LeftOut,
    whole: Attachment,
    colour: discord.Colour,
    words: OwnWords,
) -> DiscordMessage:
    """Embeds holding as many items as fit; when some do not, again with room for a footer
    that counts them (`left_out`, in the languages of `words`), and `whole` attached."""
    message.embeds, shown = pack(Room(MAX_EMBEDS, MAX_EMBED_TOTAL))
    if shown == items:
        return message
    message.embeds, shown = pack(Room(MAX_EMBEDS - 1, MAX_EMBED_TOTAL - MORE_ROOM))
    if not message.embeds:
        message.embeds.append(discord.Embed(colour=colour))
    left = items - shown
    message.embeds[-1].set_footer(text=words.lines(left_out(left, whole.filename)))
    message.overflow = (whole,)
    logger.info("%s: %s left to the attached file", whole.filename, left)
    return message


def _take_fields(room: Room, embeds: list[discord.Embed], fields: list[tuple[str, str]]) -> bool:
    """Room for these fields after those already in `embeds` (25 to an embed)?"""
    free = MAX_FIELDS - len(embeds[-1].fields) if embeds else 0
    new = 0 if len(fields) <= free else -(-(len(fields) - free) // MAX_FIELDS)
    return room.spend(new, sum(len(name) + len(value) for name, value in fields))


class _Descriptions:
    """Lines gathered into embed descriptions of at most 4,096 characters, each line whole."""

    def __init__(self, room: Room) -> None:
        self.room = room
        self.texts: list[str] = []

    def add(self, pieces: list[str]) -> bool:
        """Add one line (cut into pieces that each fit a description), or nothing."""
        texts, embeds, characters = list(self.texts), 0, 0
        for piece in pieces:
            if texts and len(texts[-1]) + 1 + len(piece) <= MAX_DESCRIPTION:
                texts[-1], characters = f"{texts[-1]}\n{piece}", characters + 1 + len(piece)
            else:
                texts, embeds, characters = [*texts, piece], embeds + 1, characters + len(piece)
        if not self.room.spend(embeds, characters):
            return False
        self.texts = texts
        return True


def _pieces(line: str, size: int) -> Iterator[str]:
    """A line in pieces of at most `size` characters, never splitting an escape."""
    while len(line) > size:
        cut = size - (size - len(line[:size].rstrip("\\"))) % 2  # not after half an escape
        yield line[:cut]
        line = line[cut:]
    yield line


def _fields(section: Section, words: OwnWords) -> list[tuple[str, str]]:
    """The section as embed fields: its title, its lines (and the reader's local time), in
    more fields under a blank name when one holds too little. A title too long for a field's
    name is shortened there and given whole as the first line."""
    title = discord_text(section.title)
    name = clip(title, MAX_FIELD_NAME) or BLANK
    written = [title] if name != title and title else []
    lines = [
        piece
        for line in [*written, *(discord_text(line) for line in section.lines)]
        for piece in _pieces(line, MAX_FIELD_VALUE)
    ]
    if section.when:
        lines.append(
            words.lines(Message("adapters-your-local-time", time=local_time(section.when)))
        )
    values = [""]
    for line in lines:
        if values[-1] and len(values[-1]) + 1 + len(line) > MAX_FIELD_VALUE:
            values.append(line)
        else:
            values[-1] = f"{values[-1]}\n{line}" if values[-1] else line
    return [(name if n == 0 else BLANK, value or BLANK) for n, value in enumerate(values)]


def _files(attachments: Sequence[Attachment], what: str) -> list[discord.File]:
    if len(attachments) > MAX_FILES:
        logger.warning("%s had %s files; sent the first %s", what, len(attachments), MAX_FILES)
    return [
        discord.File(io.BytesIO(a.content), filename=a.filename, description=a.title or None)
        for a in attachments[:MAX_FILES]
    ]


async def button_view(
    sections: Iterable[Section], actions: Iterable[Action], ids: CommandIds, workspace: str
) -> discord.ui.View | None:
    """Buttons that run their command as the presser, for as long as the message exists: the
    sections' buttons, then the reply's own (a Next page, say), which are always kept."""
    own = list(dict.fromkeys(actions))
    items = [a for a in dict.fromkeys(a for s in sections for a in s.actions) if a not in own]
    room = MAX_BUTTONS - len(own)
    if len(items) > room:
        logger.warning("%s buttons requested; Discord shows %s", len(items) + len(own), MAX_BUTTONS)
    unique = [*items[: max(room, 0)], *own][:MAX_BUTTONS]
    if not unique:
        return None
    view = discord.ui.View(timeout=None)
    for action in unique:
        custom_id = await ids.encode(BUTTON_PREFIX, workspace, action.command)
        style = BUTTON_STYLES.get(action.style, discord.ButtonStyle.secondary)
        view.add_item(
            CommandButton(custom_id, label=clip(action.label, MAX_BUTTON_LABEL), style=style)
        )
    return view
