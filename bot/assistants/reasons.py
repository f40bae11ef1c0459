"""Why a session is left without an assistant, as data a message can be written from: nobody
speaks both languages, or what keeps each assistant who does (hours, vacation, another session
of theirs, the monthly cap), and the nearest start in the same week at which one of them could
serve it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from bot.assistants.rules import (
    Month,
    Obstacle,
    clashes,
    month_of,
    obstacle,
    schedules,
    speaks_both,
)
from bot.assistants.values import AskingSession, Assignment, Assistant, session_order

STEP = timedelta(minutes=15)  # the nearest free start is searched on this grid around the start
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class SpeakerObstacle:
    """What keeps one assistant who speaks both languages from the session."""

    assistant_id: int
    obstacle: Obstacle
    clashes_with: int | None = None  # when busy: their session within the gap
    month: Month | None = None  # when at the cap: the month (in their zone) that is full

    def data(self) -> dict[str, Any]:
        found: dict[str, Any] = {"assistant": self.assistant_id, "obstacle": str(self.obstacle)}
        if self.clashes_with is not None:
            found["clashes_with"] = self.clashes_with
        if self.month is not None:
            found["month"] = f"{self.month[0]:04d}-{self.month[1]:02d}"
        return found


@dataclass(frozen=True)
class UncoveredReason:
    languages: tuple[str, str]
    speakers: tuple[SpeakerObstacle, ...]  # empty when nobody speaks both languages
    nearest_free: datetime | None  # UTC start at which one of them could serve it, same week

    def data(self) -> dict[str, Any]:
        return {
            "languages": list(self.languages),
            "speakers": [speaker.data() for speaker in self.speakers],
            "nearest_free": self.nearest_free.isoformat() if self.nearest_free else None,
        }


@dataclass(frozen=True)
class Uncovered:
    session: AskingSession
    reason: UncoveredReason


def explain(
    session: AskingSession, assistants: Iterable[Assistant], assignments: Iterable[Assignment]
) -> UncoveredReason:
    """The reason nobody can serve `session` alongside `assignments`."""
    theirs = schedules(assignments, leaving_out=session.id)
    speakers = sorted(
        (assistant for assistant in assistants if speaks_both(assistant, session)),
        key=lambda assistant: assistant.id,
    )
    return UncoveredReason(
        session.languages,
        tuple(_speaker_obstacle(a, session, theirs.get(a.id, [])) for a in speakers),
        nearest_free(session, speakers, theirs),
    )


def _speaker_obstacle(
    assistant: Assistant, session: AskingSession, theirs: list[AskingSession]
) -> SpeakerObstacle:
    found = obstacle(assistant, session, theirs)
    if found is None:
        raise ValueError(f"assistant {assistant.id} can serve session {session.id}")
    if found is Obstacle.BUSY:
        clash = min((other for other in theirs if clashes(other, session)), key=session_order)
        return SpeakerObstacle(assistant.id, found, clashes_with=clash.id)
    if found is Obstacle.MONTHLY_CAP:
        return SpeakerObstacle(assistant.id, found, month=month_of(assistant, session))
    return SpeakerObstacle(assistant.id, found)


def nearest_free(
    session: AskingSession,
    speakers: Sequence[Assistant],
    theirs: dict[int, list[AskingSession]],
) -> datetime | None:
    """The start nearest to the session's, on a `STEP` grid through its week (Monday to Sunday,
    UTC), at which one of `speakers` could serve it; the earlier of two equally near."""
    if not speakers:
        return None
    monday = datetime.combine(
        session.start.date() - timedelta(days=session.start.weekday()), time(), UTC
    )
    for start in _around(session.start, monday, monday + WEEK):
        moved = session.moved_to(start)
        if any(obstacle(a, moved, theirs.get(a.id, [])) is None for a in speakers):
            return start
    return None


def _around(start: datetime, first: datetime, end: datetime) -> Iterable[datetime]:
    """Grid points `start` ± k·`STEP` in [first, end), nearest first, the earlier of a tie."""
    step = 1
    while True:
        earlier, later = start - step * STEP, start + step * STEP
        if earlier < first and later >= end:
            return
        if earlier >= first:
            yield earlier
        if later < end:
            yield later
        step += 1
