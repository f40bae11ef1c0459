"""Times as people read them, in both schools' zones: `Tue 9 Mar 09:00–10:00 KST (Seoul) · …`.

Every time the bot shows anyone goes through here, so proposals, bookings, reminders and
agendas all read the same, always name the zone and the city, and always show both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from bot.times.availability import Interval
from bot.times.local_days import OffsetChange, offset_changes
from bot.times.local_time import abbreviation, city_of, to_local

SEPARATOR = " · "
_JUST_BEFORE = timedelta(seconds=1)


class Located(Protocol):
    """Anything with a zone and a city: a `School` row or a `SchoolProfile`."""

    @property
    def timezone(self) -> str: ...

    @property
    def city(self) -> str: ...


@dataclass(frozen=True)
class Place:
    """A zone and the city shown after its abbreviation."""

    timezone: str
    city: str

    @classmethod
    def of(cls, school: Located) -> Place:
        """The school's own city when it gave one (Osaka), else the zone's (Tokyo)."""
        return cls(school.timezone, school.city or city_of(school.timezone))


def own_first(own: Place, others: Sequence[Place]) -> tuple[Place, ...]:
    """For someone outside both schools (a remote class assistant): their own place first, then
    the others that are in another zone."""
    return own, *(place for place in others if place.timezone != own.timezone)


def day_label(local: date, *, year: bool = False) -> str:
    """`Tue 9 Mar`, or `Tue 9 Mar 2027`."""
    return f"{local:%a} {local.day} {local:%b}" + (f" {local.year}" if year else "")


def at_place(instant: datetime, place: Place, *, year: bool = False) -> str:
    """`Tue 9 Mar 15:00 KST (Seoul)`."""
    local = to_local(instant, place.timezone)
    zone = abbreviation(instant, place.timezone)
    return f"{day_label(local, year=year)} {local:%H:%M} {zone} ({place.city})"


def at(instant: datetime, places: Sequence[Place], *, year: bool = False) -> str:
    """One instant in every place, the caller's first."""
    return SEPARATOR.join(at_place(instant, place, year=year) for place in places)


def span_at_place(start: datetime, end: datetime, place: Place, *, year: bool = False) -> str:
    """`Tue 9 Mar 09:00–10:00 KST (Seoul)`; the end names its date or zone when they differ."""
    zone_name = place.timezone
    first, last = to_local(start, zone_name), to_local(end, zone_name)
    first_zone, last_zone = abbreviation(start, zone_name), abbreviation(end, zone_name)
    ending = f"{last:%H:%M}"
    if last.date() != first.date():
        ending = f"{day_label(last, year=year)} {ending}"
    head = f"{day_label(first, year=year)} {first:%H:%M}"
    if first_zone == last_zone:
        return f"{head}–{ending} {first_zone} ({place.city})"
    return f"{head} {first_zone}–{ending} {last_zone} ({place.city})"


def span(start: datetime, end: datetime, places: Sequence[Place], *, year: bool = False) -> str:
    """A meeting in every place: `Tue 9 Mar 09:00–10:00 KST (Seoul) · Mon 8 Mar 19:00–…`."""
    return SEPARATOR.join(span_at_place(start, end, place, year=year) for place in places)


def local_times(start: datetime, end: datetime, place: Place) -> dict[str, str]:
    """ISO 8601 local times with their offsets, for `data`."""
    return {
        "timezone": place.timezone,
        "start": to_local(start, place.timezone).isoformat(),
        "end": to_local(end, place.timezone).isoformat(),
    }


@dataclass(frozen=True)
class OffsetNote:
    change: OffsetChange
    place: Place
    other: Place
    relative_minutes: int  # how far the change moves this place against the other one; 0: the
    # other changes the same day, so the time difference stays

    def data(self) -> dict[str, Any]:
        return {
            "timezone": self.change.zone,
            "date": self.change.day.isoformat(),
            "from": self.change.before,
            "to": self.change.after,
            "shift_minutes": self.change.minutes,
            "relative_shift_minutes": self.relative_minutes,
        }


def offset_notes(mine: Place, theirs: Place, window: Interval) -> list[OffsetNote]:
    """Daylight-saving changes of either zone inside `window`, each to be said as "Note: New
    York moves to EDT on Sun 14 Mar 2027; times after that are shifted by one hour relative to
    Seoul." A change both zones make on the same day shifts nothing between them, and is said
    once."""
    start, end = window
    if start >= end:
        return []
    changes = {
        zone: offset_changes(
            zone, to_local(start, zone).date(), to_local(end - _JUST_BEFORE, zone).date()
        )
        for zone in {mine.timezone, theirs.timezone}
    }
    notes: list[OffsetNote] = []
    said_together: set[date] = set()
    for place, other in ((mine, theirs), (theirs, mine)):
        for change in changes[place.timezone]:
            same_day = [c for c in changes[other.timezone] if c.day == change.day]
            relative = change.minutes - sum(c.minutes for c in same_day)
            if relative == 0:
                if change.day in said_together:
                    continue
                said_together.add(change.day)
            notes.append(OffsetNote(change, place, other, relative))
    return sorted(notes, key=lambda note: note.change.day)
