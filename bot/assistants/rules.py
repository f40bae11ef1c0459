"""The rules an assistant's assignment keeps, each written once: the solver's model, the
explanations, the incremental offer, the checker and the tests' oracle all decide with these.

An assistant can serve a session when they speak both requested languages and have not declined
it; their weekly hours, placed on the actual local dates in their zone (daylight saving in force
counted, vacation dates closed), cover the whole session plus `GAP` before and after; none of
their other sessions is within `GAP` of it; and the calendar month of its start, in their zone,
holds fewer than `max_per_month` of their sessions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from bot.assistants.values import AskingSession, Assignment, Assistant
from bot.times.availability import Interval, merge
from bot.times.local_days import DAY, dates, local_midnight, place
from bot.times.vacations import DateRange
from bot.times.weekly_hours import WeeklyHours

GAP = timedelta(minutes=15)  # free time around a session; the least gap between two of theirs

Month = tuple[int, int]  # (year, month)


class Obstacle(StrEnum):
    """Why an assistant cannot serve a session, in the order they are checked."""

    LANGUAGE = "language"  # does not speak both requested languages
    DECLINED = "declined"  # said no to this session when it was offered
    VACATION = "vacation"  # their hours would cover it, but a vacation date falls in it
    HOURS = "hours"  # outside their weekly hours (with the gap either side)
    BUSY = "busy"  # another of their sessions is within the gap
    MONTHLY_CAP = "monthly_cap"  # their month already holds `max_per_month` sessions


def speaks_both(assistant: Assistant, session: AskingSession) -> bool:
    return set(session.languages) <= assistant.languages


def eligibility(assistant: Assistant, session: AskingSession) -> Obstacle | None:
    """What keeps the assistant from the session whatever else they do, or None."""
    if not speaks_both(assistant, session):
        return Obstacle.LANGUAGE
    if assistant.id in session.declined_by:
        return Obstacle.DECLINED
    span = (session.start - GAP, session.end + GAP)
    if _covers(_open_hours(assistant, span, assistant.vacations), span):
        return None
    if assistant.vacations and _covers(_open_hours(assistant, span, ()), span):
        return Obstacle.VACATION
    return Obstacle.HOURS


def clashes(a: AskingSession, b: AskingSession) -> bool:
    """Less than `GAP` between the two (overlapping counts)."""
    return a.start < b.end + GAP and b.start < a.end + GAP


def clashing_pairs(sessions: Sequence[AskingSession]) -> Iterator[tuple[int, int]]:
    """Every pair of positions in `sessions` (sorted by start) whose sessions clash."""
    for i, first in enumerate(sessions):
        for j in range(i + 1, len(sessions)):
            if sessions[j].start >= first.end + GAP:  # neither it nor any later one clashes
                break
            if clashes(first, sessions[j]):
                yield i, j


def clash_groups(sessions: Sequence[AskingSession]) -> list[list[int]]:
    """For each position in `sessions` (sorted by start), it and the earlier ones it clashes
    with. Any two of a group clash too (each earlier one runs, with the gap, past the later
    one's start), so an assistant takes at most one of each; every clashing pair is in one."""
    groups: list[list[int]] = [[i] for i in range(len(sessions))]
    for i, j in clashing_pairs(sessions):
        groups[j].append(i)
    return groups


def month_of(assistant: Assistant, session: AskingSession) -> Month:
    """The calendar month of the session's start in the assistant's zone."""
    local = _local_date(assistant.timezone, session.start)
    return local.year, local.month


def obstacle(
    assistant: Assistant, session: AskingSession, theirs: Iterable[AskingSession]
) -> Obstacle | None:
    """What keeps the assistant from also taking `session`, given the sessions they already
    serve (`theirs`, not including it), or None when they can."""
    fixed = eligibility(assistant, session)
    if fixed is not None:
        return fixed
    month = month_of(assistant, session)
    in_month = 0
    for other in theirs:
        if clashes(other, session):
            return Obstacle.BUSY
        in_month += month_of(assistant, other) == month
    return Obstacle.MONTHLY_CAP if in_month >= assistant.max_per_month else None


def _local_date(zone_name: str, instant: datetime) -> date:
    """The instant's date in the zone, from the cached local midnights around its UTC date
    (as `to_local(instant, zone_name).date()`, without a pytz conversion per call)."""
    day = instant.astimezone(UTC).date()
    for candidate in (day - DAY, day, day + DAY):
        if instant < local_midnight(zone_name, candidate + DAY):
            return candidate
    raise ValueError(f"{instant} is more than a day from UTC in {zone_name}")


def _covers(intervals: list[Interval], span: Interval) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in intervals)


def _open_hours(
    assistant: Assistant, span: Interval, vacations: tuple[DateRange, ...]
) -> list[Interval]:
    """The assistant's hours on the local dates `span` touches, less `vacations`, merged (so
    hours running to midnight and on from it are one stretch)."""
    first = _local_date(assistant.timezone, span[0])
    last = _local_date(assistant.timezone, span[1])
    return merge(
        interval
        for day in dates(first, last)
        for interval in _open_on(assistant.hours, assistant.timezone, vacations, day)
    )


@lru_cache(maxsize=65_536)
def _open_on(
    hours: WeeklyHours, zone_name: str, vacations: tuple[DateRange, ...], day: date
) -> tuple[Interval, ...]:
    if any(day in vacation for vacation in vacations):
        return ()
    return tuple(place(hours, zone_name, day))


def schedules(
    assignments: Iterable[Assignment], leaving_out: int | None = None
) -> dict[int, list[AskingSession]]:
    """Each assistant's sessions, without session `leaving_out` (the one being placed)."""
    found: dict[int, list[AskingSession]] = defaultdict(list)
    for assignment in assignments:
        if assignment.session.id != leaving_out:
            found[assignment.assistant_id].append(assignment.session)
    return found
