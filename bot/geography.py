"""Countries, IANA time zones and languages, read from user text with close-match suggestions."""

from __future__ import annotations

import difflib
from functools import cache

import pycountry
import pytz

from bot.value_types import ValueProblem, ValueType, Wire

_COUNTRY_ALIASES = {"UK": "GB", "USA": "US", "KOREA": "KR", "TURKEY": "TR"}


@cache
def _country_names() -> dict[str, str]:
    """Lower-case English names (official and common) to ISO 3166 alpha-2 codes."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names[value.lower()] = country.alpha_2
    return names


def parse_country(raw: str) -> str:
    text = raw.strip()
    code = _COUNTRY_ALIASES.get(text.upper(), text.upper())
    if len(code) == 2 and pycountry.countries.get(alpha_2=code):
        return code
    by_name = _country_names()
    if text.lower() in by_name:
        found = by_name[text.lower()]
        raise ValueProblem(f"'{raw}' is a name; write the ISO 3166 code {found}")
    close = difflib.get_close_matches(text.lower(), by_name, n=3, cutoff=0.7)
    hint = (
        "; did you mean " + ", ".join(f"{by_name[n]} ({n.title()})" for n in close) if close else ""
    )
    raise ValueProblem(f"'{raw}' is not an ISO 3166 country code like KR, JP or US{hint}")


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_zones(code: str) -> list[str]:
    return list(pytz.country_timezones.get(code, []))


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
    hint = f"; did you mean {', '.join(close)}" if close else ""
    raise ValueProblem(f"'{raw}' is not an IANA time zone like Asia/Seoul{hint}")


def zone_for_country(country: str, timezone: str | None) -> str:
    """The school's zone: the given one if it belongs to the country, the only one otherwise."""
    zones = country_zones(country)
    if timezone is None:
        if len(zones) == 1:
            return zones[0]
        listed = ", ".join(zones[:12]) + (", …" if len(zones) > 12 else "")
        raise ValueProblem(
            f"{country_name(country)} has {len(zones)} time zones; give timezone= one of: {listed}"
        )
    if zones and timezone not in zones:
        listed = ", ".join(zones[:12]) + (", …" if len(zones) > 12 else "")
        raise ValueProblem(f"{timezone} is not a time zone of {country}; use one of: {listed}")
    return timezone


@cache
def _language_names() -> dict[str, str]:
    return {
        language.name.lower(): language.alpha_2
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    }


def parse_language(raw: str) -> str:
    text = raw.strip().lower()
    if len(text) == 2 and pycountry.languages.get(alpha_2=text):
        return text
    names = _language_names()
    if text in names:
        raise ValueProblem(f"'{raw}' is a name; write the ISO 639-1 code {names[text]}")
    close = difflib.get_close_matches(text, names, n=3, cutoff=0.7)
    hint = (
        "; did you mean " + ", ".join(f"{names[n]} ({n.title()})" for n in close) if close else ""
    )
    raise ValueProblem(f"'{raw}' is not an ISO 639-1 language code like ko, ja or en{hint}")


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code


COUNTRY = ValueType("country", Wire.STRING, "<country>", "an ISO 3166 code like KR", parse_country)
TIMEZONE = ValueType(
    "timezone", Wire.STRING, "<zone>", "an IANA zone like Asia/Seoul", parse_timezone
)
LANGUAGE = ValueType(
    "language", Wire.STRING, "<lang>", "an ISO 639-1 code like ko or en", parse_language
)
