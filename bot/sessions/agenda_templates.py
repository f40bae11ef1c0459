"""The day-of agenda: the programs' class procedure per program type, time-boxed to the session.

Every template follows the class procedure of the International Joint Class and the online
school exchange guide: roll call, brief self-introductions, the main activity of the program
type, group rooms (teachers check on each room and encourage participation), and the wrap-up
back on the main screen. Steps carry weights for a 60-minute class and are scaled to the
session's real length on a five-minute grid, so a 90-minute session gets longer activities,
not a longer roll call alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.value_types import ValueProblem, parse_duration

GRID = 5  # minutes: steps are multiples of it whenever the session's length allows
MAX_STEPS = 12
MAX_TITLE = 80


@dataclass(frozen=True)
class AgendaStep:
    title: str
    minutes: int
    guidance: str = ""


@dataclass(frozen=True)
class TimedStep:
    step: AgendaStep
    start: datetime  # UTC
    end: datetime


def _step(title: str, weight: int, guidance: str) -> AgendaStep:
    return AgendaStep(title, weight, guidance)


ROLL_CALL = _step(
    "Roll call", 5, "Everyone joins the call; each teacher checks attendance, cameras and sound."
)
WRAP_UP_GUIDANCE = "Everyone returns to the main screen: one thing learned, thanks, what is next."


def _group_rooms(title: str, weight: int) -> AgendaStep:
    return _step(title, weight, "Teachers visit each room and encourage everyone to take part.")


def _introductions(weight: int) -> AgendaStep:
    return _step(
        "Self-introductions",
        weight,
        "Brief self-introductions, in the partner class's language where students can.",
    )


TEMPLATES: dict[str, tuple[AgendaStep, ...]] = {
    "presentation": (
        ROLL_CALL,
        _introductions(8),
        _step("Presentations", 25, "Each class presents on the theme with its prepared slides."),
        _group_rooms("Group rooms: questions and answers", 14),
        _step("Wrap-up on the main screen", 8, WRAP_UP_GUIDANCE),
    ),
    "discussion": (
        ROLL_CALL,
        _introductions(8),
        _step("Theme and questions", 10, "Introduce the theme and the questions to discuss."),
        _group_rooms("Group rooms: discussion", 27),
        _step("Wrap-up: groups report back", 10, WRAP_UP_GUIDANCE),
    ),
    "cultural_exchange": (
        ROLL_CALL,
        _introductions(10),
        _step("Show and tell", 20, "Our country and region, school life, what is new with us."),
        _group_rooms("Group rooms: free talk", 17),
        _step("Wrap-up on the main screen", 8, WRAP_UP_GUIDANCE),
    ),
    "recreation": (
        ROLL_CALL,
        _introductions(8),
        _step("Games and quizzes", 22, "Activities anyone can join, whatever their language."),
        _group_rooms("Group rooms: team games", 17),
        _step("Wrap-up on the main screen", 8, WRAP_UP_GUIDANCE),
    ),
    "joint_production": (
        ROLL_CALL,
        _introductions(7),
        _step("Plan the joint work", 10, "Agree on the goal (mural, website, video) and roles."),
        _group_rooms("Group rooms: create together", 28),
        _step("Wrap-up: show the result", 10, WRAP_UP_GUIDANCE),
    ),
}
PROGRAM_TYPES = tuple(TEMPLATES)


def interpretation_role(name: str, position: int, count: int, step: AgendaStep) -> str:
    """What the remote class assistant `name` does in the step at `position` of `count`, for
    the agenda of an interpreted session: the first and last steps address both classes, group
    rooms need them where the talk stalls, every other step is interpreted as it goes."""
    if position == 0:
        return f"Interpretation: {name} greets both classes and interprets the teachers' words."
    if position == count - 1:
        return f"Interpretation: {name} interprets the thanks and what comes next."
    if step.title.lower().startswith("group rooms"):
        return f"Interpretation: {name} joins the group room that most needs interpreting."
    return f"Interpretation: {name} interprets between the two classes."


def time_box(weights: Sequence[int], minutes: int) -> list[int]:
    """Split `minutes` in proportion to `weights`: whole grid units (largest remainder first),
    summing exactly to `minutes`, every step at least one unit."""
    grid = GRID if minutes % GRID == 0 and minutes >= GRID * len(weights) else 1
    units = minutes // grid
    if units < len(weights):
        raise ValueError(f"{minutes} minutes cannot hold {len(weights)} steps")
    total = sum(weights)
    exact = [weight * units / total for weight in weights]
    shares = [int(share) for share in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (shares[i] - exact[i], i))
    for index in by_remainder[: units - sum(shares)]:
        shares[index] += 1
    for index, share in enumerate(shares):
        if share == 0:
            largest = max(range(len(shares)), key=lambda i: shares[i])
            shares[largest] -= 1
            shares[index] = 1
    return [share * grid for share in shares]


def scaled(steps: Sequence[AgendaStep], minutes: int) -> list[AgendaStep]:
    """The steps with their lengths scaled to a session of `minutes`."""
    lengths = time_box([step.minutes for step in steps], minutes)
    return [
        AgendaStep(s.title, length, s.guidance) for s, length in zip(steps, lengths, strict=True)
    ]


def template(program_type: str, minutes: int) -> list[AgendaStep]:
    """The program type's steps for a session of `minutes` (cultural exchange if unknown)."""
    return scaled(TEMPLATES.get(program_type, TEMPLATES["cultural_exchange"]), minutes)


def timed(steps: Sequence[AgendaStep], start: datetime) -> list[TimedStep]:
    """Each step with its start and end instant, back to back from `start`."""
    result = []
    for step in steps:
        end = start + timedelta(minutes=step.minutes)
        result.append(TimedStep(step, start, end))
        start = end
    return result


_ITEM = re.compile(r"(?P<title>.*?)\s+(?P<length>\S+)\s*$")


def parse_steps(raw: str, guidance_from: Sequence[AgendaStep] = ()) -> list[AgendaStep]:
    """`Roll call 5; Self-introductions 10; Quiz 30m; Wrap-up 15`: titles with their lengths.

    A step titled like one of `guidance_from` keeps that step's guidance.
    """
    guidance = {step.title.lower(): step.guidance for step in guidance_from}
    steps = []
    for item in (part.strip() for part in re.split(r"[;\n]", raw)):
        if not item:
            continue
        match = _ITEM.fullmatch(item)
        if match is None or not match["title"]:
            raise ValueProblem(
                f"'{item}' needs a title and a length, e.g. 'Roll call 5' or 'Quiz 20m'"
            )
        title = match["title"].strip(" :=-")
        if len(title) > MAX_TITLE:
            raise ValueProblem(f"the step title '{title[:20]}…' is over {MAX_TITLE} characters")
        try:
            minutes = parse_duration(match["length"])
        except ValueProblem:
            raise ValueProblem(
                f"'{item}' must end with the step's length in minutes, e.g. 'Quiz 20' or 'Quiz 20m'"
            ) from None
        if minutes < 1:
            raise ValueProblem(f"'{item}' lasts no time; every step needs at least one minute")
        steps.append(AgendaStep(title, minutes, guidance.get(title.lower(), "")))
    if not steps:
        raise ValueProblem("give at least one step, e.g. 'Roll call 5; Activity 45; Wrap-up 10'")
    if len(steps) > MAX_STEPS:
        raise ValueProblem(f"{len(steps)} steps are too many; an agenda has at most {MAX_STEPS}")
    return steps


def fit(steps: Sequence[AgendaStep], minutes: int) -> list[AgendaStep]:
    """Custom steps for a session whose length changed: scaled when they no longer add up."""
    if sum(step.minutes for step in steps) == minutes:
        return list(steps)
    return scaled(steps, minutes)
