"""Partnerships and partnership requests: who is paired with whom, and who asked whom.

The rules on top (quota, no pair twice) are the bot's (`bot.schools.partnerships`); this module
gives them the counts, and the row locks that make those counts hold until commit.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, update
from sqlmodel import and_, col, select

from storage.engine import UnitOfWork
from storage.models import (
    Partnership,
    PartnershipRequest,
    PartnershipSource,
    PartnershipStatus,
    RequestStatus,
    School,
)
from storage.repositories.rows import by_id

logger = logging.getLogger(__name__)


def _involving(first: Any, second: Any, school_id: str) -> ColumnElement[bool]:
    """`school_id` is in either of the two columns."""
    return or_(col(first) == school_id, col(second) == school_id)


def partnership_of(school_id: str) -> ColumnElement[bool]:
    """The partnership has `school_id` on either side (for queries that join partnerships)."""
    return _involving(Partnership.school_a, Partnership.school_b, school_id)


def _between(first: Any, second: Any, a: str, b: str) -> ColumnElement[bool]:
    """The two columns hold `a` and `b`, either way round."""
    return or_(and_(col(first) == a, col(second) == b), and_(col(first) == b, col(second) == a))


class Partnerships:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, partnership_id: int) -> Partnership | None:
        return await self.db.get(Partnership, partnership_id)

    async def by_ids(self, partnership_ids: Iterable[int]) -> dict[int, Partnership]:
        return await by_id(self.db, Partnership, partnership_ids)

    async def of_program(self, program_id: int) -> Sequence[Partnership]:
        """Every partnership the program made, active or ended, oldest first."""
        result = await self.db.exec(
            select(Partnership)
            .where(Partnership.program_id == program_id)
            .order_by(col(Partnership.created_at), col(Partnership.id))
        )
        return result.all()

    async def active_of(self, school_id: str) -> Sequence[Partnership]:
        result = await self.db.exec(
            select(Partnership)
            .where(
                Partnership.status == PartnershipStatus.ACTIVE,
                partnership_of(school_id),
            )
            .order_by(col(Partnership.created_at), col(Partnership.id))
        )
        return result.all()

    async def active_between(self, a: str, b: str) -> Partnership | None:
        result = await self.db.exec(
            select(Partnership).where(
                Partnership.status == PartnershipStatus.ACTIVE,
                _between(Partnership.school_a, Partnership.school_b, a, b),
            )
        )
        return result.first()

    async def latest_between(self, a: str, b: str) -> Partnership | None:
        """The pair's newest partnership, active or ended."""
        result = await self.db.exec(
            select(Partnership)
            .where(_between(Partnership.school_a, Partnership.school_b, a, b))
            .order_by(col(Partnership.id).desc())
        )
        return result.first()

    async def active_in_channel(
        self, platform: str, workspace: str, channel_id: str, *, other_than: int | None = None
    ) -> Partnership | None:
        """The active partnership whose joint channel this is (leaving out `other_than`)."""
        query = select(Partnership).where(
            Partnership.status == PartnershipStatus.ACTIVE,
            Partnership.channel_platform == platform,
            Partnership.channel_workspace == workspace,
            Partnership.channel_id == channel_id,
        )
        if other_than is not None:
            query = query.where(col(Partnership.id) != other_than)
        return (await self.db.exec(query)).first()

    async def active_counts(self, school_ids: Iterable[str] | None = None) -> Counter[str]:
        """Active partnerships per school (of `school_ids`, or of every school)."""
        wanted = None if school_ids is None else list(school_ids)
        counts: Counter[str] = Counter()
        for column in (col(Partnership.school_a), col(Partnership.school_b)):
            query = select(column, func.count()).where(
                Partnership.status == PartnershipStatus.ACTIVE
            )
            if wanted is not None:
                query = query.where(column.in_(wanted))
            for school_id, count in (await self.db.exec(query.group_by(column))).all():
                counts[school_id] += count
        return counts

    async def active_pairs(self) -> set[frozenset[str]]:
        result = await self.db.exec(
            select(Partnership.school_a, Partnership.school_b).where(
                Partnership.status == PartnershipStatus.ACTIVE
            )
        )
        return {frozenset(pair) for pair in result.all()}

    async def active_fingerprint(self) -> tuple[Any, ...]:
        """Changes whenever a partnership starts or ends: how many are active, and which."""
        row = await self.db.exec(
            select(
                func.count(col(Partnership.id)), func.max(Partnership.id), func.sum(Partnership.id)
            ).where(Partnership.status == PartnershipStatus.ACTIVE)
        )
        return tuple(row.one())

    async def remaining(self, school: School) -> int:
        """The school's partner places left: its quota less its active partnerships."""
        return school.quota - (await self.active_counts([school.id]))[school.id]

    async def add(
        self,
        pairs: Iterable[tuple[School, School, str | None]],
        *,
        program_id: int,
        source: PartnershipSource,
        now: datetime,
    ) -> list[Partnership]:
        """New active partnerships, one per (first, second, common language), with their ids."""
        created = [
            Partnership(
                program_id=program_id,
                school_a=first.id,
                school_b=second.id,
                status=PartnershipStatus.ACTIVE,
                source=source,
                language=language,
                created_at=now,
            )
            for first, second, language in pairs
        ]
        self.db.add_all(created)
        await self.db.flush()
        for partnership in created:
            logger.info(
                "partnership (%s): %s with %s", source, partnership.school_a, partnership.school_b
            )
        return created

    async def lock(self, partnership_id: int) -> Partnership | None:
        """The partnership as committed now, held until this unit of work ends, so that what
        is checked against it (its status, channel, sessions' overlaps) stays true until
        commit (PostgreSQL; a SQLite writer holds the whole database already)."""
        result = await self.db.exec(
            select(Partnership)
            .where(Partnership.id == partnership_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return result.first()

    async def end(self, partnership: Partnership, now: datetime, *, by: str, school: str) -> None:
        """End it, recording who did (`by`, an actor key) for whom (`school`)."""
        partnership.status = PartnershipStatus.ENDED
        partnership.ended_at = now
        partnership.ended_by, partnership.ended_by_school = by, school
        self.db.add(partnership)
        await self.db.flush()


class Requests:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, request_id: int) -> PartnershipRequest | None:
        """The request as committed now (an answer may have come since it was read)."""
        return await self.db.get(PartnershipRequest, request_id, populate_existing=True)

    async def between(self, a: str, b: str, status: RequestStatus) -> PartnershipRequest | None:
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
            .where(
                PartnershipRequest.status == RequestStatus.PENDING,
                PartnershipRequest.to_school == school_id,
            )
            .order_by(col(PartnershipRequest.id))
        )
        return result.all()

    async def involving(
        self, school_id: str, statuses: Iterable[RequestStatus]
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

    async def add(self, request: PartnershipRequest) -> PartnershipRequest:
        """The new request, with its id."""
        self.db.add(request)
        await self.db.flush()
        return request

    async def answer(
        self,
        request: PartnershipRequest,
        status: RequestStatus,
        *,
        by: str,
        now: datetime,
        response: str = "",
    ) -> bool:
        """Record the answer unless the request was answered first (a double click, a
        colleague); False then, and nothing is written."""
        result = await self.db.exec(
            update(PartnershipRequest)
            .where(
                col(PartnershipRequest.id) == request.id,
                col(PartnershipRequest.status) == RequestStatus.PENDING,
            )
            .values(status=status, responded_by=by, responded_at=now, response=response)
        )
        if not result.rowcount:
            return False
        await self.db.refresh(request)
        return True

    async def latest_from(self, asker: str, asked: str) -> PartnershipRequest | None:
        """The newest request `asker` sent `asked`, whatever became of it."""
        result = await self.db.exec(
            select(PartnershipRequest)
            .where(PartnershipRequest.from_school == asker, PartnershipRequest.to_school == asked)
            .order_by(col(PartnershipRequest.id).desc())
        )
        return result.first()

    async def settle(self, partnership: Partnership, now: datetime) -> None:
        """A pending request between the partnership's schools, either way round, is answered
        by it: accepted, so it cannot make them partners again once this one ends."""
        await self.db.exec(
            update(PartnershipRequest)
            .where(
                col(PartnershipRequest.status) == RequestStatus.PENDING,
                _between(
                    PartnershipRequest.from_school,
                    PartnershipRequest.to_school,
                    partnership.school_a,
                    partnership.school_b,
                ),
            )
            .values(status=RequestStatus.ACCEPTED, partnership_id=partnership.id, responded_at=now)
        )

    async def declined_pairs(self) -> set[frozenset[str]]:
        result = await self.db.exec(
            select(PartnershipRequest.from_school, PartnershipRequest.to_school).where(
                PartnershipRequest.status == RequestStatus.DECLINED
            )
        )
        return {frozenset(pair) for pair in result.all()}
