"""Partnerships and requests: who is paired with whom, who asked whom, and whose quota is left.

A school's remaining quota is its quota minus its active partnerships; every way of creating a
partnership (an accepted request, a published tie-up) goes through `Partnerships.create`, which
refuses a pair twice or a school without places left. Both check after locking the schools'
rows, so two transactions pairing the same school at once (two accepts on PostgreSQL) take
turns instead of both seeing a free place.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, update
from sqlmodel import and_, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.core.errors import UserError
from storage.models import Partnership, PartnershipRequest, School

logger = logging.getLogger(__name__)

ACTIVE = "active"
ENDED = "ended"
PENDING = "pending"
ACCEPTED = "accepted"
DECLINED = "declined"


def _involving(first: Any, second: Any, school_id: str) -> ColumnElement[bool]:
    """`school_id` is in either of the two columns."""
    return or_(col(first) == school_id, col(second) == school_id)


def _between(first: Any, second: Any, a: str, b: str) -> ColumnElement[bool]:
    """The two columns hold `a` and `b`, either way round."""
    return or_(and_(col(first) == a, col(second) == b), and_(col(first) == b, col(second) == a))


class Partnerships:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def active_of(self, school_id: str) -> Sequence[Partnership]:
        result = await self.db.exec(
            select(Partnership)
            .where(
                Partnership.status == ACTIVE,
                _involving(Partnership.school_a, Partnership.school_b, school_id),
            )
            .order_by(col(Partnership.created_at), col(Partnership.id))
        )
        return result.all()

    async def active_between(self, a: str, b: str) -> Partnership | None:
        result = await self.db.exec(
            select(Partnership).where(
                Partnership.status == ACTIVE,
                _between(Partnership.school_a, Partnership.school_b, a, b),
            )
        )
        return result.first()

    async def active_counts(self, school_ids: Iterable[str] | None = None) -> Counter[str]:
        """Active partnerships per school (of `school_ids`, or of every school)."""
        wanted = None if school_ids is None else list(school_ids)
        counts: Counter[str] = Counter()
        for column in (col(Partnership.school_a), col(Partnership.school_b)):
            query = select(column, func.count()).where(Partnership.status == ACTIVE)
            if wanted is not None:
                query = query.where(column.in_(wanted))
            for school_id, count in (await self.db.exec(query.group_by(column))).all():
                counts[school_id] += count
        return counts

    async def active_pairs(self) -> set[frozenset[str]]:
        result = await self.db.exec(
            select(Partnership.school_a, Partnership.school_b).where(Partnership.status == ACTIVE)
        )
        return {frozenset(pair) for pair in result.all()}

    async def remaining(self, school: School) -> int:
        return school.quota - (await self.active_counts([school.id]))[school.id]

    async def create(
        self,
        first: School,
        second: School,
        *,
        program_id: int,
        source: str,
        language: str | None,
        now: datetime,
        mine: School | None = None,
    ) -> Partnership:
        """A new active partnership, or a `UserError` saying why not; `mine` is the caller's
        school, so that the refusal speaks to them."""
        refusal = await self.refusal(first, second, mine)
        if refusal:
            raise UserError(refusal, show_usage=False)
        partnership = self._add(first, second, program_id, source, language, now)
        await self.db.flush()  # callers link the request and announce it by its id
        return partnership

    async def refusal(
        self, first: School, second: School, mine: School | None = None
    ) -> str | None:
        """Why the two schools may not become partners now, or None."""
        await self._lock([first.id, second.id])
        used = await self.active_counts([first.id, second.id])
        already = await self.active_between(first.id, second.id) is not None
        return refusal_of(first, second, used, already, mine)

    async def create_many(
        self,
        pairs: Iterable[tuple[School, School, str | None]],
        *,
        program_id: int,
        source: str,
        now: datetime,
    ) -> tuple[list[Partnership], list[tuple[str, str, str]]]:
        """Create each (first, second, language) the rules allow, checked against one snapshot
        kept current as pairs are added; returns those created and (first, second, why) for
        the others."""
        pairs = list(pairs)
        await self._lock([school.id for first, second, _ in pairs for school in (first, second)])
        used = await self.active_counts()
        active = await self.active_pairs()
        created: list[Partnership] = []
        refused: list[tuple[str, str, str]] = []
        for first, second, language in pairs:
            refusal = refusal_of(first, second, used, frozenset((first.id, second.id)) in active)
            if refusal:
                refused.append((first.id, second.id, refusal))
                continue
            created.append(self._add(first, second, program_id, source, language, now))
            used.update([first.id, second.id])
            active.add(frozenset((first.id, second.id)))
        await self.db.flush()
        return created, refused

    async def _lock(self, school_ids: Iterable[str]) -> None:
        """Hold the schools' rows until commit, in one order so that lockers never deadlock
        (a no-op on SQLite, which writes one transaction at a time)."""
        await self.db.exec(
            select(School.id)
            .where(col(School.id).in_(sorted(set(school_ids))))
            .order_by(col(School.id))
            .with_for_update()
        )

    def _add(
        self,
        first: School,
        second: School,
        program_id: int,
        source: str,
        language: str | None,
        now: datetime,
    ) -> Partnership:
        partnership = Partnership(
            program_id=program_id,
            school_a=first.id,
            school_b=second.id,
            status=ACTIVE,
            source=source,
            language=language,
            created_at=now,
        )
        self.db.add(partnership)
        logger.info("partnership (%s): %s with %s", source, first.id, second.id)
        return partnership

    async def end(self, partnership: Partnership, now: datetime) -> None:
        partnership.status = ENDED
        partnership.ended_at = now
        self.db.add(partnership)
        await self.db.flush()


def refusal_of(
    first: School, second: School, used: Counter[str], already: bool, mine: School | None = None
) -> str | None:
    """Why the two schools may not become partners now, or None; `used` counts active
    partnerships per school."""
    if first.id == second.id:
        return "A school cannot partner with itself."
    if already:
        return f"{first.name} and {second.name} are already partners."
    for school in (first, second):
        if used[school.id] < school.quota:
            continue
        if mine is not None and school.id == mine.id:
            return (
                f"Your school has no partner places left (quota {school.quota}, "
                f"{used[school.id]} active partnership(s)). End one with `/exchange partnership "
                f"end <school>` or raise the quota with "
                f"`/exchange school edit quota={school.quota + 1}`."
            )
        return (
            f"{school.name} has no partner places left (quota {school.quota}, "
            f"{used[school.id]} active partnership(s))."
        )
    return None


class Requests:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def between(self, a: str, b: str, status: str) -> PartnershipRequest | None:
        """The latest request with `status` between two schools, either way round."""
        result = await self.db.exec(
            select(PartnershipRequest)
            .where(
                PartnershipRequest.status == status,
                _between(PartnershipRequest.from_school, PartnershipRequest.to_school, a, b),
            )
            .order_by(col(PartnershipRequest.id).desc())
        )
        return result.first()

    async def pending_to(self, school_id: str) -> Sequence[PartnershipRequest]:
        result = await self.db.exec(
            select(PartnershipRequest)
            .where(PartnershipRequest.status == PENDING, PartnershipRequest.to_school == school_id)
            .order_by(col(PartnershipRequest.id))
        )
        return result.all()

    async def involving(
        self, school_id: str, statuses: Iterable[str]
    ) -> Sequence[PartnershipRequest]:
        result = await self.db.exec(
            select(PartnershipRequest)
            .where(
                col(PartnershipRequest.status).in_(list(statuses)),
                _involving(PartnershipRequest.from_school, PartnershipRequest.to_school, school_id),
            )
            .order_by(col(PartnershipRequest.id))
        )
        return result.all()

    async def answer(
        self,
        request: PartnershipRequest,
        status: str,
        *,
        by: str,
        now: datetime,
        response: str = "",
    ) -> None:
        """Record the answer, unless it was answered first (a double click, a colleague)."""
        result = await self.db.exec(
            update(PartnershipRequest)
            .where(
                col(PartnershipRequest.id) == request.id, col(PartnershipRequest.status) == PENDING
            )
            .values(status=status, responded_by=by, responded_at=now, response=response)
        )
        if not result.rowcount:
            raise UserError(
                "That request was answered a moment ago; `/exchange partners` shows "
                "where things stand.",
                show_usage=False,
            )
        await self.db.refresh(request)

    async def declined_pairs(self) -> set[frozenset[str]]:
        result = await self.db.exec(
            select(PartnershipRequest.from_school, PartnershipRequest.to_school).where(
                PartnershipRequest.status == DECLINED
            )
        )
        return {frozenset(pair) for pair in result.all()}
