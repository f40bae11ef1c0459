"""Wall-clock times in a school's IANA zone, to and from UTC instants, with pytz done right.

The rule for wall times that DST makes odd is the one the standard library uses (fold=0): a
time skipped by a spring-forward change and a time that happens twice at a fall-back change
are both read with the UTC offset in force just *before* the change. So on the day New York
springs forward, 02:30 means 03:30 EDT, and on the day it falls back, 01:30 means the first
01:30 (EDT). Deciding by offsets, not by pytz's `is_dst` flag, keeps zones with a negative
DST (Europe/Dublin) right.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache

import pytz


@cache
def zone(name: str) -> pytz.BaseTzInfo:
    return pytz.timezone(name)


def to_utc(local: datetime, zone_name: str) -> datetime:
    """A naive wall-clock datetime in `zone_name` as an aware UTC instant."""
    tz = zone(zone_name)
    try:
        return tz.localize(local, is_dst=None).astimezone(UTC)
    except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError):
        offset_before = tz.localize(local - timedelta(hours=6), is_dst=False).utcoffset()
        assert offset_before is not None
        return (local - offset_before).replace(tzinfo=UTC)


def wall_to_utc(day: date, minutes: int, zone_name: str) -> datetime:
    """Minutes after local midnight of `day` (1440 = next midnight) as a UTC instant."""
    return to_utc(datetime.combine(day, time()) + timedelta(minutes=minutes), zone_name)


def to_local(instant: datetime, zone_name: str) -> datetime:
    """An aware instant as an aware local datetime (pytz-normalized, correct abbreviation)."""
    tz = zone(zone_name)
    return tz.normalize(instant.astimezone(UTC).astimezone(tz))


def abbreviation(instant: datetime, zone_name: str) -> str:
    """The zone's abbreviation at that instant (KST, EDT); `+0545` style where none exists."""
    local = to_local(instant, zone_name)
    name = local.tzname() or ""
    if name and (name[0] in "+-"):
        offset = local.strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}" if offset[3:] != "00" else f"UTC{offset[:3]}"
    return name


def city_of(zone_name: str) -> str:
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def utc_text(instant: datetime) -> str:
    """An instant as ISO 8601 in UTC to the second, as files and JSON carry it:
    `2027-03-09T06:00:00Z`."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
