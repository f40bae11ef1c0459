"""The typed values a command option can hold, each knowing how to read itself from text.

A value type turns one raw string into a Python value or raises `ValueProblem` with a short
sentence (a `Message`, in `core.ftl`) saying what was wrong; the grammar adds the option's name
and the usage line, and the dispatcher writes it in the reader's language.
`wire` tells the Discord adapter which application-command option type to declare.

A type whose values teachers also write in their own language (`월-금 09:00-16:00`,
`2027년 3월 2일`, `오후 3시`, `90분`, `일본`) names the `bot.i18n` rewrite into the English form
its parser reads; `read` applies it, so every command, form, the CLI and the survey import
accept them. English text is left as typed, and reads or is refused exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any

from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import InputProblem, Message
from bot.i18n.translator import english_only
from bot.i18n.typed_dates import date_in_iso
from bot.i18n.typed_times import clock_time_in_english, duration_in_minutes


class ValueProblem(ValueError):
    """A raw value that does not read as its type; the message says what is accepted (plain
    English text in the value types not converted to the catalogs yet)."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(message if isinstance(message, str) else message.key)
        self.message = message

    def __str__(self) -> str:
        """In English, for the command line and logs; chat replies render `message`."""
        return english_only().in_language(self.message, ENGLISH)


class Wire(StrEnum):
    STRING = "string"
    INTEGER = "integer"
    USER = "user"


@dataclass(frozen=True)
class Reading:
    """Who reads a typed value, and when: a date in numbers (`3/2`) is read in the reader's
    order (2 March in en-US, Korean, Japanese and Chinese; 3 February in English), and one
    without its year is the next such day from `today`. Unknown (the command line, an
    import), only dates that start with their year read."""

    language: Language | None = None
    today: date | None = None


UNKNOWN_READER = Reading()
Rewrite = Callable[[str, Reading], str]


def for_any_reader(rewrite: Callable[[str], str]) -> Rewrite:
    """A rewrite into English that every reader's text goes through alike (`오후 3시`)."""

    def rewritten(raw: str, reading: Reading) -> str:
        return rewrite(raw)

    return rewritten


def in_readers_order(rewrite: Callable[..., str]) -> Rewrite:
    """A rewrite of dates that may be written in numbers (`date_in_iso`, `vacations_in_iso`):
    called with the reader's language and today's date."""

    def rewritten(raw: str, reading: Reading) -> str:
        return rewrite(raw, reading.language, today=reading.today)

    return rewritten


@dataclass(frozen=True)
class ValueType:
    name: str
    wire: Wire
    placeholder: str  # shown in usage lines: <date>
    accepted: str  # shown in help: "a date like 2027-03-09"; translated as value-<name>-accepted
    parse: Callable[[str], Any]  # reads the English (or ISO) form
    # For a value an option reads over several words (`Tue 15:00`): whether one word may be
    # part of it. When no run of words reads, the option takes its first word and those after
    # it that may, so a mistake in the value never swallows the next option's word.
    part_of_value: Callable[[str], bool] | None = None
    in_english: Rewrite | None = None  # the same value typed in any language

    def read(self, raw: str, reading: Reading = UNKNOWN_READER) -> Any:
        """The value `raw` names, in English or any of the teachers' languages."""
        if self.in_english is None:
            return self.parse(raw)
        try:
            english = self.in_english(raw, reading)
        except InputProblem as problem:
            raise ValueProblem(problem.message) from None
        # Text the rewrite left alone reaches the parser as typed, spaces and all.
        return self.parse(raw if english == raw.strip() else english)


@dataclass(frozen=True)
class SchoolRef:
    """A school named in a command, resolved against storage by the dispatcher."""

    text: str


@dataclass(frozen=True)
class UserRef:
    """A user named in a command, in the caller's platform and workspace."""

    user_id: str


def _parse_text(raw: str) -> str:
    return raw.strip()


_INTEGER = re.compile(r"[+-]?\d+")


def _parse_integer(raw: str) -> int:
    if not _INTEGER.fullmatch(raw.strip()):
        raise ValueProblem(Message("value-integer-invalid", text=raw))
    return int(raw)


def _parse_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ValueProblem(Message("value-date-invalid", text=raw)) from None


_TIME = re.compile(r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>am|pm)?", re.IGNORECASE)


def parse_clock_time(raw: str) -> time:
    """Read a wall-clock time: 24-hour `15:30`, or `3pm` / `3:30pm`."""
    match = _TIME.fullmatch(raw.strip())
    if not match or (match["m"] is None and match["ampm"] is None):
        raise ValueProblem(Message("value-time-invalid", text=raw))
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueProblem(Message("value-time-twelve-hour", text=raw))
        hour = hour % 12 + (12 if match["ampm"].lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueProblem(Message("value-time-out-of-range", text=raw))
    return time(hour, minute)


_DURATION = re.compile(
    r"(?:(?P<h>\d+)\s*h(?:ours?|rs?)?)?\s*(?:(?P<m>\d+)\s*m(?:in(?:ute)?s?)?)?", re.IGNORECASE
)
_CLOCK_DURATION = re.compile(r"(?P<h>\d+):(?P<m>[0-5]\d)")


def parse_duration(raw: str) -> int:
    """Read a length of time in minutes: `60`, `90m`, `1h30m`, `1h`, `1:30`."""
    text = raw.strip()
    if text.isdigit():
        return int(text)
    if match := _CLOCK_DURATION.fullmatch(text):
        return int(match["h"]) * 60 + int(match["m"])
    match = _DURATION.fullmatch(text)
    if not text or not match or (match["h"] is None and match["m"] is None):
        raise ValueProblem(Message("value-duration-invalid", text=raw))
    return int(match["h"] or 0) * 60 + int(match["m"] or 0)


def _parse_choice(raw: str) -> str:
    return raw.strip().lower()


def _parse_school_ref(raw: str) -> SchoolRef:
    text = raw.strip()
    if not text:
        raise ValueProblem(Message("value-school-missing"))
    return SchoolRef(text)


_SLACK_MENTION = re.compile(r"<@(?P<id>[A-Z0-9]+)(?:\|[^>]*)?>")
_DISCORD_MENTION = re.compile(r"<@!?(?P<id>\d+)>")
_PLAIN_USER = re.compile(r"@?(?P<id>[\w.\-]{1,64})")


def parse_user(raw: str) -> UserRef:
    text = raw.strip()
    for pattern in (_SLACK_MENTION, _DISCORD_MENTION, _PLAIN_USER):
        if match := pattern.fullmatch(text):
            return UserRef(match["id"])
    raise ValueProblem(Message("value-user-invalid", text=raw))


TEXT = ValueType("text", Wire.STRING, "<text>", "any text (quote it if it has spaces)", _parse_text)
INTEGER = ValueType("integer", Wire.INTEGER, "<number>", "a whole number", _parse_integer)
DATE = ValueType(
    "date",
    Wire.STRING,
    "<date>",
    "a date like 2027-03-09",
    _parse_date,
    in_english=in_readers_order(date_in_iso),
)
TIME = ValueType(
    "time",
    Wire.STRING,
    "<HH:MM>",
    "a time like 15:30 or 3:30pm",
    parse_clock_time,
    in_english=for_any_reader(clock_time_in_english),
)
DURATION = ValueType(
    "duration",
    Wire.STRING,
    "<minutes>",
    "minutes (90), 1h30m or 1:30",
    parse_duration,
    in_english=for_any_reader(duration_in_minutes),
)
CHOICE = ValueType("choice", Wire.STRING, "<choice>", "one of the listed choices", _parse_choice)
SCHOOL = ValueType("school", Wire.STRING, "<school>", "a school id or name", _parse_school_ref)
USER = ValueType("user", Wire.USER, "<@user>", "a user mention like @alice", parse_user)
