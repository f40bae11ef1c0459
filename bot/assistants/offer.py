"""An assistant for a new booking at once, when one is free, leaving every existing assignment
where it is (a coordinator's rerun of the matching may move them).

Among the assistants who can take it, the one with the fewest sessions now is offered, so the
largest load grows as little as it can, then one who already knows the pair, then the lowest
id; when nobody can, the reason says why, as for the matching's uncovered sessions.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.assistants.reasons import Uncovered, explain
from bot.assistants.rules import obstacle, schedules
from bot.assistants.values import AskingSession, Assignment, Assistant


def offer(
    session: AskingSession, assistants: Iterable[Assistant], assignments: Iterable[Assignment]
) -> Assignment | Uncovered:
    assistants, assignments = list(assistants), list(assignments)
    theirs = schedules(assignments, leaving_out=session.id)
    free = [a for a in assistants if obstacle(a, session, theirs.get(a.id, [])) is None]
    if not free:
        return Uncovered(session, explain(session, assistants, assignments))
    best = min(
        free,
        key=lambda a: (len(theirs.get(a.id, [])), session.schools not in a.served_pairs, a.id),
    )
    return Assignment(session, best.id)
