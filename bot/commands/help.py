"""`/exchange help`: every command with its summary, or one command in full, in the reader's
language; command and option names, usage lines and examples stay as declared, as they are
what the reader types."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.declared_text import (
    Declared,
    accepted,
    command_key,
    description_key,
    option_key,
)
from bot.core.errors import UserError
from bot.core.grammar import resolve_command, tokenize
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, CommandSpec, Param, Role
from bot.core.value_types import TEXT
from bot.i18n.languages import Language
from bot.i18n.messages import Message
from bot.i18n.translator import Translator

commands = CommandGroup()


@commands.command(
    "help",
    writes=False,
    summary="List every command, or explain one: its usage, options and an example.",
    role=Role.ANYONE,
    params=[
        Param(
            "command",
            TEXT,
            "the command to explain, e.g. 'school register'",
            default=None,
            positional=True,
            greedy=True,
            max_length=80,
        )
    ],
    example="/exchange help school register",
)
async def show_help(ctx: Context, command: str | None) -> Reply:
    if not command:
        return overview(ctx)
    tokens = tokenize(command)
    try:
        spec, _ = resolve_command(ctx.catalog, tokens)
    except UserError:
        group = [s for s in ctx.catalog if s.path[0] == command.strip().lower()]
        if not group:
            raise
        return overview(ctx, group)
    return Reply(
        text=explain(spec, ctx.translator, ctx.language), data={"command": command_data(spec)}
    )


def overview(ctx: Context, specs: list[CommandSpec] | None = None) -> Reply:
    """A table: each command's name (as typed in every language) and its summary."""
    chosen = specs if specs is not None else list(ctx.catalog)
    width = max(len(spec.name) for spec in chosen)
    lines = [ctx.say(Message("help-overview"))]
    lines += [
        f"  {spec.name.ljust(width)}  {ctx.translator.declared(*_summary(spec), ctx.language)}"
        for spec in chosen
    ]
    return Reply(
        text="\n".join(lines),
        data={"commands": [{"name": s.name, "summary": s.summary, "role": s.role} for s in chosen]},
    )


def _summary(spec: CommandSpec) -> tuple[str, str]:
    return command_key(spec.path), spec.summary


def explain(spec: CommandSpec, translator: Translator, language: Language) -> str:
    """One command in full: each line a whole message, option names and usage as declared."""
    lines = [f"{spec.name}: {translator.declared(*_summary(spec), language)}"]
    if spec.description:
        lines.append(translator.declared(description_key(spec.path), spec.description, language))
    lines.append(translator.render(Message("help-usage", usage=spec.usage()), language))
    if spec.params:
        lines.append(translator.render(Message("help-options"), language))
        for param in spec.params:
            lines.append(f"  {param.name}  {describe_param(spec, param, translator, language)}")
    lines.append(translator.render(Message("help-who", who=_WHO[spec.role]), language))
    lines.append(translator.render(Message("help-example", example=spec.example), language))
    return "\n".join(lines)


_WHO = {
    Role.ANYONE: Message("help-who-anyone"),
    Role.TEACHER: Message("help-who-teachers"),
    Role.COORDINATOR: Message("help-who-coordinators"),
    Role.TEACHER_OR_COORDINATOR: Message("help-who-teachers-and-coordinators"),
}


def describe_param(
    spec: CommandSpec, param: Param, translator: Translator, language: Language
) -> str:
    """The option's help, then what it accepts, its range, and whether it is required or its
    default: whole sentences, each a message of its own."""
    own = Declared(option_key(spec.path, param.name), param.help.rstrip("."))
    sentences = [Message("help-option-help", help=own)]
    if param.choices:
        sentences.append(Message("help-option-choices", choices=", ".join(param.choices)))
    elif param.many:
        sentences.append(Message("help-option-accepts-list", accepted=accepted(param.type)))
    else:
        sentences.append(Message("help-option-accepts", accepted=accepted(param.type)))
    if param.minimum is not None or param.maximum is not None:
        low = str(param.minimum) if param.minimum is not None else "…"
        high = str(param.maximum) if param.maximum is not None else "…"
        sentences.append(Message("help-option-range", low=low, high=high))
    if param.required:
        sentences.append(Message("help-option-required"))
    elif param.default not in (None, "", (), []):
        shown = (
            ",".join(map(str, param.default))
            if isinstance(param.default, (list, tuple))
            else str(param.default)
        )
        sentences.append(Message("help-option-default", default=shown))
    written = [translator.render(sentence, language) for sentence in sentences]
    return " ".join(written)  # whole sentences, one after another


def command_data(spec: CommandSpec) -> dict[str, object]:
    return {
        "name": spec.name,
        "summary": spec.summary,
        "usage": spec.usage(),
        "role": str(spec.role),
        "example": spec.example,
        "options": [
            {
                "name": p.name,
                "type": p.type.name,
                "help": p.help,
                "required": p.required,
                "choices": list(p.choices),
                "list": p.many,
                "positional": p.positional,
            }
            for p in spec.params
        ],
    }
