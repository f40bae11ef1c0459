"""An independent oracle for slot rules: the standard library's zoneinfo, the `holidays` package
asked directly, and a quarter-hour by quarter-hour scan. Slow and obvious on purpose."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from bot.schools.profile import SchoolProfile
from bot.times.weekly_hours import WeeklyHours

QUARTER = timedelta(minutes=15)


def wall_utc(day: date, minutes: int, zone: str) -> datetime:
    """Minutes after local midnight as UTC; fold=0 for skipped and repeated wall times."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def local_date(instant: datetime, zone: str) -> date:
    return instant.astimezone(ZoneInfo(zone)).date()


@cache
def windows(hours: WeeklyHours, zone: str, day: date) -> tuple[tuple[datetime, datetime], ...]:
    placed = (
        (wall_utc(day, w.start, zone), wall_utc(day, w.end, zone)) for w in hours.on(day.weekday())
    )
    return tuple((start, end) for start, end in placed if end > start)


@cache
def _days(country: str, subdivision: str | None, year: int, category: str) -> frozenset[date]:
    entity = holidays.country_holidays(country)
    if category not in entity.supported_categories:
        return frozenset()
    return frozenset(
        holidays.country_holidays(country, subdiv=subdivision, years=year, categories=(category,))
    )


def closed(profile: SchoolProfile, day: date) -> bool:
    """The spec's rule: public holiday, school vacation, declared break. (Weekends need no rule:
    a school without hours on a weekday has no slot on it, and one with hours there meets.)"""
    return (
        day in _days(profile.country, profile.subdivision, day.year, "public")
        or day in _days(profile.country, profile.subdivision, day.year, "school")
        or any(day in declared for declared in profile.vacations)
    )


def starts_for(
    school: SchoolProfile,
    hours: WeeklyHours,
    span: tuple[datetime, datetime],
    minutes: int,
    *,
    open_only: bool = True,
) -> set[datetime]:
    """Quarter-hour starts in `span` of meetings inside one window of `hours`, placed on one of
    the school's (open) local dates."""
    length = timedelta(minutes=minutes)
    found = set()
    day = local_date(span[0], school.timezone) - timedelta(days=1)
    while day <= local_date(span[1], school.timezone):
        if not (open_only and closed(school, day)):
            for low, high in windows(hours, school.timezone, day):
                start = max(low, span[0])
                start += (-start.minute % 15) * timedelta(minutes=1) - timedelta(
                    seconds=start.second, microseconds=start.microsecond
                )
                while start < low:
                    start += QUARTER
                while start + length <= min(high, span[1]):
                    found.add(start)
                    start += QUARTER
        day += timedelta(days=1)
    return found


def valid_starts(
    a: SchoolProfile,
    b: SchoolProfile,
    hours_a: WeeklyHours,
    hours_b: WeeklyHours,
    span: tuple[datetime, datetime],
    minutes: int,
    *,
    open_only: bool = True,
) -> list[datetime]:
    """Every quarter-hour start in `span` at which both schools can meet for `minutes`."""
    return sorted(
        starts_for(a, hours_a, span, minutes, open_only=open_only)
        & starts_for(b, hours_b, span, minutes, open_only=open_only)
    )


def offset_changes_2027(zone: str) -> list[date]:
    """Dates in 2027 around which the zone's UTC offset changes (within a day), per zoneinfo."""
    tz = ZoneInfo(zone)
    found = []
    noon = datetime(2027, 1, 1, 12, tzinfo=UTC)
    while noon.year == 2027:
        if noon.astimezone(tz).utcoffset() != (noon + timedelta(days=1)).astimezone(tz).utcoffset():
            found.append((noon + timedelta(days=1)).astimezone(tz).date())
        noon += timedelta(days=1)
    return found
