"""A declaration that does not match its handler must fail when the module is imported."""

import pytest

from bot.commands import CATALOG
from bot.core.errors import DeclarationError
from bot.core.spec import Catalog, CommandGroup, Param, Role
from bot.core.value_types import CHOICE, TEXT


def declare(params, handler):
    group = CommandGroup()
    group.command("demo", summary="demo", params=params, role=Role.ANYONE, example="x")(handler)
    return group


def test_a_handler_missing_a_declared_option_fails():
    async def handler(ctx):
        return None

    with pytest.raises(DeclarationError, match=r"do not match declared \['name'\]"):
        declare([Param("name", TEXT, "a name")], handler)


def test_a_handler_with_an_undeclared_parameter_fails():
    async def handler(ctx, name, extra):
        return None

    with pytest.raises(DeclarationError, match="do not match"):
        declare([Param("name", TEXT, "a name")], handler)


def test_options_in_a_different_order_fail():
    async def handler(ctx, b, a):
        return None

    with pytest.raises(DeclarationError, match="do not match"):
        declare([Param("a", TEXT, "a"), Param("b", TEXT, "b")], handler)


def test_a_synchronous_handler_fails():
    def handler(ctx):
        return None

    with pytest.raises(DeclarationError, match="async def"):
        declare([], handler)


def test_a_choice_without_choices_fails():
    async def handler(ctx, level):
        return None

    with pytest.raises(DeclarationError, match="lists no choices"):
        declare([Param("level", CHOICE, "level")], handler)


def test_a_greedy_option_must_come_last():
    async def handler(ctx, message, other):
        return None

    params = [
        Param("message", TEXT, "m", positional=True, greedy=True),
        Param("other", TEXT, "o", positional=True),
    ]
    with pytest.raises(DeclarationError, match="greedy"):
        declare(params, handler)


def test_two_commands_with_one_path_fail():
    async def handler(ctx):
        return None

    with pytest.raises(DeclarationError, match="declared twice"):
        Catalog([declare([], handler), declare([], handler)])


def test_every_shipped_command_has_help_an_example_and_described_options():
    for spec in CATALOG:
        assert spec.summary and spec.example.startswith(f"/exchange {spec.name}"), spec.name
        for param in spec.params:
            assert param.help, f"{spec.name} {param.name}"
