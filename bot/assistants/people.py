"""Volunteer assistants as the matching sees them (values) and as people read them (profiles),
and how a command names one: a mention in the caller's workspace, or the number `#3` from
`assistants list`, which reaches an assistant in any workspace or guild."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.assistants.values import Assistant
from bot.core.value_types import ValueProblem, ValueType, Wire, parse_user
from bot.times.display import Place
from bot.times.geography import language_name
from bot.times.local_time import city_of
from bot.times.vacations import parse_vacations
from bot.times.weekly_hours import parse_weekly_hours
from storage.models import AssistantStatus, ClassAssistant

STATUS_WORDS = {
    AssistantStatus.PENDING: "waiting for a coordinator's approval",
    AssistantStatus.APPROVED: "approved: offered sessions",
    AssistantStatus.PAUSED: "paused: offered nothing new",
    AssistantStatus.LEFT: "no longer an assistant (left)",
    AssistantStatus.DECLINED: "not approved",
}
MAX_PER_MONTH = 31


def name_of(row: ClassAssistant) -> str:
    return row.display_name or row.user_id


def languages_of(row: ClassAssistant) -> tuple[str, ...]:
    return tuple(code for code in row.languages.split(";") if code)


def place_of(row: ClassAssistant) -> Place:
    return Place(row.timezone, city_of(row.timezone))


def as_assistant(row: ClassAssistant, served_pairs: Iterable[frozenset[str]] = ()) -> Assistant:
    """The row as the rules read it: parsed hours and vacations, the pairs served before."""
    assert row.id is not None  # a stored row
    return Assistant(
        row.id,
        frozenset(languages_of(row)),
        parse_weekly_hours(row.hours),
        row.timezone,
        row.max_per_month,
        parse_vacations(row.vacations),
        frozenset(served_pairs),
    )


def profile_lines(row: ClassAssistant) -> list[str]:
    """Everything a coordinator (or the assistant themself) reads of a profile."""
    spoken = ", ".join(f"{language_name(code)} ({code})" for code in languages_of(row))
    lines = [
        f"#{row.id} {name_of(row)} ({row.platform}) — {STATUS_WORDS[row.status]}",
        f"    Languages: {spoken}",
        f"    Hours: {row.hours} ({row.timezone})",
        f"    At most {row.max_per_month} session(s) a month",
    ]
    if row.vacations:
        lines.append(f"    Away: {row.vacations}")
    return lines


def profile_data(row: ClassAssistant) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": name_of(row),
        "platform": row.platform,
        "workspace": row.workspace,
        "user_id": row.user_id,
        "languages": list(languages_of(row)),
        "hours": row.hours,
        "timezone": row.timezone,
        "max_per_month": row.max_per_month,
        "vacations": row.vacations,
        "status": row.status,
    }


@dataclass(frozen=True)
class AssistantRef:
    """An assistant named in a command: by number, or by a user in the caller's workspace."""

    number: int | None = None
    user_id: str | None = None


_NUMBER = re.compile(r"#?(?P<number>\d{1,9})")


def _parse_ref(raw: str) -> AssistantRef:
    text = raw.strip()
    if match := _NUMBER.fullmatch(text):
        return AssistantRef(number=int(match["number"]))
    try:
        return AssistantRef(user_id=parse_user(text).user_id)
    except ValueProblem:
        raise ValueProblem(
            f"'{raw}' names no assistant; mention them (@mina) or give their number from "
            "`/exchange assistants list` (#3)"
        ) from None


ASSISTANT = ValueType(
    "assistant",
    Wire.STRING,
    "<@user|#n>",
    "a mention like @mina, or an assistant's number like #3",
    _parse_ref,
)
