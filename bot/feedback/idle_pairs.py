"""Pairs gone quiet: an active pair with no session and no activity for six school weeks of
the term.

*In term* means a day of the report's term, up to today, on which both schools are open (not a
weekend, public holiday, school vacation or declared break of either: `bot.schools.closed_days`),
counted from the later of the term's first day and the day the pair was made; the named terms
include the summer and winter vacations, which are closed days and so do not count. Six weeks
are 30 such days (six weeks of five school days). A day the pair was in contact starts the count
again: a day with a session of the pair (booked, not cancelled; `session_days`), or a deadline
or a step done of one of its confirmed activities (`ActivityFigures.contact_days`). Days are read
on the program's calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.feedback.report import Risk, SessionRow
from bot.feedback.terms import Term, local_day
from bot.i18n.messages import Message
from bot.i18n.time_text import DayOf
from bot.schools.closed_days import SchoolCalendar
from storage.models import SessionStatus

IDLE_OPEN_DAYS = 30  # six weeks of five school days


@dataclass(frozen=True)
class ActivePair:
    pair_id: int
    pair: str
    made: date  # on the program's calendar
    calendars: tuple[SchoolCalendar, SchoolCalendar]


def session_days(sessions: Iterable[SessionRow], zone: str) -> dict[int, set[date]]:
    """Each pair's days with a session that was not cancelled, on the calendar of `zone`."""
    met: dict[int, set[date]] = {}
    for session in sessions:
        if session.booking_status == SessionStatus.BOOKED:
            met.setdefault(session.pair_id, set()).add(local_day(session.start, zone))
    return met


def idle_risks(
    pairs: Sequence[ActivePair],
    contact_days: Mapping[int, set[date]],
    term: Term,
    today: date,
) -> dict[int, Risk]:
    """For each pair idle for six school weeks of the term by `today`, the risk saying since
    when (its latest day of contact in the term, or the start of its count)."""
    found = {}
    for pair in pairs:
        since = _idle_since(pair, contact_days.get(pair.pair_id, set()), term, today)
        if since is not None:
            found[pair.pair_id] = Risk(
                "idle",
                None,
                Message("report-risk-idle", since=DayOf(since, year=True, weekday=False)),
            )
    return found


def _idle_since(pair: ActivePair, met: set[date], term: Term, today: date) -> date | None:
    day, last = max(term.first_day, pair.made), min(term.last_day, today)
    since, open_days = day, 0
    while day <= last:
        if day in met:
            since, open_days = day, 0
        elif all(calendar.is_open(day) for calendar in pair.calendars):
            open_days += 1
            if open_days >= IDLE_OPEN_DAYS:
                return since
        day += timedelta(days=1)
    return None
