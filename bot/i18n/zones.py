"""An instant on a zone's wall clock, the zone's abbreviation then, and its city in the reader's
language: what every time the bot shows is made of."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import pytz
from babel.dates import get_timezone_location

from bot.i18n.languages import ENGLISH, Language


@cache
def _zone(name: str) -> pytz.BaseTzInfo:
    return pytz.timezone(name)


def to_local(instant: datetime, zone_name: str) -> datetime:
    """An aware instant as an aware local datetime (pytz-normalized, correct abbreviation)."""
    tz = _zone(zone_name)
    return tz.normalize(instant.astimezone(UTC).astimezone(tz))


def abbreviation(instant: datetime, zone_name: str) -> str:
    """The zone's abbreviation at that instant (KST, EDT); `UTC+05:45` where it has none."""
    local = to_local(instant, zone_name)
    name = local.tzname() or ""
    if name[:1] in ("+", "-"):
        offset = local.strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}" if offset[3:] != "00" else f"UTC{offset[:3]}"
    return name


@cache
def _exemplar_city(zone_name: str, cldr: str) -> str:
    return get_timezone_location(zone_name, locale=cldr, return_city=True)


def zone_city(zone_name: str, city: str, language: Language) -> str:
    """`city` as `language` writes it when it is the zone's own city (Seoul → 서울, 首爾);
    a school's own city (Osaka in Asia/Tokyo) has no CLDR name and is shown as given."""
    english = _exemplar_city(zone_name, ENGLISH.cldr)
    own_city = zone_name.rsplit("/", 1)[-1].replace("_", " ")
    if city not in (english, own_city):
        return city
    translated = _exemplar_city(zone_name, language.cldr)
    return city if translated == english else translated
