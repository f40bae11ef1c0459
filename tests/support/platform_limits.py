"""Discord's and Slack's limits, as the platforms enforce them: the one source of truth that
the fake APIs answer by and that the tests hold the bot's output to.

Each check returns the violations it finds, each with where it is (a path into the JSON
body), the platform's own error code and its message, so a fake can answer as the platform
does and a test can say what is wrong. Sources: Discord's application-command documentation
and OpenAPI document (`../shared/specs/`), Discord's message and component reference, Slack's
Block Kit and `views.open` reference, and PLATFORM_NOTES.md for what Slack enforces without
documenting it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Violation:
    where: Path  # into the JSON body: ("blocks", 3, "text", "text")
    code: str  # the platform's code: BASE_TYPE_MAX_LENGTH, invalid_blocks, …
    message: str

    def __str__(self) -> str:
        return f"{'/'.join(map(str, self.where)) or '(body)'}: {self.code}: {self.message}"


# --- Discord application commands (discord-application-commands.md) -----------------------

MAX_GLOBAL_COMMANDS = 100
MAX_COMMAND_CHARACTERS = 8000  # per top-level command, the longest localization of each field
MAX_COMMAND_OPTIONS = 25  # options or subcommands at each level
MAX_CHOICES = 25
MAX_NAME = 32
MAX_COMMAND_DESCRIPTION = 100
MAX_CHOICE_NAME = 100
MAX_STRING_OPTION_LENGTH = 6000
SUBCOMMAND, SUBCOMMAND_GROUP = 1, 2
_NAME_MARKS = "-_'"


def is_command_name(name: str) -> bool:
    """Discord's `^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$`, lower case where a letter
    has a lower-case form."""
    return (
        1 <= len(name) <= MAX_NAME
        and name == name.lower()
        and all(
            char in _NAME_MARKS
            or unicodedata.category(char)[0] in "LN"
            or "\u0900" <= char <= "\u097f"  # Devanagari
            or "\u0e00" <= char <= "\u0e7f"  # Thai
            for char in name
        )
    )


def longest(node: dict[str, Any], field: str) -> int:
    """The field's length as Discord counts it: the longest of the default and its
    localizations."""
    texts = [node.get(field) or "", *(node.get(f"{field}_localizations") or {}).values()]
    return max(len(text) for text in texts)


def command_characters(command: dict[str, Any]) -> int:
    """Names, descriptions, choice names and values of a command and all it holds."""
    total = 0
    stack = [command]
    while stack:
        node = stack.pop()
        total += longest(node, "name") + longest(node, "description")
        for choice in node.get("choices") or ():
            total += longest(choice, "name") + len(str(choice["value"]))
        stack.extend(node.get("options") or ())
    return total


def command_problems(body: list[dict[str, Any]]) -> list[Violation]:
    """Everything Discord refuses in a `PUT /applications/{id}/commands` body."""
    found: list[Violation] = []
    if len(body) > MAX_GLOBAL_COMMANDS:
        found.append(
            Violation(
                (),
                "30032",
                f"Maximum number of application commands reached ({MAX_GLOBAL_COMMANDS})",
            )
        )
    names = [command["name"] for command in body]
    for index, command in enumerate(body):
        if names.count(command["name"]) > 1:
            found.append(
                Violation((index, "name"), "APPLICATION_COMMANDS_DUPLICATE_NAME", "Duplicate name")
            )
    found += _localized_name_clashes(body, (), "APPLICATION_COMMANDS_DUPLICATE_NAME")
    for index, command in enumerate(body):
        if command_characters(command) > MAX_COMMAND_CHARACTERS:
            found.append(
                Violation(
                    (index,),
                    "APPLICATION_COMMAND_TOO_LARGE",
                    f"Command exceeds maximum size ({MAX_COMMAND_CHARACTERS})",
                )
            )
        found += _node_problems(command, (index,), depth=0)
    return found


def _node_problems(node: dict[str, Any], where: Path, depth: int) -> Iterator[Violation]:
    for at, name in _localized(node, "name"):
        if not is_command_name(name):
            yield Violation((*where, *at), "APPLICATION_COMMAND_INVALID_NAME", repr(name))
    for at, description in _localized(node, "description"):
        yield from _length((*where, *at), description, 1, MAX_COMMAND_DESCRIPTION)
    options = node.get("options") or []
    yield from _count((*where, "options"), options, MAX_COMMAND_OPTIONS)
    nested = [o for o in options if o["type"] in (SUBCOMMAND, SUBCOMMAND_GROUP)]
    if nested and len(nested) != len(options):
        yield Violation(
            (*where, "options"),
            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
            "Subcommands and options cannot be mixed",
        )
    if any(o["type"] == SUBCOMMAND_GROUP for o in options) and depth > 0:
        yield Violation((*where, "options"), "BASE_TYPE_CHOICES", "Groups nest one level only")
    option_names = [o["name"] for o in options]
    required = [bool(o.get("required")) for o in options if o["type"] > SUBCOMMAND_GROUP]
    if required != sorted(required, reverse=True):
        yield Violation(
            (*where, "options"),
            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
            "Required options must be placed before non-required options",
        )
    yield from _localized_name_clashes(
        options, (*where, "options"), "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME"
    )
    for number, option in enumerate(options):
        at = (*where, "options", number)
        if option_names.count(option["name"]) > 1:
            yield Violation(
                (*at, "name"), "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME", "Duplicate"
            )
        choices = option.get("choices") or []
        yield from _count((*at, "choices"), choices, MAX_CHOICES)
        for c, choice in enumerate(choices):
            for name_at, name in _localized(choice, "name"):
                yield from _length((*at, "choices", c, *name_at), name, 1, MAX_CHOICE_NAME)
        if "max_length" in option:
            yield from _range(
                (*at, "max_length"), option["max_length"], 1, MAX_STRING_OPTION_LENGTH
            )
        yield from _node_problems(option, at, depth + 1)


def _localized_name_clashes(
    siblings: list[dict[str, Any]], where: Path, code: str
) -> list[Violation]:
    """A localized name must differ from every sibling's default name and from every sibling's
    name in that locale (Discord's "Localization" section states it for options; it is held
    to for commands too, whose names a client in that locale could not tell apart either)."""
    found = []
    defaults = [sibling["name"] for sibling in siblings]
    locales = sorted({loc for s in siblings for loc in s.get("name_localizations") or {}})
    for locale in locales:
        shown = [(s.get("name_localizations") or {}).get(locale, s["name"]) for s in siblings]
        for number, sibling in enumerate(siblings):
            localized = (sibling.get("name_localizations") or {}).get(locale)
            others = {
                name
                for n in range(len(siblings))
                if n != number
                for name in (defaults[n], shown[n])
            }
            if localized in others:
                found.append(
                    Violation(
                        (*where, number, "name_localizations", locale),
                        code,
                        f"{localized!r} is another name of this level in {locale}",
                    )
                )
    return found


def _localized(node: dict[str, Any], field: str) -> Iterator[tuple[Path, str]]:
    """The field and each of its localizations, with where each is."""
    yield (field,), node.get(field) or ""
    for locale, text in (node.get(f"{field}_localizations") or {}).items():
        yield (f"{field}_localizations", locale), text


# --- Discord messages, components and modals --------------------------------------------------

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000  # title, description, field names and values, footer and author, all embeds
MAX_EMBED_TITLE = 256
MAX_EMBED_DESCRIPTION = 4096
MAX_EMBED_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_AUTHOR = 256
MAX_ACTION_ROWS = 5
MAX_ROW_BUTTONS = 5
MAX_BUTTON_LABEL = 80
MAX_CUSTOM_ID = 100
MAX_FILES = 10
MAX_MODAL_TITLE = 45
MAX_MODAL_COMPONENTS = 5
MAX_LABEL = 45
MAX_LABEL_DESCRIPTION = 100
MAX_PLACEHOLDER = 100
MAX_TEXT_INPUT = 4000
MAX_AUTOCOMPLETE_CHOICES = 25
MAX_AUTOCOMPLETE_TEXT = 100


def discord_message_problems(body: dict[str, Any], files: int = 0) -> list[Violation]:
    """What Discord refuses in a message body (create, edit, interaction response, follow-up)."""
    found = list(_length(("content",), body.get("content") or "", 0, MAX_CONTENT))
    embeds = body.get("embeds") or []
    found += _count(("embeds",), embeds, MAX_EMBEDS)
    total = 0
    for index, embed in enumerate(embeds):
        at: Path = ("embeds", index)
        texts = [
            ((*at, "title"), embed.get("title") or "", MAX_EMBED_TITLE),
            ((*at, "description"), embed.get("description") or "", MAX_EMBED_DESCRIPTION),
            ((*at, "footer", "text"), (embed.get("footer") or {}).get("text") or "", MAX_FOOTER),
            ((*at, "author", "name"), (embed.get("author") or {}).get("name") or "", MAX_AUTHOR),
        ]
        fields = embed.get("fields") or []
        found += _count((*at, "fields"), fields, MAX_EMBED_FIELDS)
        for number, item in enumerate(fields):
            found += _length((*at, "fields", number, "name"), item["name"], 1, MAX_FIELD_NAME)
            found += _length((*at, "fields", number, "value"), item["value"], 1, MAX_FIELD_VALUE)
            total += len(item["name"]) + len(item["value"])
        for where, text, limit in texts:
            found += _length(where, text, 0, limit)
            total += len(text)
    if total > MAX_EMBED_TOTAL:
        found.append(
            Violation(
                ("embeds",),
                "MAX_EMBED_SIZE_EXCEEDED",
                f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL}",
            )
        )
    found += _components_problems(body.get("components") or [])
    attachments = max(files, len(body.get("attachments") or []))
    if attachments > MAX_FILES:
        found.append(
            Violation(
                ("files",), "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_FILES} or fewer in length."
            )
        )
    return found


def _components_problems(rows: list[dict[str, Any]]) -> Iterator[Violation]:
    yield from _count(("components",), rows, MAX_ACTION_ROWS)
    ids: list[str] = []
    for index, row in enumerate(rows):
        buttons = row.get("components") or []
        yield from _count(("components", index, "components"), buttons, MAX_ROW_BUTTONS)
        for number, button in enumerate(buttons):
            at = ("components", index, "components", number)
            yield from _length((*at, "label"), button.get("label") or "", 0, MAX_BUTTON_LABEL)
            if "custom_id" in button:
                ids.append(button["custom_id"])
                yield from _length((*at, "custom_id"), button["custom_id"], 1, MAX_CUSTOM_ID)
    if len(set(ids)) != len(ids):
        yield Violation(("components",), "COMPONENT_CUSTOM_ID_DUPLICATED", "Duplicate custom_id")


def discord_modal_problems(modal: dict[str, Any]) -> list[Violation]:
    """What Discord refuses in a modal (interaction callback type 9)."""
    found = list(_length(("title",), modal.get("title") or "", 1, MAX_MODAL_TITLE))
    found += _length(("custom_id",), modal.get("custom_id") or "", 1, MAX_CUSTOM_ID)
    components = modal.get("components") or []
    found += _count(("components",), components, MAX_MODAL_COMPONENTS)
    for index, label in enumerate(components):
        at: Path = ("components", index)
        found += _length((*at, "label"), label.get("label") or "", 1, MAX_LABEL)
        found += _length(
            (*at, "description"), label.get("description") or "", 0, MAX_LABEL_DESCRIPTION
        )
        field = label.get("component") or {}
        found += _length(
            (*at, "component", "custom_id"), field.get("custom_id") or "", 1, MAX_CUSTOM_ID
        )
        found += _length(
            (*at, "component", "placeholder"), field.get("placeholder") or "", 0, MAX_PLACEHOLDER
        )
        found += _length((*at, "component", "value"), field.get("value") or "", 0, MAX_TEXT_INPUT)
        if "max_length" in field:
            found += _range(
                (*at, "component", "max_length"), field["max_length"], 1, MAX_TEXT_INPUT
            )
    return found


def discord_autocomplete_problems(choices: list[dict[str, Any]]) -> list[Violation]:
    found = list(_count(("choices",), choices, MAX_AUTOCOMPLETE_CHOICES))
    for index, choice in enumerate(choices):
        found += _length(("choices", index, "name"), choice["name"], 1, MAX_AUTOCOMPLETE_TEXT)
        found += _length(
            ("choices", index, "value"), str(choice["value"]), 1, MAX_AUTOCOMPLETE_TEXT
        )
    return found


def discord_error(violations: Iterable[Violation]) -> dict[str, Any]:
    """Discord's answer to an invalid body: 50035 with the errors nested by where they are."""
    errors: dict[str, Any] = {}
    for violation in violations:
        node = errors
        for step in violation.where:
            node = node.setdefault(str(step), {})
        node.setdefault("_errors", []).append(
            {"code": violation.code, "message": violation.message}
        )
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}


# --- Slack messages and views ---------------------------------------------------------------

# Slack refuses `chat.postMessage` blocks with more than about 12,000 characters of text in
# all (`msg_blocks_too_long`); it documents no figure, says the 12,000 keep "a buffer for
# block containers", and refused one message at 11,341 (bolt-js #2867). The fake refuses
# above 11,000; `response_url` posts are not held to it.
MAX_BLOCK_TEXT_TOTAL = 11_000
MAX_BLOCKS = 50
MAX_MESSAGE_TEXT = 40_000  # longer `text` is refused (`msg_too_long`)
MAX_SECTION_TEXT = 3000
MAX_SECTION_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_SLACK_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ID = 255
MAX_VIEW_TITLE = 24
MAX_VIEW_BLOCKS = 100
MAX_PRIVATE_METADATA = 3000
MAX_CALLBACK_ID = 255
MAX_INPUT_LABEL = 2000
MAX_INPUT_HINT = 2000
MAX_INPUT_PLACEHOLDER = 150
MAX_PLAIN_TEXT_INPUT = 3000
MAX_SELECT_OPTIONS = 100
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150


def block_text_total(blocks: list[dict[str, Any]]) -> int:
    """Every `text` string in the blocks, as Slack's cumulative limit counts them."""
    total = 0
    stack: list[Any] = list(blocks)
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "text" and isinstance(value, str):
                    total += len(value)
                else:
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return total


def slack_message_problems(message: dict[str, Any], *, posted: bool = True) -> list[Violation]:
    """What Slack refuses in a message (`chat.postMessage` when `posted`, else a
    `response_url` post): the first code is the error Slack answers."""
    found = list(_length(("text",), message.get("text") or "", 0, MAX_MESSAGE_TEXT, "msg_too_long"))
    blocks = message.get("blocks") or []
    found += _count(("blocks",), blocks, MAX_BLOCKS, "invalid_blocks")
    action_ids: list[str] = []
    for index, block in enumerate(blocks):
        found += _block_problems(block, ("blocks", index), action_ids)
    if len(set(action_ids)) != len(action_ids):
        found.append(Violation(("blocks",), "invalid_blocks", "action_id values must be unique"))
    total = block_text_total(blocks)
    if posted and total > MAX_BLOCK_TEXT_TOTAL:
        found.append(
            Violation(("blocks",), "msg_blocks_too_long", f"{total} characters of block text")
        )
    return found


def _block_problems(block: dict[str, Any], at: Path, action_ids: list[str]) -> Iterator[Violation]:
    kind = block.get("type")
    bad = "invalid_blocks"
    if kind == "section":
        text = (block.get("text") or {}).get("text")
        fields = block.get("fields") or []
        if text is None and not fields:
            yield Violation(at, bad, "a section needs text or fields")
        if text is not None:
            yield from _length((*at, "text", "text"), text, 1, MAX_SECTION_TEXT, bad)
        yield from _count((*at, "fields"), fields, MAX_SECTION_FIELDS, bad)
        for number, item in enumerate(fields):
            yield from _length(
                (*at, "fields", number, "text"), item["text"], 1, MAX_FIELD_TEXT, bad
            )
    elif kind == "header":
        yield from _length((*at, "text", "text"), block["text"]["text"], 1, MAX_HEADER_TEXT, bad)
    elif kind == "context":
        elements = block.get("elements") or []
        yield from _count((*at, "elements"), elements, MAX_CONTEXT_ELEMENTS, bad)
        for number, element in enumerate(elements):
            text = element.get("text", "")
            yield from _length((*at, "elements", number, "text"), text, 1, MAX_SECTION_TEXT, bad)
    elif kind == "actions":
        elements = block.get("elements") or []
        yield from _count((*at, "elements"), elements, MAX_ACTIONS_ELEMENTS, bad)
        for number, element in enumerate(elements):
            where = (*at, "elements", number)
            label = (element.get("text") or {}).get("text", "")
            yield from _length((*where, "text", "text"), label, 1, MAX_SLACK_BUTTON_TEXT, bad)
            yield from _length(
                (*where, "value"), element.get("value") or "", 0, MAX_BUTTON_VALUE, bad
            )
            action_id = element.get("action_id") or ""
            action_ids.append(action_id)
            yield from _length((*where, "action_id"), action_id, 0, MAX_ACTION_ID, bad)
    elif kind != "divider":
        yield Violation(at, bad, f"unknown block type {kind!r}")


def slack_view_problems(view: dict[str, Any]) -> list[Violation]:
    """What `views.open` refuses (`invalid_arguments`) in a modal."""
    bad = "invalid_arguments"
    found = list(_length(("title", "text"), view["title"]["text"], 1, MAX_VIEW_TITLE, bad))
    for button in ("submit", "close"):
        if button in view:
            found += _length((button, "text"), view[button]["text"], 1, MAX_VIEW_TITLE, bad)
    found += _length(
        ("private_metadata",), view.get("private_metadata") or "", 0, MAX_PRIVATE_METADATA, bad
    )
    found += _length(("callback_id",), view.get("callback_id") or "", 0, MAX_CALLBACK_ID, bad)
    blocks = view.get("blocks") or []
    found += _count(("blocks",), blocks, MAX_VIEW_BLOCKS, bad)
    for index, block in enumerate(blocks):
        at: Path = ("blocks", index)
        if block["type"] != "input":
            found += [Violation(v.where, bad, v.message) for v in _block_problems(block, at, [])]
            continue
        found += _length((*at, "label", "text"), block["label"]["text"], 1, MAX_INPUT_LABEL, bad)
        hint = (block.get("hint") or {}).get("text", "")
        found += _length((*at, "hint", "text"), hint, 0, MAX_INPUT_HINT, bad)
        found += _element_problems(block["element"], (*at, "element"))
    return found


def _element_problems(element: dict[str, Any], at: Path) -> Iterator[Violation]:
    bad = "invalid_arguments"
    placeholder = (element.get("placeholder") or {}).get("text", "")
    yield from _length((*at, "placeholder", "text"), placeholder, 0, MAX_INPUT_PLACEHOLDER, bad)
    if element["type"] == "plain_text_input":
        limit = element.get("max_length", MAX_PLAIN_TEXT_INPUT)
        yield from _range((*at, "max_length"), limit, 1, MAX_PLAIN_TEXT_INPUT, bad)
        yield from _length(
            (*at, "initial_value"), element.get("initial_value") or "", 0, limit, bad
        )
    options = element.get("options") or []
    yield from _count((*at, "options"), options, MAX_SELECT_OPTIONS, bad)
    for number, option in enumerate(options):
        where = (*at, "options", number)
        yield from _length(
            (*where, "text", "text"), option["text"]["text"], 1, MAX_OPTION_TEXT, bad
        )
        yield from _length((*where, "value"), option["value"], 1, MAX_OPTION_VALUE, bad)


def slack_error_messages(violations: Iterable[Violation]) -> list[str]:
    """`response_metadata.messages` as Slack words them."""
    return [
        f"[ERROR] {v.message} [json-pointer:/{'/'.join(map(str, v.where))}]" for v in violations
    ]


# --- shared -------------------------------------------------------------------------------


def _length(
    where: Path, text: str, shortest: int, longest: int, code: str = "BASE_TYPE_MAX_LENGTH"
) -> Iterator[Violation]:
    """Discord's codes are upper case and say "Must be 100 or fewer in length."; Slack's are
    lower case and say "must be less than 101 characters"."""
    slack = code.islower()
    if len(text) > longest:
        message = (
            f"must be less than {longest + 1} characters"
            if slack
            else f"Must be {longest} or fewer in length."
        )
        yield Violation(where, code, message)
    elif len(text) < shortest:
        message = (
            f"must be more than {shortest - 1} characters"
            if slack
            else f"Must be {shortest} or more in length."
        )
        yield Violation(where, code if slack else "BASE_TYPE_MIN_LENGTH", message)


def _count(
    where: Path, items: list[Any], most: int, code: str = "BASE_TYPE_MAX_LENGTH"
) -> Iterator[Violation]:
    if len(items) > most:
        message = (
            f"must be less than {most + 1} items"
            if code.islower()
            else f"Must be {most} or fewer in length."
        )
        yield Violation(where, code, message)


def _range(
    where: Path, value: int, lowest: int, highest: int, code: str = "NUMBER_TYPE_MAX"
) -> Iterator[Violation]:
    if not lowest <= value <= highest:
        yield Violation(where, code, f"Must be between {lowest} and {highest}.")
