"""A Discord user reads the bot in the language their client is in: Discord sends it as the
interaction's `locale`, and shows the commands' names in it while sending the declared ones."""

from __future__ import annotations

import pytest

from bot.adapters.discord.command_tree import OUTDATED
from bot.adapters.discord.interactions import EXPIRED_BUTTON, EXPIRED_FORM
from bot.adapters.discord.render import ERROR_MARK
from bot.core.grammar import parse_line
from bot.i18n.languages import matching_language
from bot.i18n.messages import Message
from tests.adapters.discord.test_bot_client import buttons
from tests.conftest import SEOUL_MIDDLE
from tests.support.discord_harness import callback_message, live_discord, visible_text
from tests.support.discord_payloads import (
    COMMAND_ID,
    button_press,
    interaction,
    message_payload,
    slash_command,
)
from tests.support.in_language import english_in
from tests.support.rich_commands import RICH_CATALOG


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


async def test_a_korean_reader_sees_korean_names_and_the_interaction_carries_the_declared_ones():
    """Discord shows the Korean names (`/학교 등록 이름:`) to a client in Korean, and still
    sends the declared names, so the command runs as in every language and answers in Korean."""
    korean = matching_language("ko")
    assert korean is not None
    async with live_discord() as live:
        school = next(command for command in live.registered if command["name"] == "school")
        register = next(option for option in school["options"] if option["name"] == "register")
        name = next(option for option in register["options"] if option["name"] == "name")
        translator = live.core.translator
        assert [node["name_localizations"]["ko"] for node in (school, register, name)] == [
            translator.translation(key, korean)
            for key in ("name-school", "name-register", "name-name")
        ]
        invocation = parse_line(live.core.catalog, SEOUL_MIDDLE)
        payload = slash_command(live.registered, "alice", ("school", "register"), invocation.raw)
        payload["locale"] = "ko"
        assert payload["data"]["name"] == "school"
        assert payload["data"]["options"][0]["name"] == "register"
        assert {option["name"] for option in payload["data"]["options"][0]["options"]} == set(
            invocation.raw
        )
        shown = visible_text(callback_message(await live.interact(payload)))
    registered = Message("school-registered", name="Hanbit Middle School", id="KR-hanbit-middle")
    assert translator.render(registered, korean) in shown
    assert dict(translator.fallbacks) == {}


@pytest.mark.parametrize(
    ("locale", "payload", "answer"),
    [
        (
            "ko",
            lambda live: button_press(message_payload("1", {}), "evil:find", "alice"),
            EXPIRED_BUTTON,
        ),
        (
            "ja",
            lambda live: interaction(2, {"id": COMMAND_ID, "name": "exchange", "type": 1}, "alice"),
            OUTDATED,
        ),
        (
            "zh-TW",
            lambda live: interaction(5, {"custom_id": "x:find", "components": []}, "alice"),
            EXPIRED_FORM,
        ),
    ],
)
async def test_the_adapters_own_refusals_are_in_the_language_of_the_users_client(
    locale, payload, answer
) -> None:
    async with live_discord() as live:
        sent = payload(live)
        sent["locale"] = locale
        body = callback_message(await live.interact(sent))
    reader = matching_language(locale)
    assert reader is not None
    assert body["content"] == ERROR_MARK + live.core.translator.render(answer, reader)
    assert english_in(body["content"]) == []


async def test_a_form_opens_in_the_language_of_the_users_client() -> None:
    async with live_discord(catalog=RICH_CATALOG) as live:
        offered = callback_message(await live.slash("carol", "forms"))
        press = button_press(
            message_payload("1500000000000000005", offered),
            buttons(offered)["Register your school"],
            "carol",
        )
        press["locale"] = "ko"
        form = (await live.interact(press)).body["data"]
        translator = live.core.translator
    korean = matching_language("ko")
    assert korean is not None
    assert form["title"] == translator.declared(
        "cmd-school-register-form", "Register your school", korean
    )
    labels = [label["label"] for label in form["components"]]
    assert labels[0] == translator.declared("name-name", "Name", korean)
    written = [
        text
        for label in form["components"]
        for text in (
            label["label"],
            label.get("description", ""),
            label["component"]["placeholder"],
        )
    ]
    assert english_in("\n".join([form["title"], *written])) == []
    assert dict(translator.fallbacks) == {}
