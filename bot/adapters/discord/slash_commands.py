"""The Discord application commands, generated from the catalog's declarations.

Discord counts 8,000 characters per top-level command (names, descriptions, choice names and
values of the command and every option, the longest localization of each), 25 options or
subcommands per level, and allows 100 global commands. One `/exchange` holding every command
outgrew that, so each first word of a catalog path is its own command: a group of commands
becomes a command with subcommands (`/school register`), a one-word command a command of its
own (`/find`), each with its own budget. Slack and the console keep `/exchange <command>`.

Each option comes from a `Param`: integers keep their limits, users become user options, small
fixed sets become choices, and schools, zones, languages and countries are autocompleted. The
callbacks only hand the typed values, as text, with their catalog path, to the adapter's
handler.
"""

from __future__ import annotations

import inspect
import textwrap
from collections import Counter
from typing import Any, Protocol

import discord
from discord import app_commands

from bot.core.declared_text import choice_key, command_key, name_key, option_key
from bot.core.errors import DeclarationError
from bot.core.spec import Catalog, CommandSpec, Param
from bot.core.value_types import Wire
from bot.i18n.translator import Translator

MAX_COMMANDS = 100  # global chat commands of one application
MAX_CHILDREN = 25  # subcommands of a command
MAX_OPTIONS = 25
MAX_CHOICES = 25
MAX_DESCRIPTION = 100
MAX_STRING_LENGTH = 6000
AUTOCOMPLETED_TYPES = frozenset({"school", "timezone", "language", "country"})


class ExchangeHandler(Protocol):
    """What commands and buttons call; the client carries one as its `exchange` attribute.
    Its translator and the program's default language write the adapter's own messages."""

    translator: Translator
    program_language: str | None

    async def run_command(
        self, interaction: discord.Interaction, path: tuple[str, ...], options: dict[str, str]
    ) -> None: ...

    async def suggest(
        self, interaction: discord.Interaction, param: Param, current: str
    ) -> list[app_commands.Choice[str]]: ...

    async def press(self, interaction: discord.Interaction, workspace: str, body: str) -> None: ...


def handler_of(interaction: discord.Interaction) -> ExchangeHandler:
    """The handler is looked up at call time, so the tree can be built without a running bot
    (as `discord-sync` and the golden-file test do)."""
    return interaction.client.exchange  # type: ignore[attr-defined]


KEY = "key"  # a locale_str's extra naming its catalog key (`localizations.CatalogTranslator`)


def declared(english: str, key: str) -> app_commands.locale_str:
    """A description or choice name: `english` as declared, translated under `key`."""
    return app_commands.locale_str(english, **{KEY: key})


def named(word: str) -> app_commands.locale_str:
    """A command word or an option's name: as declared (what interactions carry), with the
    name each language's readers see in Discord under `name-<word>`."""
    return declared(word, name_key(word))


def shorten(text: str, width: int = MAX_DESCRIPTION) -> str:
    """Fit a summary or help text into one of Discord's length limits, cutting at a word."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder="…")


AppCommand = app_commands.Command[Any, ..., None] | app_commands.Group


def build_commands(catalog: Catalog) -> list[AppCommand]:
    """One top-level command per first word of the catalog's paths; raises `DeclarationError`
    where Discord's limits are broken."""
    _check_shape(catalog)
    commands: dict[str, AppCommand] = {}
    for spec in catalog:
        word = spec.path[0]
        if len(spec.path) == 1:
            commands[word] = _command(spec, None)
            continue
        group = commands.get(word)
        if not isinstance(group, app_commands.Group):
            group = app_commands.Group(
                name=named(word),
                description=declared(_group_description(catalog, word), command_key((word,))),
                guild_only=True,
                allowed_contexts=app_commands.AppCommandContext(guild=True),
            )
            commands[word] = group
        group.add_command(_command(spec, group))
    return list(commands.values())


def _check_shape(catalog: Catalog) -> None:
    for spec in catalog:
        if len(spec.path) > 2:
            raise DeclarationError(
                f"command '{spec.name}': Discord nests one level of subcommands, so a path has at "
                "most two words"
            )
        if len(spec.params) > MAX_OPTIONS:
            raise DeclarationError(
                f"command '{spec.name}' has {len(spec.params)} options; Discord allows "
                f"{MAX_OPTIONS}"
            )
    top = {spec.path[0] for spec in catalog}
    if len(top) > MAX_COMMANDS:
        raise DeclarationError(
            f"the catalog makes {len(top)} Discord commands (one per first word); Discord allows "
            f"{MAX_COMMANDS}"
        )
    counts = Counter(spec.path[0] for spec in catalog if len(spec.path) == 2)
    crowded = [f"/{word}" for word, n in sorted(counts.items()) if n > MAX_CHILDREN]
    if crowded:
        raise DeclarationError(
            f"{', '.join(crowded)}: Discord allows at most {MAX_CHILDREN} subcommands per command"
        )


def _group_description(catalog: Catalog, word: str) -> str:
    names = ", ".join(spec.path[1] for spec in catalog if spec.path[0] == word)
    return shorten(f"{word.capitalize()} commands: {names}")


def _command(spec: CommandSpec, parent: app_commands.Group | None) -> AppCommand:
    command: app_commands.Command[Any, ..., None] = app_commands.Command(
        name=named(spec.path[-1]),
        description=declared(shorten(spec.summary), command_key(spec.path)),
        callback=_callback(spec),
        parent=parent,
    )
    if parent is None:  # identities and schools belong to a server, not to a DM
        app_commands.guild_only(command)
    return command


def _callback(spec: CommandSpec) -> Any:
    """A callback whose signature is synthesised from the declaration: discord.py reads option
    names, types, defaults and order from `inspect.signature`, as it does for hand-written ones."""
    path = spec.path

    option_of = {param.argument: param.name for param in spec.params}

    async def invoke(interaction: discord.Interaction, **options: Any) -> None:
        given = {
            option_of[argument]: as_text(value)
            for argument, value in options.items()
            if value is not None
        }
        await handler_of(interaction).run_command(interaction, path, given)

    keyword = inspect.Parameter.KEYWORD_ONLY
    invoke.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "interaction",
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                annotation=discord.Interaction,
            ),
            *(
                inspect.Parameter(
                    param.argument,
                    keyword,
                    annotation=_annotation(param),
                    default=inspect.Parameter.empty if param.required else None,
                )
                for param in spec.params
            ),
        ]
    )
    app_commands.describe(
        **{
            p.argument: declared(option_description(p), option_key(path, p.name))
            for p in spec.params
        }
    )(invoke)
    if spec.params:  # the declared name (a Python argument may differ), and its translations
        app_commands.rename(**{p.argument: named(p.name) for p in spec.params})(invoke)
    fixed = {
        p.argument: [
            app_commands.Choice(name=declared(c, choice_key(c)), value=c) for c in p.choices
        ]
        for p in spec.params
        if has_static_choices(p)
    }
    if fixed:
        app_commands.choices(**fixed)(invoke)
    completed = {p.argument: _completer(p) for p in spec.params if is_autocompleted(p)}
    if completed:
        app_commands.autocomplete(**completed)(invoke)
    return invoke


def as_text(value: Any) -> str:
    """Typed option values go back to the text the core's grammar reads."""
    if isinstance(value, discord.abc.User):
        return value.mention
    return str(value)


def _annotation(param: Param) -> Any:
    if param.type.wire is Wire.INTEGER and not param.many:
        if param.minimum is None and param.maximum is None:
            return int
        return app_commands.Range[int, param.minimum, param.maximum]
    if param.type.wire is Wire.USER and not param.many:
        return discord.User
    return app_commands.Range[str, None, min(param.max_length, MAX_STRING_LENGTH)]


def option_description(param: Param) -> str:
    suffix = " (a list: separate values with commas)" if param.many else ""
    return shorten(param.help.rstrip(".") + suffix)


def has_static_choices(param: Param) -> bool:
    return bool(param.choices) and len(param.choices) <= MAX_CHOICES and not param.many


def is_autocompleted(param: Param) -> bool:
    if param.type.name in AUTOCOMPLETED_TYPES:
        return True
    return bool(param.choices) and not has_static_choices(param)


def _completer(param: Param) -> Any:
    async def complete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await handler_of(interaction).suggest(interaction, param, current)

    return complete
