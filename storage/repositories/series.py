"""Series of sessions: the rule two schools booked, and where each of its occurrences landed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import col, select

from storage.engine import UnitOfWork
from storage.models import Partnership, SeriesOccurrence, SessionSeries
from storage.repositories.rows import by_id


class SeriesOfSessions:
    def __init__(self, db: UnitOfWork) -> None:
        self.db = db

    async def add(
        self, series: SessionSeries, occurrences: Iterable[SeriesOccurrence]
    ) -> SessionSeries:
        self.db.add(series)
        await self.db.flush()
        for occurrence in occurrences:
            occurrence.series_id = series.id  # type: ignore[assignment]
            self.db.add(occurrence)
        await self.db.flush()
        return series

    async def get(self, series_id: int) -> SessionSeries | None:
        return await self.db.get(SessionSeries, series_id)

    async def by_ids(self, series_ids: Iterable[int]) -> dict[int, SessionSeries]:
        return await by_id(self.db, SessionSeries, series_ids)

    async def occurrences(self, series_ids: Iterable[int]) -> Sequence[SeriesOccurrence]:
        """Every occurrence of these series, by series then position."""
        wanted = set(series_ids)
        if not wanted:
            return []
        result = await self.db.exec(
            select(SeriesOccurrence)
            .where(col(SeriesOccurrence.series_id).in_(wanted))
            .order_by(col(SeriesOccurrence.series_id), col(SeriesOccurrence.position))
        )
        return result.all()

    async def of_sessions(self, session_ids: Iterable[int | None]) -> dict[int, SeriesOccurrence]:
        """The occurrence each of these sessions is, by session id; single sessions left out."""
        wanted = {session_id for session_id in session_ids if session_id is not None}
        if not wanted:
            return {}
        result = await self.db.exec(
            select(SeriesOccurrence).where(col(SeriesOccurrence.session_id).in_(wanted))
        )
        return {row.session_id: row for row in result.all() if row.session_id is not None}

    async def in_program(self, program_id: int) -> Sequence[tuple[SessionSeries, Partnership]]:
        """The program's series with their partnerships, oldest first."""
        result = await self.db.exec(
            select(SessionSeries, Partnership)
            .join(Partnership, col(Partnership.id) == SessionSeries.partnership_id)
            .where(Partnership.program_id == program_id)
            .order_by(col(SessionSeries.id))
        )
        return result.all()
