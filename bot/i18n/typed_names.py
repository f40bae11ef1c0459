"""Names typed in any language: countries (`일본`, `日本`, `大韓民国`, `韓國`, `Ελλάδα`) as the
ISO codes `bot.times.geography` reads, the bot's languages (`한국어`, `ja`, `zh-TW`), and
any choice by its label in any language (a generic helper for program types and the like).

Country names are CLDR's territory names in every locale Babel has, pycountry's names in
every language it translates, and the common names each catalog's `input.toml` adds.
"""

from __future__ import annotations

import gettext
import pickle
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import babel
import pycountry
from babel.lists import format_list

from bot.i18n.languages import LANGUAGES, Language, matching_language
from bot.i18n.messages import InputProblem, Message, Renderer
from bot.i18n.translator import Translator
from bot.i18n.vocabulary import clean, vocabulary

_CODE_LIKE = re.compile(r"[A-Za-z]{2,3}")  # KR, or UK and USA: bot.times.geography reads them


@dataclass(frozen=True)
class CountryNames:
    """Countries as a message argument: `Congo (CG) or Congo - Kinshasa (CD)` in the reader's
    language."""

    codes: tuple[str, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        names = [f"{language.locale.territories.get(code, code)} ({code})" for code in self.codes]
        return format_list(names, style="or", locale=language.cldr)


@dataclass(frozen=True)
class Labels:
    """Choices as a message argument: each label in the reader's language, listed with `or`."""

    labels: tuple[Message, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        names = [translator.render(label, language) for label in self.labels]
        return format_list(names, style="or", locale=language.cldr)


@dataclass(frozen=True)
class LanguageNames:
    """The bot's languages as a message argument: `한국어 (ko), 일본어 (ja) …` for a Korean."""

    def localized(self, language: Language, translator: Renderer) -> str:
        names = [f"{_display_name(lang, language)} ({lang.tag})" for lang in LANGUAGES]
        return format_list(names, style="or", locale=language.cldr)


@dataclass(frozen=True)
class LanguageName:
    """One of the bot's languages as a message argument: `한국어 (ko)` for a Korean reader,
    `Korean (ko)` for an English one."""

    language: Language

    def localized(self, language: Language, translator: Renderer) -> str:
        return f"{_display_name(self.language, language)} ({self.language.tag})"


def country_code(raw: str) -> str:
    """`일본`, `日本`, `Japan` → `JP`; a code (`kr`) or alias (`UK`) as it is."""
    text = clean(raw)
    if _CODE_LIKE.fullmatch(text):
        return text
    codes = country_names().get(text.casefold())
    if codes is None:
        if text.isascii():
            return text  # bot.times.geography names close matches in English
        raise InputProblem(Message("input-country-unknown", text=raw.strip()))
    if len(codes) > 1:
        raise InputProblem(
            Message("input-country-ambiguous", text=raw.strip(), countries=CountryNames(codes))
        )
    return codes[0]


@cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Every name of every ISO 3166 country, casefolded, with the codes it may mean.

    A name takes its meaning from the first source that has it: the bot's own languages and
    ISO's English names, then every CLDR locale, then pycountry's translations (one of which
    calls Malaysia "Mexico")."""
    iso = {country.alpha_2 for country in pycountry.countries}
    english = [
        (name, country.alpha_2)
        for country in pycountry.countries
        for attribute in ("name", "official_name", "common_name")
        if (name := getattr(country, attribute, None))
    ]
    own_languages = [
        (name, code)
        for language in LANGUAGES
        for code, name in language.locale.territories.items()
        if code in iso
    ]
    every_locale = [
        (name, code)
        for identifier in babel.localedata.locale_identifiers()
        for code, name in _own_territories(identifier)
        if code in iso
    ]
    translated = [
        (translation.gettext(name), code)
        for translation in _pycountry_translations()
        for name, code in english
    ]
    found: dict[str, tuple[str, ...]] = {}
    for source in (
        [*own_languages, *english, *vocabulary().countries.items()],
        every_locale,
        translated,
    ):
        codes: defaultdict[str, set[str]] = defaultdict(set)
        for name, code in set(source):
            codes[clean(name).casefold()].add(code)
        for name, meaning in codes.items():
            found.setdefault(name, tuple(sorted(meaning)))
    return found


def _own_territories(identifier: str) -> list[tuple[str, str]]:
    """The territory names one CLDR locale itself defines, read from Babel's data file.

    `babel.Locale(…).territories` merges every parent into each of Babel's 1,100 locales and
    keeps them all cached (seconds and hundreds of megabytes), and `localedata.load(…,
    merge_inherited=False)` caches the unmerged data as if it were whole, breaking later
    lookups of that locale. Names a locale inherits are its parent's, read anyway."""
    with open(babel.localedata.resolve_locale_filename(identifier), "rb") as data:
        return list(pickle.load(data).get("territories", {}).items())


def _pycountry_translations() -> list[gettext.NullTranslations]:
    languages = sorted(path.name for path in Path(pycountry.LOCALES_DIR).iterdir() if path.is_dir())
    return [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for language in languages
        if gettext.find("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    ]


def choice_by_label(raw: str, choices: Mapping[str, Message], translator: Translator) -> str:
    """The value (`online`) whose own spelling or label in any language (`온라인`, `オンライン`)
    is `raw`, case and width folded."""
    text = clean(raw).casefold()
    for value, label in choices.items():
        rendered = {
            clean(translator.render(label, lang)).casefold() for lang in translator.languages
        }
        if text == value.casefold() or text in rendered:
            return value
    raise InputProblem(
        Message("input-choice-unknown", text=raw.strip(), choices=Labels(tuple(choices.values())))
    )


def language_choice(raw: str) -> Language:
    """`ko`, `ko-KR`, `한국어`, `Korean`, `韓国語` → Korean; `zh-TW`, `繁體中文` → zh-Hant."""
    text = clean(raw)
    if found := matching_language(text):
        return found
    for language in LANGUAGES:
        if text.casefold() in _language_labels(language):
            return language
    raise InputProblem(
        Message("input-language-unknown", text=raw.strip(), languages=LanguageNames())
    )


def _display_name(language: Language, reader: Language) -> str:
    return str(babel.Locale.parse(language.tag, sep="-").get_display_name(reader.cldr))


@cache
def _language_labels(language: Language) -> frozenset[str]:
    """The language's names in each of the bot's languages (한국어, Korean, 韓国語, 韓文…)."""
    own = babel.Locale.parse(language.tag, sep="-")
    key = "_".join(filter(None, (own.language, own.script, own.territory)))
    names = {_display_name(language, reader) for reader in LANGUAGES}
    names |= {
        reader.locale.languages[key] for reader in LANGUAGES if key in reader.locale.languages
    }
    return frozenset(clean(name).casefold() for name in names)
