"""The adapters' own words around a message read in the message's language: the label of the
reader's own time, the note on what did not fit and the whole text's title, for a Korean
teacher's reply, a Japanese teacher's notice and a joint channel's post in both."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.adapters.discord import render as discord_render
from bot.adapters.discord.components import CommandIds
from bot.adapters.own_words import OwnWords
from bot.adapters.slack import render as slack_render
from bot.adapters.testing import TestBot
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Reply, Section
from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from storage.models import TargetKind
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.in_language import english_in

KOREAN, JAPANESE = language_for_country("KR"), language_for_country("JP")
START = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)
PARTNER = "partner=JP-sakura-junior-high"


@pytest.fixture
async def bot() -> TestBot:
    """Hanbit (Seoul, alice: Korean by her school) and Sakura (Osaka, bob: Japanese by his),
    partners with a joint channel, a session proposed by alice and confirmed by bob."""
    running = await TestBot.start()
    for user, line in [
        ("alice", SEOUL_MIDDLE),
        ("bob", OSAKA_MIDDLE),
        ("alice", "request JP-sakura-junior-high"),
        ("bob", "accept"),
        ("alice", f"channel link {PARTNER}"),
        ("alice", f"propose {PARTNER}"),
        ("alice", f'book 1 {PARTNER} topic="Our towns"'),
        ("bob", "confirm 1"),
    ]:
        await running.ok(user, line, channel="joint", locale=None)
    yield running
    await running.close()


def _words(bot: TestBot, message: OutgoingMessage) -> OwnWords:
    return OwnWords.of_message(bot.core.translator, message)


def _about_the_session(bot: TestBot, kind: TargetKind, target: str) -> OutgoingMessage:
    return next(
        m
        for m in bot.sent
        if m.when is not None and (m.recipient.kind, m.recipient.target_id) == (kind, target)
    )


def _slack_texts(message: slack_render.SlackMessage) -> str:
    texts = [block["text"]["text"] for block in message.blocks if block.get("text")]
    return "\n".join([*texts, *(a.title for a in message.attachments)])


async def test_a_notice_is_labelled_in_its_readers_language(bot: TestBot) -> None:
    notice = _about_the_session(bot, TargetKind.USER, "alice")
    assert notice.languages == (KOREAN,)
    label = bot.core.translator.render(
        Message("adapters-session-starts", time=slack_render.local_time_token(notice.when)),
        KOREAN,
    )
    slack = slack_render.render_notice(
        notice.text, _words(bot, notice), notice.actions, notice.when
    )
    assert label in _slack_texts(slack)
    assert english_in(_slack_texts(slack)) == []


async def test_a_joint_channel_post_is_labelled_in_both_schools_languages(bot: TestBot) -> None:
    post = _about_the_session(bot, TargetKind.CHANNEL, "joint")
    assert post.languages == (KOREAN, JAPANESE)
    ids = CommandIds(bot.core.sessions, bot.core.clock)
    discord = await discord_render.render_outgoing(post, ids, _words(bot, post))
    for language in (KOREAN, JAPANESE):
        label = Message("adapters-session-starts", time=discord_render.local_time(post.when))
        assert bot.core.translator.render(label, language) in _discord_texts(discord)
    assert english_in(_discord_texts(discord)) == []


async def test_a_korean_readers_reply_names_its_local_time_and_its_file_in_korean(
    bot: TestBot,
) -> None:
    reply = await bot.ok("alice", "sessions", locale=None)
    assert reply.language == KOREAN
    many = Reply(
        text=reply.text,
        sections=tuple(Section(f"#{n}", ("세션",) * 20, when=START) for n in range(300)),
        command="sessions",
        language=reply.language,
    )
    words = OwnWords.of_reply(bot.core.translator, many)
    discord = await discord_render.render_reply(
        many, CommandIds(bot.core.sessions, bot.core.clock), "1", words
    )
    shown = _discord_texts(discord)
    local = Message("adapters-your-local-time", time=discord_render.local_time(START))
    assert bot.core.translator.render(local, KOREAN) in shown
    assert bot.core.translator.render(Message("adapters-whole-text"), KOREAN) in shown
    assert english_in(shown) == []
    slack = slack_render.render_reply(many, words)
    assert slack.attachments and english_in(_slack_texts(slack)) == []


def _discord_texts(message: discord_render.DiscordMessage) -> str:
    embeds: list[dict[str, Any]] = [embed.to_dict() for embed in message.embeds]
    texts = [message.content]
    for embed in embeds:
        texts += [embed.get("description", ""), (embed.get("footer") or {}).get("text", "")]
        texts += [f"{field['name']}\n{field['value']}" for field in embed.get("fields", [])]
    return "\n".join([*texts, *(file.description or "" for file in message.files)])
