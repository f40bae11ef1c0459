"""The Discord commands as Discord receives them: one per first word of the catalog's paths,
generated from the declarations.

The golden file is the registration payload for the current catalog. After changing a
declaration, look at the difference and regenerate it with
`jointclass discord-sync --print > tests/adapters/discord/golden/commands.json`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import discord
import pytest

from bot.adapters.discord.registration import command_payload
from bot.commands import CATALOG
from bot.core.errors import DeclarationError
from bot.core.spec import Param
from bot.core.value_types import CHOICE, TEXT
from tests.support.discord_payloads import GOLDEN_COMMANDS
from tests.support.rich_commands import synthetic_catalog


def subcommand(payload: list[dict[str, Any]], *path: str) -> dict[str, Any]:
    node = next(command for command in payload if command["name"] == path[0])
    for word in path[1:]:
        node = next(option for option in node["options"] if option["name"] == word)
    return node


def option(payload: list[dict[str, Any]], path: tuple[str, ...], name: str) -> dict[str, Any]:
    return next(o for o in subcommand(payload, *path)["options"] if o["name"] == name)


async def test_the_registration_payload_matches_the_golden_file() -> None:
    golden = json.loads(GOLDEN_COMMANDS.read_text())
    assert await command_payload(CATALOG) == golden, (
        "the declarations changed: check the difference, then regenerate with "
        "`jointclass discord-sync --print > tests/adapters/discord/golden/commands.json`"
    )


async def test_each_first_word_is_a_command_and_a_group_s_commands_its_subcommands() -> None:
    payload = await command_payload(CATALOG)
    first_words = sorted({spec.path[0] for spec in CATALOG})
    assert [command["name"] for command in payload] == first_words
    assert all(command["type"] == 1 for command in payload)  # CHAT_INPUT
    for spec in CATALOG:
        node = subcommand(payload, *spec.path)
        required_first = [p for p in spec.params if p.required] + [
            p for p in spec.params if not p.required
        ]
        assert [o["name"] for o in node["options"]] == [p.name for p in required_first]
    school = subcommand(payload, "school")
    names = ["claim", "code", "edit", "join", "leave", "list", "register", "show"]
    assert [o["name"] for o in school["options"]] == names
    assert all(o["type"] == 1 for o in school["options"])  # SUB_COMMAND
    assert school["description"] == f"School commands: {', '.join(names)}"
    teacher = subcommand(payload, "teacher")
    assert [o["name"] for o in teacher["options"]] == ["approve", "decline", "remove"]
    assert subcommand(payload, "find")["description"] == CATALOG.get(("find",)).summary


async def test_options_are_typed_with_their_limits_choices_and_completion() -> None:
    payload = await command_payload(CATALOG)
    register = ("school", "register")
    quota = option(payload, register, "quota")
    translated = {"description": "", "description_localizations": {}, "name_localizations": {}}
    assert quota | translated == {
        "type": 4,
        "name": "quota",
        "description": "",
        "description_localizations": {},
        "name_localizations": {},
        "required": False,
        "min_value": 1,
        "max_value": 50,
    }
    assert option(payload, ("coordinator", "add"), "user")["type"] == 6
    assert [c["value"] for c in option(payload, register, "level")["choices"]] == [
        "elementary",
        "middle",
        "high",
        "special",
        "misc",
    ]
    for name in ("country", "timezone", "languages"):
        assert option(payload, register, name).get("autocomplete") is True, name
    assert option(payload, ("school", "join"), "school").get("autocomplete") is True
    assert option(payload, register, "name")["max_length"] == 120
    assert "separate values with commas" in option(payload, register, "languages")["description"]


async def test_every_command_works_only_inside_a_server() -> None:
    for command in await command_payload(CATALOG):
        assert command["contexts"] == [0], command["name"]
        assert command["dm_permission"] is False, command["name"]


async def test_a_long_summary_is_cut_at_a_word_to_fit() -> None:
    summary = "Find partner schools " * 10
    payload = await command_payload(synthetic_catalog(("find", []), summary=summary))
    description = subcommand(payload, "find")["description"]
    kept = description.removesuffix("…")
    assert len(description) <= 100
    assert kept != description and summary.startswith(kept) and summary[len(kept)] == " "


async def test_more_than_25_choices_are_offered_by_autocomplete() -> None:
    many = tuple(f"topic{n}" for n in range(30))
    catalog = synthetic_catalog(("pick", [Param("topic", CHOICE, "a topic", choices=many)]))
    topic = option(await command_payload(catalog), ("pick",), "topic")
    assert "choices" not in topic
    assert topic["autocomplete"] is True


async def test_a_path_deeper_than_discord_nests_is_refused() -> None:
    with pytest.raises(DeclarationError, match="at most two words"):
        await command_payload(synthetic_catalog(("partner request send", [])))


async def test_more_than_25_subcommands_in_a_group_are_refused() -> None:
    catalog = synthetic_catalog(*((f"report r{n}", []) for n in range(26)))
    with pytest.raises(DeclarationError, match="/report: Discord allows at most 25 subcommands"):
        await command_payload(catalog)


async def test_more_than_25_options_are_refused() -> None:
    params = [Param(f"o{n}", TEXT, "an option", default=None) for n in range(26)]
    with pytest.raises(DeclarationError, match="26 options"):
        await command_payload(synthetic_catalog(("wide", params)))


async def test_more_commands_than_discord_allows_an_application_are_refused() -> None:
    catalog = synthetic_catalog(*((f"c{n}", []) for n in range(101)))
    with pytest.raises(DeclarationError, match="101 Discord commands"):
        await command_payload(catalog)


async def test_a_command_over_discords_character_budget_is_refused_before_it_is_sent() -> None:
    wordy = [Param(f"o{n}", TEXT, "a very long help text " * 6, default=None) for n in range(25)]
    many = synthetic_catalog(*((f"area c{n}", wordy) for n in range(4)))
    with pytest.raises(DeclarationError, match=r"/area \(\d+\): Discord counts at most 8000"):
        await command_payload(many)


async def test_making_a_client_does_not_warn_about_voice_the_bot_never_uses(monkeypatch, caplog):
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    with caplog.at_level(logging.WARNING, logger="discord"):
        await command_payload(CATALOG)
    assert not [r for r in caplog.records if "voice will NOT be supported" in r.getMessage()]
