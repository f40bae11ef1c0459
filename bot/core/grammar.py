"""The text grammar of `/exchange`, shared by Slack and the console.

    find language=ja level=middle
    school register "Hanbit Middle School" country=KR city=Seoul
    request JP-sakura "We would love to meet your class!"

Words are separated by spaces; double quotes (straight or curly, since phones and Slack turn
them curly) group words, and `\\"` puts a quote inside. `name=value` sets an option by name;
other words fill the command's positional options in order (an optional one is passed over
by a value only a later one reads: `report 2027-1` is a term, not a program). Everything a
user can get wrong raises `UserError` with a `Message` (`core.ftl`) that names the bad word
and says what is accepted; option and command names stay as declared in every language.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.core.declared_text import accepted, option_help
from bot.core.errors import UserError
from bot.core.spec import REQUIRED, Catalog, CommandSpec, Param
from bot.core.value_types import UNKNOWN_READER, Reading, ValueProblem
from bot.i18n.messages import Message

OPENING_QUOTES = {'"': '"', "“": "”", "”": "”", "„": "“"}
CLOSING_QUOTES = {'"', "“", "”"}
_OPTION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
MAX_COMMAND_LENGTH = 4000
# The span of dates any option accepts: the arithmetic of reminders and weeks stays far from
# the ends of Python's calendar (years 1 and 9999), where it would overflow.
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2099, 12, 31)
MAX_WHOLE_NUMBER = 2**31 - 1  # the largest integer a database column holds on every backend
_ALLOWED_CONTROLS = frozenset("\t\n\r")
SLASH_COMMAND_NAMES = ("exchange", "/exchange")  # typed again, or without its slash


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # position of the token in the line, for error messages
    name: str | None = None  # set for `name=value`
    quoted: bool = False  # any part was quoted: never read as a command word


def tokenize(line: str) -> list[Token]:
    """Split a command line into words, honouring quotes and `name=value`."""
    if len(line) > MAX_COMMAND_LENGTH:
        raise UserError(
            Message(
                "grammar-command-too-long", length=str(len(line)), limit=str(MAX_COMMAND_LENGTH)
            ),
            show_usage=False,
        )
    tokens: list[Token] = []
    position, length = 0, len(line)
    while position < length:
        if line[position].isspace():
            position += 1
            continue
        start = position
        parts: list[str] = []
        quoted = False
        name: str | None = None
        while position < length and not line[position].isspace():
            char = line[position]
            if char in OPENING_QUOTES:
                text, position = _read_quoted(line, position)
                parts.append(text)
                quoted = True
                continue
            if char == "=" and name is None and not quoted:
                candidate = "".join(parts)
                if _OPTION_NAME.fullmatch(candidate):
                    name, parts = candidate, []
                    position += 1
                    continue
            parts.append(char)
            position += 1
        tokens.append(Token("".join(parts), start, name, quoted))
    return tokens


def _read_quoted(line: str, opening: int) -> tuple[str, int]:
    position = opening + 1
    chars: list[str] = []
    while position < len(line):
        char = line[position]
        if char == "\\" and position + 1 < len(line) and line[position + 1] in '"\\“”':
            chars.append(line[position + 1])
            position += 2
            continue
        if char in CLOSING_QUOTES:
            return "".join(chars), position + 1
        chars.append(char)
        position += 1
    raise UserError(Message("grammar-quote-unclosed", position=str(opening + 1)), show_usage=False)


@dataclass(frozen=True)
class Invocation:
    spec: CommandSpec
    raw: dict[str, str]  # option name to the text the user gave


def resolve_command(catalog: Catalog, tokens: list[Token]) -> tuple[CommandSpec, list[Token]]:
    """Find the command named by the leading words; the rest are its options."""
    words: list[str] = []
    for token in tokens:
        if token.name is not None or token.quoted:
            break
        words.append(token.text.lower())
    spec, used = catalog.longest_match(words)
    if spec is None:
        raise UserError(_unknown_command_message(catalog, words), show_usage=False)
    return spec, tokens[used:]


def _unknown_command_message(catalog: Catalog, words: list[str]) -> Message:
    if not words:
        return Message("grammar-which-command")
    if words[0] in catalog.groups():
        subcommands = sorted(" ".join(s.path) for s in catalog if s.path[0] == words[0])
        return Message(
            "grammar-not-a-command-of-group",
            asked=" ".join(words[:2]),
            group=words[0],
            commands=", ".join(subcommands),
        )
    if words[0] in SLASH_COMMAND_NAMES and len(words) > 1:
        meant, _ = catalog.longest_match(words[1:])
        if meant is not None:
            return Message("grammar-slash-command-typed-again", meant=meant.name)
    names = [spec.name for spec in catalog]
    asked = " ".join(words[:2])
    close = difflib.get_close_matches(asked, names, n=1, cutoff=0.6) or difflib.get_close_matches(
        words[0], names, n=1, cutoff=0.6
    )
    if close:
        return Message("grammar-unknown-command-close", word=words[0], close=close[0])
    return Message("grammar-unknown-command", word=words[0])


def bind(spec: CommandSpec, tokens: list[Token]) -> Invocation:
    """Assign each word to an option: by `name=`, else to the next positional option."""
    raw: dict[str, str] = {}
    positional_values: list[Token] = []
    accepts_free_text = any(p.greedy for p in spec.params)
    for token in tokens:
        if token.name is not None:
            key = token.name.lower().replace("-", "_")
            param = spec.param(key)
            if param is None:
                if accepts_free_text and not _close_option(spec, key):
                    positional_values.append(_as_plain_word(token))
                    continue
                raise UserError(_unknown_option_message(spec, token.name))
            if key in raw:
                raise UserError(Message("grammar-option-twice", option=key))
            raw[key] = token.text
        else:
            positional_values.append(token)
    _assign_positionals(spec, positional_values, raw)
    return Invocation(spec, raw)


def _as_plain_word(token: Token) -> Token:
    return Token(f"{token.name}={token.text}", token.start, None, token.quoted)


def _assign_positionals(spec: CommandSpec, values: list[Token], raw: dict[str, str]) -> None:
    """Fill the open positional options in order. An optional one is passed over by a value it
    cannot read that a later one can (`feedback summary JP-sakura` names the partner, not a
    session), and one that spans words takes the longest run its type reads."""
    open_slots = [p for p in spec.params if p.positional and p.name not in raw]
    index = 0
    while index < len(values):
        token = values[index]
        if not open_slots:
            raise UserError(Message("grammar-unexpected-value", text=token.text, command=spec.name))
        param = _slot_for(open_slots, token.text)
        open_slots = open_slots[open_slots.index(param) + 1 :]
        if param.greedy:
            raw[param.name] = " ".join(t.text for t in values[index:])
            return
        taken = _words_taken(param, values[index:])
        raw[param.name] = " ".join(t.text for t in values[index : index + taken])
        index += taken


def _slot_for(open_slots: list[Param], text: str) -> Param:
    first = open_slots[0]
    if first.required or _reads(first, text):
        return first
    later = next((p for p in open_slots[1:] if _reads(p, text)), None)
    return later or first


def _words_taken(param: Param, values: list[Token]) -> int:
    """The longest run of words the option reads. A quoted group is one value, read whole.
    When no run reads, the words that may belong to the value, so that the error quotes all
    of `Tue 25:00` and none of the school after it."""
    longest = 1 if values[0].quoted else min(param.span, len(values))
    for count in range(longest, 1, -1):
        if _reads(param, " ".join(t.text for t in values[:count])):
            return count
    if longest == 1 or _reads(param, values[0].text):
        return 1
    part_of_value = param.type.part_of_value
    if part_of_value is None:
        return longest
    taken = 1
    while taken < longest and not values[taken].quoted and part_of_value(values[taken].text):
        taken += 1
    return taken


def _reads(param: Param, text: str) -> bool:
    try:
        coerce_value(param, text)
    except UserError:
        return False
    return True


def _close_option(spec: CommandSpec, name: str) -> str | None:
    """The declared option a misspelt `name=` most likely meant, if any is close."""
    close = difflib.get_close_matches(name, [p.name for p in spec.params], n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown_option_message(spec: CommandSpec, name: str) -> Message:
    options = ", ".join(p.name for p in spec.params)
    if not options:
        return Message("grammar-takes-no-options", command=spec.name, option=name)
    if close := _close_option(spec, name.lower().replace("-", "_")):
        return Message(
            "grammar-unknown-option-close",
            option=name,
            command=spec.name,
            close=close,
            options=options,
        )
    return Message("grammar-unknown-option", option=name, command=spec.name, options=options)


LIST_SEPARATOR = re.compile(r"[,;]")


def coerce(
    spec: CommandSpec, raw: dict[str, str], reading: Reading = UNKNOWN_READER
) -> dict[str, Any]:
    """Turn every raw text into its typed value and check limits; fill defaults. `reading`
    says who typed it (a date in numbers is read in their order)."""
    values: dict[str, Any] = {}
    for param in spec.params:
        if param.name not in raw:
            if param.required:
                raise UserError(
                    Message(
                        "grammar-option-needed",
                        command=spec.name,
                        option=param.name,
                        help=option_help(spec.path, param),
                    )
                )
            values[param.name] = param.default
            continue
        values[param.name] = coerce_value(param, raw[param.name], spec.path, reading)
    return values


def coerce_value(
    param: Param,
    text: str,
    path: tuple[str, ...] | None = None,
    reading: Reading = UNKNOWN_READER,
) -> Any:
    """`path` names the command, so that the option's help in a refusal is translated."""
    if len(text) > param.max_length:
        raise UserError(
            Message(
                "grammar-option-too-long",
                option=param.name,
                length=str(len(text)),
                limit=str(param.max_length),
            )
        )
    _check_characters(param, text)
    if param.many:
        items = [item.strip() for item in LIST_SEPARATOR.split(text) if item.strip()]
        if not items and param.required:
            raise UserError(
                Message(
                    "grammar-option-needs-a-value",
                    option=param.name,
                    help=option_help(path, param),
                )
            )
        return [_coerce_one(param, item, reading) for item in items]
    if not text.strip() and param.required:
        raise UserError(
            Message("grammar-option-empty", option=param.name, help=option_help(path, param))
        )
    if not text.strip() and param.default is not REQUIRED:
        return param.default
    return _coerce_one(param, text, reading)


def _check_characters(param: Param, text: str) -> None:
    """Control characters (NUL, terminal escapes) and lone surrogates are refused: PostgreSQL
    cannot store NUL, and nobody types the others on purpose."""
    for char in text:
        kind = unicodedata.category(char)
        if (kind == "Cc" and char not in _ALLOWED_CONTROLS) or kind == "Cs":
            raise UserError(
                Message("grammar-control-character", option=param.name, code=f"U+{ord(char):04X}")
            )


def _coerce_one(param: Param, text: str, reading: Reading) -> Any:
    try:
        value = param.type.read(text, reading)
    except ValueProblem as problem:
        raise UserError(
            Message("grammar-option-problem", option=param.name, problem=problem.message)
        ) from None
    except (ValueError, OverflowError):
        # a reader that met something it did not expect (a year 10000): still the user's text
        raise UserError(
            Message(
                "grammar-option-unreadable",
                option=param.name,
                text=text,
                accepted=accepted(param.type),
            )
        ) from None
    _check_dates(param, value)
    if param.choices and value not in param.choices:
        choices = ", ".join(param.choices)  # what to type, as declared in every language
        if close := difflib.get_close_matches(str(value), param.choices, n=1, cutoff=0.5):
            raise UserError(
                Message(
                    "grammar-choice-unknown-close",
                    option=param.name,
                    text=text,
                    close=close[0],
                    choices=choices,
                )
            )
        raise UserError(
            Message("grammar-choice-unknown", option=param.name, text=text, choices=choices)
        )
    if isinstance(value, int) and not isinstance(value, bool):
        _check_range(param, value)
    return value


def _check_dates(param: Param, value: Any) -> None:
    for day in _dates_in(value):
        if not FIRST_DATE <= day <= LAST_DATE:
            raise UserError(
                Message(
                    "grammar-date-out-of-range",
                    option=param.name,
                    date=day.isoformat(),
                    first=FIRST_DATE.isoformat(),
                    last=LAST_DATE.isoformat(),
                )
            )


def _dates_in(value: Any) -> Iterator[date]:
    """Every date a parsed value holds: itself, its items, or its dataclass fields."""
    if isinstance(value, date):
        yield value.date() if isinstance(value, datetime) else value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _dates_in(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _dates_in(getattr(value, item.name))


def _check_range(param: Param, value: int) -> None:
    if abs(value) > MAX_WHOLE_NUMBER:
        raise UserError(
            Message(
                "grammar-number-too-large",
                option=param.name,
                value=str(value),
                limit=str(MAX_WHOLE_NUMBER),
            )
        )
    low, high = param.minimum, param.maximum
    if low is not None and high is not None and not low <= value <= high:
        raise UserError(
            Message(
                "grammar-number-out-of-range",
                option=param.name,
                value=str(value),
                low=str(low),
                high=str(high),
            )
        )
    if low is not None and value < low:
        raise UserError(
            Message("grammar-number-too-small", option=param.name, value=str(value), low=str(low))
        )
    if high is not None and value > high:
        raise UserError(
            Message("grammar-number-too-big", option=param.name, value=str(value), high=str(high))
        )


def parse_line(catalog: Catalog, line: str) -> Invocation:
    """Parse the text after `/exchange` into a command and its raw option values."""
    tokens = tokenize(line)
    spec, rest = resolve_command(catalog, tokens)
    return bind(spec, rest)


def quote(value: str) -> str:
    """Render a value so that `tokenize` reads it back unchanged (used by buttons and tests)."""
    if value and not any(c.isspace() or c in OPENING_QUOTES or c in "\\=" for c in value):
        return value
    escaped = value.replace("\\", "\\\\")
    for mark in sorted(CLOSING_QUOTES):
        escaped = escaped.replace(mark, "\\" + mark)
    return f'"{escaped}"'
