"""What "inert" means for each platform, as checks on rendered text.

Slack: mrkdwn holds no `<…>` token but the bot's own date tokens (escaping turned the user's
into `&lt;…&gt;`). Discord: no mention, channel, emoji or command token, masked link, heading,
quote or paired emphasis survives unescaped, and `@everyone`/`@here` carry a zero-width space.
"""

from __future__ import annotations

import re
from typing import Any

from bot.adapters.slack.render import SlackMessage

INJECTED_NAME = "<!channel> @everyone <@U0ALICE> *bold* [click](https://evil.example) ||spoil||"
INJECTED_CITY = "<!here> <#C0GENERAL> `code` \\*x\\*"
INJECTED_TEXT = (
    "<!everyone> @here <@123456789012345678> <@&123456789012345678> <#123456789012345678> "
    "<https://evil.example|click> [a](https://x.example) and [b](https://evil.example) "
    "_it_ ~~s~~ ```block``` ||spoiler|| </exchange help:123456789012345678>\n# heading\n"
    "> quote\n-# small"
)
# a masked link hidden inside a web address, which must not survive as an address left intact
INJECTED_LINK = "https://ok.example/[Join](https://evil.example)"
INJECTED_MESSAGE = f"{INJECTED_TEXT}\n{INJECTED_LINK}"  # for texts of up to 500 characters

_SLACK_DATE = re.compile(r"<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>]*>")
_UNESCAPED = r"(?<!\\)(?:\\\\)*"  # an even number of backslashes: what follows is live
_OWN_TIMESTAMP = re.compile(_UNESCAPED + r"<t:\d+:[A-Za-z]>")
_DISCORD_LIVE = {
    "token": re.compile(_UNESCAPED + r"<(?=[@#:/]|a:|t:|id:)"),
    "ping": re.compile(r"@(?:everyone|here)"),
    "masked link": re.compile(_UNESCAPED + r"\[[^\]\n]*\]\("),
    "line markup": re.compile(r"^(?:#{1,3} |>{1,3} |-# )", re.MULTILINE),
}
_PAIRED = ("*", "_", "~~", "||", "`")


def slack_mrkdwn(message: SlackMessage | dict[str, Any]) -> list[str]:
    """Every text of a message that Slack reads as mrkdwn."""
    text, blocks = (
        (message.text, message.blocks)
        if isinstance(message, SlackMessage)
        else (message.get("text", ""), message.get("blocks") or [])
    )
    texts = [text]
    for block in blocks:
        if (block.get("text") or {}).get("type") == "mrkdwn":
            texts.append(block["text"]["text"])
        texts += [item["text"] for item in block.get("fields", [])]
    return texts


def assert_slack_inert(text: str) -> None:
    leftover = _SLACK_DATE.sub("", text)
    assert "<" not in leftover and ">" not in leftover, f"a live token in Slack text: {text!r}"


def assert_discord_inert(text: str) -> None:
    text = _OWN_TIMESTAMP.sub("", text)
    for kind, pattern in _DISCORD_LIVE.items():
        assert not pattern.search(text), f"a live {kind} in Discord text: {text!r}"
    for marker in _PAIRED:
        live = re.findall(_UNESCAPED + re.escape(marker), text)
        assert len(live) < 2, f"live {marker} emphasis in Discord text: {text!r}"


def discord_texts(body: dict[str, Any]) -> list[str]:
    """Every text of a Discord message body that Discord renders as markdown."""
    texts = [body.get("content") or ""]
    for embed in body.get("embeds") or []:
        texts += [embed.get("description") or "", (embed.get("footer") or {}).get("text", "")]
        for item in embed.get("fields", []):
            texts += [item["name"], item["value"]]
    return texts
