"""The Discord commands in the readers' languages: every command, subcommand and option name,
description and choice name carries its Korean, Japanese and Traditional Chinese translation
(`name_localizations`, `description_localizations`), from the catalogs' declaration keys
(`bot.core.declared_text`; names from `names.ftl`, one key per word).

Discord shows a Korean reader `/학교 등록 이름:` but still sends the declared names
(`school register name`) in every interaction, so routing and the options' values are the
same in every language. Usage lines, help and the text grammar of Slack and the console keep
the declared names: they are what teachers type there and share across languages.
A description without a translation yet (an area still to convert) stays English.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.adapters.discord.slash_commands import KEY, shorten
from bot.i18n.languages import ENGLISH, matching_language
from bot.i18n.translator import Translator

LOCALES = (discord.Locale.korean, discord.Locale.japanese, discord.Locale.taiwan_chinese)
NAMES = frozenset(
    {
        app_commands.TranslationContextLocation.command_name,
        app_commands.TranslationContextLocation.group_name,
        app_commands.TranslationContextLocation.parameter_name,
    }
)


class CatalogTranslator(app_commands.Translator):
    """discord.py's translator for `tree.sync()` and the payload: the catalogs' declarations."""

    def __init__(self, translator: Translator | None = None) -> None:
        self.translator = translator or Translator.load()

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        key = string.extras.get(KEY)
        language = matching_language(locale.value) if locale in LOCALES else None
        if key is None or language is None or language.catalog == ENGLISH.catalog:
            return None
        translated = self.translator.translation(key, language)
        if translated is None:
            return None
        if context.location in NAMES:
            return translated  # held to Discord's rule for names by the tests, never cut
        is_name = context.location is app_commands.TranslationContextLocation.choice_name
        return translated[:100] if is_name else shorten(translated)
