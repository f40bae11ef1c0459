"""The registration body against Discord's own rules: the request schema of
`PUT /applications/{application_id}/commands` in Discord's OpenAPI document, and every limit
its documentation states, counted over the whole body as sent (through discord.py's
translated-payload path), today and with the longest translations Discord would accept.
"""

from __future__ import annotations

from math import ceil
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.app_commands import TranslationContextLocation

from bot.adapters.discord.command_tree import command_tree
from bot.adapters.discord.registration import registration_payload, rest_only_client
from bot.commands import CATALOG
from tests.support.platform_limits import (
    MAX_CHOICE_NAME,
    MAX_COMMAND_CHARACTERS,
    MAX_COMMAND_DESCRIPTION,
    MAX_NAME,
    command_characters,
    command_problems,
)
from tests.support.specs import discord_commands_schema

TRANSLATED = {  # the languages the bot is being translated into, with a letter of each script
    discord.Locale.korean: "가",
    discord.Locale.japanese: "あ",
    discord.Locale.taiwan_chinese: "中",
}
NAMES = {
    TranslationContextLocation.command_name,
    TranslationContextLocation.group_name,
    TranslationContextLocation.parameter_name,
}


class LongestTranslations(app_commands.Translator):
    """The worst case translators could write: every name, description and choice name in
    Korean, Japanese and Traditional Chinese as long as Discord accepts (names 32, descriptions
    and choice names 100 characters). Realistic descriptions run 1 to 1.5 times the English;
    this assumes every one of them fills the limit. Names stay distinct (Discord requires it):
    each starts with its English name."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        letter = TRANSLATED.get(locale)
        if letter is None:
            return None
        if context.location in NAMES:
            return (string.message + "-").ljust(MAX_NAME, letter)[:MAX_NAME]
        if context.location is TranslationContextLocation.choice_name:
            return letter * MAX_CHOICE_NAME
        return letter * MAX_COMMAND_DESCRIPTION


class TypicalTranslations(app_commands.Translator):
    """Translations as they typically run: every name, description and choice name 1.5 times
    as long as the English in each of the three languages (within Discord's limits)."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        letter = TRANSLATED.get(locale)
        if letter is None:
            return None
        longer = ceil(len(string.message) * 1.5)
        if context.location in NAMES:
            return (string.message + "-").ljust(longer, letter)[:MAX_NAME]
        return letter * min(longer, MAX_COMMAND_DESCRIPTION)


async def body(translator: app_commands.Translator | None = None) -> list[dict[str, Any]]:
    """What `discord-sync` sends, built as `tree.sync()` builds it."""
    tree = command_tree(rest_only_client(), CATALOG)
    if translator is not None:
        await tree.set_translator(translator)
    return await registration_payload(tree)


def schema_errors(payload: list[dict[str, Any]]) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in discord_commands_schema().iter_errors(payload)
    ]


async def test_the_body_as_sent_validates_against_discords_request_schema() -> None:
    assert schema_errors(await body()) == []


async def test_the_body_as_sent_is_within_every_documented_limit() -> None:
    payload = await body()
    assert [str(problem) for problem in command_problems(payload)] == []
    assert max(command_characters(command) for command in payload) < MAX_COMMAND_CHARACTERS / 2


async def test_with_the_longest_translations_discord_accepts_the_body_is_still_valid() -> None:
    payload = await body(LongestTranslations())
    school = next(command for command in payload if command["name"] == "school")
    assert set(school["name_localizations"]) == {"ko", "ja", "zh-TW"}
    register = next(o for o in school["options"] if o["name"] == "register")
    level = next(o for o in register["options"] if o["name"] == "level")
    assert len(level["choices"][0]["name_localizations"]["ko"]) == MAX_CHOICE_NAME
    assert schema_errors(payload) == []
    assert [str(problem) for problem in command_problems(payload)] == []


async def test_every_command_keeps_room_for_the_longest_translations() -> None:
    """The margin README states: the largest command, `/school`, counted with every name,
    description and choice name at the longest Discord accepts in some language."""
    sizes = {
        command["name"]: command_characters(command)
        for command in await body(LongestTranslations())
    }
    largest = max(sizes, key=sizes.__getitem__)
    assert largest == "school"
    assert sizes[largest] <= MAX_COMMAND_CHARACTERS, sizes


async def test_with_translations_as_long_as_they_typically_run_half_the_budget_is_left() -> None:
    """README's figure for the typical case: `/school`, the largest, at 3,900 of 8,000."""
    sizes = [command_characters(c) for c in await body(TypicalTranslations())]
    assert max(sizes) <= MAX_COMMAND_CHARACTERS / 2


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c: c.update(name="Find"), "APPLICATION_COMMAND_INVALID_NAME"),
        (lambda c: c.update(description="x" * 101), "BASE_TYPE_MAX_LENGTH"),
        (lambda c: c["options"].extend([c["options"][0]] * 25), "BASE_TYPE_MAX_LENGTH"),
        (lambda c: c["name_localizations"].update(ko="Find"), "APPLICATION_COMMAND_INVALID_NAME"),
        (
            lambda c: c["options"][0]["name_localizations"].update(ja="相手 国"),
            "APPLICATION_COMMAND_INVALID_NAME",
        ),
        (
            lambda c: c["options"][1]["name_localizations"].update(
                ko=c["options"][0]["name_localizations"]["ko"]
            ),
            "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME",
        ),
    ],
)
async def test_the_limit_checks_see_what_discord_refuses(change, problem) -> None:
    """The checks above can fail: a body broken as Discord would refuse it is refused."""
    payload = await body()
    find = next(command for command in payload if command["name"] == "find")
    change(find)
    assert problem in {violation.code for violation in command_problems(payload)}
