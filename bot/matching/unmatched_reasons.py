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

from bot.core.declared_text import choice_label
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Argument, Message
from bot.i18n.translator import english_only
from bot.matching.feasibility import ReferenceWeek, TimePattern, longest
from bot.matching.tieup import LevelBlock, TieupResult
from bot.schools.profile import SchoolProfile
from bot.times.local_time import wall_to_utc
from bot.times.overlap_text import SharedTimes
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
    reason: Message

    @property
    def reason_in_english(self) -> str:
        """As `--json` and the CSV write it (data, the same for every reader)."""
        return english_only().render(self.reason, ENGLISH)


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
        self._situations: dict[tuple[str, str, int], Message | None] = {}
        self._languages_abroad: dict[tuple[str, str, str], list[str]] = {}
        self._advice: dict[tuple[str, str, int], Message] = {}

    def profile(self, index: int) -> SchoolProfile:
        return self.result.applicants[index].profile

    def reason(self, index: int) -> Message:
        place = self.places.get(index)
        if place is None:
            return Message("tieup-reason-no-side", side=self.profile(index).side)
        key = (place.block.level, place.side, place.type)
        if key not in self._situations:
            self._situations[key] = self._situation(index, place)
        return self._situations[key] or self._quota_reason(index, place)

    def _situation(self, index: int, place: _Place) -> Message | None:
        """The reason when no partner is in reach at all, shared by the school's whole type."""
        profile, others = self.profile(index), place.others
        facts: dict[str, Argument] = {
            "level": choice_label(place.block.level),
            "other_side": str(Side.PARTNER if place.side == Side.HOME else Side.HOME),
        }
        if not len(others):
            return Message("tieup-reason-no-level", **facts)
        speaks, meets = place.rows()
        if not speaks.any():
            theirs = self._spoken_abroad(place, profile.country)
            if not theirs:
                return Message("tieup-reason-same-country", **facts, country=profile.country)
            return Message(
                "tieup-reason-no-language",
                **facts,
                languages=", ".join(profile.languages),
                theirs=", ".join(theirs),
            )
        if not (speaks & meets).any():
            return Message(
                "tieup-reason-no-time",
                **facts,
                duration=str(self.duration),
                count=str(int(speaks.sum())),
                advice=self._time_advice(index, place, others[speaks]),
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

    def _quota_reason(self, index: int, place: _Place) -> Message:
        feasible = int(self.degree[(place.block.level, place.side)][place.position])
        matched = int(self.result.matched[index])
        wanted = self.result.applicants[index].remaining
        if feasible == 0:
            speaks, meets = place.rows()
            return Message("tieup-reason-all-declined", count=str(int((speaks & meets).sum())))
        if feasible <= matched:
            speaks, meets = place.rows()
            return Message(
                "tieup-reason-all-paired",
                feasible=str(feasible),
                places=str(wanted - matched),
                advice=self._time_advice(index, place, place.others[speaks & ~meets]),
            )
        if matched == 0:
            return Message("tieup-reason-quota-unfilled", feasible=str(feasible))
        return Message(
            "tieup-reason-quota-partly",
            matched=str(matched),
            wanted=str(wanted),
            others=str(feasible - matched),
        )

    def _time_advice(self, index: int, place: _Place, candidates: np.ndarray) -> Message:
        """Which after-school window would bring `candidates` (out of reach now) within reach."""
        key = (place.block.level, place.side, place.type)
        if key not in self._advice:
            self._advice[key] = self._advise(index, candidates)
        return self._advice[key]

    def _advise(self, index: int, candidates: np.ndarray) -> Message:
        profile = self.profile(index)
        if not len(candidates):
            return Message("tieup-advice-all-meet")
        best = self._best_window(self.graph.pattern(index), candidates)
        if best is None:
            named = sorted(
                self.profile(i).id for i in candidates.tolist() if self.open_after[i] > 0
            )
            window = {
                "earliest": f"{WINDOW_EARLIEST // 60:02d}:00",
                "latest": f"{WINDOW_LATEST // 60:02d}:00",
            }
            if not named:
                return Message("tieup-advice-no-window", **window)
            return Message("tieup-advice-no-window-example", **window, example=", ".join(named[:3]))
        day = self.week.monday + timedelta(days=best.window.weekday)
        start = wall_to_utc(day, best.window.start, profile.timezone)
        end = wall_to_utc(day, best.window.end, profile.timezone)
        return Message(
            "tieup-advice-window",
            hours=SharedTimes(((start, end),), profile.timezone, best.zone),
            zone=best.zone,
            count=str(best.reached),
            open=str(best.open_places),
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
