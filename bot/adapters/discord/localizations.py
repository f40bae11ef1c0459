"""The Discord commands in the readers' languages: every description and choice name carries
its Korean, Japanese and Traditional Chinese translation (`description_localizations`,
`name_localizations`), from the catalogs' declaration keys (`bot.core.declared_text`).

Command and option names are not localized: they are what teachers type and share, the same
in `/exchange help`, usage lines and the text grammar of Slack and the console, so Discord's
autocomplete shows `/school register name:` in every language, as interactions arrive.
A description without a translation yet (an area still to convert) stays English.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.adapters.discord.slash_commands import KEY, shorten
from bot.i18n.languages import ENGLISH, matching_language
from bot.i18n.translator import Translator

LOCALES = (discord.Locale.korean, discord.Locale.japanese, discord.Locale.taiwan_chinese)


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
        is_name = context.location is app_commands.TranslationContextLocation.choice_name
        return translated[:100] if is_name else shorten(translated)
