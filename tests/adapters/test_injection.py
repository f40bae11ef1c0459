"""Mentions and markup typed by users stay inert in every reply and notification, on every
adapter: a school called `<!channel>` pings nobody on Slack, `@everyone` nobody on Discord,
`[click](https://evil…)` links nowhere, and a terminal escape typed at the console is shown,
not obeyed.

One flow puts hostile text everywhere a user can put text (school name, city, topics, a
request's message, a booking's topic, agenda steps, feedback comments, a cancellation
reason, a display name, option values echoed in errors); every reply and every message the
bot sent is then rendered by each adapter's own renderer.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.adapters.console import Console
from bot.adapters.discord import render as discord_render
from bot.adapters.discord.components import CommandIds
from bot.adapters.slack import render as slack_render
from bot.adapters.testing import TestBot
from bot.core.grammar import quote
from bot.core.identity import Actor
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Reply
from tests.conftest import OSAKA_MIDDLE
from tests.support.discord_harness import visible_text
from tests.support.in_language import ENGLISH_WORDS
from tests.support.inert import (
    INJECTED_CITY,
    INJECTED_LINK,
    INJECTED_MESSAGE,
    INJECTED_NAME,
    INJECTED_TEXT,
    assert_discord_inert,
    assert_slack_inert,
    discord_texts,
    slack_mrkdwn,
)

HOSTILE_SCHOOL = (
    f"school register {quote(INJECTED_NAME)} country=KR city={quote(INJECTED_CITY)} "
    f"level=middle languages=ko,en topics={quote('<!channel>;*sdgs*')} "
    'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Mon-Fri 16:00-19:00"'
)
OSAKA = "JP-sakura-junior-high"
AGENDA_STEPS = "<!everyone> @here <#123456789012345678> 10; [a](https://x.example) *b* `c` 50"


@dataclass
class Flow:
    bot: TestBot
    replies: list[Reply]

    @property
    def sent(self) -> list[OutgoingMessage]:
        return self.bot.sent


@pytest.fixture
async def flow() -> AsyncIterator[Flow]:
    bot = await TestBot.start()
    replies: list[Reply] = []

    async def run(user: str, line: str, *, ok: bool = True) -> Reply:
        reply = await bot.run(user, line)
        assert reply.ok is ok, f"{line!r}: {reply.text}"
        replies.append(reply)
        return reply

    registered = await run("alice", HOSTILE_SCHOOL)
    hostile = registered.data["school"]["id"]
    await run("bob", OSAKA_MIDDLE)
    await run("bob", "find")
    await run("alice", f"request {OSAKA} {quote(INJECTED_MESSAGE)}")
    await run("bob", f"accept {hostile}")
    await run("alice", "school show")
    await run("bob", f"school show {hostile}")
    await run("alice", "propose")
    await run("alice", f"book 1 topic={quote(INJECTED_NAME)} link=https://meet.example/abc")
    await run("bob", "confirm 1")
    await run("alice", f"agenda edit 1 steps={quote(AGENDA_STEPS)}")
    await run("bob", "agenda show 1")
    await run("alice", "sessions")
    await bot.advance(timedelta(days=60))
    await run(
        "alice",
        f"feedback submit 1 status=held rating=4 went_well={quote(INJECTED_TEXT)} "
        f"improve={quote(INJECTED_NAME)}",
    )
    await run("bob", f"feedback impression 1 {quote(INJECTED_NAME)}")
    await run("bob", "feedback summary 1")
    await run("alice", "propose")
    await run("alice", "book 1")
    await run("alice", f"cancel 2 {quote(INJECTED_TEXT)}")
    await run("bob", f"school show {quote(INJECTED_NAME)}")
    for line in (
        f"school show {quote(INJECTED_CITY)}",
        f"{INJECTED_NAME}",
        f"find topic={quote(INJECTED_CITY)} {INJECTED_CITY}",
        "school edit quota=<!here>",
        "school edit <!channel>=x",
        f"help {INJECTED_NAME}",
    ):
        await run("alice", line, ok=False)
    pretender = Actor("test", "T1", "mallory", INJECTED_NAME)
    replies.append(await bot.core.handle_text(pretender, f"school join {hostile}"))
    await bot.core.run_due_work()
    yield Flow(bot, replies)
    await bot.close()


def test_the_flow_reaches_every_kind_of_user_text(flow):
    """The hostile texts are in what the bot said, so the checks below check something."""
    said = "\n".join([*(r.text for r in flow.replies), *(m.text for m in flow.sent)])
    for text in (INJECTED_NAME, INJECTED_CITY, INJECTED_MESSAGE, "~~s~~ ```block"):
        assert text in said


def test_slack_shows_every_reply_and_notification_as_typed_and_inert(flow):
    rendered = [slack_render.render_reply(reply, ENGLISH_WORDS) for reply in flow.replies]
    rendered += [slack_render.render_notice(m.text, ENGLISH_WORDS, m.actions) for m in flow.sent]
    texts = [text for message in rendered for text in slack_mrkdwn(message)]
    for text in texts:
        assert_slack_inert(text)
    shown = slack_render.unescape("\n".join(texts))
    assert INJECTED_NAME in shown and "<!everyone> @here <@123456789012345678>" in shown
    assert "&lt;!channel&gt; @everyone &lt;@U0ALICE&gt;" in "\n".join(texts)


async def test_discord_shows_every_reply_and_notification_as_typed_and_inert(flow):
    ids = CommandIds(flow.bot.core.sessions, flow.bot.clock)
    bodies = []
    for reply in flow.replies:
        message = await discord_render.render_reply(reply, ids, "T1", ENGLISH_WORDS)
        bodies.append(_body(message))
    for outgoing in flow.sent:
        bodies.append(_body(await discord_render.render_outgoing(outgoing, ids, ENGLISH_WORDS)))
    for body in bodies:
        for text in discord_texts(body):
            assert_discord_inert(text)
    shown = "\n".join(visible_text(body) for body in bodies)
    assert INJECTED_NAME in shown and "[a](https://x.example) and [b](https://evil" in shown
    assert INJECTED_LINK in shown  # shown as typed, linking only where it shows


def _body(message: discord_render.DiscordMessage) -> dict[str, object]:
    return {"content": message.content, "embeds": [e.to_dict() for e in message.embeds]}


async def test_the_console_prints_what_was_typed_but_obeys_no_terminal_escape():
    bot = await TestBot.start()
    out = io.StringIO()
    console = Console(bot.core, out=out)
    try:
        await console.run_line(f"@alice /exchange {HOSTILE_SCHOOL}")
        await console.run_line("@alice /exchange \x1b[2J\x1b]0;pwned\x07 \rschool show")
        await console.run_line('@alice /exchange school edit city="Seoul\x1b[31m"')
    finally:
        await bot.close()
    printed = out.getvalue()
    assert INJECTED_NAME in printed
    assert "\x1b" not in printed and "\x07" not in printed and "\r" not in printed
    assert "Unknown command '\\x1b[2j\\x1b]0;pwned\\x07'" in printed
    assert "city contains the control character U+001B; remove it." in printed
