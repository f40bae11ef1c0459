"""An independent exact oracle for assistant matching: every way to assign a small instance's
sessions is tried, and the best by (sessions covered, smallest largest load, familiar
assignments) is kept. Eligibility, clash and month come from `bot.assistants.rules`, where
the rules are written once; the search and its bookkeeping are written here, slow and obvious.

`open_for` checks the hours rule by itself with zoneinfo, minute by minute, for the tests of
`rules.eligibility`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.assistants.rules import clashes, eligibility, month_of
from bot.assistants.values import AskingSession, Assignment, Assistant
from tests.support.time_oracle import windows

MINUTE = timedelta(minutes=1)
GAP = timedelta(minutes=15)


def open_for(assistant: Assistant, start: datetime, end: datetime, *, vacations: bool) -> bool:
    """Every minute from 15 before `start` to 15 after `end` falls in one of the assistant's
    windows placed on that minute's own local date (by zoneinfo), that date not a vacation."""
    zone = ZoneInfo(assistant.timezone)
    minute = start - GAP
    while minute < end + GAP:
        day: date = minute.astimezone(zone).date()
        if vacations and any(day in declared for declared in assistant.vacations):
            return False
        if not any(
            low <= minute < high for low, high in windows(assistant.hours, assistant.timezone, day)
        ):
            return False
        minute += MINUTE
    return True


def can_add(assistant: Assistant, session: AskingSession, theirs: Sequence[AskingSession]) -> bool:
    """The rules, checked against every one of the assistant's other sessions."""
    if eligibility(assistant, session) is not None:
        return False
    if any(clashes(session, other) for other in theirs):
        return False
    month = month_of(assistant, session)
    return sum(month_of(assistant, other) == month for other in theirs) < assistant.max_per_month


def keeps_every_rule(assignments: Sequence[Assignment], assistants: Sequence[Assistant]) -> bool:
    """Each session at most once, and each assistant's sessions addable one after another."""
    if len({a.session.id for a in assignments}) != len(assignments):
        return False
    known = {a.id: a for a in assistants}
    for assistant_id in {a.assistant_id for a in assignments}:
        if assistant_id not in known:
            return False
        theirs = [a.session for a in assignments if a.assistant_id == assistant_id]
        for position, session in enumerate(theirs):
            if not can_add(known[assistant_id], session, theirs[:position]):
                return False
    return True


@dataclass(frozen=True)
class Best:
    covered: int  # new assignments
    largest_load: int  # kept ones counted
    familiar: int  # new assignments whose assistant served the pair before


def best(
    sessions: Sequence[AskingSession], assistants: Sequence[Assistant], kept: Sequence[Assignment]
) -> Best:
    """The lexicographic optimum over every assignment of the sessions `kept` leaves open."""
    held = {a.session.id for a in kept}
    open_sessions = [s for s in sessions if s.id not in held]
    schedule: dict[int, list[AskingSession]] = {a.id: [] for a in assistants}
    for assignment in kept:
        schedule.setdefault(assignment.assistant_id, []).append(assignment.session)
    found: list[tuple[int, int, int]] = []

    def place(position: int, covered: int, familiar: int) -> None:
        if position == len(open_sessions):
            largest = max((len(theirs) for theirs in schedule.values()), default=0)
            found.append((covered, -largest, familiar))
            return
        place(position + 1, covered, familiar)
        session = open_sessions[position]
        for person in assistants:
            if can_add(person, session, schedule[person.id]):
                schedule[person.id].append(session)
                knows = session.schools in person.served_pairs
                place(position + 1, covered + 1, familiar + knows)
                schedule[person.id].pop()

    place(0, 0, 0)
    covered, negative_largest, familiar = max(found)
    return Best(covered, -negative_largest, familiar)


def loads(assignments: Sequence[Assignment]) -> Counter[int]:
    return Counter(a.assistant_id for a in assignments)
