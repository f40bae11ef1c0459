"""The values matching works on: assistants, sessions asking for one, and assignments.

Plain and hashable, so the rules can cache by them and tests can build them in one line.
Instants are aware UTC datetimes; hours and vacations are the same values schools use.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.times.vacations import DateRange
from bot.times.weekly_hours import WeeklyHours


@dataclass(frozen=True)
class Assistant:
    id: int
    languages: frozenset[str]
    hours: WeeklyHours  # in the assistant's own zone
    timezone: str  # IANA
    max_per_month: int  # assignments per calendar month in their zone
    vacations: tuple[DateRange, ...] = ()  # local dates
    served_pairs: frozenset[frozenset[str]] = frozenset()  # school pairs they assisted before

    def __post_init__(self) -> None:
        if self.max_per_month < 0:
            raise ValueError(f"assistant {self.id}: max_per_month cannot be negative")


@dataclass(frozen=True)
class AskingSession:
    """A booked or pending session of two schools that asks for an assistant."""

    id: int
    start: datetime  # UTC
    end: datetime
    languages: tuple[str, str]  # the assistant interprets between these two
    schools: frozenset[str] = field(default_factory=frozenset)  # the pair's school ids
    declined_by: frozenset[int] = frozenset()  # assistants who said no to it: never offered again

    def __post_init__(self) -> None:
        for instant in (self.start, self.end):
            if instant.utcoffset() != timedelta(0):
                raise ValueError(f"session {self.id}: times must be aware UTC datetimes")
        if self.end <= self.start:
            raise ValueError(f"session {self.id} ends before it starts")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def moved_to(self, start: datetime) -> AskingSession:
        """The same session at another start, as long as before."""
        return replace(self, start=start, end=start + self.duration)


@dataclass(frozen=True)
class Assignment:
    session: AskingSession
    assistant_id: int


def session_order(session: AskingSession) -> tuple[datetime, int]:
    """Time order, ties by id: sessions are solved, checked and listed in it."""
    return session.start, session.id


def assignment_order(assignment: Assignment) -> tuple[datetime, int, int]:
    return (*session_order(assignment.session), assignment.assistant_id)
