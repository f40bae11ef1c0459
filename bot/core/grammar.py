"""The text grammar of `/exchange`, shared by Slack and the console.

    find language=ja level=middle
    school register "Hanbit Middle School" country=KR city=Seoul
    request JP-sakura "We would love to meet your class!"

Words are separated by spaces; double quotes (straight or curly, since phones and Slack turn
them curly) group words, and `\\"` puts a quote inside. `name=value` sets an option by name;
other words fill the command's positional options in order (an optional one is passed over
by a value only a later one reads: `report 2027-1` is a term, not a program). Everything a
user can get wrong raises `UserError` with a message that names the bad word and says what
is accepted.
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

from bot.core.errors import UserError
from bot.core.spec import REQUIRED, Catalog, CommandSpec, Param
from bot.core.value_types import ValueProblem

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
            f"That command is {len(line)} characters long; the limit is {MAX_COMMAND_LENGTH}.",
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
    raise UserError(
        f'A quote opened at position {opening + 1} is never closed: add a closing ".',
        show_usage=False,
    )


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


def _unknown_command_message(catalog: Catalog, words: list[str]) -> str:
    if not words:
        return "Which command? Type `/exchange help` to see them all."
    if words[0] in catalog.groups():
        subcommands = sorted(" ".join(s.path) for s in catalog if s.path[0] == words[0])
        asked = " ".join(words[:2])
        return f"'{asked}' is not a command. Commands of '{words[0]}': " + ", ".join(subcommands)
    if words[0] in SLASH_COMMAND_NAMES and len(words) > 1:
        meant, _ = catalog.longest_match(words[1:])
        if meant is not None:
            return (
                f"Did you mean `{meant.name}`? `exchange` is the slash command itself: type "
                f"`/exchange {meant.name} …`."
            )
    names = [spec.name for spec in catalog]
    asked = " ".join(words[:2])
    close = difflib.get_close_matches(asked, names, n=1, cutoff=0.6) or difflib.get_close_matches(
        words[0], names, n=1, cutoff=0.6
    )
    hint = f" Did you mean `{close[0]}`?" if close else ""
    return f"Unknown command '{words[0]}'.{hint} Type `/exchange help` to see them all."


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
                raise UserError(f"Option '{key}' is given twice; give it once.")
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
            raise UserError(f"Unexpected '{token.text}': {spec.name} takes no more values here.")
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


def _unknown_option_message(spec: CommandSpec, name: str) -> str:
    options = [p.name for p in spec.params]
    if not options:
        return f"{spec.name} takes no options, but got '{name}='."
    close = _close_option(spec, name.lower().replace("-", "_"))
    hint = f" Did you mean '{close}='?" if close else ""
    return f"Unknown option '{name}' for {spec.name}.{hint} Options: {', '.join(options)}."


LIST_SEPARATOR = re.compile(r"[,;]")


def coerce(spec: CommandSpec, raw: dict[str, str]) -> dict[str, Any]:
    """Turn every raw text into its typed value and check limits; fill defaults."""
    values: dict[str, Any] = {}
    for param in spec.params:
        if param.name not in raw:
            if param.required:
                raise UserError(f"{spec.name} needs {param.name}: {param.help}")
            values[param.name] = param.default
            continue
        values[param.name] = coerce_value(param, raw[param.name])
    return values


def coerce_value(param: Param, text: str) -> Any:
    if len(text) > param.max_length:
        raise UserError(
            f"{param.name} is {len(text)} characters long; at most {param.max_length} are accepted."
        )
    _check_characters(param, text)
    if param.many:
        items = [item.strip() for item in LIST_SEPARATOR.split(text) if item.strip()]
        if not items and param.required:
            raise UserError(f"{param.name} needs at least one value: {param.help}")
        return [_coerce_one(param, item) for item in items]
    if not text.strip() and param.required:
        raise UserError(f"{param.name} is empty: {param.help}")
    if not text.strip() and param.default is not REQUIRED:
        return param.default
    return _coerce_one(param, text)


def _check_characters(param: Param, text: str) -> None:
    """Control characters (NUL, terminal escapes) and lone surrogates are refused: PostgreSQL
    cannot store NUL, and nobody types the others on purpose."""
    for char in text:
        kind = unicodedata.category(char)
        if (kind == "Cc" and char not in _ALLOWED_CONTROLS) or kind == "Cs":
            raise UserError(
                f"{param.name} contains the control character U+{ord(char):04X}; remove it."
            )


def _coerce_one(param: Param, text: str) -> Any:
    try:
        value = param.type.read(text)
    except ValueProblem as problem:
        raise UserError(f"{param.name}: {problem}") from None
    except (ValueError, OverflowError):
        # a reader that met something it did not expect (a year 10000): still the user's text
        raise UserError(f"{param.name}: '{text}' is not {param.type.accepted}.") from None
    _check_dates(param, value)
    if param.choices and value not in param.choices:
        close = difflib.get_close_matches(str(value), param.choices, n=1, cutoff=0.5)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        listed = ", ".join(param.choices)
        raise UserError(f"{param.name}: '{text}' is not accepted.{hint} Choose one of: {listed}.")
    if isinstance(value, int) and not isinstance(value, bool):
        _check_range(param, value)
    return value


def _check_dates(param: Param, value: Any) -> None:
    for day in _dates_in(value):
        if not FIRST_DATE <= day <= LAST_DATE:
            raise UserError(
                f"{param.name}: {day.isoformat()} is out of range; dates from "
                f"{FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()} are accepted."
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
            f"{param.name}: {value} is too large; numbers up to {MAX_WHOLE_NUMBER} are accepted."
        )
    low, high = param.minimum, param.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            bounds = f"from {low} to {high}"
        elif low is not None:
            bounds = f"at least {low}"
        else:
            bounds = f"at most {high}"
        raise UserError(f"{param.name}: {value} is out of range; it must be {bounds}.")


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
