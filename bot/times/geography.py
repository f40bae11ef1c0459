"""IANA time zones and languages, read from user text with close-match suggestions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry
import pytz
from babel.lists import format_list

from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.times.country_names import CountryName
from bot.times.country_names import country_name as country_name  # bot/commands/stages.py


@cache
def _zones_by_lower() -> dict[str, str]:
    return {zone.lower(): zone for zone in pytz.all_timezones}


def parse_timezone(raw: str) -> str:
    """An IANA zone name, case-insensitive; `New York` or `new_york` suggest the full name."""
    text = raw.strip()
    zones = _zones_by_lower()
    if text.lower() in zones:
        return zones[text.lower()]
    wanted = text.lower().replace(" ", "_")
    by_city = [zone for key, zone in zones.items() if key.rsplit("/", 1)[-1] == wanted]
    close = by_city or [
        zones[key] for key in difflib.get_close_matches(wanted, zones, n=3, cutoff=0.75)
    ]
    if close:
        raise ValueProblem(
            Message("value-timezone-invalid-close", text=raw, close=", ".join(close))
        )
    raise ValueProblem(Message("value-timezone-invalid", text=raw))


def home_zone(home_country: str | None) -> str:
    """The zone a program's calendar is read in: the home country's main zone."""
    zones = pytz.country_timezones.get(home_country) if home_country else None
    return zones[0] if zones else "UTC"


# The languages of the programs' countries, for a country code typed where a language was
# meant (`jp` for ja): the codes the programs teach in, most common first.
COUNTRY_LANGUAGES = {
    "AL": ("sq",),
    "AU": ("en",),
    "AZ": ("az",),
    "BG": ("bg",),
    "CL": ("es",),
    "CN": ("zh",),
    "DE": ("de",),
    "DK": ("da",),
    "FI": ("fi", "sv"),
    "FR": ("fr",),
    "GB": ("en",),
    "GR": ("el",),
    "HK": ("zh", "en"),
    "IE": ("en", "ga"),
    "IN": ("hi", "en"),
    "JP": ("ja",),
    "KR": ("ko",),
    "KW": ("ar",),
    "KZ": ("kk", "ru"),
    "MN": ("mn",),
    "MY": ("ms", "en"),
    "NZ": ("en", "mi"),
    "PH": ("tl", "en"),
    "RS": ("sr",),
    "SG": ("en", "zh", "ms", "ta"),
    "SI": ("sl",),
    "TH": ("th",),
    "TR": ("tr",),
    "TW": ("zh",),
    "UA": ("uk",),
    "US": ("en",),
}
_TAUGHT = tuple(dict.fromkeys(code for codes in COUNTRY_LANGUAGES.values() for code in codes))
_REGION_TAG = re.compile(r"(?P<language>[a-z]{2,3})(?:[-_][a-z0-9]{2,8})+")


@cache
def _language_names() -> dict[str, str]:
    return {
        language.name.lower(): language.alpha_2
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    }


@cache
def _two_letter_codes() -> tuple[str, ...]:
    """Every ISO 639-1 code, the programs' own languages first."""
    codes = {language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2")}
    return (*_TAUGHT, *sorted(codes - set(_TAUGHT)))


def parse_language(raw: str) -> str:
    """An ISO 639-1 code. Its ISO 639-2 form (`kor`, `ger`) and a region tag (`en-US`) read as
    the two letters; a country code (`jp`) or a name suggests the code, even when the country
    code is also some other language's (`kr` is Kanuri, which `kau` still names)."""
    text = raw.strip().lower()
    if region := _REGION_TAG.fullmatch(text):
        text = region["language"]
    if country := _country_not_language(text):
        other = pycountry.languages.get(alpha_2=text)
        meant = LanguageChoices(COUNTRY_LANGUAGES[country])
        if other is None:
            raise ValueProblem(
                Message(
                    "value-language-country-code",
                    text=raw,
                    country=CountryName(country),
                    close=meant,
                )
            )
        raise ValueProblem(
            Message(
                "value-language-country-code-of-another",
                text=raw,
                country=CountryName(country),
                close=meant,
                other=SpokenLanguage(text),
                code=str(other.alpha_3),
            )
        )
    if len(text) == 2 and pycountry.languages.get(alpha_2=text):
        return text
    if len(text) == 3 and (two_letters := _from_alpha_3(text)):
        return two_letters
    names = _language_names()
    if text in names:
        raise ValueProblem(Message("value-language-name", text=raw, code=names[text]))
    close = [names[name] for name in difflib.get_close_matches(text, names, n=3, cutoff=0.7)]
    if not close and len(text) == 2:
        close = [code for code in _two_letter_codes() if _one_letter_off(text, code)][:3]
    if close:
        raise ValueProblem(
            Message("value-language-invalid-close", text=raw, close=LanguageChoices(tuple(close)))
        )
    raise ValueProblem(Message("value-language-invalid", text=raw))


def _country_not_language(text: str) -> str | None:
    """The program country `text` names when it is not that country's own language code."""
    code = text.upper()
    if len(text) == 2 and code in COUNTRY_LANGUAGES and text not in COUNTRY_LANGUAGES[code]:
        return code
    return None


def _from_alpha_3(text: str) -> str | None:
    for key in ("alpha_3", "bibliographic"):
        language = pycountry.languages.get(**{key: text})
        if language is not None and hasattr(language, "alpha_2"):
            return str(language.alpha_2)
    return None


def _one_letter_off(text: str, code: str) -> bool:
    return sum(a != b for a, b in zip(text, code, strict=True)) == 1


def _listed(codes: tuple[str, ...] | list[str]) -> str:
    named = [f"{code} ({language_name(code)})" for code in codes]
    return " or ".join(filter(None, (", ".join(named[:-1]), named[-1])))


@dataclass(frozen=True)
class LanguageChoices:
    """Language codes someone may have meant, each with its name: `ja (Japanese)` in English
    as before, `ja (일본어)` listed the Korean way for a Korean reader."""

    codes: tuple[str, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        if language.catalog == ENGLISH.catalog:
            return _listed(self.codes)
        named = [
            f"{code} ({language_name_in(code, language)})"
            for code in self.codes
            for code in self.codes
        ]
        return format_list(named, style="or", locale=language.cldr)


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code


def language_pair_name(pair: Iterable[str]) -> str:
    """`Korean–Japanese`: two languages someone interprets between."""
    return "–".join(language_name(code) for code in pair)


def language_name_in(code: str, reader: Language) -> str:
    """An ISO 639-1 language as `reader` names it: `Korean` in English (`language_name`),
    `한국어` in Korean, `韓国語` in Japanese (CLDR)."""
    if reader.catalog == ENGLISH.catalog:
        return language_name(code)
    return str(reader.locale.languages.get(code) or language_name(code))


@dataclass(frozen=True)
class SpokenLanguage:
    """`language_name` as a message argument: `Korean`, `한국어`, `韓国語`."""

    code: str

    def localized(self, language: Language, translator: Renderer) -> str:
        return language_name_in(self.code, language)


@dataclass(frozen=True)
class LanguagePairName:
    """`language_pair_name` as a message argument: `Korean–Japanese`, `한국어–일본어`."""

    codes: tuple[str, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        return "–".join(language_name_in(code, language) for code in self.codes)


@dataclass(frozen=True)
class LanguagesWithCodes:
    """Languages as a message argument, each with its code: `Korean (ko), Japanese (ja)`."""

    codes: tuple[str, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        return ", ".join(f"{language_name_in(code, language)} ({code})" for code in self.codes)


TIMEZONE = ValueType(
    "timezone", Wire.STRING, "<zone>", "an IANA zone like Asia/Seoul", parse_timezone
)
LANGUAGE = ValueType(
    "language", Wire.STRING, "<lang>", "an ISO 639-1 code like ko or en", parse_language
)
