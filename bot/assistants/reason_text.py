"""Why a session has no assistant, in words: for coordinators, who each assistant who speaks
both languages is and what keeps them; for teachers, only how many and what kind of reason
(teachers see an assistant's name and languages only once one is assigned). The nearest time
someone is free is shown in both schools' zones."""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from bot.assistants.reasons import SpeakerObstacle, UncoveredReason
from bot.assistants.rules import Obstacle
from bot.assistants.team import Team
from bot.times.display import Place, at
from bot.times.geography import language_name


def nobody_speaks(languages: Sequence[str]) -> str:
    first, second = (language_name(code) for code in languages)
    return f"Nobody in the program speaks both {first} and {second}."


def coordinator_reason(reason: UncoveredReason, team: Team, places: Sequence[Place]) -> str:
    """Every assistant who speaks both languages and what keeps them, then the nearest time."""
    if not reason.speakers:
        return nobody_speaks(reason.languages)
    sentences = [_kept_by(speaker, team) for speaker in reason.speakers]
    return " ".join([*sentences, _nearest(reason, places)])


def teacher_reason(reason: UncoveredReason, places: Sequence[Place]) -> str:
    if not reason.speakers:
        return nobody_speaks(reason.languages)
    count = len(reason.speakers)
    who = "The one assistant" if count == 1 else f"The {count} assistants"
    return (
        f"{who} of the program who speak both are not free then (their hours, vacations, "
        f"other sessions or monthly limit). {_nearest(reason, places)}"
    )


def _nearest(reason: UncoveredReason, places: Sequence[Place]) -> str:
    if reason.nearest_free is None:
        return "None of them is free at any time that week."
    return f"The nearest start that week at which one is free: {at(reason.nearest_free, places)}."


def _kept_by(speaker: SpeakerObstacle, team: Team) -> str:
    name = team.name(speaker.assistant_id)
    row = team.rows.get(speaker.assistant_id)
    obstacle = speaker.obstacle
    if obstacle is Obstacle.DECLINED:
        return f"{name} declined this session."
    if obstacle is Obstacle.VACATION:
        return f"{name} is away then."
    if obstacle is Obstacle.HOURS:
        hours = f" ({row.hours}, {row.timezone})" if row else ""
        return f"{name} is not available then{hours}, with 15 minutes either side."
    if obstacle is Obstacle.BUSY:
        return f"{name} assists session #{speaker.clashes_with} within 15 minutes of it."
    assert obstacle is Obstacle.MONTHLY_CAP and speaker.month is not None
    year, month = speaker.month
    limit = row.max_per_month if row else "their"
    return (
        f"{name} already assists {limit} session(s) in {calendar.month_name[month]} {year}, "
        "their monthly limit."
    )
