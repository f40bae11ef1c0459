"""A program's assistants and the sessions they hold, read from storage as the values the rules
and the matcher work on. Before a change the approved assistants are locked for the
transaction, so that two offers or runs for one program take turns and neither breaks a rule
the other relied on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.assistants.people import as_assistant
from bot.assistants.values import AskingSession, Assignment, Assistant
from storage.engine import UnitOfWork
from storage.models import AssistantStatus, ClassAssistant
from storage.repositories.assistance import Asking, AssistantAssignments
from storage.repositories.assistants import ClassAssistants

# Sessions this long before the first one considered can still fill an assistant's month.
MONTH_BACK = timedelta(days=32)


@dataclass(frozen=True)
class Team:
    """The program's approved assistants, by id, as rows and as the rules read them."""

    rows: dict[int, ClassAssistant]
    values: tuple[Assistant, ...]

    def name(self, assistant_id: int) -> str:
        row = self.rows.get(assistant_id)
        return (row.display_name or row.user_id) if row else f"#{assistant_id}"


async def approved_team(db: UnitOfWork, program_id: int, *, lock: bool) -> Team:
    """The approved assistants; `lock` holds them until commit, for a change that relies on
    their schedules staying as read (an offer, a matching run that applies)."""
    assistants = ClassAssistants(db)
    rows = await (
        assistants.lock_approved(program_id)
        if lock
        else assistants.of_program(program_id, (AssistantStatus.APPROVED,))
    )
    ids = [row.id for row in rows if row.id is not None]
    served: dict[int, set[frozenset[str]]] = defaultdict(set)
    for assistant_id, first, second in await AssistantAssignments(db).served_pairs(ids):
        served[assistant_id].add(frozenset({first, second}))
    return Team(
        {row.id: row for row in rows if row.id is not None},
        tuple(as_assistant(row, served[row.id or 0]) for row in rows),
    )


def asking_session(asking: Asking, declined_by: Iterable[int] = ()) -> AskingSession:
    """A session that asks, as the rules read it."""
    request, session, partnership = asking
    assert session.id is not None  # a stored row
    return AskingSession(
        session.id,
        session.start_utc,
        session.end_utc,
        (request.first_language, request.second_language),
        frozenset({partnership.school_a, partnership.school_b}),
        frozenset(declined_by),
    )


async def held(
    db: UnitOfWork, assistant_ids: Iterable[int], *, from_: datetime
) -> list[Assignment]:
    """The assistants' offered and accepted sessions from a month before `from_` on: what
    their clashes and monthly caps count."""
    placed = await AssistantAssignments(db).live_placed(
        assistant_ids, ending_after=from_ - MONTH_BACK
    )
    return [
        Assignment(asking_session((request, session, partnership)), assignment.assistant_id)
        for assignment, request, session, partnership in placed
    ]
