"""Buttons and forms whose custom ids carry the command they run, so they survive restarts.

A button's id is `jc:<server id>:<command>` and a form's `jcf:<server id>:<command>`: nothing
about them lives in memory, so a button on a week-old message still works after a restart, and
the server id tells who the presser is when they press it in a direct message. Commands longer
than Discord's 100-character limit are stored in the database and the id carries their key.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import discord

from bot.adapters.discord.slash_commands import handler_of, shorten
from bot.adapters.form_text import FormText
from bot.core.clock import Clock
from bot.core.grammar import quote
from bot.core.spec import CommandSpec, Param
from storage.engine import SessionFactory, transaction
from storage.repositories.button_commands import ButtonCommands

MAX_CUSTOM_ID = 100
BUTTON_PREFIX = "jc"
FORM_PREFIX = "jcf"
STORED_MARK = "#"  # a command never starts with it, so `#<key>` is unambiguous
KEY_LENGTH = 20
MAX_FORM_FIELDS = 5  # Discord's limit of inputs in one modal
MAX_FORM_TITLE = 45
MAX_LABEL = 45
MAX_INPUT_LENGTH = 4000
LONG_INPUT = 300  # options accepting more than this get a paragraph input


def _template(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"{prefix}:(?P<workspace>[^:]*):(?P<body>.+)", re.DOTALL)


BUTTON_ID = _template(BUTTON_PREFIX)
FORM_ID = _template(FORM_PREFIX)


class CommandIds:
    """Encodes commands into custom ids and back, storing the ones too long to fit."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    async def encode(self, prefix: str, workspace: str, command: str) -> str:
        inline = f"{prefix}:{workspace}:{command}"
        if len(inline) <= MAX_CUSTOM_ID:
            return inline
        key = hashlib.sha256(command.encode()).hexdigest()[:KEY_LENGTH]
        await self._store(key, command)
        return f"{prefix}:{workspace}:{STORED_MARK}{key}"

    async def decode(self, body: str) -> str | None:
        """The command an id's body stands for; None when a stored key is unknown."""
        if not body.startswith(STORED_MARK):
            return body
        async with self.sessions() as db:
            return await ButtonCommands(db).command_of(body[len(STORED_MARK) :])

    async def _store(self, key: str, command: str) -> None:
        async with transaction(self.sessions) as db:
            await ButtonCommands(db).keep(key, command, self.clock.now())


class CommandButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=BUTTON_ID):
    """A button that runs its command as whoever presses it."""

    def __init__(self, custom_id: str, *, label: str, style: discord.ButtonStyle) -> None:
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=custom_id))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> CommandButton:
        button: discord.ui.Button[Any] = item  # type: ignore[assignment]
        return cls(match.string, label=button.label or "", style=button.style)

    async def callback(self, interaction: discord.Interaction) -> None:
        match = self.template.fullmatch(self.custom_id)
        assert match is not None  # discord.py only builds this item for ids that match
        await handler_of(interaction).press(interaction, match["workspace"], match["body"])


def form_fields(spec: CommandSpec, given: set[str]) -> list[Param]:
    """The inputs of the form declared for `spec` when options in `given` are already known:
    the missing required ones, then the form's optional ones while there is room. Empty when
    the command has no form, or its form cannot help."""
    missing = spec.form_must_ask(given) if spec.form else []
    if not missing or len(missing) > MAX_FORM_FIELDS:
        return []
    optional = [p for p in spec.form_params if p not in missing and p.name not in given]
    return (missing + optional)[:MAX_FORM_FIELDS]


def build_form(fields: list[Param], custom_id: str, text: FormText) -> discord.ui.Modal:
    """The form of `text.spec` asking `fields`, written in the language of `text` (the
    opener's)."""
    modal = discord.ui.Modal(title=shorten(text.title(), MAX_FORM_TITLE), custom_id=custom_id)
    for param in fields:
        long = param.max_length > LONG_INPUT
        modal.add_item(
            discord.ui.Label(
                text=shorten(text.label(param), MAX_LABEL),
                description=shorten(text.help(param)),
                component=discord.ui.TextInput(
                    custom_id=param.name,
                    required=param.required or param.prompted,
                    max_length=min(param.max_length, MAX_INPUT_LENGTH),
                    placeholder=shorten(text.accepts(param)),
                    style=discord.TextStyle.paragraph if long else discord.TextStyle.short,
                ),
            )
        )
    # The submission is handled from its custom id alone (see `FORM_ID`), so discord.py need
    # not keep this object waiting in memory for a submit that may never come.
    modal.stop()
    return modal


def form_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """The non-empty text inputs of a modal submission, by custom id."""
    values: dict[str, str] = {}
    for component in components:
        if component.get("type") == 1:  # an action row
            values |= form_values(component.get("components", []))
        elif component.get("type") == 18:  # a label around one input
            values |= form_values([component["component"]])
        elif "custom_id" in component and (component.get("value") or "").strip():
            values[component["custom_id"]] = component["value"].strip()
    return values


def form_command(command: str, values: dict[str, str]) -> str:
    """The command line a submitted form stands for: what was known, plus what was typed."""
    return " ".join([command, *(f"{name}={quote(value)}" for name, value in values.items())])
