"""A Discord user reads the bot in the language their client is in: Discord sends it as the
interaction's `locale`."""

from __future__ import annotations

from bot.i18n.languages import matching_language
from bot.i18n.messages import Message
from tests.conftest import SEOUL_MIDDLE
from tests.support.discord_harness import callback_message, live_discord, visible_text
from tests.support.discord_payloads import slash_command


async def test_an_interaction_in_japanese_is_answered_in_japanese() -> None:
    async with live_discord() as live:
        await live.slash("alice", SEOUL_MIDDLE)  # alice's client is in en-US
        payload = slash_command(live.registered, "alice", ("school", "edit"), {"quota": "0"})
        payload["locale"] = "ja"
        shown = visible_text(callback_message(await live.interact(payload)))
    japanese = matching_language("ja")
    assert japanese is not None
    refusal = Message("grammar-number-out-of-range", option="quota", value="0", low="1", high="50")
    assert live.core.translator.render(refusal, japanese) in shown
    assert "使い方: /school edit" in shown and "Usage:" not in shown
    assert dict(live.core.translator.fallbacks) == {}
