"""Every command, subcommand and option carries its name in Korean, Japanese and Traditional
Chinese, each a name Discord accepts, one per word wherever it is used, and none that a reader
in that language could mistake for a sibling's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

from bot.adapters.discord.registration import command_payload
from bot.commands import CATALOG
from tests.support.platform_limits import command_problems, is_command_name

LOCALES = {"ko", "ja", "zh-TW"}


def named_nodes(payload: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every command, subcommand and option of the body (not choices: theirs are labels)."""
    stack = list(payload)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.get("options") or ())


@pytest.fixture
async def payload() -> list[dict[str, Any]]:
    return await command_payload(CATALOG)


async def test_every_command_subcommand_and_option_has_its_name_in_each_language(payload):
    missing = [
        node["name"]
        for node in named_nodes(payload)
        if set(node.get("name_localizations") or {}) != LOCALES
    ]
    assert missing == []


async def test_every_localized_name_is_one_discord_accepts(payload) -> None:
    refused = [
        (node["name"], locale, name)
        for node in named_nodes(payload)
        for locale, name in node["name_localizations"].items()
        if not is_command_name(name) or name == node["name"]
    ]
    assert refused == []


async def test_a_word_has_the_same_name_in_every_command_that_uses_it(payload) -> None:
    seen: dict[str, set[tuple[tuple[str, str], ...]]] = defaultdict(set)
    for node in named_nodes(payload):
        seen[node["name"]].add(tuple(sorted(node["name_localizations"].items())))
    assert {word: names for word, names in seen.items() if len(names) > 1} == {}


async def test_no_localized_name_collides_with_a_sibling_in_any_language(payload) -> None:
    clashes = [str(v) for v in command_problems(payload) if "DUPLICATE" in v.code]
    assert clashes == []


async def test_the_collision_check_finds_a_sibling_with_the_same_korean_name(payload) -> None:
    """The check above can fail: two options of `/find` given one Korean name are refused, as
    is a Japanese name that is another option's declared name."""
    find = next(command for command in payload if command["name"] == "find")
    first, second, third = find["options"][:3]
    second["name_localizations"]["ko"] = first["name_localizations"]["ko"]
    third["name_localizations"]["ja"] = first["name"]
    found = {
        (violation.where[-3], violation.where[-1])
        for violation in command_problems(payload)
        if violation.code == "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME"
    }
    assert found == {(0, "ko"), (1, "ko"), (2, "ja")}
