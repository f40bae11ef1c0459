"""The dispatcher's promises: one transaction per command, and no traceback for users."""

import logging
from datetime import UTC, datetime

from sqlmodel import select

from bot.core.dispatch import Dispatcher
from bot.core.errors import AlreadyDone, UserError
from bot.core.reply import Reply
from bot.core.spec import Catalog, CommandGroup, Param, Role
from bot.core.value_types import TEXT
from storage.models import Program


def failing_catalog(failure: Exception) -> Catalog:
    group = CommandGroup()

    @group.command(
        "boom",
        summary="writes, then fails",
        params=[Param("name", TEXT, "n", positional=True)],
        role=Role.ANYONE,
        example="/exchange boom x",
    )
    async def boom(ctx, name):
        ctx.db.add(Program(name=name, created_at=datetime.now(UTC)))
        await ctx.db.flush()
        raise failure

    @group.command("fine", summary="succeeds", role=Role.ANYONE, example="/exchange fine")
    async def fine(ctx):
        return Reply(text="fine")

    return Catalog([group])


def dispatcher_for(bot, catalog):
    core = bot.core
    return Dispatcher(
        catalog, core.sessions, bot.clock, core.settings, core.services, core.translator
    )


async def programs(bot):
    async with bot.core.sessions() as db:
        return [p.name for p in (await db.exec(select(Program))).all()]


async def test_a_crash_shows_an_error_id_logs_the_traceback_and_writes_nothing(bot, caplog):
    dispatcher = dispatcher_for(bot, failing_catalog(RuntimeError("database on fire")))
    with caplog.at_level(logging.ERROR):
        reply = await dispatcher.handle_text(bot.actor("alice"), "boom Ghost")
    assert not reply.ok
    error_id = reply.data["error_id"]
    assert error_id in reply.text and "nothing was changed" in reply.text
    assert "database on fire" not in reply.text and "Traceback" not in reply.text
    assert error_id in caplog.text and "database on fire" in caplog.text
    assert "Ghost" not in await programs(bot)


async def test_a_user_error_after_a_write_rolls_the_write_back(bot):
    dispatcher = dispatcher_for(bot, failing_catalog(UserError("that school is full")))
    reply = await dispatcher.handle_text(bot.actor("alice"), "boom Ghost")
    assert reply.text.startswith("that school is full")
    assert "Usage: /exchange boom <name>" in reply.text
    assert "Ghost" not in await programs(bot)


async def test_a_repeat_is_answered_with_the_first_result_and_writes_nothing(bot):
    already = AlreadyDone("You booked this at 10:02: session #3.", {"session": {"id": 3}})
    dispatcher = dispatcher_for(bot, failing_catalog(already))
    reply = await dispatcher.handle_text(bot.actor("alice"), "boom Ghost")
    assert reply.ok and reply.text == "You booked this at 10:02: session #3."
    assert reply.data == {"session": {"id": 3}, "already": True}
    assert reply.command == "boom"
    assert "Ghost" not in await programs(bot)


def read_only_catalog() -> Catalog:
    group = CommandGroup()

    @group.command(
        "peek",
        summary="declared read-only, yet writes",
        role=Role.ANYONE,
        example="/exchange peek",
        writes=False,
    )
    async def peek(ctx):
        ctx.db.add(Program(name="Sneaky", created_at=datetime.now(UTC)))
        await ctx.db.flush()
        return Reply(text="peeked")

    return Catalog([group])


async def test_a_command_declared_read_only_cannot_write(bot, caplog):
    dispatcher = dispatcher_for(bot, read_only_catalog())
    with caplog.at_level(logging.ERROR):
        reply = await dispatcher.handle_text(bot.actor("alice"), "peek")
    assert not reply.ok and "error id" in reply.text
    assert "read-only unit of work tried to write" in caplog.text
    assert "Sneaky" not in await programs(bot)


async def test_a_mistake_in_the_options_shows_the_usage_of_the_command(bot):
    dispatcher = dispatcher_for(bot, failing_catalog(RuntimeError()))
    reply = await dispatcher.handle_text(bot.actor("alice"), "fine surplus")
    assert reply.command == "fine" and "Usage: /exchange fine" in reply.text


async def test_typed_options_run_the_same_command_as_text(two_schools):
    reply = await two_schools.core.handle_options(
        two_schools.actor("alice"), ("school", "edit"), {"quota": "2"}
    )
    assert reply.ok and reply.data["school"]["quota"] == 2
    bad = await two_schools.core.handle_options(
        two_schools.actor("alice"), ("school", "edit"), {"quota": "lots"}
    )
    assert "quota: 'lots' is not a whole number" in bad.text


async def test_typed_options_refuse_unknown_names(two_schools):
    reply = await two_schools.core.handle_options(
        two_schools.actor("alice"), ("school", "edit"), {"colour": "red"}
    )
    assert "Unknown option(s) for school edit: colour" in reply.text
