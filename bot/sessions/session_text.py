"""How an exchange session reads in replies, notifications and `data`: always in both zones,
the reader's school first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.schools.profile import SchoolProfile
from bot.sessions.slots import outside_class_hours
from bot.times.display import Place, local_times, span
from storage.models import ExchangeSession, School, SessionStatus, Within

PROGRAM_TYPE_LABELS = {
    "presentation": "Presentations",
    "discussion": "Discussion",
    "cultural_exchange": "Cultural exchange",
    "recreation": "Recreation",
    "joint_production": "Joint production",
}
PROGRAM_TYPES = tuple(PROGRAM_TYPE_LABELS)


def program_type_label(program_type: str) -> str:
    return PROGRAM_TYPE_LABELS.get(program_type, program_type.replace("_", " ").capitalize())


def when(session: ExchangeSession, reader: School, other: School) -> str:
    """`Tue 9 Mar 09:00–10:00 KST (Seoul) · Tue 9 Mar 09:00–10:00 JST (Osaka)`."""
    return span(session.start_utc, session.end_utc, (Place.of(reader), Place.of(other)))


def status_phrase(session: ExchangeSession, reader: School, other: School) -> str:
    if session.status == SessionStatus.PENDING:
        if session.proposed_by_school == reader.id:
            return f"pending: waiting for {other.name} to confirm"
        return f"pending: waiting for your confirmation (/exchange confirm {session.id})"
    if session.status == SessionStatus.CANCELLED:
        return "cancelled" + (f" ({session.cancel_reason})" if session.cancel_reason else "")
    return "booked"


def details(session: ExchangeSession) -> str:
    """`Cultural exchange · topic: school life · video: https://…`."""
    parts = [program_type_label(session.program_type), f"topic: {session.topic or 'to be agreed'}"]
    if session.video_link:
        parts.append(f"video: {session.video_link}")
    if session.agenda_link:
        parts.append(f"agenda: {session.agenda_link}")
    return " · ".join(parts)


def after_school_tag(start: datetime, end: datetime, *schools: SchoolProfile) -> str:
    """` (after school in Paris)`: whose after-school hours a meeting uses; empty if none's."""
    cities = [
        Place.of(school).city for school in schools if outside_class_hours(school, start, end)
    ]
    return f" (after school in {' and '.join(cities)})" if cities else ""


def describe(session: ExchangeSession, reader: School, other: School) -> str:
    """Two lines: number, partner and status, then the time in both zones and the details."""
    after_school = (
        after_school_tag(
            session.start_utc, session.end_utc, SchoolProfile.of(reader), SchoolProfile.of(other)
        )
        if session.within == Within.AFTER_SCHOOL
        else ""
    )
    return (
        f"#{session.id} with {other.name} — {status_phrase(session, reader, other)}\n"
        f"    {when(session, reader, other)}{after_school}\n"
        f"    {details(session)}"
    )


def session_data(session: ExchangeSession, reader: School, other: School) -> dict[str, Any]:
    return {
        "id": session.id,
        "partnership_id": session.partnership_id,
        "status": session.status,
        "start_utc": session.start_utc.isoformat(),
        "end_utc": session.end_utc.isoformat(),
        "duration_minutes": session.duration_minutes,
        "within": session.within,
        "program_type": session.program_type,
        "topic": session.topic,
        "video_link": session.video_link,
        "agenda_link": session.agenda_link,
        "proposed_by_school": session.proposed_by_school,
        "ics_sequence": session.ics_sequence,
        "cancel_reason": session.cancel_reason,
        "local": [
            {
                "school_id": school.id,
                **local_times(session.start_utc, session.end_utc, Place.of(school)),
            }
            for school in (reader, other)
        ],
    }
