"""Which IANA zone a school keeps its clock in, so that few teachers ever have to name one.

In order: the zone the teacher gave (it must be one of the country's); the country's only
zone; the zone the school's city names (`New York` → America/New_York, by the zone's own name
or CLDR's English exemplar city, among the country's zones only); the country's main zone when
its others are marginal; else the teacher is asked, with the zones listed.

**Marginal**, exactly: the tz database's own table of zones by country (`zone.tab`) describes
one of the country's zones as covering "most of" it, its "mainland" or its "peninsula" (`most of
Germany`: Europe/Busingen is one village; `most of New Zealand`: Pacific/Chatham, the Chatham
Islands; `Spain (mainland)`; `Malaysia (peninsula)`), or the country has one legal time and the
others are unofficial local usage (China: Beijing Time for the whole country, Xinjiang Time
unofficial). Countries whose zones the table describes region by region (United States,
Australia, Russia, Canada, Brazil, Mexico, Indonesia…) have several real zones, and ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import pytz
from babel import Locale

from bot.core.value_types import ValueProblem
from bot.i18n.messages import Message
from bot.times.country_names import CountryName, country_name, name_key
from bot.times.local_time import city_of

# Countries with one legal time whose other tz zones record unofficial local usage.
ONE_LEGAL_TIME = {"CN": "Asia/Shanghai"}
_LISTED = 12  # zones shown when asking


def country_zones(code: str) -> list[str]:
    return list(pytz.country_timezones.get(code, []))


@cache
def _zone_table() -> tuple[dict[str, str], dict[str, str]]:
    """(country names, zone descriptions) from the tz database's iso3166.tab and zone.tab."""
    tables = files("pytz") / "zoneinfo"
    countries = {row[0]: row[1] for row in _rows(tables / "iso3166.tab")}
    descriptions = {row[2]: row[3] for row in _rows(tables / "zone.tab") if len(row) > 3}
    return countries, descriptions


def _rows(table: Traversable) -> list[list[str]]:
    lines = table.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def main_zone(country: str) -> str | None:
    """The zone covering the country but for marginal others (see the module), if there is one."""
    zones = country_zones(country)
    if len(zones) == 1:
        return zones[0]
    if country in ONE_LEGAL_TIME:
        return ONE_LEGAL_TIME[country]
    names, descriptions = _zone_table()
    name = re.escape(names.get(country, country))
    most = re.compile(rf"most of {name}|{name} \((?:mainland|peninsula)\)")
    covering = [zone for zone in zones if most.fullmatch(descriptions.get(zone, ""))]
    return covering[0] if len(covering) == 1 else None


@cache
def _city_zones(country: str) -> dict[str, str]:
    """The country's zones by the cities that name them, as `name_key` writes them."""
    exemplars = Locale("en").time_zones
    found: dict[str, str] = {}
    for zone in country_zones(country):
        exemplar = exemplars.get(zone, {}).get("city")
        for city in filter(None, (city_of(zone), exemplar)):
            found.setdefault(name_key(city), zone)
    return found


def zone_of_city(country: str, city: str) -> str | None:
    """The zone of the country that `city` names (`New York`, `los angeles`, `Kyiv`), if any."""
    return _city_zones(country).get(name_key(city)) if city.strip() else None


@dataclass(frozen=True)
class ZoneChoice:
    zone: str
    note: Message | None = (
        None  # when the bot chose among several zones: which, why, how to change it
    )


def zone_for_school(country: str, timezone: str | None, city: str = "") -> ZoneChoice:
    """The school's zone (see the module), or a `ValueProblem` asking for `timezone=`."""
    zones = country_zones(country)
    listed = ", ".join(zones[:_LISTED]) + (", …" if len(zones) > _LISTED else "")
    if timezone is not None:
        if zones and timezone not in zones:
            raise ValueProblem(f"{timezone} is not a time zone of {country}; use one of: {listed}")
        return ZoneChoice(timezone)
    if len(zones) == 1:
        return ZoneChoice(zones[0])
    if by_city := zone_of_city(country, city):
        return ZoneChoice(by_city, Message("school-zone-of-city", zone=by_city, city=city.strip()))
    if main := main_zone(country):
        others = ", ".join(zone for zone in zones if zone != main)
        return ZoneChoice(
            main,
            Message("school-zone-main", zone=main, country=CountryName(country), others=others),
        )
    if not zones:
        raise ValueProblem(f"{country_name(country)} has no time zone of its own; give timezone=…")
    named = f" and the city '{city.strip()}' names none of them" if city.strip() else ""
    raise ValueProblem(
        f"{country_name(country)} has {len(zones)} time zones{named}; give timezone= one of: "
        f'{listed}, or a city that names one (city="{city_of(zones[0])}")'
    )
