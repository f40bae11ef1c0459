"""Exchange sessions and the slot lists `propose` showed: what holds a partnership's time, what
is coming up, and what a number in `book 2` meant."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import ExchangeSession, Partnership, SessionStatus, SlotList, SlotOffer
from storage.repositories.partnerships import Partnerships, partnership_of
from storage.repositories.rows import by_id

LIVE_STATUSES = (SessionStatus.PENDING, SessionStatus.BOOKED)  # sessions that hold their time
# what feedback reports on: pending proposals never took place
REPORTED_STATUSES = (SessionStatus.BOOKED, SessionStatus.CANCELLED)


class ExchangeSessions:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def get(self, session_id: int) -> ExchangeSession | None:
        return await self.db.get(ExchangeSession, session_id)

    async def by_ids(self, session_ids: Iterable[int]) -> dict[int, ExchangeSession]:
        return await by_id(self.db, ExchangeSession, session_ids)

    async def lock(self, session_id: int) -> tuple[ExchangeSession, Partnership] | None:
        """The session and its partnership as committed now, held until this unit of work ends
        (PostgreSQL; a SQLite writer holds the whole database already), so that what is decided
        on them stays true. The partnership is taken first: every locker takes that order, and
        bookings, which lock the partnership alone, take turns with changes to its sessions."""
        found = await self.get(session_id)
        if found is None:
            return None
        partnership = await Partnerships(self.db).lock(found.partnership_id)
        result = await self.db.exec(
            select(ExchangeSession)
            .where(ExchangeSession.id == session_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        session = result.one()
        assert partnership is not None  # sessions reference existing partnerships
        return session, partnership

    async def next_sequence(self, session: ExchangeSession) -> int:
        """Move the session's invite on to its next sequence number, counted by the database,
        so that no change is ever counted from a stale number; returns the new one."""
        result = await self.db.exec(
            update(ExchangeSession)
            .where(col(ExchangeSession.id) == session.id)
            .values(ics_sequence=col(ExchangeSession.ics_sequence) + 1)
            .returning(col(ExchangeSession.ics_sequence))
            .execution_options(synchronize_session=False)
        )
        sequence = int(result.scalar_one())
        set_committed_value(session, "ics_sequence", sequence)
        return sequence

    async def overlapping(
        self, partnership_id: int, start: datetime, end: datetime, *, other_than: int | None
    ) -> Sequence[ExchangeSession]:
        """Pending or booked sessions of the partnership that share any minute with start..end."""
        query = select(ExchangeSession).where(
            ExchangeSession.partnership_id == partnership_id,
            col(ExchangeSession.status).in_(LIVE_STATUSES),
            col(ExchangeSession.start_utc) < end,
            col(ExchangeSession.end_utc) > start,
        )
        if other_than is not None:
            query = query.where(ExchangeSession.id != other_than)
        return (await self.db.exec(query.order_by(col(ExchangeSession.start_utc)))).all()

    async def upcoming(
        self, partnership_ids: Sequence[int], now: datetime
    ) -> Sequence[ExchangeSession]:
        """Pending and booked sessions of these partnerships that have not ended yet."""
        if not partnership_ids:
            return []
        result = await self.db.exec(
            select(ExchangeSession)
            .where(
                col(ExchangeSession.partnership_id).in_(partnership_ids),
                col(ExchangeSession.status).in_(LIVE_STATUSES),
                col(ExchangeSession.end_utc) > now,
            )
            .order_by(col(ExchangeSession.start_utc))
        )
        return result.all()

    async def booked_after(self, program_id: int, after: datetime) -> Sequence[ExchangeSession]:
        """The program's booked sessions that start after `after`."""
        result = await self.db.exec(
            select(ExchangeSession)
            .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
            .where(
                Partnership.program_id == program_id,
                ExchangeSession.status == SessionStatus.BOOKED,
                col(ExchangeSession.start_utc) > after,
            )
        )
        return result.all()

    async def of_program(
        self,
        program_id: int,
        *,
        statuses: Sequence[SessionStatus] = tuple(SessionStatus),
        ending_after: datetime | None = None,
        school_id: str | None = None,
    ) -> Sequence[tuple[ExchangeSession, Partnership]]:
        """The program's sessions in these statuses (ending after `ending_after`, of `school_id`,
        when given) with their partnerships, by start."""
        query = (
            select(ExchangeSession, Partnership)
            .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
            .where(Partnership.program_id == program_id, col(ExchangeSession.status).in_(statuses))
            .order_by(col(ExchangeSession.start_utc), col(ExchangeSession.id))
        )
        if ending_after is not None:
            query = query.where(col(ExchangeSession.end_utc) > ending_after)
        if school_id is not None:
            query = query.where(partnership_of(school_id))
        return (await self.db.exec(query)).all()

    async def reported_in_program(
        self, program_id: int
    ) -> Sequence[tuple[ExchangeSession, Partnership]]:
        """The program's booked and cancelled sessions with their partnerships, by start."""
        result = await self.db.exec(
            select(ExchangeSession, Partnership)
            .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
            .where(
                Partnership.program_id == program_id,
                col(ExchangeSession.status).in_(REPORTED_STATUSES),
            )
            .order_by(col(ExchangeSession.start_utc), col(ExchangeSession.id))
        )
        return result.all()

    async def latest_reported(
        self, school_id: str, *, with_school: str | None, begun_by: datetime, limit: int
    ) -> Sequence[tuple[ExchangeSession, Partnership]]:
        """The school's latest booked and cancelled sessions that began by `begun_by` (with
        `with_school` only, when given), newest first, with their partnerships."""
        query = (
            select(ExchangeSession, Partnership)
            .join(Partnership, col(Partnership.id) == ExchangeSession.partnership_id)
            .where(
                partnership_of(school_id),
                col(ExchangeSession.status).in_(REPORTED_STATUSES),
                col(ExchangeSession.start_utc) <= begun_by,
            )
            .order_by(col(ExchangeSession.start_utc).desc())
            .limit(limit)
        )
        if with_school is not None:
            query = query.where(partnership_of(with_school))
        return (await self.db.exec(query)).all()


class SlotLists:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def add(self, slot_list: SlotList, offers: list[SlotOffer]) -> SlotList:
        self.db.add(slot_list)
        await self.db.flush()
        for offer in offers:
            offer.slot_list_id = slot_list.id  # type: ignore[assignment]
            self.db.add(offer)
        await self.db.flush()
        return slot_list

    async def get(self, slot_list_id: int) -> SlotList | None:
        return await self.db.get(SlotList, slot_list_id)

    async def latest(
        self,
        platform: str,
        workspace: str,
        user_id: str,
        *,
        partner_id: str | None = None,
        school_id: str | None = None,
    ) -> SlotList | None:
        """The user's latest proposal, with that partner or for that school of theirs if given."""
        query = select(SlotList).where(
            SlotList.platform == platform,
            SlotList.workspace == workspace,
            SlotList.user_id == user_id,
        )
        if partner_id is not None:
            query = query.where(SlotList.partner_id == partner_id)
        if school_id is not None:
            query = query.where(SlotList.school_id == school_id)
        return (await self.db.exec(query.order_by(col(SlotList.id).desc()))).first()

    async def offer(self, slot_list_id: int, number: int) -> SlotOffer | None:
        result = await self.db.exec(
            select(SlotOffer).where(
                SlotOffer.slot_list_id == slot_list_id, SlotOffer.number == number
            )
        )
        return result.first()

    async def count_offers(self, slot_list_id: int) -> int:
        result = await self.db.exec(
            select(SlotOffer.id).where(SlotOffer.slot_list_id == slot_list_id)
        )
        return len(result.all())

    async def forget_older(
        self, platform: str, workspace: str, user_id: str, before: datetime
    ) -> None:
        """Drop a teacher's lists made before `before`: old buttons then say so plainly."""
        old = select(SlotList.id).where(
            SlotList.platform == platform,
            SlotList.workspace == workspace,
            SlotList.user_id == user_id,
            col(SlotList.created_at) < before,
        )
        await self.db.exec(delete(SlotOffer).where(col(SlotOffer.slot_list_id).in_(old)))
        await self.db.exec(delete(SlotList).where(col(SlotList.id).in_(old)))
