"""`find`: partner candidates for one school, ranked, each with the reasons it was chosen.

Hard conditions: another country, a common language, the level asked for, a place left, not
already a partner and no declined request between the two; in real-time mode a contiguous
overlap of at least `duration` minutes in the reference week, in non-real-time mode the schools
without one. The ranking follows the issue's priority literally, one criterion after another
rather than a weighted sum, so no amount of a later criterion outweighs an earlier one: minutes
of class-time overlap, then minutes of any overlap (after-school hours included), then shared
topics, then closeness of grades, then places left; the school id settles exact ties.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.core.declared_text import choice_label
from bot.i18n.messages import Argument, Message
from bot.i18n.time_text import DayOf
from bot.matching.feasibility import ReferenceWeek, TimePattern, common_languages
from bot.matching.match_quality import grade_gap, shared_topics
from bot.matching.partner_index import PartnerIndex
from bot.schools.profile import SchoolProfile, format_grades
from bot.times.country_names import CountryName
from bot.times.overlap_text import SharedTimes

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Filters:
    level: str
    language: str | None = None
    country: str | None = None
    topic: str | None = None
    duration: int = 60
    realtime: bool = True
    limit: int = 10


@dataclass(frozen=True)
class Excluded:
    """Schools `find` never offers: the caller's partners, and those a request was declined with."""

    partners: set[str]
    declined: set[str]


@dataclass(frozen=True)
class Ranked:
    school_id: str
    any_minutes: int
    class_minutes: int
    remaining: int


@dataclass
class Ranking:
    ranked: list[Ranked]
    total: int  # schools meeting every condition (before `limit`)
    funnel: list[tuple[Message, int]] = field(default_factory=list)  # schools left after each step
    other_mode: int = 0  # schools that would match in the other mode (time aside)


def rank(
    index: PartnerIndex,
    me: SchoolProfile,
    filters: Filters,
    week: ReferenceWeek,
    excluded: Excluded,
) -> Ranking:
    """The best candidates for `me` among the indexed schools."""
    remaining = index.remaining
    mask, funnel = _eligible(index, me, filters, excluded, remaining)
    rows = np.nonzero(mask)[0]
    patterns, pattern_of = np.unique(index.column(index.PATTERN)[rows], return_inverse=True)
    any_table, class_table = index.overlaps(week, TimePattern.of(me), patterns)
    any_minutes = any_table[pattern_of.reshape(-1)].astype(np.int64)
    class_minutes = class_table[pattern_of.reshape(-1)].astype(np.int64)
    meets = any_minutes >= filters.duration
    chosen = meets if filters.realtime else ~meets
    funnel.append(
        (
            Message("partners-step-real-time", duration=str(filters.duration))
            if filters.realtime
            else Message("partners-step-not-real-time", duration=str(filters.duration)),
            int(chosen.sum()),
        )
    )
    rows, any_minutes, class_minutes = rows[chosen], any_minutes[chosen], class_minutes[chosen]
    order = _by_priority(index, me, rows, class_minutes, any_minutes, remaining[rows])
    order = order[: filters.limit]
    ranked = [
        Ranked(index.ids[row], int(any_minutes[k]), int(class_minutes[k]), int(remaining[row]))
        for k, row in zip(order.tolist(), rows[order].tolist(), strict=True)
    ]
    logger.debug("find for %s: %s candidates", me.id, len(rows))
    return Ranking(ranked, len(rows), funnel, int((~chosen).sum()))


def _eligible(
    index: PartnerIndex,
    me: SchoolProfile,
    filters: Filters,
    excluded: Excluded,
    remaining: np.ndarray,
) -> tuple[np.ndarray, list[tuple[Message, int]]]:
    """The rows meeting every hard condition but time, and how many were left after each."""
    funnel: list[tuple[Message, int]] = []
    level = index.levels.find(filters.level)
    mask = index.column(index.LEVEL) == (-1 if level is None else level)
    funnel.append(
        (Message("partners-step-level", level=choice_label(filters.level)), int(mask.sum()))
    )
    countries = index.column(index.COUNTRY)
    mask &= countries != (-1 if (c := index.countries.find(me.country)) is None else c)
    if filters.country:
        wanted = index.countries.find(filters.country)
        mask &= countries == (-1 if wanted is None else wanted)
    funnel.append(
        (
            Message("partners-step-in-country", country=CountryName(filters.country))
            if filters.country
            else Message("partners-step-abroad"),
            int(mask.sum()),
        )
    )
    mine = set(me.languages) if filters.language is None else {filters.language}
    speaks = np.array([not mine.isdisjoint(s) for s in index.languages.values] or [False])
    mask &= speaks[index.column(index.LANGUAGES)]
    funnel.append(
        (
            Message("partners-step-speaking", language=filters.language)
            if filters.language
            else Message("partners-step-sharing-a-language"),
            int(mask.sum()),
        )
    )
    if filters.topic:
        topical = np.array([filters.topic in s for s in index.topics.values] or [False])
        mask &= topical[index.column(index.TOPICS)]
        funnel.append((Message("partners-step-topic", topic=filters.topic), int(mask.sum())))
    for step, school_ids in (
        (Message("partners-step-not-partners"), excluded.partners | {me.id}),
        (Message("partners-step-not-declined"), excluded.declined),
    ):
        for school_id in school_ids:
            row = index.row_of.get(school_id)
            if row is not None:
                mask[row] = False
        if school_ids - {me.id}:
            funnel.append((step, int(mask.sum())))
    mask &= remaining > 0
    funnel.append((Message("partners-step-place-left"), int(mask.sum())))
    return mask, funnel


def _by_priority(
    index: PartnerIndex,
    me: SchoolProfile,
    rows: np.ndarray,
    class_minutes: np.ndarray,
    any_minutes: np.ndarray,
    places_left: np.ndarray,
) -> np.ndarray:
    """Positions of `rows` in the issue's order: class-time overlap, any overlap, shared
    topics, grade gap (smallest first), places left, then id; no later key outweighs one before."""
    topics = _per_value(
        index.topics.values,
        index.column(index.TOPICS)[rows],
        lambda theirs: len(theirs & set(me.topics)),
    )
    gaps = _per_value(
        index.grades.values,
        index.column(index.GRADES)[rows],
        lambda grades: grade_gap(me.grades, grades),
    )
    # np.lexsort sorts by its last key first: the priority, read from the end.
    return np.lexsort(
        (index.id_rank[rows], -places_left, gaps, -topics, -any_minutes, -class_minutes)
    )


def _per_value(values: Sequence[Any], ids: np.ndarray, measure: Callable[[Any], int]) -> np.ndarray:
    """`measure(value)` for each row's value, computed once per distinct value."""
    distinct, inverse = np.unique(ids, return_inverse=True)
    table = np.array([measure(values[i]) for i in distinct.tolist()], dtype=np.int64)
    return table[inverse.reshape(-1)] if len(table) else np.zeros(0, dtype=np.int64)


def explain(
    me: SchoolProfile, them: SchoolProfile, found: Ranked, week: ReferenceWeek, duration: int
) -> list[Message]:
    """Why a candidate was offered: languages, time in both zones, topics, grades, places, and
    the facts its rank came from, in the order they count."""
    none = Message("partners-none")
    topics = shared_topics(me.topics, them.topics)
    gap = grade_gap(me.grades, them.grades)
    fit: dict[str, Argument | Message] = {
        "languages": ", ".join(common_languages(me, them)) or none,
        "topics": ", ".join(topics) or none,
        "grades": format_grades(them.grades) or "?",
        "mine": format_grades(me.grades) or "?",
    }
    lines = [
        Message("partners-fit-grade-gap", **fit, gap=str(gap))
        if gap
        else Message("partners-fit", **fit)
    ]
    lines += overlap_lines(me, them, week, duration, found.any_minutes)
    lines.append(
        Message(
            "partners-ranked-on",
            remaining=str(found.remaining),
            quota=str(them.quota),
            class_minutes=str(found.class_minutes),
            any_minutes=str(found.any_minutes),
            topics=str(len(topics)),
            gap=str(gap),
        )
    )
    return lines


def overlap_lines(
    me: SchoolProfile, them: SchoolProfile, week: ReferenceWeek, duration: int, longest: int
) -> list[Message]:
    """The shared time of the reference week, class time apart from after-school time."""
    mine, theirs = TimePattern.of(me), TimePattern.of(them)
    usable = week.shared(mine, theirs, minimum=duration)
    if not usable:
        if longest:
            return [
                Message("partners-no-overlap-longest", duration=str(duration), longest=str(longest))
            ]
        return [Message("partners-no-overlap", duration=str(duration))]
    in_class = set(week.shared(mine, theirs, minimum=duration, class_only=True))
    lines = []
    for in_class_time, pieces in (
        (True, [p for p in usable if p in in_class]),
        (False, [p for p in usable if p not in in_class]),
    ):
        if pieces:
            when: dict[str, Argument | Message] = {
                "week": DayOf(week.monday, year=True, iso_in_english=True),
                "duration": str(duration),
                "times": SharedTimes(tuple(pieces), me.timezone, them.timezone),
            }
            lines.append(
                Message("partners-time-together", **when)
                if in_class_time
                else Message("partners-time-after-school", **when)
            )
    return lines
