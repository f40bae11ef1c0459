"""Every rule an assignment list breaks, found independently of how it was made: the solver's
result, a coordinator's hand edits and the kept assignments are all checked the same way."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.assistants.rules import Month, Obstacle, clashing_pairs, eligibility, month_of
from bot.assistants.values import AskingSession, Assignment, Assistant, session_order


class Bookkeeping(StrEnum):
    """Broken rules about the list itself rather than one assistant's schedule."""

    UNKNOWN_ASSISTANT = "unknown_assistant"
    TWO_ASSISTANTS = "two_assistants"  # one session assigned more than once


@dataclass(frozen=True)
class BrokenRule:
    rule: Obstacle | Bookkeeping
    assistant_id: int | None  # None when several assistants share the session
    sessions: tuple[int, ...]


def broken_rules(
    assignments: Iterable[Assignment], assistants: Iterable[Assistant]
) -> list[BrokenRule]:
    """Each broken rule once, sessions by id; an empty list means every rule holds."""
    known = {assistant.id: assistant for assistant in assistants}
    found: list[BrokenRule] = []
    by_session: dict[int, list[Assignment]] = defaultdict(list)
    by_assistant: dict[int, list[AskingSession]] = defaultdict(list)
    for assignment in assignments:
        by_session[assignment.session.id].append(assignment)
        by_assistant[assignment.assistant_id].append(assignment.session)
    for session_id, shared in sorted(by_session.items()):
        if len(shared) > 1:
            found.append(BrokenRule(Bookkeeping.TWO_ASSISTANTS, None, (session_id,)))
    for assistant_id, sessions in sorted(by_assistant.items()):
        assistant = known.get(assistant_id)
        if assistant is None:
            ids = tuple(sorted(session.id for session in sessions))
            found.append(BrokenRule(Bookkeeping.UNKNOWN_ASSISTANT, assistant_id, ids))
        else:
            found.extend(_schedule_breaks(assistant, sessions))
    return found


def _schedule_breaks(assistant: Assistant, sessions: list[AskingSession]) -> list[BrokenRule]:
    found = []
    ordered = sorted(sessions, key=session_order)
    for session in ordered:
        unfit = eligibility(assistant, session)
        if unfit is not None:
            found.append(BrokenRule(unfit, assistant.id, (session.id,)))
    for i, j in clashing_pairs(ordered):
        found.append(BrokenRule(Obstacle.BUSY, assistant.id, (ordered[i].id, ordered[j].id)))
    months: dict[Month, list[int]] = defaultdict(list)
    for session in ordered:
        months[month_of(assistant, session)].append(session.id)
    for month in sorted(months):
        if len(months[month]) > assistant.max_per_month:
            found.append(BrokenRule(Obstacle.MONTHLY_CAP, assistant.id, tuple(months[month])))
    return found
