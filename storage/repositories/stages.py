"""Partnership stages: each move a pair made, and the latest, which is the pair's stage."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import StageMove


class StageMoves:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def add(self, move: StageMove) -> StageMove:
        """The stored move, with its id."""
        self.db.add(move)
        await self.db.flush()
        return move

    async def of_partnerships(self, partnership_ids: Iterable[int]) -> Sequence[StageMove]:
        """Every move of these partnerships, oldest first."""
        result = await self.db.exec(
            select(StageMove)
            .where(col(StageMove.partnership_id).in_(list(partnership_ids)))
            .order_by(col(StageMove.id))
        )
        return result.all()

    async def latest(self, partnership_ids: Iterable[int]) -> dict[int, StageMove]:
        """Each partnership's latest move; a partnership with none is left out (still online)."""
        return {move.partnership_id: move for move in await self.of_partnerships(partnership_ids)}
