"""How a series reads in replies and notifications: each occurrence's decision in both zones,
the reader's first, and the balance of the awkward hour."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Joined, Message
from bot.i18n.time_text import CityOf, DayOf, TimeAt, TimeSpan
from bot.i18n.translator import english_only
from bot.schools.profile import SchoolProfile
from bot.sessions.series_plan import FairHours, Hindrance, Hour, Occurrence, SeriesPlan
from bot.sessions.session_text import offset_note
from bot.sessions.slot_report import slot_data
from bot.times.display import Place, offset_notes
from bot.times.local_time import to_local
from storage.models import OccurrenceObstacle, Placement, SeriesCadence


def cadence_message(cadence: SeriesCadence) -> Message:
    """`every 2 weeks`, `every month, on the same weekday of the same week`."""
    return Message("meetings-cadence", cadence=cadence.name.lower())


def cadence_phrase(cadence: SeriesCadence) -> str:
    """In English, for areas that still write English."""
    return english_only().render(cadence_message(cadence), ENGLISH)


def _city(school: SchoolProfile) -> CityOf:
    return CityOf(Place.of(school))


def hindrance_message(hindrance: Hindrance, planned: datetime) -> Message:
    """`Paris is closed on Mon 29 Mar (Easter Monday)`, as the school's own date reads."""
    school = hindrance.school
    if hindrance.kind is OccurrenceObstacle.CLASH:
        return Message("meetings-hindrance-clash")
    assert school is not None
    if hindrance.kind is OccurrenceObstacle.CLOSED:
        day = to_local(planned, school.timezone).date()
        return Message(
            "meetings-hindrance-closed", city=_city(school), day=DayOf(day), closure=hindrance.name
        )
    return Message("meetings-hindrance-outside-hours", city=_city(school))


def after_school_message(
    school_ids: Sequence[str], schools: tuple[SchoolProfile, SchoolProfile]
) -> Message | None:
    cities = [_city(school) for school in schools if school.id in school_ids]
    if len(cities) > 1:
        return Message("meetings-series-after-school-both", city=cities[0], other_city=cities[1])
    return Message("meetings-series-after-school", city=cities[0]) if cities else None


def occurrence_line(
    occurrence: Occurrence,
    schools: tuple[SchoolProfile, SchoolProfile],
    *,
    session_id: int | None = None,
    cancelled: bool = False,
) -> Message:
    """One numbered line, the reader's school first in `schools`."""
    places = tuple(Place.of(school) for school in schools)
    number = (
        Message(
            "meetings-occurrence-number-session",
            position=str(occurrence.position),
            id=str(session_id),
        )
        if session_id
        else Message("meetings-occurrence-number", position=str(occurrence.position))
    )
    if occurrence.slot is None:
        assert occurrence.hindrance is not None
        return Message(
            "meetings-occurrence-skipped",
            number=number,
            planned=TimeAt(occurrence.planned, places),
            why=hindrance_message(occurrence.hindrance, occurrence.planned),
        )
    slot = occurrence.slot
    time = TimeSpan(slot.start, slot.end, places)
    parts = [
        Message("meetings-occurrence-cancelled", time=time)
        if cancelled
        else Message("meetings-time", time=time)
    ]
    awkward = after_school_message(occurrence.after_school_for, schools)
    if awkward:
        parts.append(awkward)
    if occurrence.placement is Placement.MOVED:
        why = (
            Message("meetings-moved-by-teachers")
            if occurrence.hindrance is None
            else hindrance_message(occurrence.hindrance, occurrence.planned)
        )
        parts.append(
            Message(
                "meetings-occurrence-moved", planned=TimeAt(occurrence.planned, places[:1]), why=why
            )
        )
    return Message("meetings-occurrence", number=number, parts=Joined(parts, " — "))


def balance_message(
    occurrences: Sequence[Occurrence], schools: tuple[SchoolProfile, SchoolProfile]
) -> Message:
    """`After school for Seoul 3 of 6, for Paris 3 of 6.`"""
    placed = [o for o in occurrences if o.slot is not None]
    counts = [sum(school.id in o.after_school_for for o in placed) for school in schools]
    if not any(counts):
        return Message("meetings-balance-in-class")
    return Message(
        "meetings-balance",
        city=_city(schools[0]),
        count=str(counts[0]),
        other_city=_city(schools[1]),
        other_count=str(counts[1]),
        total=str(len(placed)),
    )


def fair_hours_message(
    fair: FairHours, hours: Sequence[Hour], schools: tuple[SchoolProfile, SchoolProfile]
) -> Message | None:
    """What the fair-hours rule did, in a sentence; None when there was nothing to share."""
    by_id = {school.id: school for school in schools}
    if fair is FairHours.TAKING_TURNS:
        turns = [
            Message(
                "meetings-turn",
                city=_city(by_id[hour.carrier]),
                time=f"{hour.minutes // 60:02d}:{hour.minutes % 60:02d}",
            )
            for hour in hours
        ]
        first, second = turns  # taking turns is between two hours
        return Message("meetings-fair-taking-turns", turn=first, other_turn=second)
    if fair is FairHours.ONE_SIDED:
        return Message("meetings-fair-one-sided")
    return None


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
            "name": str(hindrance.name),
        },
    }


def offset_lines(
    occurrences: Sequence[Occurrence], schools: tuple[SchoolProfile, SchoolProfile]
) -> list[Message]:
    """The daylight-saving changes of either zone between the first and the last session."""
    slots = [o.slot for o in occurrences if o.slot is not None]
    if not slots:
        return []
    window = (slots[0].start, slots[-1].end)
    mine, theirs = (Place.of(school) for school in schools)
    return [offset_note(note) for note in offset_notes(mine, theirs, window)]


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


def series_proposal(plan: SeriesPlan, book: str | None) -> tuple[list[Message], dict[str, Any]]:
    """A planned series under a proposal: each decision, the balance, and how to book it."""
    request = plan.request
    schools = request.schools
    lines = [
        Message(
            "meetings-series-plan",
            count=str(len(plan.occurrences)),
            cadence=cadence_message(request.cadence),
        ),
        *(occurrence_line(o, schools) for o in plan.occurrences),
        balance_message(plan.occurrences, schools),
    ]
    fair = fair_hours_message(plan.fair_hours, plan.hours, schools)
    lines += [fair] if fair else []
    lines += offset_lines(plan.occurrences, schools)
    if book:
        lines.append(
            Message("meetings-series-book-hint", command=book, partner=request.partner.name)
        )
    data = series_data(plan.occurrences, schools)
    data |= {"cadence": request.cadence.value, "fair_hours": plan.fair_hours.value}
    return lines, data
