"""The day-of agenda: the programs' class procedure per program type, time-boxed to the session.

Every template follows the class procedure of the International Joint Class and the online
school exchange guide: roll call, brief self-introductions, the main activity of the program
type, group rooms (teachers check on each room and encourage participation), and the wrap-up
back on the main screen. Steps carry weights for a 60-minute class and are scaled to the
session's real length on a five-minute grid, so a 90-minute session gets longer activities,
not a longer roll call alone. The templates' titles and guidance are catalog messages
(`agenda.ftl`), so each reader reads them in their language; steps a teacher wrote stay as
written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from bot.core.value_types import ValueProblem, parse_duration
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Message
from bot.i18n.translator import Translator, english_only

GRID = 5  # minutes: steps are multiples of it whenever the session's length allows
MAX_STEPS = 12
MAX_TITLE = 80


Text = str | Message  # a teacher's own words as written, or the bot's in each language


@dataclass(frozen=True)
class AgendaStep:
    title: Text
    minutes: int
    guidance: Text = ""


@dataclass(frozen=True)
class TimedStep:
    step: AgendaStep
    start: datetime  # UTC
    end: datetime


def in_english(text: Text) -> str:
    """A step's words as `data` and storage keep them: the template's English, or as written."""
    return text if isinstance(text, str) else english_only().render(text, ENGLISH)


ROLL_CALL = AgendaStep(
    Message("agenda-step-roll-call"), 5, Message("agenda-step-roll-call-guidance")
)
WRAP_UP_GUIDANCE = Message("agenda-step-wrap-up-guidance")
GROUP_ROOMS_GUIDANCE = Message("agenda-step-group-rooms-guidance")


def _introductions(weight: int) -> AgendaStep:
    return AgendaStep(
        Message("agenda-step-introductions"), weight, Message("agenda-step-introductions-guidance")
    )


TEMPLATES: dict[str, tuple[AgendaStep, ...]] = {
    "presentation": (
        ROLL_CALL,
        _introductions(8),
        AgendaStep(
            Message("agenda-step-presentations"), 25, Message("agenda-step-presentations-guidance")
        ),
        AgendaStep(Message("agenda-step-group-rooms-questions"), 14, GROUP_ROOMS_GUIDANCE),
        AgendaStep(Message("agenda-step-wrap-up"), 8, WRAP_UP_GUIDANCE),
    ),
    "discussion": (
        ROLL_CALL,
        _introductions(8),
        AgendaStep(Message("agenda-step-theme"), 10, Message("agenda-step-theme-guidance")),
        AgendaStep(Message("agenda-step-group-rooms-discussion"), 27, GROUP_ROOMS_GUIDANCE),
        AgendaStep(Message("agenda-step-wrap-up-report"), 10, WRAP_UP_GUIDANCE),
    ),
    "cultural_exchange": (
        ROLL_CALL,
        _introductions(10),
        AgendaStep(
            Message("agenda-step-show-and-tell"), 20, Message("agenda-step-show-and-tell-guidance")
        ),
        AgendaStep(Message("agenda-step-group-rooms-free-talk"), 17, GROUP_ROOMS_GUIDANCE),
        AgendaStep(Message("agenda-step-wrap-up"), 8, WRAP_UP_GUIDANCE),
    ),
    "recreation": (
        ROLL_CALL,
        _introductions(8),
        AgendaStep(Message("agenda-step-games"), 22, Message("agenda-step-games-guidance")),
        AgendaStep(Message("agenda-step-group-rooms-team-games"), 17, GROUP_ROOMS_GUIDANCE),
        AgendaStep(Message("agenda-step-wrap-up"), 8, WRAP_UP_GUIDANCE),
    ),
    "joint_production": (
        ROLL_CALL,
        _introductions(7),
        AgendaStep(Message("agenda-step-plan-work"), 10, Message("agenda-step-plan-work-guidance")),
        AgendaStep(Message("agenda-step-group-rooms-create"), 28, GROUP_ROOMS_GUIDANCE),
        AgendaStep(Message("agenda-step-wrap-up-result"), 10, WRAP_UP_GUIDANCE),
    ),
}
PROGRAM_TYPES = tuple(TEMPLATES)


@cache
def _guidance_by_english() -> dict[str, Message]:
    return {
        in_english(step.guidance): step.guidance
        for steps in TEMPLATES.values()
        for step in steps
        if isinstance(step.guidance, Message)
    }


def stored_guidance(text: str) -> Text:
    """A stored step's guidance: a template's (kept in storage in English) is shown in each
    reader's language again; anything else as it was written."""
    return _guidance_by_english().get(text, text)


@cache
def _every_language() -> Translator:
    return Translator.load()


def _titles(title: Text) -> set[str]:
    """A step's title as written, or a template's in each of the bot's languages."""
    if isinstance(title, str):
        return {title}
    translator = _every_language()
    return {translator.render(title, language) for language in translator.languages}


def in_group_rooms(step: AgendaStep) -> bool:
    return in_english(step.title).lower().startswith("group rooms")


def interpretation_role(name: str, position: int, count: int, step: AgendaStep) -> Message:
    """What the remote class assistant `name` does in the step at `position` of `count`, for
    the agenda of an interpreted session: the first and last steps address both classes, group
    rooms need them where the talk stalls, every other step is interpreted as it goes."""
    if position == 0:
        role = "first"
    elif position == count - 1:
        role = "last"
    elif in_group_rooms(step):
        role = "group-rooms"
    else:
        role = "between"
    return Message("agenda-interpretation", name=name, role=role)


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

    A step titled like one of `guidance_from` (a template's, in any of the bot's languages:
    `출석 확인 5`) keeps that step's guidance.
    """
    guidance = {
        title.lower(): step.guidance for step in guidance_from for title in _titles(step.title)
    }
    steps = []
    for item in (part.strip() for part in re.split(r"[;\n]", raw)):
        if not item:
            continue
        match = _ITEM.fullmatch(item)
        if match is None or not match["title"]:
            raise ValueProblem(Message("agenda-steps-no-length", item=item))
        title = match["title"].strip(" :=-")
        if len(title) > MAX_TITLE:
            raise ValueProblem(
                Message("agenda-steps-title-too-long", start=title[:20], limit=str(MAX_TITLE))
            )
        try:
            minutes = parse_duration(match["length"])
        except ValueProblem:
            raise ValueProblem(Message("agenda-steps-length-unread", item=item)) from None
        if minutes < 1:
            raise ValueProblem(Message("agenda-steps-no-time", item=item))
        steps.append(AgendaStep(title, minutes, guidance.get(title.lower(), "")))
    if not steps:
        raise ValueProblem(Message("agenda-steps-none"))
    if len(steps) > MAX_STEPS:
        raise ValueProblem(Message("agenda-steps-too-many", count=len(steps), limit=str(MAX_STEPS)))
    return steps


def fit(steps: Sequence[AgendaStep], minutes: int) -> list[AgendaStep]:
    """Custom steps for a session whose length changed: scaled when they no longer add up."""
    if sum(step.minutes for step in steps) == minutes:
        return list(steps)
    return scaled(steps, minutes)
