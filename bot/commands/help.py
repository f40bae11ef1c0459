"""`/exchange help`: every command with its summary, or one command in full."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.grammar import resolve_command, tokenize
from bot.core.reply import Reply
from bot.core.spec import Catalog, CommandGroup, CommandSpec, Param, Role
from bot.core.value_types import TEXT

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
        return overview(ctx.catalog)
    tokens = tokenize(command)
    try:
        spec, _ = resolve_command(ctx.catalog, tokens)
    except UserError:
        group = [s for s in ctx.catalog if s.path[0] == command.strip().lower()]
        if not group:
            raise
        return overview(ctx.catalog, group)
    return Reply(text=explain(spec), data={"command": command_data(spec)})


def overview(catalog: Catalog, specs: list[CommandSpec] | None = None) -> Reply:
    chosen = specs if specs is not None else list(catalog)
    width = max(len(spec.name) for spec in chosen)
    lines = ["Joint Class Bot commands (type `/exchange help <command>` for details):"]
    lines += [f"  {spec.name.ljust(width)}  {spec.summary}" for spec in chosen]
    return Reply(
        text="\n".join(lines),
        data={"commands": [{"name": s.name, "summary": s.summary, "role": s.role} for s in chosen]},
    )


def explain(spec: CommandSpec) -> str:
    lines = [f"{spec.name}: {spec.summary}"]
    if spec.description:
        lines.append(spec.description)
    lines.append(f"Usage: {spec.usage()}")
    if spec.params:
        lines.append("Options:")
        for param in spec.params:
            lines.append(f"  {param.name}  {describe_param(param)}")
    lines.append(f"Who may run it: {_WHO[spec.role]}")
    lines.append(f"Example: {spec.example}")
    return "\n".join(lines)


_WHO = {
    Role.ANYONE: "anyone",
    Role.TEACHER: "teachers of a registered school",
    Role.COORDINATOR: "program coordinators",
    Role.TEACHER_OR_COORDINATOR: "teachers of a registered school and program coordinators",
}


def describe_param(param: Param) -> str:
    parts = [param.help.rstrip(".") + "."]
    if param.choices:
        parts.append(f"One of: {', '.join(param.choices)}.")
    else:
        parts.append(
            f"Accepts {param.type.accepted}{' (a list, separated by ,)' if param.many else ''}."
        )
    if param.minimum is not None or param.maximum is not None:
        parts.append(
            f"Range {param.minimum if param.minimum is not None else '…'}–"
            f"{param.maximum if param.maximum is not None else '…'}."
        )
    if param.required:
        parts.append("Required.")
    elif param.default not in (None, "", (), []):
        shown = (
            ",".join(map(str, param.default))
            if isinstance(param.default, (list, tuple))
            else param.default
        )
        parts.append(f"Default {shown}.")
    return " ".join(parts)


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
