"""Command declarations: the single source for grammar, help, Discord options and manifests.

A command is declared once, next to its handler, with `CommandGroup.command(...)`. The
declaration is checked against the handler's signature when the module is imported, so a
parameter added to one and not the other can never reach a user.
"""

from __future__ import annotations

import inspect
import keyword
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.core.errors import DeclarationError
from bot.core.value_types import CHOICE, ValueType


class Role(StrEnum):
    ANYONE = "anyone"  # any user of the platform, registered or not
    TEACHER = "teacher"  # a member of a registered school
    COORDINATOR = "coordinator"  # a coordinator of a program
    TEACHER_OR_COORDINATOR = "teacher or coordinator"  # the handler narrows it to what is theirs


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


@dataclass(frozen=True)
class Param:
    name: str
    type: ValueType
    help: str
    default: Any = REQUIRED
    choices: tuple[str, ...] = ()
    minimum: int | None = None  # for integers and durations
    maximum: int | None = None
    max_length: int = 300  # characters of raw text accepted
    many: bool = False  # a `,`/`;`-separated list of values
    positional: bool = False  # may be given without `name=`
    greedy: bool = False  # positional that takes the rest of the line (messages, reasons)
    span: int = 1  # words a positional may take, the longest run its type reads (`Tue 15:00`)
    prompted: bool = False  # optional when typed, yet asked first by a form the line opens

    @property
    def argument(self) -> str:
        """The handler's parameter for this option: `from` is an option, `from_` a parameter."""
        return f"{self.name}_" if keyword.iskeyword(self.name) else self.name

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    @property
    def placeholder(self) -> str:
        if self.choices:
            return "|".join(self.choices)
        base = self.type.placeholder
        return f"{base[:-1]},…>" if self.many else base

    def usage(self) -> str:
        shown = f"<{self.name}>" if self.positional else f"{self.name}={self.placeholder}"
        return shown if self.required else f"[{shown}]"


Handler = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Form:
    """A form (a modal) the command opens when a typed line or a button lacks what it must ask;
    every adapter with forms follows this, so a command has one on every platform or none."""

    title: str
    fields: tuple[str, ...] = ()  # the options it may ask, in this order; () for every option


@dataclass(frozen=True)
class CommandSpec:
    path: tuple[str, ...]
    summary: str
    params: tuple[Param, ...]
    role: Role
    handler: Handler
    example: str
    description: str = ""
    form: Form | None = None
    # False for a command that only reads: it runs on a snapshot without holding writers up
    # (`storage.engine.transaction`), and a write from it fails loudly
    writes: bool = True

    @property
    def name(self) -> str:
        return " ".join(self.path)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def usage(self) -> str:
        return " ".join(["/exchange", self.name, *(p.usage() for p in self.params)])

    @property
    def form_params(self) -> list[Param]:
        """The options its form may ask, in the form's order; none when it has no form."""
        if self.form is None:
            return []
        names = self.form.fields or tuple(p.name for p in self.params)
        return [param for name in names if (param := self.param(name))]

    def form_must_ask(self, given: Collection[str]) -> list[Param]:
        """What a form for this command asks first: the missing required options, and the
        missing prompted ones when nothing beyond the required was given (the bare
        `feedback submit session=12` of a button is a question, not an answer)."""
        bare = all(param.required for name in given if (param := self.param(name)))
        return [
            p for p in self.params if p.name not in given and (p.required or (bare and p.prompted))
        ]


def _check_declaration(
    path: str, params: tuple[Param, ...], handler: Handler, form: Form | None
) -> None:
    """Fail at import when the declaration and the handler disagree."""
    where = f"command '{path}' ({handler.__module__}.{handler.__qualname__})"
    if not inspect.iscoroutinefunction(handler):
        raise DeclarationError(f"{where}: the handler must be `async def`")
    signature = list(inspect.signature(handler).parameters.values())
    if not signature or signature[0].name != "ctx":
        raise DeclarationError(f"{where}: the handler's first parameter must be `ctx`")
    handler_names = [p.name for p in signature[1:]]
    declared_names = [p.argument for p in params]
    if handler_names != declared_names:
        raise DeclarationError(
            f"{where}: handler parameters {handler_names} do not match declared {declared_names}"
        )
    if len(set(declared_names)) != len(declared_names):
        raise DeclarationError(f"{where}: an option is declared twice")
    for param in params:
        if param.type is CHOICE and not param.choices:
            raise DeclarationError(f"{where}: choice option '{param.name}' lists no choices")
        has_default = param.default is not REQUIRED and param.default is not None
        if param.choices and has_default and param.default not in param.choices:
            raise DeclarationError(f"{where}: default of '{param.name}' is not a choice")
    positionals = [p for p in params if p.positional]
    for param in params:
        if param.greedy and not (positionals and param is positionals[-1]):
            raise DeclarationError(f"{where}: greedy '{param.name}' must be the last positional")
    seen_optional = False
    for param in positionals:
        if not param.required:
            seen_optional = True
        elif seen_optional:
            raise DeclarationError(
                f"{where}: required positional '{param.name}' follows an optional one"
            )
    if form is not None:
        _check_form(where, params, form)


def _check_form(where: str, params: tuple[Param, ...], form: Form) -> None:
    """A form that lists its fields names declared options only, and every option it must ask."""
    if not form.fields:
        return  # it asks every option
    unknown = [name for name in form.fields if name not in {p.name for p in params}]
    if unknown:
        raise DeclarationError(f"{where}: the form lists undeclared option(s) {unknown}")
    must_ask = [p.name for p in params if p.required or p.prompted]
    left_out = [name for name in must_ask if name not in form.fields]
    if left_out:
        raise DeclarationError(f"{where}: the form leaves out option(s) {left_out} it must ask")


@dataclass
class CommandGroup:
    """The commands of one area (schools, partners, …), declared by decorating handlers."""

    specs: list[CommandSpec] = field(default_factory=list)

    def command(
        self,
        path: str,
        *,
        summary: str,
        params: Iterable[Param] = (),
        role: Role = Role.TEACHER,
        example: str,
        description: str = "",
        form: Form | None = None,
        writes: bool = True,
    ) -> Callable[[Handler], Handler]:
        declared = tuple(params)

        def register(handler: Handler) -> Handler:
            _check_declaration(path, declared, handler, form)
            spec = CommandSpec(
                path=tuple(path.split()),
                summary=summary,
                params=declared,
                role=role,
                handler=handler,
                example=example,
                description=description,
                form=form,
                writes=writes,
            )
            self.specs.append(spec)
            return handler

        return register


class Catalog:
    """Every declared command, looked up by the words of its path."""

    def __init__(self, groups: Iterable[CommandGroup]) -> None:
        self._by_path: dict[tuple[str, ...], CommandSpec] = {}
        for group in groups:
            for spec in group.specs:
                if spec.path in self._by_path:
                    raise DeclarationError(f"command '{spec.name}' is declared twice")
                self._by_path[spec.path] = spec
        prefixes = {spec.path[:i] for spec in self for i in range(1, len(spec.path))}
        clashes = prefixes & self._by_path.keys()
        if clashes:
            raise DeclarationError(f"a command path is also a group: {sorted(clashes)}")

    def __iter__(self) -> Iterator[CommandSpec]:
        return iter(sorted(self._by_path.values(), key=lambda spec: spec.path))

    def __len__(self) -> int:
        return len(self._by_path)

    def get(self, path: tuple[str, ...]) -> CommandSpec | None:
        return self._by_path.get(path)

    def longest_match(self, words: list[str]) -> tuple[CommandSpec | None, int]:
        """The command whose path is the longest prefix of `words`, and its length."""
        for length in range(min(len(words), 3), 0, -1):
            spec = self._by_path.get(tuple(words[:length]))
            if spec:
                return spec, length
        return None, 0

    def groups(self) -> set[str]:
        return {spec.path[0] for spec in self if len(spec.path) > 1}
