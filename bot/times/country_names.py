"""Countries as teachers write them in English: `Japan`, `South Korea`, `UK`, `the USA`, `JP`.

Every ISO 3166 country is known by its code (two or three letters), pycountry's short, official
and common names (`Korea, Republic of` also as `Republic of Korea`), CLDR's English name
(`Vietnam`, `Türkiye`, `Myanmar (Burma)`) and the everyday aliases below. Case, accents,
punctuation, a leading "the" and `St.` for "Saint" do not matter. A near miss is answered with
the names it resembles; a name that fits several countries (`Congo`) lists them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import pycountry
from babel import Locale

from bot.core.value_types import ValueProblem, ValueType, Wire, for_any_reader
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.typed_names import CountryNames, country_code

# What people call countries that neither ISO nor CLDR names that way. `Korea` is South Korea,
# as it is for the programs this bot serves.
ALIASES = {
    "America": "US",
    "U.S.": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Korea": "KR",
    "ROK": "KR",
    "DPRK": "KP",
    "PRC": "CN",
    "Mainland China": "CN",
    "Holland": "NL",
    "Turkey": "TR",
    "Czech Republic": "CZ",
    "Macedonia": "MK",
    "Swaziland": "SZ",
    "Ivory Coast": "CI",
    "East Timor": "TL",
    "Burma": "MM",
    "Vatican": "VA",
    "Macau": "MO",
    "UAE": "AE",
    "Emirates": "AE",
    "Palestine": "PS",
    "Laos": "LA",
    "Syria": "SY",
    "Brunei": "BN",
}
_NAME_FIELDS = ("name", "official_name", "common_name")
ACCEPTED = "a country's name or ISO 3166 code, like Japan or JP"
_CLOSE_ENOUGH = 0.75


def name_key(text: str) -> str:
    """`Côte d'Ivoire`, `cote divoire` and `COTE D’IVOIRE` alike: the form names are compared in."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).casefold()
    plain = re.sub(r"['’.]", "", plain.replace("&", " and "))
    words = re.sub(r"[^0-9a-z]+", " ", plain).split()
    words = ["saint" if word == "st" else word for word in words]
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def _spellings(name: str) -> set[str]:
    """The other forms a name is written in: `Korea, Republic of` as `Republic of Korea` and
    `Korea`, `Myanmar (Burma)` as `Myanmar` and `Burma`."""
    found = set()
    if ", " in name:
        head, tail = name.split(", ", 1)
        found |= {head, f"{tail} {head}"}
    if match := re.fullmatch(r"(?P<name>.+?) \((?P<other>[^)]+)\)", name):
        found |= {match["name"], match["other"]}
    return found


@cache
def country_names() -> dict[str, frozenset[str]]:
    """Every accepted name, as `name_key` writes it, with the codes it may mean. A name as ISO,
    CLDR or the aliases write it wins over a form derived from another country's name
    (`Congo` is the Republic of the Congo, though `Congo, The Democratic Republic of the`
    begins with it)."""
    english = Locale("en").territories
    written: defaultdict[str, set[str]] = defaultdict(set)
    derived: defaultdict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        names = {getattr(country, field, None) for field in _NAME_FIELDS}
        names.add(english.get(country.alpha_2))
        for name in filter(None, names):
            written[name_key(name)].add(country.alpha_2)
            for spelling in _spellings(name):
                derived[name_key(spelling)].add(country.alpha_2)
    written.update({name_key(alias): {code} for alias, code in ALIASES.items()})
    return {key: frozenset(codes) for key, codes in (derived | written).items()}


def parse_country(raw: str) -> str:
    """The ISO 3166 alpha-2 code of a country written by code or English name."""
    text = raw.strip()
    if re.fullmatch(r"[A-Za-z]{2}", text) and pycountry.countries.get(alpha_2=text.upper()):
        return text.upper()
    if re.fullmatch(r"[A-Za-z]{3}", text) and (found := pycountry.countries.get(alpha_3=text)):
        return str(found.alpha_2)
    key = name_key(text)
    codes = country_names().get(key)
    if codes and len(codes) == 1:
        return next(iter(codes))
    if codes:
        choices = CountryChoices(tuple(sorted(codes)))
        raise ValueProblem(Message("value-country-ambiguous", text=raw, choices=choices))
    if close := _close_countries(key):
        raise ValueProblem(
            Message("value-country-invalid-close", text=raw, close=CountryChoices(close))
        )
    raise ValueProblem(Message("value-country-invalid", text=raw))


def _close_countries(key: str) -> tuple[str, ...]:
    names = country_names()
    close = difflib.get_close_matches(key, names, n=6, cutoff=_CLOSE_ENOUGH)
    return tuple(dict.fromkeys(code for name in close for code in sorted(names[name])))[:3]


@dataclass(frozen=True)
class CountryChoices:
    """Countries a name may mean, as a message argument: `Congo (CG) or Congo - Kinshasa
    (CD)` named in English as the bot has always named them, or CLDR's names listed the
    reader's way."""

    codes: tuple[str, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        if language.catalog == ENGLISH.catalog:
            return " or ".join(f"{country_name(code)} ({code})" for code in self.codes)
        return CountryNames(self.codes).localized(language, translator)


def country_name(code: str) -> str:
    """The country's everyday English name: `South Korea`, `Japan`, `United States`."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def _country_in_english(raw: str) -> str:
    """A country named in another language or script (`일본`, `大韓民国`, `韓國`, `Ελλάδα`) as its
    code; English names, accented ones too (`Türkiye`), as typed, for `parse_country`."""
    if raw.isascii() or name_key(raw) in country_names():
        return raw
    return country_code(raw)


COUNTRY = ValueType(
    "country",
    Wire.STRING,
    "<country>",
    ACCEPTED,
    parse_country,
    in_english=for_any_reader(_country_in_english),
)


@dataclass(frozen=True)
class CountryName:
    """A country as a message argument: its English name as the bot has always written it, or
    CLDR's in the reader's language (`대한민국`, `日本`)."""

    code: str

    def localized(self, language: Language, translator: Renderer) -> str:
        if language.catalog == ENGLISH.catalog:
            return country_name(self.code)
        return str(language.locale.territories.get(self.code, country_name(self.code)))
