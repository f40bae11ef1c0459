"""Queries for meetings: partnerships to schedule in, sessions, and the slot lists shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import ExchangeSession, Partnership, SlotList, SlotOffer

LIVE_STATUSES = ("pending", "booked")  # sessions that hold their time


class ActivePartnerships:
    """Partnership lookups meetings need beyond `bot.schools.partnerships.Partnerships`."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def in_channel(
        self, platform: str, workspace: str, channel_id: str
    ) -> Partnership | None:
        result = await self.db.exec(
            select(Partnership).where(
                Partnership.status == "active",
                Partnership.channel_platform == platform,
                Partnership.channel_workspace == workspace,
                Partnership.channel_id == channel_id,
            )
        )
        return result.first()

    async def lock(self, partnership_id: int) -> Partnership | None:
        """Hold the partnership row until commit, so two bookings cannot both pass the overlap
        check (PostgreSQL; SQLite serialises writers anyway)."""
        result = await self.db.exec(
            select(Partnership).where(Partnership.id == partnership_id).with_for_update()
        )
        return result.first()


class ExchangeSessions:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def get(self, session_id: int) -> ExchangeSession | None:
        return await self.db.get(ExchangeSession, session_id)

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


class SlotLists:
    def __init__(self, db: AsyncSession) -> None:
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
        self, platform: str, workspace: str, user_id: str, partner_id: str
    ) -> SlotList | None:
        result = await self.db.exec(
            select(SlotList)
            .where(
                SlotList.platform == platform,
                SlotList.workspace == workspace,
                SlotList.user_id == user_id,
                SlotList.partner_id == partner_id,
            )
            .order_by(col(SlotList.id).desc())
        )
        return result.first()

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
