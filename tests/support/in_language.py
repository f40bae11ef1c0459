"""Run commands through the console as a reader of one language, then require that no English
sentence of the catalogs (or of the commands' declarations) reached them, and that the
translator never fell back to English.

    transcript = await console_in(bot, "ko", ["@alice /exchange school show"])
    assert_reads_in(bot, transcript)

English fragments are the text between a catalog message's placeables (and each
command's declared summary, description and option help), code spans left out, kept when they
hold two English words, or one of five letters or more, that are not option or command names
(those stay as declared in every language).
"""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Iterable
from functools import cache

from bot.adapters.console import Console
from bot.adapters.own_words import OwnWords
from bot.adapters.testing import TestBot
from bot.cli.main import build_parser
from bot.commands import CATALOG
from bot.core.declared_text import declaration_keys
from bot.i18n.languages import LANGUAGES, Language
from bot.i18n.messages import Message
from bot.i18n.translator import Translator, english_only
from bot.reminders.demo_clock import DemoClock
from bot.schools.survey_import import COLUMNS, CONTACT_COLUMNS, OPTIONAL_COLUMNS
from tests.support.catalogs import PLACEABLE, catalog

# the adapters' own words (a time's label, the whole text's title) for a reply or message in
# English, as a renderer under test is given them
ENGLISH_WORDS = OwnWords(english_only())

_CODE = re.compile(r"`[^`]*`")
_WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")


def _command_line_actions() -> set[str]:
    subcommands = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {name for action in subcommands for name in action.choices}


@cache
def _declared_words() -> frozenset[str]:
    """Names that stay as declared in every language: commands, options and choices, the
    command line's (`jointclass import`) and the survey's columns (`school_id`)."""
    words = {word for spec in CATALOG for word in spec.path}
    words |= {*_command_line_actions(), *COLUMNS, *OPTIONAL_COLUMNS, *CONTACT_COLUMNS}
    for spec in CATALOG:
        for param in spec.params:
            words |= {param.name, *param.choices}
    words |= {part for word in words for part in word.split("-")}  # `lead-times`: lead, times
    return frozenset(word.lower() for word in words | {"exchange", "auto", "jointclass"})


def _fragments(texts: Iterable[str]) -> set[str]:
    found = set()
    for text in texts:
        for piece in re.split(rf"{PLACEABLE}|\n", _CODE.sub(PLACEABLE, text)):
            piece = piece.strip(" \t'\"()[]:;,.·—=")
            english = [w for w in _WORD.findall(piece) if w.lower() not in _declared_words()]
            if len(english) > 1 or any(len(word) > 4 for word in english):  # not a lone "and"
                found.add(piece)
    return found


@cache
def english_fragments() -> frozenset[str]:
    """Every piece of English the catalogs and the commands' declarations hold."""
    messages = [entry.text for entry in catalog("en").values()]
    declared = [
        english
        for spec in CATALOG
        for key, english in declaration_keys(spec).items()
        if not key.startswith("choice-")  # a choice's value is typed as declared
    ]
    return frozenset(_fragments([*messages, *declared]))


def english_in(text: str) -> list[str]:
    """The catalogs' English fragments that `text` contains, as whole words."""
    text = _CODE.sub("", text)  # commands quoted as code stay as typed
    return sorted(
        fragment
        for fragment in english_fragments()
        if re.search(rf"(?<![A-Za-z]){re.escape(fragment)}(?![A-Za-z])", text)
    )


def saved_line(language: Language) -> re.Pattern[str]:
    """A line the console prints for a file it saved, in `language`; its path the one group."""
    placeholder = "\x00"
    saved = Message("adapters-console-saved", path=placeholder)
    written = Translator.load().render(saved, language)
    before, _, after = written.partition(placeholder)
    return re.compile(rf"^  {re.escape(before)}(.+){re.escape(after)}$", re.MULTILINE)


async def console_in(
    bot: TestBot, language: str | None, lines: Iterable[str], *, demo_clock: bool = False
) -> str:
    """What the console prints (replies, and what the bot sends others) for `lines`, run with
    `jointclass console --lang language` (and `--demo-clock`, so that `/clock advance 30d`
    fires what comes due, when asked)."""
    out = io.StringIO()
    clock = DemoClock(bot.core, bot.clock) if demo_clock else None
    console = Console(bot.core, out=out, err=out, locale=language, demo_clock=clock)
    for line in lines:
        await console.run_line(line)
    return out.getvalue()


def assert_reads_in(bot: TestBot, transcript: str) -> None:
    """No English from the catalogs in `transcript`, and no message fell back to English."""
    found = english_in(transcript)
    assert found == [], f"English left: {found}\n{transcript}"
    assert dict(bot.core.translator.fallbacks) == {}, transcript


@cache
def _translator() -> Translator:
    return Translator.load()


def written_in(tag: str, message: str | Message) -> str:
    """A message as a reader of the language `tag` (`ko`, `en`) reads it."""
    language = next(language for language in LANGUAGES if language.tag == tag)
    return _translator().in_language(message, language)


def in_english(messages: Iterable[str | Message]) -> list[str]:
    """Messages as an English reader reads them, to hold against the English a test quotes."""
    return [written_in("en", message) for message in messages]
