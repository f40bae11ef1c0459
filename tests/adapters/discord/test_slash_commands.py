"""`/exchange` as Discord receives it: generated from the declarations, within Discord's limits.

The golden file is the registration payload for the current catalog. After changing a
declaration, look at the difference and regenerate it with
`jointclass discord-sync --print > tests/adapters/discord/golden/commands.json`.
"""

from __future__ import annotations

import json
import re
from typing import Any

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
    """The node of a path: under `/exchange`, or under the word beside it that starts it."""
    beside = {command["name"]: command for command in payload[1:]}
    node, words = (beside[path[0]], path[1:]) if path[0] in beside else (payload[0], path)
    for word in words:
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


def test_every_declared_command_is_under_exchange_or_a_word_beside_it() -> None:
    payload = command_payload(CATALOG)
    words = CATALOG.first_words()
    assert [command["name"] for command in payload] == ["exchange", *sorted(words[25:])]
    assert [o["name"] for o in payload[0]["options"]] == sorted(words[:25])
    for spec in CATALOG:
        node = subcommand(payload, *spec.path)
        assert node["type"] == 1  # a subcommand, or a chat command of its own
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
    for node in [n for root in command_payload(CATALOG) for n in walk(root)]:
        flags = [o["required"] for o in node.get("options", []) if o["type"] > 2]
        assert flags == sorted(flags, reverse=True), node["name"]


def test_every_name_and_description_fits_discords_limits() -> None:
    for node in [n for root in command_payload(CATALOG) for n in walk(root)]:
        assert NAME.fullmatch(node["name"]), node["name"]
        assert 1 <= len(node["description"]) <= 100, node["name"]
        assert len(node.get("options", [])) <= 25, node["name"]
        assert len(node.get("choices", [])) <= 25, node["name"]


def test_the_commands_work_only_inside_a_server() -> None:
    for command in command_payload(CATALOG):
        assert command["contexts"] == [0], command["name"]
        assert command["dm_permission"] is False, command["name"]


def test_words_declared_after_exchange_is_full_are_commands_beside_it() -> None:
    catalog = synthetic_catalog(
        *((f"w{n:02}", []) for n in range(25)), ("later", []), ("last one", []), ("last two", [])
    )
    payload = command_payload(catalog)
    assert [command["name"] for command in payload] == ["exchange", "last", "later"]
    assert len(payload[0]["options"]) == 25
    assert [o["name"] for o in payload[1]["options"]] == ["one", "two"]
    assert payload[1]["options"][0]["type"] == 1  # a subcommand of /last
    assert payload[2].get("options", []) == []  # /later takes no options


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
