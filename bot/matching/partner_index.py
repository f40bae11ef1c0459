"""Every registered school in memory, in numpy columns, so that `find` ranks 100,000 quickly.

Loading and parsing every school for each search would take seconds. The bot's services hold
one index; before each search it asks the database two cheap questions (the schools' latest
change, on an index; how many active partnerships and which) and reloads only what changed, so
an edit made through another replica is seen by the next search. Writes through this bot's own
engine are also counted as they run (`storage.write_counts`), which catches two changes within
one clock tick (a demo on a manual clock makes every change at the same instant).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime
from functools import cache
from typing import Any

import numpy as np
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.value_types import ValueProblem
from bot.matching.feasibility import ReferenceWeek, TimePattern, longest
from bot.matching.interning import Interned
from bot.schools.profile import parse_grades, split_list
from bot.times.weekly_hours import WeeklyHours, parse_weekly_hours
from storage.engine import UnitOfWork
from storage.models import Partnership, School
from storage.repositories.partnerships import Partnerships
from storage.repositories.schools import Schools
from storage.write_counts import WriteCounts

logger = logging.getLogger(__name__)


@cache
def _hours(text: str) -> WeeklyHours:
    return parse_weekly_hours(text)


class PartnerIndex:
    """Columns per school (row); `values` tables turn a column's ids back into values."""

    def __init__(self, engine: AsyncEngine) -> None:
        """An empty index of the schools behind `engine`; it starts counting the engine's
        writes to them at once and loads them at the first search."""
        self._writes = WriteCounts(engine, (School, Partnership))
        self._lock = asyncio.Lock()
        self._school_token: tuple[Any, ...] | None = None
        self._partnership_token: tuple[Any, ...] | None = None
        self._clear()

    def _clear(self) -> None:
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.unreadable: set[str] = set()  # stored rows that no longer parse, left out
        self.countries: Interned[str] = Interned()
        self.levels: Interned[str] = Interned()
        self.languages: Interned[frozenset[str]] = Interned()
        self.topics: Interned[frozenset[str]] = Interned()
        self.grades: Interned[tuple[int, ...]] = Interned()
        self.patterns: Interned[TimePattern] = Interned()
        self.columns = np.zeros((0, 7), dtype=np.int64)  # one row per school, see below
        self.used = np.zeros(0, dtype=np.int64)  # active partnerships per row
        self._week: ReferenceWeek | None = None
        self._packed: dict[bool, np.ndarray] = {}  # every pattern's minute ranges this week
        self.id_rank = np.zeros(0, dtype=np.int64)  # each row's place in id order, for ties
        self._latest_change: datetime | None = None

    # The columns, by position.
    COUNTRY, LEVEL, LANGUAGES, TOPICS, GRADES, QUOTA, PATTERN = range(7)

    def column(self, position: int) -> np.ndarray:
        return self.columns[:, position]

    @property
    def remaining(self) -> np.ndarray:
        return self.columns[:, self.QUOTA] - self.used

    def week(self, monday: date) -> ReferenceWeek:
        """The reference week, kept between searches: placing thousands of patterns on their
        dates is the slow part, and every search of a week needs the same."""
        if self._week is None or self._week.monday != monday:
            self._week = ReferenceWeek(monday)
            self._packed = {}
        return self._week

    def overlaps(
        self, week: ReferenceWeek, mine: TimePattern, patterns: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Longest overlap of `mine` with each of the index's `patterns` (ids): of availability,
        and of class hours."""
        found = []
        for class_only in (False, True):
            packed = self._packed.get(class_only)
            if packed is None or len(packed) != len(self.patterns):
                packed = self._packed[class_only] = week.packed(
                    self.patterns.values, class_only=class_only
                )
            found.append(longest(week.packed([mine], class_only=class_only), packed[patterns])[0])
        return found[0], found[1]

    async def refresh(self, db: UnitOfWork) -> None:
        """Bring the index up to date with the database."""
        async with self._lock:
            school_token = (await Schools(db).latest_change(), self._writes.of(School))
            if school_token != self._school_token:
                await self._load_schools(db)
                self._school_token = school_token
                self._partnership_token = None
            active = await Partnerships(db).active_fingerprint()
            partnership_token = (*active, self._writes.of(Partnership))
            if partnership_token != self._partnership_token:
                counts = await Partnerships(db).active_counts()
                self.used = np.array([counts[i] for i in self.ids], dtype=np.int64)
                self._partnership_token = partnership_token

    def forget(self) -> None:
        """Load everything again before the next search (a school disappeared)."""
        self._school_token = None
        self._clear()

    async def _load_schools(self, db: UnitOfWork) -> None:
        """Load the schools changed since the last load (all of them the first time)."""
        rows = await Schools(db).index_rows(changed_since=self._latest_change)
        fresh: list[list[int]] = []
        for row in rows:
            if self._latest_change is None or row.updated_at > self._latest_change:
                self._latest_change = row.updated_at
            values = self._values(row)
            if values is None:
                self.unreadable.add(row.id)
                continue
            self.unreadable.discard(row.id)
            if row.id in self.row_of:
                self.columns[self.row_of[row.id]] = values
            else:
                self.row_of[row.id] = len(self.ids)
                self.ids.append(row.id)
                fresh.append(values)
        if fresh:
            self.columns = np.vstack([self.columns, np.array(fresh, dtype=np.int64)])
            self.id_rank = np.argsort(np.argsort(np.array(self.ids)))
        count = await Schools(db).count()
        if len(self.ids) + len(self.unreadable) != count and len(rows) != count:
            logger.info("partner index: schools were removed; loading all %s again", count)
            self._clear()
            await self._load_schools(db)
            return
        logger.info("partner index: %s school(s) loaded, %s in all", len(rows), len(self.ids))

    def _values(self, row: Any) -> list[int] | None:
        try:
            class_hours = _hours(row.class_hours)
            pattern = TimePattern(
                row.timezone, class_hours, class_hours.union(_hours(row.after_school_hours))
            )
            grades = parse_grades(row.grades)
        except ValueProblem as problem:
            logger.warning(
                "school %s has unreadable stored hours or grades (%s); left out of partner search",
                row.id,
                problem,
            )
            return None
        return [
            self.countries(row.country),
            self.levels(row.level),
            self.languages(frozenset(split_list(row.languages))),
            self.topics(frozenset(split_list(row.topics))),
            self.grades(grades),
            row.quota,
            self.patterns(pattern),
        ]
