"""The core's replies and notifications as Discord messages: escaped text, embeds, buttons, files.

Everything the core says is plain text that may carry what users typed, so it is escaped for
Discord markdown and mentions before it is sent, and every message goes out with mentions
disabled. Discord's size limits are enforced here: a message Discord refuses would otherwise
be retried by the delivery worker forever.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import discord

from bot.adapters.discord.components import BUTTON_PREFIX, CommandButton, CommandIds
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Action, Reply, Section

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
ELLIPSIS = "…"
ERROR_MARK = "⚠️ "  # starts every reply saying something went wrong
BLANK = "\u200b"  # Discord refuses empty field names and values
NO_MENTIONS = discord.AllowedMentions.none()
BUTTON_STYLES = {
    "primary": discord.ButtonStyle.primary,
    "danger": discord.ButtonStyle.danger,
    "default": discord.ButtonStyle.secondary,
}


# Web addresses (kept intact so links still work), as discord.py's `escape_markdown` finds them
_URL = r"<[^: >]+:/[^ >]+>|(?:https?|steam)://[^\s<]+[^<.,:;\"'\]\s]"
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


def local_time(when: datetime, label: str = "Your local time") -> str:
    """Discord shows `<t:…>` in each reader's own zone, next to the text's two school zones."""
    stamp = int(when.timestamp())
    return f"{label}: <t:{stamp}:F> (<t:{stamp}:R>)"


@dataclass
class DiscordMessage:
    content: str = ""
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    files: list[discord.File] = field(default_factory=list)

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


async def render_reply(reply: Reply, ids: CommandIds, workspace: str) -> DiscordMessage:
    """A command's reply. With sections, its first line is the headline above their embed."""
    colour = discord.Colour.blurple() if reply.ok else discord.Colour.red()
    text = reply.text if reply.ok else ERROR_MARK + reply.text
    if reply.sections:
        headline = "\n".join([text.split("\n", 1)[0], *reply.notes])
        message = DiscordMessage(
            clip(escape(headline), MAX_CONTENT), section_embeds(reply.sections, colour)
        )
    else:
        message = text_message(escape(text), colour)
    actions = [*(a for s in reply.sections for a in s.actions), *reply.actions]
    message.view = await button_view(actions, ids, workspace)
    message.files = [
        discord.File(io.BytesIO(a.content), filename=a.filename, description=a.title or None)
        for a in reply.attachments[:MAX_FILES]
    ]
    if len(reply.attachments) > MAX_FILES:
        logger.warning(
            "reply to %s had %s files; sent the first %s",
            reply.command,
            len(reply.attachments),
            MAX_FILES,
        )
    return message


async def render_outgoing(message: OutgoingMessage, ids: CommandIds) -> DiscordMessage:
    """A notification or reminder; its buttons act in the recipient's server."""
    text = escape(message.text)
    if message.when is not None:  # after escaping: the tokens must stay live
        text += "\n" + local_time(message.when, "Session starts, your time")
    rendered = text_message(text, discord.Colour.blurple())
    rendered.view = await button_view(message.actions, ids, message.recipient.workspace)
    return rendered


def text_message(escaped: str, colour: discord.Colour) -> DiscordMessage:
    """Text already escaped (callers add live tokens after escaping) as the message content,
    or in embed descriptions when it is too long."""
    if len(escaped) <= MAX_CONTENT:
        return DiscordMessage(content=escaped)
    embeds: list[discord.Embed] = []
    budget = MAX_EMBED_TOTAL
    for chunk in _chunks(escaped, MAX_DESCRIPTION):
        if budget <= 0 or len(embeds) == MAX_EMBEDS:
            break
        embeds.append(discord.Embed(description=clip(chunk, budget), colour=colour))
        budget -= len(chunk)
    return DiscordMessage(embeds=embeds)


def _chunks(text: str, size: int) -> Iterator[str]:
    """Pieces of at most `size` characters, cut between lines where possible."""
    piece = ""
    for line in text.split("\n"):
        while len(line) > size:
            if piece:
                yield piece
                piece = ""
            yield line[:size]
            line = line[size:]
        candidate = f"{piece}\n{line}" if piece else line
        if len(candidate) > size:
            yield piece
            candidate = line
        piece = candidate
    if piece:
        yield piece


def section_embeds(sections: Iterable[Section], colour: discord.Colour) -> list[discord.Embed]:
    """One field per section, 25 to an embed, within Discord's 6000 characters per message."""
    fields = [_field(section) for section in sections]
    embeds: list[discord.Embed] = []
    budget = MAX_EMBED_TOTAL - 40  # room for the "not shown" footer
    shown = 0
    for name, value in fields:
        if budget < len(name) + len(value):
            break
        if not embeds or len(embeds[-1].fields) == MAX_FIELDS:
            if len(embeds) == MAX_EMBEDS:
                break
            embeds.append(discord.Embed(colour=colour))
        embeds[-1].add_field(name=name, value=value, inline=False)
        budget -= len(name) + len(value)
        shown += 1
    if shown < len(fields):
        embeds[-1].set_footer(text=f"{len(fields) - shown} more not shown")
    return embeds


def _field(section: Section) -> tuple[str, str]:
    name = clip(escape(section.title), MAX_FIELD_NAME) or BLANK
    stamp = local_time(section.when) if section.when else ""
    room = MAX_FIELD_VALUE - (len(stamp) + 1 if stamp else 0)
    body = clip("\n".join(escape(line) for line in section.lines), room)
    value = "\n".join(part for part in (body, stamp) if part) or BLANK
    return name, value


async def button_view(
    actions: Iterable[Action], ids: CommandIds, workspace: str
) -> discord.ui.View | None:
    """Buttons that run their command as the presser, for as long as the message exists."""
    unique = list(dict.fromkeys(actions))
    if not unique:
        return None
    if len(unique) > MAX_BUTTONS:
        logger.warning("%s buttons requested; Discord shows %s", len(unique), MAX_BUTTONS)
    view = discord.ui.View(timeout=None)
    for action in unique[:MAX_BUTTONS]:
        custom_id = await ids.encode(BUTTON_PREFIX, workspace, action.command)
        style = BUTTON_STYLES.get(action.style, discord.ButtonStyle.secondary)
        view.add_item(
            CommandButton(custom_id, label=clip(action.label, MAX_BUTTON_LABEL), style=style)
        )
    return view
