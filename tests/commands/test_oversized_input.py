"""Oversized input is refused with the limit in the message, on every way in, and writes nothing."""

from __future__ import annotations

import pytest

from bot.adapters.discord.registration import command_payload
from bot.adapters.slack.forms import FormRequest, build_modal
from bot.commands import CATALOG
from bot.i18n.languages import ENGLISH
from bot.i18n.translator import english_only
from tests.support.fuzz import snapshot


async def test_a_typed_command_over_4000_characters_is_refused_before_it_is_read(two_schools):
    before = await snapshot(two_schools.core.sessions)
    reply = await two_schools.run("alice", "request JP-sakura-junior-high " + "hello " * 700)
    assert not reply.ok
    assert reply.text == "That command is 4230 characters long; the limit is 4000."
    assert await snapshot(two_schools.core.sessions) == before


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        (
            ("feedback", "submit"),
            {"session": "1", "status": "held", "went_well": "w" * 501},
            "went_well is 501 characters long; at most 500 are accepted.",
        ),
        (
            ("agenda", "edit"),
            {"session": "1", "steps": "Talk 60; " * 112},
            "steps is 1008 characters long; at most 1000 are accepted.",
        ),
        (("school", "edit"), {"city": "c" * 81}, "city is 81 characters long; at most 80"),
        (
            ("request",),
            {"school": "JP-sakura-junior-high", "message": "m" * 501},
            "message is 501 characters long; at most 500",
        ),
    ],
)
async def test_an_overlong_option_from_a_form_or_slash_command_is_refused_with_its_limit(
    two_schools, path, options, message
):
    before = await snapshot(two_schools.core.sessions)
    reply = await two_schools.core.handle_options(two_schools.actor("alice"), path, options)
    assert not reply.ok and reply.text.startswith(message)
    assert await snapshot(two_schools.core.sessions) == before


def _string_options(node: dict) -> list[dict]:
    found = [node] if node.get("type") == 3 else []
    for child in node.get("options", []):
        found += _string_options(child)
    return found


async def test_discord_is_told_every_text_limit_so_the_client_stops_longer_input():
    declared = {
        option["name"]: option.get("max_length")
        for command in await command_payload(CATALOG)
        for option in _string_options(command)
    }
    assert declared["went_well"] == 500 and declared["steps"] == 1000
    assert all(limit is not None for limit in declared.values())


def test_slack_forms_cap_each_text_input_at_the_option_limit():
    spec = CATALOG.get(("feedback", "submit"))
    modal = build_modal(
        FormRequest("feedback submit", spec, spec.form, {}), "key", ENGLISH, english_only()
    )
    limits = {
        block["block_id"]: block["element"].get("max_length")
        for block in modal["blocks"]
        if block["type"] == "input"
    }
    assert limits["went_well"] == 500 and limits["improve"] == 500 and limits["reason"] == 200
