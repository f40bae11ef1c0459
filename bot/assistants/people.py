"""Volunteer assistants as the matching sees them (values) and as people read them (profiles,
in the reader's language: `assistants.ftl`), and how a command names one: a mention in the
caller's workspace, or the number `#3` from `assistants list`, which reaches an assistant in
any workspace or guild."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from textwrap import indent
from typing import Any

from bot.assistants.values import Assistant
from bot.core.value_types import ValueProblem, ValueType, Wire, parse_user
from bot.i18n.languages import Language
from bot.i18n.messages import Message, Renderer
from bot.times.display import Place
from bot.times.geography import LanguagesWithCodes
from bot.times.local_time import city_of
from bot.times.vacations import parse_vacations
from bot.times.weekly_hours import parse_weekly_hours
from storage.models import ClassAssistant

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


@dataclass(frozen=True)
class AssistantProfile:
    """Everything a coordinator (or the assistant themself) reads of a profile, as a message
    argument: a title line, then the details indented, each line a whole message."""

    row: ClassAssistant

    def localized(self, language: Language, translator: Renderer) -> str:
        row = self.row
        lines = [
            Message(
                "assistant-profile-title",
                id=str(row.id),
                name=name_of(row),
                platform=row.platform,
                status=row.status.value,
            ),
            Message("assistant-profile-languages", languages=LanguagesWithCodes(languages_of(row))),
            Message("assistant-profile-hours", hours=row.hours, timezone=row.timezone),
            Message("assistant-profile-limit", count=str(row.max_per_month)),
        ]
        if row.vacations:
            lines.append(Message("assistant-profile-away", vacations=row.vacations))
        title, *details = [translator.render(line, language) for line in lines]
        return "\n".join([title, indent("\n".join(details), "    ")])  # whole lines, indented


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
        raise ValueProblem(Message("assistant-ref-invalid", text=raw)) from None


ASSISTANT = ValueType(
    "assistant",
    Wire.STRING,
    "<@user|#n>",
    "a mention like @mina, or an assistant's number like #3",
    _parse_ref,
)
