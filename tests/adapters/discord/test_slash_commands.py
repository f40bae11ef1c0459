"""`/exchange` as Discord receives it: generated from the declarations, within Discord's limits.

The golden file is the registration payload for the current catalog. After changing a
declaration, look at the difference and regenerate it with
`jointclass discord-sync --print > tests/adapters/discord/golden/commands.json`.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import discord
import pytest

from bot.adapters.discord.slash_commands import command_payload
from bot.commands import CATALOG
from bot.core.errors import DeclarationError
from bot.core.spec import Param
from bot.core.value_types import CHOICE, TEXT
from tests.support.discord_payloads import GOLDEN_COMMANDS
from tests.support.rich_commands import synthetic_catalog

NAME = re.compile(r"[-_a-z0-9]{1,32}")


def subcommand(payload: list[dict[str, Any]], *path: str) -> dict[str, Any]:
    node = payload[0]
    for word in path:
        node = next(option for option in node["options"] if option["name"] == word)
    return node


def option(payload: list[dict[str, Any]], path: tuple[str, ...], name: str) -> dict[str, Any]:
    return next(o for o in subcommand(payload, *path)["options"] if o["name"] == name)


def walk(node: dict[str, Any]) -> list[dict[str, Any]]:
    found = [node]
    for child in node.get("options", []):
        found += walk(child)
    return found


def test_the_registration_payload_matches_the_golden_file() -> None:
    golden = json.loads(GOLDEN_COMMANDS.read_text())
    assert command_payload(CATALOG) == golden, (
        "the declarations changed: check the difference, then regenerate with "
        "`jointclass discord-sync --print > tests/adapters/discord/golden/commands.json`"
    )


def test_every_declared_command_is_a_subcommand_of_exchange() -> None:
    payload = command_payload(CATALOG)
    assert [command["name"] for command in payload] == ["exchange"]
    for spec in CATALOG:
        node = subcommand(payload, *spec.path)
        assert node["type"] == 1  # SUB_COMMAND
        required_first = [p for p in spec.params if p.required] + [
            p for p in spec.params if not p.required
        ]
        assert [o["name"] for o in node["options"]] == [p.name for p in required_first]
    assert subcommand(payload, "school")["type"] == 2  # SUB_COMMAND_GROUP


def test_options_are_typed_with_their_limits_choices_and_completion() -> None:
    payload = command_payload(CATALOG)
    register = ("school", "register")
    assert option(payload, register, "quota") | {"description": ""} == {
        "type": 4,
        "name": "quota",
        "description": "",
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


def test_required_options_come_before_optional_ones() -> None:
    for node in walk(command_payload(CATALOG)[0]):
        flags = [o["required"] for o in node.get("options", []) if o["type"] > 2]
        assert flags == sorted(flags, reverse=True), node["name"]


def test_every_name_and_description_fits_discords_limits() -> None:
    for node in walk(command_payload(CATALOG)[0]):
        assert NAME.fullmatch(node["name"]), node["name"]
        assert 1 <= len(node["description"]) <= 100, node["name"]
        assert len(node.get("options", [])) <= 25, node["name"]
        assert len(node.get("choices", [])) <= 25, node["name"]


def test_the_commands_work_only_inside_a_server() -> None:
    exchange = command_payload(CATALOG)[0]
    assert exchange["contexts"] == [0]
    assert exchange["dm_permission"] is False


def test_a_long_summary_is_cut_at_a_word_to_fit() -> None:
    summary = "Find partner schools " * 10
    payload = command_payload(synthetic_catalog(("find", []), summary=summary))
    description = subcommand(payload, "find")["description"]
    kept = description.removesuffix("…")
    assert len(description) <= 100
    assert kept != description and summary.startswith(kept) and summary[len(kept)] == " "


def test_more_than_25_choices_are_offered_by_autocomplete() -> None:
    many = tuple(f"topic{n}" for n in range(30))
    catalog = synthetic_catalog(("pick", [Param("topic", CHOICE, "a topic", choices=many)]))
    topic = option(command_payload(catalog), ("pick",), "topic")
    assert "choices" not in topic
    assert topic["autocomplete"] is True


def test_a_path_deeper_than_discord_nests_is_refused() -> None:
    with pytest.raises(DeclarationError, match="at most two words"):
        command_payload(synthetic_catalog(("partner request send", [])))


def test_more_than_25_subcommands_in_a_group_are_refused() -> None:
    catalog = synthetic_catalog(*((f"report r{n}", []) for n in range(26)))
    with pytest.raises(DeclarationError, match="/exchange report"):
        command_payload(catalog)


def test_more_than_25_options_are_refused() -> None:
    params = [Param(f"o{n}", TEXT, "an option", default=None) for n in range(26)]
    with pytest.raises(DeclarationError, match="26 options"):
        command_payload(synthetic_catalog(("wide", params)))


def test_making_a_client_does_not_warn_about_voice_the_bot_never_uses(monkeypatch, caplog):
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    with caplog.at_level(logging.WARNING, logger="discord"):
        command_payload(CATALOG)
    assert not [r for r in caplog.records if "voice will NOT be supported" in r.getMessage()]
