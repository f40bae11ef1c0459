"""Last year's pairs that continue: the pairs of an earlier program whose two schools applied
again (they now belong to this year's program, same school ids) and both want to continue,
read from their feedback on the pair's sessions (`bot.schools.stages.continuing_schools`)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from bot.matching.tieup import Pair
from bot.schools.profile import split_list
from bot.schools.stages import continuing_schools
from storage.engine import UnitOfWork
from storage.models import FeedbackAnswer, Program
from storage.repositories.feedback import FeedbackAnswers
from storage.repositories.partnerships import Partnerships
from storage.repositories.sessions import ExchangeSessions

logger = logging.getLogger(__name__)


async def continuing_pairs(
    db: UnitOfWork, last_year: Program, applied_again: Iterable[str]
) -> set[Pair]:
    """The pairs of `last_year` that continue, leaving out pairs that are partners still (they
    hold their places already and are not made twice)."""
    assert last_year.id is not None
    applied = set(applied_again)
    partnerships = Partnerships(db)
    active = await partnerships.active_pairs()
    sessions = await ExchangeSessions(db).reported_in_program(last_year.id)
    pair_of = {session.id: partnership.id for session, partnership in sessions}
    said: dict[int | None, list[FeedbackAnswer]] = defaultdict(list)
    for answer in await FeedbackAnswers(db).of_sessions(pair_of):
        said[pair_of[answer.session_id]].append(answer)
    found = set()
    for partnership in await partnerships.of_program(last_year.id):
        pair = frozenset((partnership.school_a, partnership.school_b))
        if pair in active or not pair <= applied:
            continue
        answers = sorted(said[partnership.id], key=lambda a: (a.updated_at, a.id or 0))
        if pair <= continuing_schools((a.school_id, split_list(a.continue_with)) for a in answers):
            found.add(pair)
    logger.info("%s pair(s) of %s continue", len(found), last_year.name)
    return found
