"""The `/exchange` application command, generated from the catalog's declarations.

One `exchange` group; a one-word path becomes a subcommand, a two-word path a subcommand of a
subgroup. Each option comes from a `Param`: integers keep their limits, users become user
options, small fixed sets become choices, and schools, zones, languages and countries are
autocompleted. The callbacks only hand the typed values, as text, to the adapter's handler.
"""

from __future__ import annotations

import inspect
import textwrap
from collections import Counter
from typing import Any, Protocol

import discord
from discord import app_commands

from bot.core.errors import DeclarationError
from bot.core.spec import Catalog, CommandSpec, Param
from bot.core.value_types import Wire

GROUP_NAME = "exchange"
GROUP_DESCRIPTION = (
    "Joint Class Bot: partner schools, meeting times in both zones, reminders, feedback"
)
MAX_CHILDREN = 25  # subcommands or subgroups per group
MAX_OPTIONS = 25
MAX_CHOICES = 25
MAX_DESCRIPTION = 100
MAX_STRING_LENGTH = 6000
AUTOCOMPLETED_TYPES = frozenset({"school", "timezone", "language", "country"})


class ExchangeHandler(Protocol):
    """What commands and buttons call; the client carries one as its `exchange` attribute."""

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


def shorten(text: str, width: int = MAX_DESCRIPTION) -> str:
    """Fit a summary or help text into one of Discord's length limits, cutting at a word."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder="…")


def build_exchange_group(catalog: Catalog) -> app_commands.Group:
    """The whole `/exchange` tree; raises `DeclarationError` where Discord's limits are broken."""
    _check_shape(catalog)
    root = app_commands.Group(
        name=GROUP_NAME,
        description=GROUP_DESCRIPTION,
        guild_only=True,  # identities and schools belong to a server, not to a DM
        allowed_contexts=app_commands.AppCommandContext(guild=True),
    )
    subgroups: dict[str, app_commands.Group] = {}
    for spec in catalog:
        parent = root
        if len(spec.path) == 2:
            word = spec.path[0]
            if word not in subgroups:
                subgroups[word] = app_commands.Group(
                    name=word, description=_subgroup_description(catalog, word), parent=root
                )
            parent = subgroups[word]
        parent.add_command(_command(spec, parent))
    return root


def _check_shape(catalog: Catalog) -> None:
    for spec in catalog:
        if len(spec.path) > 2:
            raise DeclarationError(
                f"command '{spec.name}': Discord nests one level of subgroups, so a path has at "
                "most two words"
            )
        if len(spec.params) > MAX_OPTIONS:
            raise DeclarationError(
                f"command '{spec.name}' has {len(spec.params)} options; Discord allows "
                f"{MAX_OPTIONS}"
            )
    top = {spec.path[0] for spec in catalog}
    counts = Counter(spec.path[0] for spec in catalog if len(spec.path) == 2)
    crowded = [f"/{GROUP_NAME}"] if len(top) > MAX_CHILDREN else []
    crowded += [f"/{GROUP_NAME} {word}" for word, n in sorted(counts.items()) if n > MAX_CHILDREN]
    if crowded:
        raise DeclarationError(
            f"{', '.join(crowded)}: Discord allows at most {MAX_CHILDREN} subcommands per group"
        )


def _subgroup_description(catalog: Catalog, word: str) -> str:
    names = ", ".join(spec.path[1] for spec in catalog if spec.path[0] == word)
    return shorten(f"{word.capitalize()} commands: {names}")


def _command(spec: CommandSpec, parent: app_commands.Group) -> app_commands.Command[Any, ..., None]:
    return app_commands.Command(
        name=spec.path[-1],
        description=shorten(spec.summary),
        callback=_callback(spec),
        parent=parent,
    )


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
    app_commands.describe(**{p.argument: option_description(p) for p in spec.params})(invoke)
    renamed = {p.argument: p.name for p in spec.params if p.argument != p.name}
    if renamed:
        app_commands.rename(**renamed)(invoke)
    fixed = {
        p.argument: [app_commands.Choice(name=c, value=c) for c in p.choices]
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


def exchange_tree(client: discord.Client, catalog: Catalog) -> app_commands.CommandTree[Any]:
    """The client's command tree holding `/exchange` as a global command."""
    tree: app_commands.CommandTree[Any] = app_commands.CommandTree(client)
    tree.add_command(build_exchange_group(catalog))
    return tree


def without_voice() -> None:
    """The bot never joins a voice channel, so discord.py's warnings that the voice libraries
    (PyNaCl, davey) are missing only add noise: mark them as given before a client is made."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


def rest_only_client() -> discord.Client:
    """A client that never opens the gateway (payloads, `discord-sync`): its intents do not
    matter, and `guilds` keeps discord.py from warning about state it will never hold."""
    without_voice()
    return discord.Client(intents=discord.Intents(guilds=True))


def command_payload(catalog: Catalog) -> list[dict[str, Any]]:
    """The JSON body `discord-sync` PUTs to Discord, computed without contacting it."""
    tree = exchange_tree(rest_only_client(), catalog)
    return [command.to_dict(tree) for command in tree.get_commands()]
