"""Calendar invites: stable UID, start in UTC, both local times, sequence, cancellation, and
valid iTIP for every kind (booked, rescheduled, cancelled) by libical's own judgement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from bot.core.settings import Settings
from bot.sessions.invites import invite, invite_bytes, series_invites
from storage.models import ExchangeSession, School
from tests.support.libical import itip_problems

STAMP = datetime(2027, 1, 11, tzinfo=UTC)
ORGANIZER = "mailto:noreply@jointclass.invalid"


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
    calendar, event = event_of(invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER))
    assert calendar["METHOD"] == "PUBLISH"
    assert event.decoded("DTSTART") == datetime(2027, 3, 9, 0, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2027, 3, 9, 1, 0, tzinfo=UTC)
    assert b"DTSTART:20270309T000000Z" in invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER)
    description = str(event["DESCRIPTION"])
    assert "Tue 9 Mar 2027 09:00–10:00 KST (Seoul)" in description
    assert "Mon 8 Mar 2027 19:00–20:00 EST (New York)" in description
    assert "Agenda: https://docs.example/agenda" in description
    assert "Video call: https://meet.example/abc" in description
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "https://meet.example/abc"


def test_without_an_agenda_link_the_description_says_how_to_see_the_agenda() -> None:
    _, event = event_of(invite_bytes(session(agenda_link=None), SCHOOLS, STAMP, ORGANIZER))
    assert "Agenda: the day-of plan, with `/exchange agenda show 7`" in str(event["DESCRIPTION"])


def test_the_uid_is_the_sessions_and_a_reschedule_only_raises_the_sequence() -> None:
    _, before = event_of(invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER))
    moved = session(
        start_utc=datetime(2027, 3, 10, 0, 0, tzinfo=UTC),
        end_utc=datetime(2027, 3, 10, 1, 0, tzinfo=UTC),
        ics_sequence=1,
    )
    _, after = event_of(invite_bytes(moved, SCHOOLS, STAMP, ORGANIZER))
    assert str(before["UID"]) == str(after["UID"]) == "u-7@jointclass"
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)


def test_the_same_session_always_gives_the_same_file() -> None:
    assert invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER) == invite_bytes(
        session(), SCHOOLS, STAMP, ORGANIZER
    )


def test_a_cancelled_session_gives_a_cancellation() -> None:
    raw = invite_bytes(session(status="cancelled", ics_sequence=2), SCHOOLS, STAMP, ORGANIZER)
    calendar, event = event_of(raw)
    assert calendar["METHOD"] == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 2
    assert str(event["UID"]) == "u-7@jointclass"


def test_each_version_of_a_sessions_file_is_named_with_its_sequence() -> None:
    first = invite(session(), SCHOOLS, STAMP, ORGANIZER)
    moved = invite(session(ics_sequence=1), SCHOOLS, STAMP, ORGANIZER)
    cancelled = invite(session(status="cancelled", ics_sequence=2), SCHOOLS, STAMP, ORGANIZER)
    assert [a.filename for a in (first, moved, cancelled)] == [
        "exchange-session-7-seq0.ics",
        "exchange-session-7-seq1.ics",
        "exchange-session-7-seq2-cancelled.ics",
    ]
    assert first.media_type == "text/calendar"
    assert "invite" in first.title and "cancellation" in cancelled.title


def test_the_organizer_is_the_configured_address_named_as_the_bot() -> None:
    _, event = event_of(invite_bytes(session(), SCHOOLS, STAMP, "mailto:exchange@sen.example"))
    assert str(event["ORGANIZER"]) == "mailto:exchange@sen.example"
    assert event["ORGANIZER"].params["CN"] == "Joint Class Bot"


def test_a_live_session_rings_before_it_starts_and_a_cancelled_one_does_not() -> None:
    _, live = event_of(invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER))
    [alarm] = live.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=15)
    assert "Hanbit Middle School × Lincoln Middle School" in str(alarm["DESCRIPTION"])
    _, cancelled = event_of(invite_bytes(session(status="cancelled"), SCHOOLS, STAMP, ORGANIZER))
    assert cancelled.walk("VALARM") == []


@pytest.mark.parametrize(
    "kind",
    [
        {},  # booked
        {"ics_sequence": 1, "start_utc": datetime(2027, 3, 10, tzinfo=UTC)},  # rescheduled
        {"status": "cancelled", "ics_sequence": 2},
        {"video_link": None, "agenda_link": None, "topic": None},  # the least a session has
    ],
    ids=["booked", "rescheduled", "cancelled", "bare"],
)
def test_every_kind_of_invite_passes_libicals_itip_check(kind) -> None:
    changes = dict(kind)
    if "start_utc" in changes:
        changes["end_utc"] = changes["start_utc"] + timedelta(hours=1)
    assert itip_problems(invite_bytes(session(**changes), SCHOOLS, STAMP, ORGANIZER)) == []


@pytest.mark.parametrize("status", ["booked", "cancelled"], ids=["series booked", "cancelled"])
def test_a_series_file_of_several_sessions_passes_libicals_itip_check(status) -> None:
    sessions = [
        session(
            id=number,
            ics_uid=f"u-{number}@jointclass",
            status=status,
            confirmed_at=STAMP,
            start_utc=datetime(2027, 3, 9, tzinfo=UTC) + timedelta(weeks=number),
            end_utc=datetime(2027, 3, 9, 1, tzinfo=UTC) + timedelta(weeks=number),
        )
        for number in (7, 8, 9)
    ]
    [attachment] = series_invites(sessions, SCHOOLS, STAMP, 2, ORGANIZER)
    assert len(Calendar.from_ical(attachment.content).walk("VEVENT")) == 3
    assert itip_problems(attachment.content) == []


def test_libicals_check_refuses_what_rfc_5546_refuses() -> None:
    """The check is not vacuous: an invite without ORGANIZER (as the bot wrote them before) is
    refused, and so is a meeting request (METHOD:REQUEST) without attendees, which is why the
    bot, knowing no addresses, publishes."""
    published = invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER).decode()
    without_organizer = "\r\n".join(
        line for line in published.split("\r\n") if not line.startswith("ORGANIZER")
    )
    assert any("ORGANIZER" in p for p in itip_problems(without_organizer.encode()))
    request = published.replace("METHOD:PUBLISH", "METHOD:REQUEST")
    assert any("ATTENDEE" in p for p in itip_problems(request.encode()))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("exchange@sen.example", "mailto:exchange@sen.example"),
        ("MAILTO:exchange@sen.example", "mailto:exchange@sen.example"),
        (" mailto:exchange@sen.example ", "mailto:exchange@sen.example"),
    ],
)
def test_the_organizer_setting_takes_an_address_with_or_without_mailto(typed, kept) -> None:
    settings = Settings(_env_file=None, JOINTCLASS_CALENDAR_ORGANIZER=typed)  # type: ignore[call-arg]
    assert settings.calendar_organizer == kept


@pytest.mark.parametrize("typed", ["", "noreply", "no reply@x.example", "a@b", "<a@b.example>"])
def test_an_organizer_setting_that_is_no_address_is_refused_saying_so(typed) -> None:
    with pytest.raises(ValueError, match="JOINTCLASS_CALENDAR_ORGANIZER must be an e-mail"):
        Settings(_env_file=None, JOINTCLASS_CALENDAR_ORGANIZER=typed)  # type: ignore[call-arg]


def test_an_assisted_sessions_invite_names_its_assistant_and_nothing_else_changes() -> None:
    plain = invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER)
    _, event = event_of(invite_bytes(session(), SCHOOLS, STAMP, ORGANIZER, "Mina (Korean–English)"))
    lines = str(event["DESCRIPTION"]).splitlines()
    assert "Remote class assistant: Mina (Korean–English)" in lines
    _, without = event_of(plain)
    assert [line for line in lines if "assistant" not in line] == str(
        without["DESCRIPTION"]
    ).splitlines()
