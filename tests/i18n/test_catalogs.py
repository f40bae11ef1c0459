"""Catalogs that cannot rot: the same keys and variables in every language, no key unused or
missing, no sentence glued from translated pieces, the polite register, and nothing left in
English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from tests.support.catalogs import (
    CATALOGS,
    catalog,
    concatenations,
    concatenations_in_code,
    is_declaration,
    message_uses,
)

# the messages the code names; declarations' translations (cmd-…) are checked by
# test_declarations.py against the commands themselves
ENTRIES = {
    folder: {key: entry for key, entry in catalog(folder).items() if not is_declaration(key)}
    for folder in CATALOGS
}
ENGLISH_ENTRIES = ENTRIES[ENGLISH.catalog]
OTHERS = [folder for folder in CATALOGS if folder != ENGLISH.catalog]


def language_of(folder: str) -> Language:
    return next(language for language in LANGUAGES if language.catalog == folder)


@pytest.mark.parametrize("folder", OTHERS)
def test_every_language_has_exactly_the_english_keys(folder: str) -> None:
    assert sorted(ENTRIES[folder]) == sorted(ENGLISH_ENTRIES)


@pytest.mark.parametrize("folder", OTHERS)
def test_every_message_takes_the_same_variables_in_every_language(folder: str) -> None:
    different = {
        key: (entry.variables, ENGLISH_ENTRIES[key].variables)
        for key, entry in ENTRIES[folder].items()
        if entry.variables != ENGLISH_ENTRIES.get(key, entry).variables
    }
    assert different == {}


def test_every_key_the_code_names_is_a_literal_that_the_catalogs_have() -> None:
    uses, not_literal = message_uses()
    assert not_literal == [], "keys must be string literals so that this test can find them"
    missing = [
        use.where
        for use in uses
        if use.key.partition(".")[0] not in ENGLISH_ENTRIES
        or use.key.partition(".")[2] not in ENGLISH_ENTRIES[use.key.partition(".")[0]].variables
    ]
    assert missing == []


def test_no_catalog_key_is_unused_by_the_code() -> None:
    used = {use.key.partition(".")[0] for use in message_uses()[0]}
    assert sorted(set(ENGLISH_ENTRIES) - used) == []


def test_the_code_passes_each_message_the_variables_it_names() -> None:
    wrong = []
    for use in message_uses()[0]:
        key, _, attribute = use.key.partition(".")
        wanted = ENGLISH_ENTRIES[key].variables[attribute]
        if use.arguments != wanted and not (use.unpacked and use.arguments <= wanted):
            wrong.append(f"{use.where}: passes {sorted(use.arguments)}, needs {sorted(wanted)}")
    assert wrong == []


def test_no_code_glues_rendered_messages_together() -> None:
    assert concatenations_in_code() == []


@pytest.mark.parametrize(
    "source",
    [
        "text = translator.render(a, ko) + translator.render(b, ko)",
        "text = f'{translator.render(a, ko)}: {name}'",
        "text = ' '.join([translator.render(a, ko), 'x'])",
        "text = '%s!' % translator.render(a, ko)",
        "text = '{} {}'.format(translator.render(a, ko), 'x')",
    ],
)
def test_the_glue_check_finds_each_way_of_concatenating(source: str) -> None:
    assert concatenations(source) == [1]


def test_the_glue_check_lets_a_whole_message_through() -> None:
    assert concatenations("text = translator.render(Message('k', n=name), ko)") == []


def sample_arguments(key: str, attribute: str = "") -> dict[str, str | int]:
    return {name: 3 for name in ENGLISH_ENTRIES[key].variables[attribute]}


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.tag)
def test_every_message_renders_in_every_language_without_isolation_marks(
    language: Language, translator: Translator
) -> None:
    for key, entry in ENGLISH_ENTRIES.items():
        for attribute in entry.variables:
            full_key = f"{key}.{attribute}" if attribute else key
            text = translator.render(
                Message(full_key, **sample_arguments(key, attribute)), language
            )
            assert text and "\u2068" not in text and "\u2069" not in text, full_key


def words(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", text)


@pytest.mark.parametrize("folder", OTHERS)
def test_no_message_is_left_in_english(folder: str) -> None:
    untranslated = [
        key
        for key, entry in ENTRIES[folder].items()
        if words(entry.text) and entry.text == ENGLISH_ENTRIES[key].text
    ]
    assert untranslated == []


def sentences(text: str, terminators: str) -> list[str]:
    return [s.strip() for s in re.findall(rf"[^{terminators}]+[{terminators}]", text)]


def formal_korean(word: str) -> bool:
    """합니다체 (…습니다, …입니까) or a polite request (…주세요): 니다/니까 after a syllable
    ending in ㅂ, which rules out the plain 아니다 and 해요체's 없어요."""
    if word.endswith("주세요"):
        return True
    stem = word[-3:-2]
    return word.endswith(("니다", "니까")) and bool(stem) and (ord(stem) - 0xAC00) % 28 == 17


def korean_endings(text: str) -> list[str]:
    """The last word of each sentence: one ending in . ? or !, or a message ending in a colon
    that introduces what follows (`다음과 같습니다:`); a label before its value (`사용법: …`) is no
    sentence."""
    return re.findall(r"([가-힣]+)[^가-힣.?!:]*(?:[.?!](?:\s|$)|:\s*$)", text)


def test_korean_sentences_keep_the_polite_register() -> None:
    for key, entry in catalog("ko").items():
        endings = korean_endings(entry.text)
        assert [word for word in endings if not formal_korean(word)] == [], key


def test_the_register_check_reads_labels_apart_from_sentences() -> None:
    assert korean_endings("사용법: /exchange help\n옵션은 다음과 같습니다:") == ["같습니다"]
    assert korean_endings("옵션:") == ["옵션"]


@pytest.mark.parametrize("word", ["아니다", "없어요", "해", "줘"])
def test_the_register_check_refuses_plain_and_informal_korean(word: str) -> None:
    assert not formal_korean(word)


def test_japanese_sentences_keep_desu_masu() -> None:
    for key, entry in catalog("ja").items():
        for sentence in filter(words, sentences(entry.text, "。？！")):  # not a lone placeable
            assert re.search(r"(です|ます|ません|ください|でした|ました)", sentence), (
                key,
                sentence,
            )
            assert not re.search(r"(だ|である|する|ない)[。？！]$", sentence), (key, sentence)


def plural_gaps(entries: dict[str, object], language: Language) -> list[str]:
    """Selectors on a count that lack one of the language's CLDR plural categories (and have
    no catch-all that makes sense for it: Fluent requires `*[other]`, English also needs one)."""
    categories = set(language.locale.plural_form.tags) | {"other"}
    gaps = []
    for key, entry in entries.items():
        for variable, keys in entry.selectors:  # type: ignore[attr-defined]
            plural_keys = keys & {"zero", "one", "two", "few", "many", "other"}
            if plural_keys and categories - keys:
                gaps.append(f"{key}: ${variable} lacks {sorted(categories - keys)}")
    return gaps


@pytest.mark.parametrize("folder", CATALOGS)
def test_every_count_has_a_form_for_each_plural_category_of_its_language(folder: str) -> None:
    assert plural_gaps(ENTRIES[folder], language_of(folder)) == []


def test_the_plural_check_finds_an_english_message_without_its_singular(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.ftl").write_text(
        "invites = { $count ->\n   *[other] { $count } invites\n}\n", encoding="utf-8"
    )
    assert plural_gaps(catalog("en", tmp_path), ENGLISH) == ["invites: $count lacks ['one']"]
