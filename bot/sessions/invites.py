"""Calendar invites (.ics) for exchange sessions, so the time lands in both teachers' calendars.

The UID is the session's for its whole life and SEQUENCE grows with every reschedule, so a
calendar that imports a later file updates the event it already has instead of adding a second
one; a cancelled session's file says METHOD:CANCEL and STATUS:CANCELLED so it is removed. The
bot knows no e-mail addresses, hence no ORGANIZER or ATTENDEEs and METHOD:PUBLISH for live
sessions: the file is an announcement to import, not a meeting request to answer.
"""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event
from icalendar.enums import STATUS

from bot.core.reply import Attachment
from bot.sessions.session_text import program_type_label
from bot.times.display import Place, span_at_place
from storage.models import ExchangeSession, School, SessionStatus

PRODID = "-//Joint Class Bot//Online school exchanges//EN"
MEDIA_TYPE = "text/calendar"


def summary(session: ExchangeSession, schools: tuple[School, School]) -> str:
    return (
        f"Online exchange: {schools[0].name} × {schools[1].name} — "
        f"{program_type_label(session.program_type)}"
    )


def description(session: ExchangeSession, schools: tuple[School, School]) -> str:
    """The event's text: both local times, what it is about, where to join, and where the
    agenda is (its link, else the command that shows the bot's day-of plan)."""
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
    lines.append(
        f"Agenda: {session.agenda_link}"
        if session.agenda_link
        else f"Agenda: the day-of plan, with `/exchange agenda show {session.id}`"
    )
    lines.append(f"Session #{session.id} · Joint Class Bot (/exchange sessions)")
    return "\n".join(lines)


def invite_bytes(
    session: ExchangeSession, schools: tuple[School, School], stamp: datetime
) -> bytes:
    cancelled = session.status == SessionStatus.CANCELLED
    event = Event.new(
        uid=session.ics_uid,
        stamp=stamp,
        start=session.start_utc,
        end=session.end_utc,
        sequence=session.ics_sequence,
        summary=summary(session, schools),
        description=description(session, schools),
        status=STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
        location=session.video_link or None,
        url=session.video_link or None,
    )
    calendar = Calendar.new(
        uid=f"calendar-{session.ics_uid}",  # not random, so the same session gives the same file
        prodid=PRODID,
        method="CANCEL" if cancelled else "PUBLISH",
        subcomponents=[event],
    )
    return calendar.to_ical()


def invite(session: ExchangeSession, schools: tuple[School, School], stamp: datetime) -> Attachment:
    """The .ics as a reply attachment; `schools` in the partnership's order, so every copy of
    the invite reads the same."""
    kind = "cancellation" if session.status == SessionStatus.CANCELLED else "invite"
    return Attachment(
        filename=f"exchange-session-{session.id}.ics",
        content=invite_bytes(session, schools, stamp),
        media_type=MEDIA_TYPE,
        title=f"Calendar {kind} for session #{session.id}",
    )
