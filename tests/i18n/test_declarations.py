"""What commands declare (summaries, descriptions, form titles, option help, choice labels,
what a value type accepts) is translated in every language, for every command."""

from __future__ import annotations

import pytest

from bot.commands import CATALOG
from bot.core.declared_text import command_key, declaration_keys
from bot.core.spec import CommandSpec
from bot.i18n.languages import ENGLISH
from tests.support.catalogs import CATALOGS, catalog, is_declaration

OTHERS = [folder for folder in CATALOGS if folder != ENGLISH.catalog]


def with_groups(specs: list[CommandSpec]) -> dict[str, str]:
    """Each command's declaration keys, and for a group of commands (`school …`) the key of
    Discord's description of the group (`cmd-school`)."""
    keys: dict[str, str] = {}
    for spec in specs:
        keys |= declaration_keys(spec)
        if len(spec.path) > 1:
            keys[command_key(spec.path[:1])] = spec.path[0]
    return keys


def needed() -> dict[str, str]:
    return with_groups(list(CATALOG))


def every_declaration_key() -> set[str]:
    return set(with_groups(list(CATALOG)))


@pytest.mark.parametrize("folder", OTHERS)
def test_each_declaration_is_translated(folder: str) -> None:
    assert sorted(set(needed()) - set(catalog(folder))) == []


@pytest.mark.parametrize("folder", OTHERS)
def test_no_translation_is_of_a_declaration_that_does_not_exist(folder: str) -> None:
    translated = {key for key in catalog(folder) if is_declaration(key)}
    assert sorted(translated - every_declaration_key()) == []


@pytest.mark.parametrize("folder", OTHERS)
def test_declarations_take_no_variables_and_are_not_left_in_english(folder: str) -> None:
    entries = catalog(folder)
    english = needed()
    wrong = [
        key
        for key, entry in entries.items()
        if is_declaration(key)
        and (any(entry.variables.values()) or entry.text.strip() == english.get(key))
    ]
    assert wrong == []


def test_english_declarations_stay_in_the_code() -> None:
    assert [key for key in catalog(ENGLISH.catalog) if is_declaration(key)] == []
