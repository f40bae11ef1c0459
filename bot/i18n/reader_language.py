"""Which language a reader gets: their own choice, their platform's locale, their school's
country, the program's default, English — the first of these the bot speaks."""

from __future__ import annotations

from bot.i18n.languages import ENGLISH, Language, language_for_country, matching_language


def reader_language(
    *,
    chosen: str | None = None,
    platform_locale: str | None = None,
    school_country: str | None = None,
    program_default: str | None = None,
) -> Language:
    """`chosen` is what the user set (`/exchange language ko`); `platform_locale` is Discord's
    interaction `locale` or Slack's `users.info` locale (`ko-KR`); `school_country` is an ISO
    code (KR → ko); `program_default` is `JOINTCLASS_LANGUAGE`. A value naming a language the
    bot does not speak (`zh-CN`, `fr`) passes the choice on to the next rule."""
    return (
        matching_language(chosen)
        or matching_language(platform_locale)
        or language_for_country(school_country)
        or matching_language(program_default)
        or ENGLISH
    )


def school_language(country: str | None, program_default: str | None = None) -> Language:
    """The language a school's class reads in a joint channel: its country's, else the
    program's default, else English."""
    return reader_language(school_country=country, program_default=program_default)
