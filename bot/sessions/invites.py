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

SUMMARY and DESCRIPTION are written for their readers: the teacher who asks, in their language,
and both schools' languages one after the other when the file is asked for in the joint channel;
every machine field (UID, SEQUENCE, METHOD, STATUS, times) is the same whoever reads it.

A series gets no recurring event: each of its sessions is an event of its own (UID, SEQUENCE,
CANCEL), exactly as a single session, and one file may carry several of them (README, "Series
of sessions", says why).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress
from icalendar.enums import STATUS

from bot.core.reply import Attachment
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.time_text import TimeSpan
from bot.i18n.translator import english_only
from bot.sessions.session_text import IndentedLines, ProgramTypeLabel
from bot.times.display import Place
from storage.models import ExchangeSession, School, SessionStatus

PRODID = "-//Joint Class Bot//Online school exchanges//EN"
MEDIA_TYPE = "text/calendar"
ORGANIZER_NAME = "Joint Class Bot"
ALARM_BEFORE = timedelta(minutes=15)  # time to open the video call and check the sound


@dataclass(frozen=True)
class Readers:
    """Who reads an invite's words: one language, or both schools' (the joint channel's), in
    order; each text is written once per language, the same texts said once."""

    languages: Sequence[Language] = (ENGLISH,)
    translator: Renderer | None = None

    def written(self, message: Message, separator: str) -> str:
        renderer = self.translator or english_only()
        texts = [renderer.render(message, language) for language in self.languages]
        return separator.join(dict.fromkeys(texts))

    def first(self, message: Message) -> str:
        return (self.translator or english_only()).render(message, self.languages[0])


def _summary(session: ExchangeSession, schools: tuple[School, School]) -> Message:
    return Message(
        "meetings-invite-summary",
        school=schools[0].name,
        partner=schools[1].name,
        type=ProgramTypeLabel(session.program_type),
    )


def _description(
    session: ExchangeSession, schools: tuple[School, School], assistant: str | None = None
) -> Message:
    """The event's text: both local times, what it is about, where to join, who interprets
    (`assistant`: a name and languages, as teachers may read them), and where the agenda is
    (its link, else the command that shows the bot's day-of plan)."""
    lines = [
        _summary(session, schools),
        Message(
            "meetings-invite-topic", topic=session.topic or Message("meetings-topic-to-be-agreed")
        ),
        *(
            Message(
                "meetings-invite-school-time",
                school=school.name,
                time=TimeSpan(session.start_utc, session.end_utc, (Place.of(school),), year=True),
            )
            for school in schools
        ),
    ]
    if session.video_link:
        lines.append(Message("meetings-invite-video", link=session.video_link))
    if assistant:
        lines.append(Message("meetings-invite-assistant", assistant=assistant))
    lines.append(
        Message("meetings-invite-agenda-link", link=session.agenda_link)
        if session.agenda_link
        else Message("meetings-invite-agenda-plan", id=str(session.id))
    )
    lines.append(Message("meetings-invite-footer", id=str(session.id)))
    return Message("meetings-invite-description", lines=IndentedLines(lines, prefix=""))


def _event(
    session: ExchangeSession,
    schools: tuple[School, School],
    stamp: datetime,
    organizer: str,
    readers: Readers,
    assistant: str | None = None,
) -> Event:
    cancelled = session.status == SessionStatus.CANCELLED
    event = Event.new(
        uid=session.ics_uid,
        stamp=stamp,
        start=session.start_utc,
        end=session.end_utc,
        sequence=session.ics_sequence,
        summary=readers.written(_summary(session, schools), " / "),
        description=readers.written(_description(session, schools, assistant), "\n\n"),
        status=STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
        location=session.video_link or None,
        url=session.video_link or None,
        organizer=vCalAddress.new(organizer.removeprefix("mailto:"), cn=ORGANIZER_NAME),
    )
    if not cancelled:
        event.add_component(_alarm(session, schools, readers))
    return event


def _alarm(session: ExchangeSession, schools: tuple[School, School], readers: Readers) -> Alarm:
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("TRIGGER", -ALARM_BEFORE)
    minutes = str(ALARM_BEFORE.seconds // 60)
    soon = Message("meetings-invite-alarm", minutes=minutes, summary=_summary(session, schools))
    alarm.add("DESCRIPTION", readers.first(soon))
    return alarm


def calendar_bytes(
    sessions: Sequence[ExchangeSession],
    schools: tuple[School, School],
    stamp: datetime,
    uid: str,
    organizer: str,
    assistants: Mapping[int | None, str | None] | None = None,
    readers: Readers = Readers(),
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
            _event(session, schools, stamp, organizer, readers, (assistants or {}).get(session.id))
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
    readers: Readers = Readers(),
) -> bytes:
    return calendar_bytes(
        [session],
        schools,
        stamp,
        f"calendar-{session.ics_uid}",
        organizer,
        {session.id: assistant},
        readers,
    )


def invite(
    session: ExchangeSession,
    schools: tuple[School, School],
    stamp: datetime,
    organizer: str,
    assistant: str | None = None,
    readers: Readers = Readers(),
) -> Attachment:
    """The .ics as a reply attachment; `schools` in the partnership's order, so every copy of
    the invite reads the same; its title in the first reader's language."""
    cancelled = session.status == SessionStatus.CANCELLED
    version = f"seq{session.ics_sequence}" + ("-cancelled" if cancelled else "")
    title = Message(
        "meetings-invite-title",
        kind="cancellation" if cancelled else "invite",
        id=str(session.id),
        version=str(session.ics_sequence),
    )
    return Attachment(
        filename=f"exchange-session-{session.id}-{version}.ics",
        content=invite_bytes(session, schools, stamp, organizer, assistant, readers),
        media_type=MEDIA_TYPE,
        title=readers.first(title),
    )


def series_invites(
    sessions: Sequence[ExchangeSession],
    schools: tuple[School, School],
    stamp: datetime,
    series_id: int,
    organizer: str,
    readers: Readers = Readers(),
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
                        readers=readers,
                    ),
                    media_type=MEDIA_TYPE,
                    title=readers.first(
                        Message(
                            "meetings-series-invites-title",
                            kind=kind,
                            count=len(group),
                            series=str(series_id),
                        )
                    ),
                )
            )
    return tuple(files)
