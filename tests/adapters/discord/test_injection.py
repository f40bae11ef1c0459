"""Hostile input through the real discord.py client and the fake Discord: every message body
that reaches the API (interaction responses, follow-ups, channel and direct messages) has its
user text escaped and carries `allowed_mentions` that let nothing ping; an interaction the bot
cannot take (a component or form it did not make, a command it does not have, one missing what
Discord always sends) is refused privately, runs nothing and logs no error."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot.adapters.discord.command_tree import INCOMPLETE, OUTDATED
from bot.adapters.discord.interactions import EXPIRED_BUTTON, EXPIRED_FORM
from bot.adapters.discord.render import ERROR_MARK
from bot.core.grammar import parse_line, quote
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Message
from bot.i18n.translator import english_only
from storage.repositories.schools import Schools
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.discord_harness import LiveDiscord, callback_message, live_discord, visible_text
from tests.support.discord_payloads import (
    COMMAND_ID,
    EPHEMERAL,
    button_press,
    interaction,
    message_payload,
    slash_command,
)
from tests.support.fake_discord_api import Recorded
from tests.support.inert import (
    INJECTED_LINK,
    INJECTED_MESSAGE,
    INJECTED_NAME,
    assert_discord_inert,
    discord_texts,
)

HOSTILE_SCHOOL = (
    f"school register {quote(INJECTED_NAME)} country=KR city=Seoul level=middle "
    'languages=ko,en class_hours="Mon-Fri 09:00-16:00"'
)
NO_PINGS = {"parse": []}


def message_bodies(requests: list[Recorded]) -> list[dict[str, Any]]:
    """Every message the bot sent: callback data, follow-ups, edits, channel posts."""
    bodies = []
    for request in requests:
        if request.path.endswith("/callback") and request.body.get("type") in (4, 7):
            bodies.append(request.body["data"])
        elif request.path.startswith(("/webhooks/", "/channels/")) and request.method != "GET":
            bodies.append(request.body)
    return bodies


async def run_flow() -> list[dict[str, Any]]:
    lines = [
        ("alice", HOSTILE_SCHOOL),
        ("bob", OSAKA_MIDDLE),
        ("alice", f"request JP-sakura-junior-high {quote(INJECTED_MESSAGE)}"),
        ("alice", f"school show {quote(INJECTED_NAME)}"),
    ]
    async with live_discord() as live:
        for user, line in lines:
            await live.slash(user, line)  # the "thinking…" response becomes the answer
        assert await live.core.delivery.deliver_due() >= 1
        await live.fake.wait_for("POST", r"/channels/\d+/messages")
        return message_bodies(live.fake.requests)


def assert_inert_and_silent(bodies: list[dict[str, Any]]) -> None:
    assert bodies
    for body in bodies:
        assert body.get("allowed_mentions") == NO_PINGS, body
        for text in discord_texts(body):
            assert_discord_inert(text)
    shown = "\n".join(visible_text(body) for body in bodies)
    assert INJECTED_NAME in shown and "<@&123456789012345678> <#123456789012345678>" in shown
    assert INJECTED_LINK in shown


async def test_answers_and_notifications_reach_discord_escaped_with_pings_disabled():
    assert_inert_and_silent(await run_flow())


def without(payload: dict[str, Any], *fields: str) -> dict[str, Any]:
    return {key: value for key, value in payload.items() if key not in fields}


def register(live: LiveDiscord) -> dict[str, Any]:
    """Alice registering Hanbit, as the Discord client sends it."""
    invocation = parse_line(live.core.catalog, SEOUL_MIDDLE)
    return slash_command(live.registered, "alice", invocation.spec.path, invocation.raw)


def unknown_subcommand(live: LiveDiscord) -> dict[str, Any]:
    data = {"id": COMMAND_ID, "name": "school", "type": 1, "options": [{"name": "take", "type": 1}]}
    return interaction(2, data, "alice")


def missing_option(live: LiveDiscord) -> dict[str, Any]:
    payload = register(live)
    subcommand = payload["data"]["options"][0]
    subcommand["options"] = [o for o in subcommand["options"] if o["name"] != "name"]
    return payload


def in_a_direct_message(live: LiveDiscord) -> dict[str, Any]:
    payload = register(live)
    return interaction(2, payload["data"], "alice", in_guild=False)


HOSTILE_INTERACTIONS: dict[str, tuple[Callable[[LiveDiscord], dict[str, Any]], Message]] = {
    "a button the bot did not make": (
        lambda live: button_press(message_payload("1", {}), f"evil:{SEOUL_MIDDLE}", "alice"),
        EXPIRED_BUTTON,
    ),
    "a form the bot did not make": (
        lambda live: interaction(5, {"custom_id": f"x:{SEOUL_MIDDLE}", "components": []}, "alice"),
        EXPIRED_FORM,
    ),
    "a command Discord no longer lists": (
        lambda live: interaction(2, {"id": COMMAND_ID, "name": "exchange", "type": 1}, "alice"),
        OUTDATED,
    ),
    "a subcommand the bot does not have": (unknown_subcommand, OUTDATED),
    "a command without a required option": (missing_option, OUTDATED),
    "a command without its user": (lambda live: without(register(live), "member"), INCOMPLETE),
    "a command without its data": (lambda live: without(register(live), "data"), INCOMPLETE),
    "a command outside a server": (in_a_direct_message, INCOMPLETE),
}


@pytest.mark.parametrize("case", HOSTILE_INTERACTIONS)
async def test_an_interaction_the_bot_cannot_take_is_refused_privately_and_runs_nothing(
    case, caplog
):
    caplog.set_level(logging.INFO)
    build, answer = HOSTILE_INTERACTIONS[case]
    async with live_discord() as live:
        callback = await live.interact(build(live))
        body = callback_message(callback)
        assert body["content"] == ERROR_MARK + english_only().render(answer, ENGLISH)
        assert body["flags"] & EPHEMERAL
        async with live.core.sessions() as db:
            assert await Schools(db).suggestions("Hanbit", 5) == []  # nothing was registered
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert "Traceback" not in caplog.text
    assert "refused" in caplog.text or "did not make" in caplog.text
