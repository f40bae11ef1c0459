"""Calendar invites: stable UID, start in UTC, both local times, sequence, cancellation."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar

from bot.sessions.invites import invite, invite_bytes
from storage.models import ExchangeSession, School

STAMP = datetime(2027, 1, 11, tzinfo=UTC)


def school(school_id: str, name: str, zone: str, city: str) -> School:
    return School(
        id=school_id,
        program_id=1,
        name=name,
        side="home",
        country="XX",
        timezone=zone,
        city=city,
        level="middle",
        languages="en",
        created_at=STAMP,
        updated_at=STAMP,
    )


SCHOOLS = (
    school("KR-a", "Hanbit Middle School", "Asia/Seoul", "Seoul"),
    school("US-b", "Lincoln Middle School", "America/New_York", "New York"),
)


def session(**changes: object) -> ExchangeSession:
    values: dict[str, object] = dict(
        id=7,
        partnership_id=1,
        start_utc=datetime(2027, 3, 9, 0, 0, tzinfo=UTC),
        end_utc=datetime(2027, 3, 9, 1, 0, tzinfo=UTC),
        duration_minutes=60,
        status="booked",
        program_type="discussion",
        topic="School lunch",
        video_link="https://meet.example/abc",
        agenda_link="https://docs.example/agenda",
        proposed_by_school="KR-a",
        proposed_by="test:T1:alice",
        ics_uid="u-7@jointclass",
        created_at=STAMP,
        updated_at=STAMP,
    )
    values.update(changes)
    return ExchangeSession(**values)


def event_of(raw: bytes) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(raw)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def test_the_invite_starts_in_utc_and_describes_both_local_times_and_links() -> None:
    calendar, event = event_of(invite_bytes(session(), SCHOOLS, STAMP))
    assert calendar["METHOD"] == "PUBLISH"
    assert event.decoded("DTSTART") == datetime(2027, 3, 9, 0, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2027, 3, 9, 1, 0, tzinfo=UTC)
    assert b"DTSTART:20270309T000000Z" in invite_bytes(session(), SCHOOLS, STAMP)
    description = str(event["DESCRIPTION"])
    assert "Tue 9 Mar 2027 09:00–10:00 KST (Seoul)" in description
    assert "Mon 8 Mar 2027 19:00–20:00 EST (New York)" in description
    assert "Agenda: https://docs.example/agenda" in description
    assert "Video call: https://meet.example/abc" in description
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "https://meet.example/abc"


def test_without_an_agenda_link_the_description_says_how_to_see_the_agenda() -> None:
    _, event = event_of(invite_bytes(session(agenda_link=None), SCHOOLS, STAMP))
    assert "Agenda: the day-of plan, with `/exchange agenda show 7`" in str(event["DESCRIPTION"])


def test_the_uid_is_the_sessions_and_a_reschedule_only_raises_the_sequence() -> None:
    _, before = event_of(invite_bytes(session(), SCHOOLS, STAMP))
    moved = session(
        start_utc=datetime(2027, 3, 10, 0, 0, tzinfo=UTC),
        end_utc=datetime(2027, 3, 10, 1, 0, tzinfo=UTC),
        ics_sequence=1,
    )
    _, after = event_of(invite_bytes(moved, SCHOOLS, STAMP))
    assert str(before["UID"]) == str(after["UID"]) == "u-7@jointclass"
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)


def test_the_same_session_always_gives_the_same_file() -> None:
    assert invite_bytes(session(), SCHOOLS, STAMP) == invite_bytes(session(), SCHOOLS, STAMP)


def test_a_cancelled_session_gives_a_cancellation() -> None:
    raw = invite_bytes(session(status="cancelled", ics_sequence=2), SCHOOLS, STAMP)
    calendar, event = event_of(raw)
    assert calendar["METHOD"] == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 2
    assert str(event["UID"]) == "u-7@jointclass"


def test_the_attachment_is_a_named_calendar_file() -> None:
    attachment = invite(session(), SCHOOLS, STAMP)
    assert attachment.filename == "exchange-session-7.ics"
    moved = invite(session(ics_sequence=1), SCHOOLS, STAMP)
    assert moved.filename == "exchange-session-7-v2.ics"
    cancelled = invite(session(status="cancelled", ics_sequence=2), SCHOOLS, STAMP)
    assert cancelled.filename == "exchange-session-7-cancelled.ics"
    assert attachment.media_type == "text/calendar"
    assert "invite" in attachment.title
