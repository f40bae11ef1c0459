"""Reading the Fluent catalogs and the code that uses them, for the tests that keep them honest:
which messages and variables each language has, which keys the code names (always a string
literal as the first argument of `Message(...)`), and where code glues rendered text together."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.i18n.languages import LANGUAGES, LOCALES

BOT = Path(__file__).resolve().parents[2] / "bot"
CATALOGS = tuple(dict.fromkeys(language.catalog for language in LANGUAGES))


PLACEABLE = "\ufffc"  # where a placeable stands in an entry's text


@dataclass
class Entry:
    """One message of one catalog: the variables of its value and of each attribute, the
    variant keys of every selector on a variable, and its text with each placeable marked."""

    variables: dict[str, set[str]] = field(default_factory=dict)  # "" for the value
    selectors: list[tuple[str, set[str]]] = field(default_factory=list)
    text: str = ""


class _Reader(Visitor):
    def __init__(self, entry: Entry, part: str) -> None:
        self.entry, self.part = entry, part
        entry.variables.setdefault(part, set())

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:
        self.entry.variables[self.part].add(node.id.name)

    def visit_SelectExpression(self, node: fluent_ast.SelectExpression) -> None:
        if isinstance(node.selector, fluent_ast.VariableReference):
            keys = {
                key.name if isinstance(key, fluent_ast.Identifier) else key.value
                for key in (variant.key for variant in node.variants)
            }
            self.entry.selectors.append((node.selector.id.name, keys))
        self.generic_visit(node)

    def visit_TextElement(self, node: fluent_ast.TextElement) -> None:
        self.entry.text += node.value

    def visit_Placeable(self, node: fluent_ast.Placeable) -> None:
        self.entry.text += PLACEABLE
        self.generic_visit(node)


_DECLARATION = re.compile(r"cmd-.+|choice-.+|value-.+-accepted|name-.+")


def is_declaration(key: str) -> bool:
    """A translation of what a command declares (bot/core/declared_text.py), whose English is
    the declaration itself rather than a catalog message."""
    return bool(_DECLARATION.fullmatch(key))


def catalog(folder: str, root: Path = LOCALES) -> dict[str, Entry]:
    """Every message of one language's `.ftl` files, by key. A key defined twice is refused:
    the translator would keep one of the two without a word."""
    entries: dict[str, Entry] = {}
    defined_in: dict[str, str] = {}
    for path in sorted((root / folder).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for message in resource.body:
            if isinstance(message, fluent_ast.Junk):
                raise AssertionError(f"{path}: {message.annotations[0].message}")
            if not isinstance(message, fluent_ast.Message):
                continue
            first = defined_in.setdefault(message.id.name, path.name)
            if message.id.name in entries:
                raise AssertionError(f"{path}: {message.id.name} is defined again (in {first})")
            entry = entries.setdefault(message.id.name, Entry())
            if message.value is not None:
                _Reader(entry, "").visit(message.value)
            for attribute in message.attributes:
                _Reader(entry, attribute.id.name).visit(attribute.value)
    return entries


@dataclass(frozen=True)
class Use:
    key: str  # "key" or "key.attribute"
    where: str  # path:line
    arguments: frozenset[str]
    unpacked: bool  # Message("key", **shared): its arguments are not all visible


def _python_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _is_message_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    return name == "Message"


def message_uses(root: Path = BOT) -> tuple[list[Use], list[str]]:
    """Every `Message(...)` in the code, and the places whose key is not a string literal."""
    uses, not_literal = [], []
    for path in _python_files(root):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not _is_message_call(node):
                continue
            assert isinstance(node, ast.Call)
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                not_literal.append(where)
                continue
            named = frozenset(k.arg for k in node.keywords if k.arg is not None)
            unpacked = any(k.arg is None for k in node.keywords)
            uses.append(Use(first.value, where, named, unpacked))
    return uses, not_literal


def _is_render_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute | ast.Name)
        and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "render"
    )


def _renders_inside(node: ast.AST) -> bool:
    return any(_is_render_call(inner) for inner in ast.walk(node))


def concatenations(source: str) -> list[int]:
    """Lines where rendered messages are glued to other text: `+`, `%`, f-strings, `.join`,
    `.format`. A sentence built that way cannot be reordered by a translator."""
    found = []
    for node in ast.walk(ast.parse(source)):
        glued = (
            (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod))
            and (_renders_inside(node.left) or _renders_inside(node.right))
        ) or (
            isinstance(node, ast.JoinedStr)
            and any(
                isinstance(part, ast.FormattedValue) and _renders_inside(part.value)
                for part in node.values
            )
        )
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("join", "format")
        ):
            glued = glued or any(_renders_inside(argument) for argument in node.args)
            glued = glued or (node.func.attr == "format" and _renders_inside(node.func.value))
        if glued:
            found.append(getattr(node, "lineno", 0))
    return sorted(set(found))


def concatenations_in_code(root: Path = BOT) -> list[str]:
    """`path:line` of every glued rendering outside `bot/i18n` (which lays out whole messages)."""
    found = []
    for path in _python_files(root):
        if (root / "i18n") in path.parents:
            continue
        for line in concatenations(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(root.parent)}:{line}")
    return found
