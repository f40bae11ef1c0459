"""How good a pair of schools is: the score behind the tie-up's best maximum matching.

Points, so that a coordinator can read why one pair beat another:

- time: 2 per minute of class-time overlap plus 1 per minute of any overlap (after-school hours
  included), each counted up to 120 minutes, since a session rarely runs longer. Class time
  counts more because a whole class can take part without staying late.
- topics: 20 per shared topic, up to 5.
- grades: 10 when the grades meet (or one side gave none), 3 fewer per grade apart.

`find` ranks by the same facts (overlaps, shared topics, grade gap) but one after another, not
summed: see `bot/matching/partner_search.py`.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np

OVERLAP_CAP = 120
TOPIC_POINTS = 20
TOPIC_CAP = 5
GRADE_POINTS = 10
GRADE_STEP = 3


Count = TypeVar("Count", int, np.ndarray)  # for one pair, or element-wise for an array


def time_points(class_minutes: Count, any_minutes: Count) -> Count:
    """For one pair, or element-wise for numpy arrays of pairs."""
    return 2 * np.minimum(class_minutes, OVERLAP_CAP) + np.minimum(any_minutes, OVERLAP_CAP)


def topic_points(shared: int) -> int:
    return TOPIC_POINTS * min(shared, TOPIC_CAP)


def grade_gap(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """Grades between the two classes' closest grades; 0 when they share one or one is unknown."""
    if not a or not b:
        return 0
    return min(abs(x - y) for x in a for y in b)


def grade_points(gap: int) -> int:
    return max(GRADE_POINTS - GRADE_STEP * gap, 0)


def shared_topics(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    theirs = set(b)
    return tuple(topic for topic in a if topic in theirs)


def pair_points(
    class_minutes: int,
    any_minutes: int,
    topics_a: tuple[str, ...],
    topics_b: tuple[str, ...],
    grades_a: tuple[int, ...],
    grades_b: tuple[int, ...],
) -> int:
    """The tie-up's quality of a pair."""
    return (
        int(time_points(class_minutes, any_minutes))
        + topic_points(len(shared_topics(topics_a, topics_b)))
        + grade_points(grade_gap(grades_a, grades_b))
    )
