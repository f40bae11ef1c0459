"""A session that asks for an assistant, with both its schools, as every message about its
assistance shows it: the pair home side first, the times in both schools' zones, or in the
assistant's own zone first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.i18n.messages import Argument
from bot.i18n.time_text import TimeSpan
from bot.reminders.session_facts import home_first
from bot.times.display import Place, own_first
from bot.times.geography import LanguagePairName, language_pair_name
from storage.engine import UnitOfWork
from storage.models import AssistanceRequest, ExchangeSession, Partnership, School
from storage.repositories.assistance import Asking, AssistanceRequests, AssistantAssignments
from storage.repositories.schools import Schools


@dataclass(frozen=True)
class AskedSession:
    request: AssistanceRequest
    session: ExchangeSession
    partnership: Partnership
    home: School  # the home-side school, shown first
    partner: School

    @property
    def id(self) -> int:
        assert self.session.id is not None  # a stored row
        return self.session.id

    @property
    def asking(self) -> Asking:
        return self.request, self.session, self.partnership

    @property
    def languages(self) -> tuple[str, str]:
        return self.request.first_language, self.request.second_language

    @property
    def language_words(self) -> LanguagePairName:
        """`Korean–Japanese` in the reader's language."""
        return LanguagePairName(self.languages)

    @property
    def pair(self) -> str:
        return f"{self.home.name} × {self.partner.name}"

    @property
    def schools(self) -> tuple[School, School]:
        return self.home, self.partner

    def places(self) -> tuple[Place, Place]:
        return Place.of(self.home), Place.of(self.partner)

    def when(self, own: Place | None = None) -> TimeSpan:
        """In both schools' zones, or in `own` first (an assistant's) and then theirs, as the
        reader's language writes times."""
        places = own_first(own, self.places()) if own else self.places()
        return TimeSpan(self.session.start_utc, self.session.end_utc, places, year=True)

    def listed(self) -> dict[str, Argument]:
        """The arguments of a line that lists the session: `#12 A × B, <when>, <languages>`."""
        return {
            "id": str(self.id),
            "pair": self.pair,
            "when": self.when(),
            "languages": self.language_words,
        }

    def data(self) -> dict[str, Any]:
        return {
            "session_id": self.id,
            "pair": self.pair,
            "languages": list(self.languages),
            "start_utc": self.session.start_utc.isoformat(),
            "end_utc": self.session.end_utc.isoformat(),
            "status": self.session.status,
        }


async def asked_sessions(db: UnitOfWork, askings: Sequence[Asking]) -> list[AskedSession]:
    """The asks with their schools, in the order given; one query for all the schools."""
    ids = {school for _, _, p in askings for school in (p.school_a, p.school_b)}
    schools = await Schools(db).by_ids(ids)
    found = []
    for request, session, partnership in askings:
        home, partner = home_first(schools[partnership.school_a], schools[partnership.school_b])
        found.append(AskedSession(request, session, partnership, home, partner))
    return found


async def asked_session(db: UnitOfWork, session_id: int) -> AskedSession | None:
    asking = await AssistanceRequests(db).one(session_id)
    return (await asked_sessions(db, [asking]))[0] if asking else None


async def assistant_label(db: UnitOfWork, session_id: int) -> str | None:
    """`Mina (Korean–Japanese)`: the assistant who accepted the session, as teachers and
    calendar invites may name them; None when nobody did."""
    serving = (await AssistantAssignments(db).serving([session_id])).get(session_id)
    if serving is None:
        return None
    _, request, row = serving
    pair = language_pair_name((request.first_language, request.second_language))
    return f"{row.display_name or row.user_id} ({pair})"
