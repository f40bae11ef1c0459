"""Calendar invites (.ics) for exchange sessions, so the time lands in both teachers' calendars.

The UID is the session's for its whole life and SEQUENCE grows with every reschedule, so a
calendar that imports a later file updates the event it already has instead of adding a second
one; a cancelled session's file says METHOD:CANCEL and STATUS:CANCELLED so it is removed. Each
version's file name carries its sequence, so a teacher can tell the newest from the rest.

The bot knows no teacher's e-mail address, hence no ATTENDEEs and METHOD:PUBLISH for live
sessions: the file is an announcement to import, not a meeting request to answer. RFC 5546
still wants an ORGANIZER on every published or cancelled event, and clients that check it
ignore files without one: `JOINTCLASS_CALENDAR_ORGANIZER`, a no-reply address by default. A
live session's event carries an alarm before it starts; a cancellation carries none (iTIP
allows no VALARM in CANCEL).

A series gets no recurring event: each of its sessions is an event of its own (UID, SEQUENCE,
CANCEL), exactly as a single session, and one file may carry several of them (README, "Series
of sessions", says why).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress
from icalendar.enums import STATUS

from bot.core.reply import Attachment
from bot.sessions.session_text import program_type_label
from bot.times.display import Place, span_at_place
from storage.models import ExchangeSession, School, SessionStatus

PRODID = "-//Joint Class Bot//Online school exchanges//EN"
MEDIA_TYPE = "text/calendar"
ORGANIZER_NAME = "Joint Class Bot"
ALARM_BEFORE = timedelta(minutes=15)  # time to open the video call and check the sound


def summary(session: ExchangeSession, schools: tuple[School, School]) -> str:
    return (
        f"Online exchange: {schools[0].name} × {schools[1].name} — "
        f"{program_type_label(session.program_type)}"
    )


def description(
    session: ExchangeSession, schools: tuple[School, School], assistant: str | None = None
) -> str:
    """The event's text: both local times, what it is about, where to join, who interprets
    (`assistant`: a name and languages, as teachers may read them), and where the agenda is
    (its link, else the command that shows the bot's day-of plan)."""
    lines = [
        summary(session, schools),
        f"Topic: {session.topic or 'to be agreed'}",
        *(
            f"{school.name}: "
            f"{span_at_place(session.start_utc, session.end_utc, Place.of(school), year=True)}"
            for school in schools
        ),
    ]
    if session.video_link:
        lines.append(f"Video call: {session.video_link}")
    if assistant:
        lines.append(f"Remote class assistant: {assistant}")
    lines.append(
        f"Agenda: {session.agenda_link}"
        if session.agenda_link
        else f"Agenda: the day-of plan, with `/exchange agenda show {session.id}`"
    )
    lines.append(f"Session #{session.id} · Joint Class Bot (/exchange sessions)")
    return "\n".join(lines)


def _event(
    session: ExchangeSession,
    schools: tuple[School, School],
    stamp: datetime,
    organizer: str,
    assistant: str | None = None,
) -> Event:
    cancelled = session.status == SessionStatus.CANCELLED
    event = Event.new(
        uid=session.ics_uid,
        stamp=stamp,
        start=session.start_utc,
        end=session.end_utc,
        sequence=session.ics_sequence,
        summary=summary(session, schools),
        description=description(session, schools, assistant),
        status=STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
        location=session.video_link or None,
        url=session.video_link or None,
        organizer=vCalAddress.new(organizer.removeprefix("mailto:"), cn=ORGANIZER_NAME),
    )
    if not cancelled:
        event.add_component(_alarm(session, schools))
    return event


def _alarm(session: ExchangeSession, schools: tuple[School, School]) -> Alarm:
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("TRIGGER", -ALARM_BEFORE)
    alarm.add(
        "DESCRIPTION", f"In {ALARM_BEFORE.seconds // 60} minutes: {summary(session, schools)}"
    )
    return alarm


def calendar_bytes(
    sessions: Sequence[ExchangeSession],
    schools: tuple[School, School],
    stamp: datetime,
    uid: str,
    organizer: str,
    assistants: Mapping[int | None, str | None] | None = None,
) -> bytes:
    """One calendar with an event per session, each with its own UID and SEQUENCE; all of them
    cancelled (METHOD:CANCEL) or none (METHOD:PUBLISH), since a file has one method.
    `organizer` is a `mailto:` address (the settings make sure); `assistants` names, by session
    id, who interprets (as teachers may read it)."""
    cancelled = {session.status == SessionStatus.CANCELLED for session in sessions}
    assert len(cancelled) == 1, "a calendar file holds live or cancelled sessions, not both"
    calendar = Calendar.new(
        uid=uid,  # not random, so the same sessions give the same file
        prodid=PRODID,
        method="CANCEL" if cancelled == {True} else "PUBLISH",
        subcomponents=[
            _event(session, schools, stamp, organizer, (assistants or {}).get(session.id))
            for session in sessions
        ],
    )
    return calendar.to_ical()


def invite_bytes(
    session: ExchangeSession,
    schools: tuple[School, School],
    stamp: datetime,
    organizer: str,
    assistant: str | None = None,
) -> bytes:
    return calendar_bytes(
        [session],
        schools,
        stamp,
        f"calendar-{session.ics_uid}",
        organizer,
        {session.id: assistant},
    )


def invite(
    session: ExchangeSession,
    schools: tuple[School, School],
    stamp: datetime,
    organizer: str,
    assistant: str | None = None,
) -> Attachment:
    """The .ics as a reply attachment; `schools` in the partnership's order, so every copy of
    the invite reads the same."""
    cancelled = session.status == SessionStatus.CANCELLED
    kind = "cancellation" if cancelled else "invite"
    version = f"seq{session.ics_sequence}" + ("-cancelled" if cancelled else "")
    return Attachment(
        filename=f"exchange-session-{session.id}-{version}.ics",
        content=invite_bytes(session, schools, stamp, organizer, assistant),
        media_type=MEDIA_TYPE,
        title=f"Calendar {kind} for session #{session.id} (version {session.ics_sequence})",
    )


def series_invites(
    sessions: Sequence[ExchangeSession],
    schools: tuple[School, School],
    stamp: datetime,
    series_id: int,
    organizer: str,
) -> tuple[Attachment, ...]:
    """Sessions of one series as at most two files: the booked ones' invites (PUBLISH) and the
    cancellations of those that had been booked (CANCEL). Never-confirmed sessions were never
    in a calendar, so they are left out."""
    booked = [s for s in sessions if s.status == SessionStatus.BOOKED]
    dropped = [
        s for s in sessions if s.status == SessionStatus.CANCELLED and s.confirmed_at is not None
    ]
    files = []
    for kind, group in (("invites", booked), ("cancellations", dropped)):
        if group:
            first = group[0]
            files.append(
                Attachment(
                    filename=f"exchange-series-{series_id}-from-{first.id}-{kind}.ics",
                    content=calendar_bytes(
                        group,
                        schools,
                        stamp,
                        f"calendar-series-{series_id}-{kind}-{first.ics_uid}",
                        organizer,
                    ),
                    media_type=MEDIA_TYPE,
                    title=f"Calendar {kind} for {len(group)} session"
                    + ("" if len(group) == 1 else "s")
                    + f" of series #{series_id}",
                )
            )
    return tuple(files)
