"""How an exchange session reads in replies, notifications and `data`: always in both zones,
the reader's school first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from textwrap import indent
from typing import Any

from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Argument, Localizable, Message, Renderer
from bot.i18n.time_text import CityOf, DayOf, TimeSpan
from bot.i18n.translator import english_only
from bot.schools.profile import SchoolProfile
from bot.sessions.slots import outside_class_hours
from bot.times.display import OffsetNote, Place, local_times, span
from storage.models import ExchangeSession, School, SessionStatus, Within

PROGRAM_TYPES = (
    "presentation",
    "discussion",
    "cultural_exchange",
    "recreation",
    "joint_production",
)


@dataclass(frozen=True)
class ProgramTypeLabel:
    """A program type as a message argument: `Cultural exchange`, `문화 교류`; a type the
    programs do not name (a teacher's own agenda template) reads as written."""

    program_type: str

    def localized(self, language: Language, translator: Renderer) -> str:
        if self.program_type not in PROGRAM_TYPES:
            return self.program_type.replace("_", " ").capitalize()
        return translator.render(Message("meetings-program-type", type=self.program_type), language)


def program_type_label(program_type: str) -> str:
    """In English, for areas that still write English."""
    return ProgramTypeLabel(program_type).localized(ENGLISH, english_only())


@dataclass(frozen=True)
class FollowingLines:
    """Whole messages (or texts written per language, as a reminder plan's notes), each on a
    line of its own after the sentence before the argument; nothing when there are none."""

    lines: Sequence[Message | Localizable]

    def localized(self, language: Language, translator: Renderer) -> str:
        written = [
            translator.render(line, language)
            if isinstance(line, Message)
            else line.localized(language, translator)
            for line in self.lines
        ]
        return "".join(f"\n{line}" for line in written)


@dataclass(frozen=True)
class IndentedLines:
    """Whole messages one under another, indented, as a message argument."""

    lines: Sequence[Message]
    prefix: str = "    "

    def localized(self, language: Language, translator: Renderer) -> str:
        written = [translator.render(line, language) for line in self.lines]
        return indent("\n".join(written), self.prefix)


def offset_note(note: OffsetNote) -> Message:
    """`Note: New York moves to EDT on Sun 14 Mar 2027; times after that are shifted by one
    hour relative to Seoul.`"""
    shared: dict[str, Argument | Message] = {
        "city": CityOf(note.place),
        "zone": note.change.after,
        "day": DayOf(note.change.day, year=True),
        "other_city": CityOf(note.other),
    }
    if note.relative_minutes == 0:
        return Message("meetings-offset-same-day", **shared)
    return Message("meetings-offset-shift", **shared, shift=_shift(note.relative_minutes))


def _shift(minutes: int) -> Message:
    hours, rest = divmod(abs(minutes), 60)
    if not rest and hours in (1, 2):
        return Message("meetings-shift-hours", hours=hours)
    if not hours:
        return Message("meetings-shift-minutes", minutes=str(rest))
    return Message("meetings-shift-hours-minutes", hours=str(hours), minutes=f"{rest:02d}")


def when(session: ExchangeSession, reader: School, other: School) -> str:
    """`Tue 9 Mar 09:00–10:00 KST (Seoul) · Tue 9 Mar 09:00–10:00 JST (Osaka)`."""
    return span(session.start_utc, session.end_utc, (Place.of(reader), Place.of(other)))


def time_of(session: ExchangeSession, reader: School, other: School) -> TimeSpan:
    """The session's time as a message argument, in both zones, the reader's first."""
    return TimeSpan(session.start_utc, session.end_utc, (Place.of(reader), Place.of(other)))


def status_message(session: ExchangeSession, reader: School, other: School) -> Message:
    if session.status == SessionStatus.PENDING:
        if session.proposed_by_school == reader.id:
            return Message("meetings-status-waiting-for-partner", partner=other.name)
        return Message("meetings-status-waiting-for-you", id=str(session.id))
    if session.status == SessionStatus.CANCELLED:
        if session.cancel_reason:
            return Message("meetings-status-cancelled-because", reason=session.cancel_reason)
        return Message("meetings-status-cancelled")
    return Message("meetings-status-booked")


def details_message(session: ExchangeSession) -> Message:
    """`Cultural exchange · topic: school life · video: https://…`."""
    shared: dict[str, Argument | Message] = {
        "type": ProgramTypeLabel(session.program_type),
        "topic": session.topic or Message("meetings-topic-to-be-agreed"),
    }
    video, agenda = session.video_link, session.agenda_link
    if video and agenda:
        return Message("meetings-details-video-agenda", **shared, video=video, agenda=agenda)
    if video:
        return Message("meetings-details-video", **shared, video=video)
    if agenda:
        return Message("meetings-details-agenda", **shared, agenda=agenda)
    return Message("meetings-details", **shared)


def after_school_note(start: datetime, end: datetime, *schools: SchoolProfile) -> Message | None:
    """`(after school in Paris)`: whose after-school hours a meeting uses; None if none's."""
    cities = [
        CityOf(Place.of(school)) for school in schools if outside_class_hours(school, start, end)
    ]
    if len(cities) > 1:
        return Message("meetings-after-school-in-both", city=cities[0], other_city=cities[1])
    return Message("meetings-after-school-in", city=cities[0]) if cities else None


def time_line(
    start: datetime, end: datetime, places: Sequence[Place], note: Message | None
) -> Message:
    """A meeting's time in every place, then whose after-school hours it uses."""
    time = TimeSpan(start, end, tuple(places))
    if note is None:
        return Message("meetings-time", time=time)
    return Message("meetings-time-after-school", time=time, after_school=note)


def describe(session: ExchangeSession, reader: School, other: School) -> SessionText:
    return SessionText(session, reader, other)


@dataclass(frozen=True)
class SessionText:
    """Three lines, as a message argument: number, partner and status, then the time in both
    zones and the details."""

    session: ExchangeSession
    reader: School
    other: School

    def localized(self, language: Language, translator: Renderer) -> str:
        session, reader, other = self.session, self.reader, self.other
        note = (
            after_school_note(
                session.start_utc,
                session.end_utc,
                SchoolProfile.of(reader),
                SchoolProfile.of(other),
            )
            if session.within == Within.AFTER_SCHOOL
            else None
        )
        places = (Place.of(reader), Place.of(other))
        head = Message(
            "meetings-session-head",
            id=str(session.id),
            partner=other.name,
            status=status_message(session, reader, other),
        )
        body = IndentedLines(
            (time_line(session.start_utc, session.end_utc, places, note), details_message(session))
        )
        return translator.render(Message("meetings-session", head=head, body=body), language)


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
