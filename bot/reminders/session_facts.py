"""A session with what its reminders need: both schools, their teachers, coordinators, channel,
and the remote class assistant who accepted it (read from storage: reminders sit beneath
`bot.assistants` and never import it).

Loaded for many sessions at once (a handful of queries per batch, not per reminder), because a
thousand reminders can come due in the same minute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.outbox import Recipient
from bot.reminders.plan import Clock, SessionTimes
from bot.schools.closed_days import SchoolCalendar
from bot.schools.profile import SchoolProfile
from bot.times.display import Place, own_first
from bot.times.local_time import city_of
from storage.engine import UnitOfWork
from storage.models import (
    AssistanceRequest,
    AssistantAssignment,
    ClassAssistant,
    Coordinator,
    ExchangeSession,
    Membership,
    Partnership,
    PartnershipStatus,
    Program,
    School,
    SessionStatus,
    Side,
    TargetKind,
)
from storage.repositories.assistance import AssistantAssignments
from storage.repositories.coordinators import Coordinators
from storage.repositories.members import Members
from storage.repositories.partnerships import Partnerships
from storage.repositories.programs import Programs
from storage.repositories.schools import Schools


@dataclass(frozen=True)
class OnDuty:
    """The assistant who accepted the session. Teachers read their name and the languages they
    interpret, nothing else; the reminders reach them in their own zone."""

    id: int
    name: str
    languages: tuple[str, str]  # interpreted between
    timezone: str
    recipient: Recipient

    @classmethod
    def of(cls, row: ClassAssistant, languages: tuple[str, str]) -> OnDuty:
        assert row.id is not None  # a stored row
        return cls(
            row.id,
            row.display_name or row.user_id,
            languages,
            row.timezone,
            Recipient(row.platform, row.workspace, TargetKind.USER, row.user_id),
        )

    @property
    def place(self) -> Place:
        return Place(self.timezone, city_of(self.timezone))


@dataclass(frozen=True)
class SessionFacts:
    session: ExchangeSession
    partnership: Partnership
    program: Program
    home: School  # the home-side school: its zone governs the channel and the coordinators
    partner: School
    teachers: dict[str, list[Membership]]  # by school id
    coordinators: list[Coordinator]
    assistant: OnDuty | None = None  # the remote class assistant who accepted it

    @property
    def schools(self) -> tuple[School, School]:
        return self.home, self.partner

    def school(self, school_id: str) -> School:
        return self.home if school_id == self.home.id else self.partner

    def other(self, school: School) -> School:
        return self.partner if school.id == self.home.id else self.home

    def places(self, first: School | None = None) -> tuple[Place, Place]:
        """Both schools' places, `first` (the reader's school) first, else the home side."""
        first = first or self.home
        return Place.of(first), Place.of(self.other(first))

    def assistant_places(self) -> tuple[Place, ...]:
        """For the assistant: their own zone first, then the schools' (home side first) that
        are in another zone."""
        assert self.assistant is not None
        return own_first(self.assistant.place, self.places())

    @property
    def live(self) -> bool:
        """Booked, and the two schools are still partners: its reminders still make sense."""
        return (
            self.session.status == SessionStatus.BOOKED
            and self.partnership.status == PartnershipStatus.ACTIVE
        )

    @property
    def pair(self) -> str:
        return f"{self.home.name} × {self.partner.name}"

    @property
    def times(self) -> SessionTimes:
        clocks = {
            school.id: Clock(school.timezone, SchoolCalendar.of(SchoolProfile.of(school)))
            for school in self.schools
        }
        return SessionTimes(
            start=self.session.start_utc,
            end=self.session.end_utc,
            home=clocks[self.home.id],
            schools=tuple(clocks.items()),
            assistant=(self.assistant.id, self.assistant.timezone) if self.assistant else None,
        )

    @property
    def channel(self) -> Recipient | None:
        p = self.partnership
        if not (p.channel_platform and p.channel_id):
            return None
        return Recipient(
            p.channel_platform, p.channel_workspace or "", TargetKind.CHANNEL, p.channel_id
        )

    def teachers_of(self, school_id: str) -> list[Recipient]:
        return [
            Recipient(m.platform, m.workspace, TargetKind.USER, m.user_id)
            for m in self.teachers.get(school_id, [])
        ]

    def recipients(self) -> list[Recipient]:
        """Everyone its reminders may reach in person: teachers, coordinators, assistant."""
        people = [r for school in self.schools for r in self.teachers_of(school.id)]
        people += self.coordinator_recipients()
        return people + ([self.assistant.recipient] if self.assistant else [])

    def coordinator_recipients(self) -> list[Recipient]:
        return [
            Recipient(c.platform, c.workspace, TargetKind.USER, c.user_id)
            for c in self.coordinators
        ]


def home_first(first: School, second: School) -> tuple[School, School]:
    """The home-side school first; when both or neither are, the pair's first school."""
    if second.side == Side.HOME and first.side != Side.HOME:
        return second, first
    return first, second


async def load_facts(
    db: UnitOfWork, sessions: Sequence[ExchangeSession]
) -> dict[int, SessionFacts]:
    """Facts for each session, by session id, in six queries whatever the number."""
    partnerships = await Partnerships(db).by_ids({s.partnership_id for s in sessions})
    school_ids = {p.school_a for p in partnerships.values()} | {
        p.school_b for p in partnerships.values()
    }
    schools = await Schools(db).by_ids(school_ids)
    programs = await Programs(db).by_ids({p.program_id for p in partnerships.values()})
    members: dict[str, list[Membership]] = {}
    for member in await Members(db).of_schools(school_ids):
        members.setdefault(member.school_id, []).append(member)
    coordinators: dict[int, list[Coordinator]] = {}
    for coordinator in await Coordinators(db).of_programs(programs):
        coordinators.setdefault(coordinator.program_id, []).append(coordinator)
    serving = await AssistantAssignments(db).serving(s.id for s in sessions if s.id is not None)
    facts = {}
    for session in sessions:
        assert session.id is not None  # stored sessions have ids
        partnership = partnerships[session.partnership_id]
        home, partner = home_first(schools[partnership.school_a], schools[partnership.school_b])
        facts[session.id] = SessionFacts(
            session=session,
            partnership=partnership,
            program=programs[partnership.program_id],
            home=home,
            partner=partner,
            teachers={s.id: sorted(members.get(s.id, []), key=_by_row) for s in (home, partner)},
            coordinators=sorted(coordinators.get(partnership.program_id, []), key=_by_row),
            assistant=_on_duty(serving.get(session.id)),
        )
    return facts


async def load_one(db: UnitOfWork, session: ExchangeSession) -> SessionFacts:
    [facts] = (await load_facts(db, [session])).values()
    return facts


def _by_row(row: Membership | Coordinator) -> int:
    return row.id or 0


def _on_duty(
    serving: tuple[AssistantAssignment, AssistanceRequest, ClassAssistant] | None,
) -> OnDuty | None:
    if serving is None:
        return None
    _, request, row = serving
    return OnDuty.of(row, (request.first_language, request.second_language))
