"""Why a school is left with open places after the tie-up, in words a coordinator can act on.

The rule is checked in the order a coordinator would fix things: is there any school of the
level on the other side, in another country, sharing a language; can any of them meet in real
time (if not: which after-school window would change that, or a non-real-time exchange); and
otherwise, why the maximum flow could not use the feasible partners (they are all at quota:
a maximum flow leaves no open school next to an open feasible partner).

Schools of one type (level, side, time pattern, languages, country) get the same explanation of
their time and language situation, so that part is worked out once per type.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from bot.matching.feasibility import NON_REAL_TIME, ReferenceWeek, TimePattern, longest
from bot.matching.tieup import LevelBlock, TieupResult
from bot.schools.profile import SchoolProfile
from bot.times.local_time import wall_to_utc
from bot.times.overlap_text import describe_window
from bot.times.weekly_hours import Window
from storage.models import Side

WINDOW_EARLIEST = 7 * 60  # suggested after-school windows lie between 07:00 and 20:00 local time
WINDOW_LATEST = 20 * 60
WINDOW_STEP = 30
WEEKDAYS = range(5)


@dataclass(frozen=True)
class Unmatched:
    school_id: str
    remaining_quota: int  # places still open after the tie-up
    reason: str


@dataclass(frozen=True)
class _Place:
    block: LevelBlock
    side: Side
    position: int  # index into block.home or block.partner

    @property
    def others(self) -> np.ndarray:
        return self.block.partner if self.side == Side.HOME else self.block.home

    @property
    def type(self) -> int:
        types = self.block.home_type if self.side == Side.HOME else self.block.partner_type
        return int(types[self.position])

    def rows(self) -> tuple[np.ndarray, np.ndarray]:
        """Over the other side's schools: abroad with a common language; meeting in time."""
        block, own = self.block, self.type
        if self.side == Side.HOME:
            return block.speaks[own, block.partner_type], block.meets[own, block.partner_type]
        return block.speaks[block.home_type, own], block.meets[block.home_type, own]


@dataclass(frozen=True)
class _Window:
    window: Window
    reached: int  # candidates it would bring within reach
    open_places: int  # of those, how many still have quota after the tie-up
    zone: str  # the commonest zone among them, to show the window in both zones


def unmatched(result: TieupResult) -> list[Unmatched]:
    """Every applicant with quota left after the tie-up, with its reason."""
    explainer = _Explainer(result)
    found = [
        Unmatched(
            applicant.profile.id,
            applicant.remaining - int(result.matched[index]),
            explainer.reason(index),
        )
        for index, applicant in enumerate(result.applicants)
        if result.matched[index] < applicant.remaining
    ]
    return sorted(found, key=lambda item: item.school_id)


class _Explainer:
    def __init__(self, result: TieupResult) -> None:
        self.result = result
        self.graph = result.graph
        self.week: ReferenceWeek = result.graph.week
        self.duration = result.graph.duration
        self.places: dict[int, _Place] = {}
        self.degree: dict[tuple[str, str], np.ndarray] = {}
        for block in self.graph.blocks:
            for side, members in ((Side.HOME, block.home), (Side.PARTNER, block.partner)):
                for position, index in enumerate(members.tolist()):
                    self.places[index] = _Place(block, side, position)
            self.degree[(block.level, Side.HOME)] = np.bincount(
                block.edge_home, minlength=len(block.home)
            )
            self.degree[(block.level, Side.PARTNER)] = np.bincount(
                block.edge_partner, minlength=len(block.partner)
            )
        remaining = np.array([a.remaining for a in result.applicants], dtype=np.int64)
        self.open_after = remaining - result.matched
        self._situations: dict[tuple[str, str, int], str | None] = {}
        self._languages_abroad: dict[tuple[str, str, str], list[str]] = {}
        self._advice: dict[tuple[str, str, int], str] = {}

    def profile(self, index: int) -> SchoolProfile:
        return self.result.applicants[index].profile

    def reason(self, index: int) -> str:
        place = self.places.get(index)
        if place is None:
            return f"it is on neither side of the tie-up (side '{self.profile(index).side}')"
        key = (place.block.level, place.side, place.type)
        if key not in self._situations:
            self._situations[key] = self._situation(index, place)
        return self._situations[key] or self._quota_reason(index, place)

    def _situation(self, index: int, place: _Place) -> str | None:
        """The reason when no partner is in reach at all, shared by the school's whole type."""
        profile, level, others = self.profile(index), place.block.level, place.others
        other_side = Side.PARTNER if place.side == Side.HOME else Side.HOME
        if not len(others):
            return (
                f"no partner of level {level}: no {level} school applied on the {other_side} side"
            )
        speaks, meets = place.rows()
        if not speaks.any():
            theirs = self._spoken_abroad(place, profile.country)
            if not theirs:
                return (
                    f"no partner of level {level} in another country: every {level} school "
                    f"on the {other_side} side is in {profile.country}"
                )
            return (
                f"no common language with any {level}-level school on the {other_side} side "
                f"(languages: {', '.join(profile.languages)}; theirs: {', '.join(theirs)})"
            )
        if not (speaks & meets).any():
            return (
                f"no time overlap >= {self.duration} min with any of the {int(speaks.sum())} "
                f"{level}-level schools sharing a language: "
                + self._time_advice(index, place, others[speaks])
            )
        return None

    def _spoken_abroad(self, place: _Place, country: str) -> list[str]:
        """The commonest languages of the other side's schools outside `country`."""
        key = (place.block.level, place.side, country)
        if key not in self._languages_abroad:
            spoken = Counter(
                language
                for i in place.others.tolist()
                if self.profile(i).country != country
                for language in self.profile(i).languages
            )
            self._languages_abroad[key] = [language for language, _ in spoken.most_common(6)]
        return self._languages_abroad[key]

    def _quota_reason(self, index: int, place: _Place) -> str:
        feasible = int(self.degree[(place.block.level, place.side)][place.position])
        matched = int(self.result.matched[index])
        wanted = self.result.applicants[index].remaining
        if feasible == 0:
            speaks, meets = place.rows()
            return (
                f"every school it could meet ({int((speaks & meets).sum())}) already "
                "partners with it or declined a request between them"
            )
        if feasible <= matched:
            speaks, meets = place.rows()
            return (
                f"only {feasible} feasible partner(s), all paired with it; for the other "
                f"{wanted - matched} place(s): "
                + self._time_advice(index, place, place.others[speaks & ~meets])
            )
        if matched == 0:
            return f"quota left unfilled: every feasible partner ({feasible}) is already at quota"
        return (
            f"quota partly filled ({matched} of {wanted}): every other feasible partner "
            f"({feasible - matched}) is already at quota"
        )

    def _time_advice(self, index: int, place: _Place, candidates: np.ndarray) -> str:
        """Which after-school window would bring `candidates` (out of reach now) within reach."""
        key = (place.block.level, place.side, place.type)
        if key not in self._advice:
            self._advice[key] = self._advise(index, candidates)
        return self._advice[key]

    def _advise(self, index: int, candidates: np.ndarray) -> str:
        profile = self.profile(index)
        if not len(candidates):
            return "every school sharing a language already meets it in time"
        best = self._best_window(self.graph.pattern(index), candidates)
        if best is None:
            named = sorted(
                self.profile(i).id for i in candidates.tolist() if self.open_after[i] > 0
            )
            example = f", e.g. with {', '.join(named[:3])}" if named else ""
            return (
                f"no after-school window on a weekday between "
                f"{WINDOW_EARLIEST // 60:02d}:00 and {WINDOW_LATEST // 60:02d}:00 would reach "
                f"one of them; consider a non-real-time exchange ({NON_REAL_TIME}){example}"
            )
        day = self.week.monday + timedelta(days=best.window.weekday)
        start = wall_to_utc(day, best.window.start, profile.timezone)
        end = wall_to_utc(day, best.window.end, profile.timezone)
        shown = describe_window(start, end, profile.timezone, best.zone)
        return (
            f"adding after-school hours {shown} ({best.zone}, their commonest zone) "
            f"would overlap with {best.reached} of them ({best.open_places} with quota left)"
        )

    def _best_window(self, pattern: TimePattern, candidates: np.ndarray) -> _Window | None:
        """The weekday window, `duration` long, that brings the most open candidates in reach.

        None of the candidates meets the school now, so a candidate comes within reach exactly
        when it overlaps long enough with the stretch the new window joins.
        """
        codes, counts = np.unique(
            self.graph.pattern_of[candidates] * 2 + (self.open_after[candidates] > 0),
            return_counts=True,
        )
        keys = [(self.graph.patterns[code // 2], bool(code % 2)) for code in codes.tolist()]
        is_open = codes % 2 == 1
        own = self.week.ranges(pattern)
        length = -(-self.duration // WINDOW_STEP) * WINDOW_STEP
        tried: list[tuple[Window, tuple[int, int], bool]] = []
        for weekday in WEEKDAYS:
            for start in range(WINDOW_EARLIEST, WINDOW_LATEST - length + 1, WINDOW_STEP):
                window = Window(weekday, start, start + length)
                placed = self.week.window_range(pattern.zone, window)
                stretch = _stretch(placed, own) if placed else None
                if stretch is not None:
                    tried.append((window, stretch, stretch != placed))
        if not tried:
            return None
        stretches = np.array([[stretch] for _, stretch, _ in tried], dtype=np.int32)
        hit = longest(stretches, self.week.packed([p for p, _ in keys])) >= self.duration
        totals, opens = hit @ counts, hit @ (counts * is_open)
        ranked = max(
            range(len(tried)),
            key=lambda k: (
                opens[k],
                totals[k],
                tried[k][2],
                -tried[k][0].weekday,
                -tried[k][0].start,
            ),
        )
        if not totals[ranked]:
            return None
        zones: Counter[str] = Counter()
        for (other, _), count, was_hit in zip(keys, counts, hit[ranked], strict=True):
            if was_hit:
                zones[other.zone] += int(count)
        return _Window(
            tried[ranked][0], int(totals[ranked]), int(opens[ranked]), zones.most_common(1)[0][0]
        )


def _stretch(placed: tuple[int, int], own: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The contiguous time a window would join to the school's own, or None if it adds nothing."""
    start, end = placed
    for first, last in own:
        if first <= start and end <= last:
            return None
        if first <= end and last >= start:
            start, end = min(start, first), max(end, last)
    return start, end
