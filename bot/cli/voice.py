"""The language the command line writes for people in: the program's (`JOINTCLASS_LANGUAGE`),
else English, as a coordinator reads the same jobs in chat. Data (`--json`, CSV) stays as is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from bot.i18n.languages import Language
from bot.i18n.messages import Localizable, Message
from bot.i18n.reader_language import reader_language
from bot.i18n.translator import Translator


@dataclass(frozen=True)
class Voice:
    """Writes messages for the one reader of a command-line job."""

    language: Language
    translator: Translator

    def text(self, message: Message | Localizable) -> str:
        if isinstance(message, Message):
            return self.translator.render(message, self.language)
        return message.localized(self.language, self.translator)

    def say(self, message: Message | Localizable, file: TextIO | None = None) -> None:
        """Print the message on its own line (`file`: standard output by default)."""
        print(self.text(message), file=file, flush=True)


def program_voice(program_language: str | None) -> Voice:
    """The voice for `program_language` (the setting's value; unset or unknown: English),
    read from the same catalogs the bot loads once per process."""
    language = reader_language(program_default=program_language)
    return Voice(language, Translator.load(languages=(language,)))
