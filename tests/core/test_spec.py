"""A declaration that does not match its handler must fail when the module is imported."""

import pytest

from bot.commands import CATALOG
from bot.core.errors import DeclarationError
from bot.core.spec import Catalog, CommandGroup, Form, Param, Role
from bot.core.value_types import CHOICE, TEXT


def declare(params, handler, form=None):
    group = CommandGroup()
    register = group.command(
        "demo", summary="demo", params=params, role=Role.ANYONE, example="x", form=form
    )
    register(handler)
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


async def name_and_city(ctx, name, city):
    return None


NAME_AND_CITY = [Param("name", TEXT, "a name"), Param("city", TEXT, "a city", default="")]


def test_a_form_naming_an_undeclared_option_fails():
    with pytest.raises(DeclarationError, match=r"undeclared option\(s\) \['town'\]"):
        declare(NAME_AND_CITY, name_and_city, Form("Demo", ("name", "town")))


def test_a_form_leaving_out_a_required_option_fails():
    with pytest.raises(DeclarationError, match=r"leaves out option\(s\) \['name'\]"):
        declare(NAME_AND_CITY, name_and_city, Form("Demo", ("city",)))


def test_a_form_asks_its_listed_options_in_its_order_or_else_every_option():
    listed = declare(NAME_AND_CITY, name_and_city, Form("Demo", ("city", "name"))).specs[0]
    every = declare(NAME_AND_CITY, name_and_city, Form("Demo")).specs[0]
    none = declare(NAME_AND_CITY, name_and_city).specs[0]
    assert [p.name for p in listed.form_params] == ["city", "name"]
    assert [p.name for p in every.form_params] == ["name", "city"]
    assert none.form_params == []


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
