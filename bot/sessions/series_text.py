"""How a series reads in replies and notifications: each occurrence's decision in both zones,
the reader's first, and the balance of the awkward hour."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.schools.profile import SchoolProfile
from bot.sessions.series_plan import FairHours, Hindrance, Hour, Occurrence, SeriesPlan
from bot.sessions.slot_report import slot_data
from bot.times.display import Place, at, day_label, offset_notes, span
from bot.times.local_time import to_local
from storage.models import OccurrenceObstacle, Placement, SeriesCadence

CADENCE_PHRASES = {
    SeriesCadence.WEEKLY: "every week",
    SeriesCadence.EVERY_2_WEEKS: "every 2 weeks",
    SeriesCadence.EVERY_3_WEEKS: "every 3 weeks",
    SeriesCadence.EVERY_4_WEEKS: "every 4 weeks",
    SeriesCadence.MONTHLY: "every month, on the same weekday of the same week",
}


PLACEMENT_WORDS = {
    Placement.AS_PLANNED: "as planned",
    Placement.MOVED: "moved",
    Placement.SKIPPED: "skipped",
}


def cadence_phrase(cadence: SeriesCadence) -> str:
    return CADENCE_PHRASES[cadence]


def _city(school: SchoolProfile) -> str:
    return Place.of(school).city


def hindrance_text(hindrance: Hindrance, planned: datetime) -> str:
    """`Paris is closed on Mon 29 Mar (Easter Monday)`, as the school's own date reads."""
    school = hindrance.school
    if hindrance.kind is OccurrenceObstacle.CLASH:
        return "another session of the two schools holds that time"
    assert school is not None
    if hindrance.kind is OccurrenceObstacle.CLOSED:
        day = to_local(planned, school.timezone).date()
        return f"{_city(school)} is closed on {day_label(day)} ({hindrance.name})"
    return f"it is outside {_city(school)}'s class and after-school hours then"


def after_school_text(
    school_ids: Sequence[str], schools: tuple[SchoolProfile, SchoolProfile]
) -> str:
    names = [_city(school) for school in schools if school.id in school_ids]
    return f"after school for {' and '.join(names)}" if names else ""


def occurrence_line(
    occurrence: Occurrence,
    schools: tuple[SchoolProfile, SchoolProfile],
    *,
    session_id: int | None = None,
    cancelled: bool = False,
) -> str:
    """One numbered line, the reader's school first in `schools`."""
    places = tuple(Place.of(school) for school in schools)
    number = f"  {occurrence.position}." + (f" (#{session_id})" if session_id else "")
    if occurrence.slot is None:
        assert occurrence.hindrance is not None
        return (
            f"{number} skipped (planned {at(occurrence.planned, places)}): "
            f"{hindrance_text(occurrence.hindrance, occurrence.planned)}, and no other time "
            "that week suits both schools."
        )
    slot = occurrence.slot
    parts = [("cancelled: " if cancelled else "") + span(slot.start, slot.end, places)]
    awkward = after_school_text(occurrence.after_school_for, schools)
    if awkward:
        parts.append(awkward)
    if occurrence.placement is Placement.MOVED:
        why = (
            "by the teachers"
            if occurrence.hindrance is None
            else hindrance_text(occurrence.hindrance, occurrence.planned)
        )
        parts.append(f"moved from {at(occurrence.planned, places[:1])}: {why}")
    return f"{number} {' — '.join(parts)}"


def balance_text(
    occurrences: Sequence[Occurrence], schools: tuple[SchoolProfile, SchoolProfile]
) -> str:
    """`After school for Seoul 3 of 6, for Paris 3 of 6.`"""
    placed = [o for o in occurrences if o.slot is not None]
    counts = [(school, sum(school.id in o.after_school_for for o in placed)) for school in schools]
    if not any(count for _, count in counts):
        return "Every session is in both schools' class hours."
    return (
        "After school for "
        + ", for ".join(f"{_city(school)} {count} of {len(placed)}" for school, count in counts)
        + "."
    )


def fair_hours_text(
    fair: FairHours, hours: Sequence[Hour], schools: tuple[SchoolProfile, SchoolProfile]
) -> str:
    """What the fair-hours rule did, in a sentence; empty when there was nothing to share."""
    by_id = {school.id: school for school in schools}
    if fair is FairHours.TAKING_TURNS:
        turns = [
            f"{_city(by_id[hour.carrier])} at {hour.minutes // 60:02d}:{hour.minutes % 60:02d} "
            f"{_city(by_id[hour.carrier])} time"
            for hour in hours
        ]
        return (
            "No hour is in class for both schools, so the after-school hour takes turns: "
            + ", then ".join(turns)
            + ", each kept on its own school's clock."
        )
    if fair is FairHours.ONE_SIDED:
        return (
            "No hour is in class for both schools, and none is after school for the other "
            "school instead, so the after-school hour cannot take turns."
        )
    return ""


def occurrence_data(
    occurrence: Occurrence, schools: tuple[SchoolProfile, SchoolProfile], session_id: int | None
) -> dict[str, Any]:
    hindrance = occurrence.hindrance
    return {
        "position": occurrence.position,
        "planned_start_utc": occurrence.planned.isoformat(),
        "placement": occurrence.placement.value,
        "session_id": session_id,
        "slot": slot_data(occurrence.slot, *schools) if occurrence.slot else None,
        "after_school_for": list(occurrence.after_school_for),
        "obstacle": None
        if hindrance is None
        else {
            "kind": hindrance.kind.value,
            "school_id": hindrance.school.id if hindrance.school else None,
            "name": hindrance.name,
        },
    }


def offset_lines(
    occurrences: Sequence[Occurrence], schools: tuple[SchoolProfile, SchoolProfile]
) -> list[str]:
    """The daylight-saving changes of either zone between the first and the last session."""
    slots = [o.slot for o in occurrences if o.slot is not None]
    if not slots:
        return []
    window = (slots[0].start, slots[-1].end)
    mine, theirs = (Place.of(school) for school in schools)
    return [note.text for note in offset_notes(mine, theirs, window)]


def series_data(
    occurrences: Sequence[Occurrence],
    schools: tuple[SchoolProfile, SchoolProfile],
    session_ids: Sequence[int | None] | None = None,
) -> dict[str, Any]:
    ids = session_ids or [None] * len(occurrences)
    placed = [o for o in occurrences if o.slot is not None]
    return {
        "occurrences": [
            occurrence_data(o, schools, session_id)
            for o, session_id in zip(occurrences, ids, strict=True)
        ],
        "after_school": {
            school.id: sum(school.id in o.after_school_for for o in placed) for school in schools
        },
    }


def series_proposal(
    plan: SeriesPlan, book: str | None, *, noted: Sequence[str] = ()
) -> tuple[list[str], dict[str, Any]]:
    """A planned series under a proposal: each decision, the balance, and how to book it.
    Daylight-saving notes already in `noted` are not repeated."""
    request = plan.request
    schools = request.schools
    lines = [
        f"As a series of {len(plan.occurrences)}, {cadence_phrase(request.cadence)}, from time 1:",
        *(occurrence_line(o, schools) for o in plan.occurrences),
        balance_text(plan.occurrences, schools),
    ]
    fair = fair_hours_text(plan.fair_hours, plan.hours, schools)
    lines += [fair] if fair else []
    lines += [note for note in offset_lines(plan.occurrences, schools) if note not in noted]
    if book:
        lines.append(
            f"Book the series with `/exchange {book}`; a teacher of {request.partner.name} "
            "then confirms all of it at once."
        )
    data = series_data(plan.occurrences, schools)
    data |= {"cadence": request.cadence.value, "fair_hours": plan.fair_hours.value}
    return lines, data
