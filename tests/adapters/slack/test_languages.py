"""A Slack user reads the bot in the language of their Slack client, which `users.info` tells
(with `include_locale`), asked once and kept: the ack never waits for it."""

from __future__ import annotations

from bot.i18n.languages import matching_language
from bot.i18n.messages import Message
from tests.adapters.slack.conftest import ALICE, shown
from tests.conftest import SEOUL_MIDDLE


async def test_a_user_whose_slack_is_in_korean_reads_korean(slack) -> None:
    slack.api.locales[ALICE.user_id] = "ko-KR"
    ok, text = shown(await slack.command(ALICE, SEOUL_MIDDLE))
    korean = matching_language("ko-KR")
    assert korean is not None and korean.tag == "ko"
    registered = Message("school-registered", name="Hanbit Middle School", id="KR-hanbit-middle")
    assert ok and text.startswith(slack.bot.core.translator.render(registered, korean))
    ok, text = shown(await slack.command(ALICE, "whoami"))
    assert "한국어 (ko)" in text
    asked = slack.api.calls_to("users.info")
    assert len(asked) == 1, "the locale is asked once, then kept"
    assert dict(slack.bot.core.translator.fallbacks) == {}
