"""Discord commands through the inbox: a repeated interaction runs once, and what a stopped
leader left is answered by the next one through the interaction's webhook, or, when Discord no
longer takes an answer there, in a direct message."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from sqlmodel import select

from bot.core.inbox import CommandInbox
from storage.models import InboxCommand, OutboundMessage, School
from tests.conftest import SEOUL_MIDDLE
from tests.support.discord_harness import LiveDiscord, live_discord, visible_text


async def rows(running: LiveDiscord, table) -> list:
    async with running.core.sessions() as db:
        return list((await db.exec(select(table))).all())


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        await asyncio.sleep(0.01)


def callbacks(running: LiveDiscord, payload: dict) -> list:
    return running.fake.sent("POST", rf"/interactions/{payload['id']}/[^/]+/callback")


async def taken_then_left(running: LiveDiscord, payload: dict) -> None:
    """The interaction arrives and is taken, and the leader stops (its grace run out) before
    carrying it out: the command stays in the inbox."""
    dispatcher = running.core.dispatcher
    carry_out = dispatcher.handle_options

    async def stuck(*args, **kwargs):
        await asyncio.Event().wait()

    dispatcher.handle_options = stuck  # type: ignore[method-assign]
    await running.fake.dispatch("INTERACTION_CREATE", payload)
    await until(lambda: running.core.inbox.at_work == 1)
    await asyncio.sleep(0.2)  # long enough to defer, when it defers
    assert await running.core.inbox.drain(0) == 1
    dispatcher.handle_options = carry_out  # type: ignore[method-assign]


def next_leader(running: LiveDiscord) -> CommandInbox:
    core = running.core
    inbox = CommandInbox(
        core.sessions, core.transactions, core.dispatcher, core.clock, "the-next-leader"
    )
    inbox.add_responder("discord", core.inbox.responders["discord"])
    return inbox


async def test_an_interaction_delivered_twice_runs_once_with_one_answer():
    async with live_discord() as running:
        payload = running.slash_payload("alice", SEOUL_MIDDLE)
        for _ in range(2):
            await running.fake.dispatch("INTERACTION_CREATE", payload)
        await running.fake.wait_for("POST", rf"/interactions/{payload['id']}/[^/]+/callback")
        await until(lambda: running.core.inbox.at_work == 0)
        assert len(callbacks(running, payload)) == 1
        assert [school.name for school in await rows(running, School)] == ["Hanbit Middle School"]
        assert len(await rows(running, InboxCommand)) == 1


async def test_a_command_a_stopped_leader_deferred_is_answered_in_its_thinking_message():
    async with live_discord(defer_after=0.05) as running:
        payload = running.slash_payload("alice", SEOUL_MIDDLE)
        await taken_then_left(running, payload)
        [deferred] = callbacks(running, payload)
        assert deferred.body["type"] == 5  # "thinking…", then the leader stopped
        assert await next_leader(running).take_over() == 1
        answer = running.fake.originals[payload["token"]]
        assert visible_text(answer).startswith("Registered Hanbit Middle School")
        assert [school.name for school in await rows(running, School)] == ["Hanbit Middle School"]


async def test_a_command_a_stopped_leader_never_acknowledged_is_not_run_and_its_person_told():
    async with live_discord(defer_after=30) as running:
        payload = running.slash_payload("alice", SEOUL_MIDDLE)
        await taken_then_left(running, payload)
        assert callbacks(running, payload) == []  # Discord told alice it did not respond
        assert await next_leader(running).take_over() == 1
        assert await rows(running, School) == []
        [told] = await rows(running, OutboundMessage)
        assert told.target_kind == "user" and "was not carried out" in told.text
        assert "Discord no longer takes an answer to it" in told.text
