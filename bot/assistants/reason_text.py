"""Why a session has no assistant, in the reader's words (`assistants.ftl`): for coordinators,
who each assistant who speaks both languages is and what keeps them; for teachers, only how
many and what kind of reason (teachers see an assistant's name and languages only once one is
assigned). The nearest time someone is free is shown in both schools' zones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from babel.dates import format_skeleton

from bot.assistants.reasons import SpeakerObstacle, UncoveredReason
from bot.assistants.rules import Obstacle
from bot.assistants.team import Team
from bot.i18n.languages import Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.time_text import TimeAt
from bot.times.display import Place
from bot.times.geography import SpokenLanguage


@dataclass(frozen=True)
class Sentences:
    """Whole messages one after another, as one message argument (a reason of several
    sentences)."""

    messages: tuple[Message, ...]

    def localized(self, language: Language, translator: Renderer) -> str:
        written = [translator.render(message, language) for message in self.messages]
        return " ".join(written)  # whole sentences, side by side


@dataclass(frozen=True)
class MonthOfYear:
    """`March 2027`, `2027년 3월`, `2027年3月` as a message argument."""

    year: int
    month: int

    def localized(self, language: Language, translator: Renderer) -> str:
        return format_skeleton("yMMMM", date(self.year, self.month, 1), locale=language.locale)


def nobody_speaks(languages: Sequence[str]) -> Message:
    first, second = (SpokenLanguage(code) for code in languages)
    return Message("assistant-reason-nobody-speaks", first=first, second=second)


def coordinator_reason(reason: UncoveredReason, team: Team, places: Sequence[Place]) -> Sentences:
    """Every assistant who speaks both languages and what keeps them, then the nearest time."""
    if not reason.speakers:
        return Sentences((nobody_speaks(reason.languages),))
    kept = [_kept_by(speaker, team) for speaker in reason.speakers]
    return Sentences((*kept, _nearest(reason, places)))


def teacher_reason(reason: UncoveredReason, places: Sequence[Place]) -> Sentences:
    if not reason.speakers:
        return Sentences((nobody_speaks(reason.languages),))
    busy = Message("assistant-reason-not-free", count=len(reason.speakers))
    return Sentences((busy, _nearest(reason, places)))


def _nearest(reason: UncoveredReason, places: Sequence[Place]) -> Message:
    if reason.nearest_free is None:
        return Message("assistant-reason-never-free")
    return Message("assistant-reason-nearest", at=TimeAt(reason.nearest_free, tuple(places)))


def _kept_by(speaker: SpeakerObstacle, team: Team) -> Message:
    name = team.name(speaker.assistant_id)
    row = team.rows[speaker.assistant_id]  # a speaker is one of the team's
    obstacle = speaker.obstacle
    if obstacle is Obstacle.DECLINED:
        return Message("assistant-reason-declined", name=name)
    if obstacle is Obstacle.VACATION:
        return Message("assistant-reason-away", name=name)
    if obstacle is Obstacle.HOURS:
        return Message("assistant-reason-hours", name=name, hours=row.hours, timezone=row.timezone)
    if obstacle is Obstacle.BUSY:
        return Message("assistant-reason-busy", name=name, other=str(speaker.clashes_with))
    assert obstacle is Obstacle.MONTHLY_CAP and speaker.month is not None
    return Message(
        "assistant-reason-monthly-cap",
        name=name,
        count=str(row.max_per_month),
        month=MonthOfYear(*speaker.month),
    )
