"""Modals built from command declarations: school registration, feedback, any command with a form.

A command declared with a form (`CommandSpec.form`) opens it instead of failing when the typed
command (or a button's command) lacks a required option. Each input comes from the option's
declaration: choices become a menu, lists of choices a multi-select, whole numbers a number
input, dates a date picker. What the command text already gave, and where to answer, stay with
the bot (`OpenedForm`): the modal's metadata carries only their key, as Slack keeps at most
3,000 characters of it. On submit the options go to `core.handle_options` exactly as typed
options would. The modal is written in the opener's language: its title, labels, hints, choices
and buttons (Slack holds a button's text to 24 characters, as a title's).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bot.adapters.form_text import FormText
from bot.core.clock import Clock
from bot.core.errors import UserError
from bot.core.grammar import parse_line
from bot.core.reply import Reply
from bot.core.spec import REQUIRED, Catalog, CommandSpec, Form, Param
from bot.core.value_types import DATE, TIME, Wire
from bot.i18n.languages import Language
from bot.i18n.messages import Message, Renderer
from storage.engine import SessionFactory, transaction
from storage.repositories.opened_forms import OpenedForms

FORM_CALLBACK_ID = "command_form"
FORM_KEY = "form"  # the one entry of a modal's private_metadata
MAX_KEY = 32  # as `OpenedForm.key` is stored
EXPIRED_FORM = Message("adapters-slack-expired-form")
MAX_TITLE = 24  # a modal's title, and its submit and close buttons' texts
MAX_INPUT_LENGTH = 3000
MAX_LABEL = 2000
MAX_CONTEXT_TEXT = 3000
MAX_HINT = 2000
MAX_OPTION_TEXT = 75
MAX_OPTIONS = 100
MULTILINE_FROM = 150  # options that accept longer texts get a multi-line box


@dataclass(frozen=True)
class FormRequest:
    line: str  # the command text the form completes
    spec: CommandSpec
    form: Form  # the spec's, known to be there
    given: dict[str, str]  # options the command text already set; submitted with the form

    @property
    def asked(self) -> list[Param]:
        return [p for p in self.spec.form_params if p.name not in self.given]


def form_request(catalog: Catalog, line: str) -> FormRequest | None:
    """The form to open for this command text, when it has one and lacks a required option."""
    try:
        invocation = parse_line(catalog, line)
    except UserError:
        return None  # running it reports the mistake
    spec = invocation.spec
    if spec.form is None or not spec.form_must_ask(invocation.raw):
        return None
    return FormRequest(line, spec, spec.form, dict(invocation.raw))


@dataclass(frozen=True)
class Origin:
    """Where the form was opened from, so the result can be answered there."""

    channel_id: str | None
    response_url: str | None


class OpenedFormStore:
    """What each opened form completes, kept by the bot under the key its modal carries."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    async def open(self, request: FormRequest, origin: Origin) -> str:
        key = secrets.token_urlsafe(16)
        async with transaction(self.sessions) as db:
            OpenedForms(db).keep(
                key,
                request.line,
                channel_id=origin.channel_id,
                response_url=origin.response_url,
                now=self.clock.now(),
            )
        return key

    async def opened(self, key: str) -> tuple[str, Origin] | None:
        """The command line and origin of the form `key`; None for a key the bot never gave."""
        async with self.sessions() as db:
            form = await OpenedForms(db).of(key)
        return None if form is None else (form.command, Origin(form.channel_id, form.response_url))


def form_key(view: dict[str, Any]) -> str | None:
    """The key a submitted modal carries, or None when its metadata is not the bot's."""
    try:
        metadata = json.loads(view.get("private_metadata") or "")
    except ValueError:
        return None
    key = metadata.get(FORM_KEY) if isinstance(metadata, dict) else None
    return key if isinstance(key, str) and 0 < len(key) <= MAX_KEY else None


def build_modal(
    request: FormRequest, key: str, language: Language, translator: Renderer
) -> dict[str, Any]:
    """The modal for `request`, written in `language` (the opener's)."""
    text = FormText(request.spec, language, translator)
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK_ID,
        "title": _plain(text.title(), MAX_TITLE),
        "submit": _plain(text.say(Message("adapters-slack-form-submit")), MAX_TITLE),
        "close": _plain(text.say(Message("adapters-slack-form-cancel")), MAX_TITLE),
        "private_metadata": json.dumps({FORM_KEY: key}),
        "blocks": [
            {"type": "context", "elements": [_plain(text.summary(), MAX_CONTEXT_TEXT)]},
            *(_input_block(param, text) for param in request.asked),
        ],
    }


def _plain(text: str, limit: int) -> dict[str, str]:
    return {"type": "plain_text", "text": text[:limit]}


def _input_block(param: Param, text: FormText) -> dict[str, Any]:
    def option(choice: str) -> dict[str, Any]:
        return {"text": _plain(text.choice(choice), MAX_OPTION_TEXT), "value": choice}

    return {
        "type": "input",
        "block_id": param.name,
        "optional": not (param.required or param.prompted),
        "label": _plain(text.label(param), MAX_LABEL),
        "hint": _plain(text.hint(param), MAX_HINT),
        "element": {"action_id": "value", **_element(param, option)},
    }


def _element(param: Param, option: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """The input Slack offers for this kind of value; `option` writes a choice's option."""
    initial = _initial_value(param)
    if param.choices:
        options = [option(choice) for choice in param.choices[:MAX_OPTIONS]]
        if param.many:
            return {"type": "multi_static_select", "options": options}
        element: dict[str, Any] = {"type": "static_select", "options": options}
        if initial in param.choices:
            element["initial_option"] = option(initial)
        return element
    if param.type.wire is Wire.INTEGER:
        element = {"type": "number_input", "is_decimal_allowed": False}
        for key, bound in (("min_value", param.minimum), ("max_value", param.maximum)):
            if bound is not None:
                element[key] = str(bound)
    elif param.type.wire is Wire.USER:
        return {"type": "users_select"}
    elif param.type is DATE:
        return {"type": "datepicker"}
    elif param.type is TIME:
        return {"type": "timepicker"}
    else:
        element = {
            "type": "plain_text_input",
            "max_length": min(param.max_length, MAX_INPUT_LENGTH),
            "multiline": param.max_length > MULTILINE_FROM,
        }
    if initial:
        element["initial_value"] = initial
    return element


def _initial_value(param: Param) -> str:
    """Plain defaults (a quota of 1) are shown filled in; empty and list defaults are not."""
    default = param.default
    if default is REQUIRED or default is None or isinstance(default, bool):
        return ""
    return str(default) if isinstance(default, (str, int)) else ""


@dataclass(frozen=True)
class Submission:
    path: tuple[str, ...]
    options: dict[str, str]
    fields: tuple[str, ...]  # the options the modal asked for (its input block ids)
    origin: Origin


def read_submission(
    view: dict[str, Any], catalog: Catalog, line: str, origin: Origin
) -> Submission:
    """The command and raw option texts of a submitted form that completes `line`; empty
    inputs keep their defaults. Raises `UserError` if the line no longer reads as a command."""
    invocation = parse_line(catalog, line)
    options = dict(invocation.raw)
    values = (view.get("state") or {}).get("values") or {}
    for name, inputs in values.items():
        value = _submitted_value((inputs or {}).get("value") or {})
        if value:
            options[name] = value
    return Submission(
        path=invocation.spec.path, options=options, fields=tuple(values), origin=origin
    )


def _submitted_value(element: dict[str, Any]) -> str | None:
    kind = element.get("type")
    if kind == "static_select":
        selected = element.get("selected_option")
        return selected["value"] if selected else None
    if kind == "multi_static_select":
        return ",".join(option["value"] for option in element.get("selected_options") or [])
    if kind == "users_select":
        return element.get("selected_user")
    if kind == "datepicker":
        return element.get("selected_date")
    if kind == "timepicker":
        return element.get("selected_time")
    return element.get("value")


_LEADING_NAME = re.compile(r"[a-z][a-z0-9_]*\b")


def field_errors(reply: Reply, fields: Iterable[str]) -> dict[str, str]:
    """The reply's complaint, attached to the input it names (`quota: 0 is out of range`).

    The core's messages about one option start with that option's name; anything else (the
    caller already teaches somewhere, say) has no field and comes back as an ordinary reply.
    """
    if reply.ok:
        return {}
    first_line = reply.text.split("\n", 1)[0]
    match = _LEADING_NAME.match(first_line)
    if match and match[0] in set(fields):
        return {match[0]: first_line}
    return {}
