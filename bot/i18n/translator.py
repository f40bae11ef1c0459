"""Renders messages from the Fluent catalogs for a reader, and counts every fallback to English
so that a test can require none.

One `Translator` is built by the composition root and carried by the context; tests build their
own and read `fallbacks`. A key missing from a language is shown in English (and logged); a key
missing from English, or a message missing one of its arguments, is a bug and raises.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource, resolver
from fluent.runtime.resolver import Pattern
from fluent.syntax import ast as fluent_ast

from bot.i18n.languages import ENGLISH, LANGUAGES, LOCALES, Language
from bot.i18n.messages import VALUE_TYPES, Argument, Localizable, Message

logger = logging.getLogger(__name__)

# Fluent refuses an argument over 2,500 characters (a guard against runaway expansion). Ours are
# what users typed, bounded by the grammar (a line is at most 4,000 characters), and texts
# already rendered (a school's profile): a refusal quoting a long option must still be written.
resolver.MAX_PART_LENGTH = max(resolver.MAX_PART_LENGTH, 20_000)

REMEMBERED_TEXTS = 20_000  # rendered messages kept per translator (a few MB at most)


class CatalogError(Exception):
    """A catalog that does not parse, or a message that cannot be rendered: a bug to fix."""


@cache  # parsing is most of a start's cost (about 2 s); a catalog does not change while we run
def catalog_resources(folder: Path) -> tuple[fluent_ast.Resource, ...]:
    """Every `.ftl` file of one language's folder, parsed; a syntax error names its file."""
    resources = []
    for path in sorted(folder.glob("*.ftl")):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        if junk := [entry for entry in resource.body if isinstance(entry, fluent_ast.Junk)]:
            problems = "; ".join(str(a.message) for entry in junk for a in entry.annotations)
            raise CatalogError(f"{path}: {problems}")
        resources.append(resource)
    return tuple(resources)


class Translator:
    def __init__(self, bundles: Mapping[Language, FluentBundle]):
        self._bundles = {language.tag: bundle for language, bundle in bundles.items()}
        self.languages = tuple(bundles)  # English first
        self.fallbacks: Counter[tuple[str, str]] = Counter()  # (language tag, key) → times
        self._written: dict[tuple[Message | Localizable, str], str] = {}  # (what, tag) → text
        self._fell_back = 0  # fallbacks ever counted, to tell whether a rendering needed one

    @classmethod
    def load(cls, root: Path = LOCALES, languages: Sequence[Language] = LANGUAGES) -> Translator:
        """The catalogs under `root` (`<catalog>/*.ftl`) for each language, English included."""
        languages = tuple(dict.fromkeys((ENGLISH, *languages)))
        resources = {lang.catalog: catalog_resources(root / lang.catalog) for lang in languages}
        bundles = {}
        for language in languages:
            bundle = FluentBundle([language.cldr], use_isolating=False)
            for resource in resources[language.catalog]:
                bundle.add_resource(resource)
            bundles[language] = bundle
        return cls(bundles)

    def render(self, message: Message, language: Language) -> str:
        """The message as `language` writes it, or in English if that language lacks it."""
        return self._remembered(message, language, self._write)

    def _remembered(
        self,
        value: Message | Localizable,
        language: Language,
        write: Callable[[Any, Language], str],
    ) -> str:
        """What `write` wrote for a message or an argument in `language`, remembered: a burst of
        reminders repeats the same lines (a checklist's items, the session's time in both
        zones) for hundreds of readers, and messages and their arguments are values. One
        holding what is not a value (a database row) is written each time; a text that needed
        a fallback is not remembered, so every showing of it is counted."""
        key = (value, language.tag)
        try:
            return self._written[key]
        except KeyError:
            pass
        except TypeError:  # not a value: written each time
            return write(value, language)
        fell_back = self._fell_back
        text = write(value, language)
        if self._fell_back == fell_back:
            if len(self._written) >= REMEMBERED_TEXTS:
                del self._written[next(iter(self._written))]  # the oldest
            self._written[key] = text
        return text

    def _write(self, message: Message, language: Language) -> str:
        pattern = self._pattern(message.key, language)
        if pattern is None:
            self._count_fallback(language, message.key)
            logger.warning("No %s message %r; showing it in English", language.tag, message.key)
            language = ENGLISH
            pattern = self._pattern(message.key, language)
            if pattern is None:
                raise CatalogError(f"no message {message.key!r} in any catalog")
        arguments = {
            name: self._argument(value, language) for name, value in message.arguments.items()
        }
        text, errors = self._bundles[language.tag].format_pattern(pattern, arguments)
        if errors:
            raise CatalogError(f"{language.tag} {message.key}: {'; '.join(map(str, errors))}")
        return str(text)

    def in_language(self, text: str | Message, language: Language) -> str:
        """A `Message` rendered for `language`; text not yet converted to a message is shown as
        it was written (English), so areas can move to the catalogs one at a time."""
        return text if isinstance(text, str) else self.render(text, language)

    def declared(self, key: str, english: str, language: Language) -> str:
        """A declaration's text (a command's summary, an option's help): `english` as declared
        in the code, or its translation, the catalog message `key`. A missing translation is
        counted as a fallback and shown in English."""
        if language.catalog == ENGLISH.catalog:
            return english
        translated = self.translation(key, language)
        if translated is None:
            self._count_fallback(language, key)
            logger.warning("No %s declaration %r; showing it in English", language.tag, key)
            return english
        return translated

    def translation(self, key: str, language: Language) -> str | None:
        """The message `key` (taking no arguments) as `language` has it, or None: for what
        shows a translation only where there is one (Discord's localizations)."""
        pattern = self._pattern(key, language)
        if pattern is None:
            return None
        text, errors = self._bundles[language.tag].format_pattern(pattern, {})
        if errors:
            raise CatalogError(f"{language.tag} {key}: {'; '.join(map(str, errors))}")
        return str(text)

    def in_both(self, message: Message, home: Language, partner: Language) -> tuple[str, ...]:
        """A post both classes read: in the home school's language, then the partner school's;
        once when both read it the same."""
        first = self.render(message, home)
        if partner == home:
            return (first,)
        second = self.render(message, partner)
        return (first,) if second == first else (first, second)

    def _count_fallback(self, language: Language, key: str) -> None:
        self.fallbacks[(language.tag, key)] += 1
        self._fell_back += 1

    def _pattern(self, key: str, language: Language) -> Pattern | None:
        """The message's value (`key`) or attribute (`key.attribute`) in `language`, if any."""
        name, _, attribute = key.partition(".")
        bundle = self._bundles[language.tag]
        if not bundle.has_message(name):
            return None
        entry = bundle.get_message(name)
        return entry.attributes.get(attribute) if attribute else entry.value

    def _argument(self, value: Argument | Message, language: Language) -> Any:
        if type(value) in VALUE_TYPES or isinstance(value, str | int | float | Decimal):
            return value
        if isinstance(value, Message):
            return self.render(value, language)
        return self._remembered(value, language, self._localize)

    def _localize(self, value: Localizable, language: Language) -> str:
        return value.localized(language, self)


@cache  # one for the process: English has no fallbacks to count
def english_only() -> Translator:
    """English alone, for text read where no reader is known (the command line, an import)."""
    return Translator.load(languages=(ENGLISH,))
