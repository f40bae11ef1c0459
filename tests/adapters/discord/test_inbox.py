"""Discord commands through the inbox: a repeated interaction runs once, and what a stopped
leader left is answered by the next one through the interaction's webhook, or, when Discord no
longer takes an answer there, in a direct message."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import aiohttp
import discord
from sqlalchemy import update
from sqlmodel import select

from bot.core.inbox import CommandInbox
from storage.database_clock import DatabaseNow
from storage.engine import transaction
from storage.models import InboxCommand, InboxStatus, OutboundMessage, School
from tests.conftest import SEOUL_MIDDLE
from tests.support.discord_harness import LiveDiscord, live_discord, visible_text
from tests.support.discord_payloads import slash_command
from tests.support.rich_commands import RICH_CATALOG


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
    async with live_discord() as running:
        payload = running.slash_payload("alice", SEOUL_MIDDLE)
        await taken_then_left(running, payload)
        [deferred] = callbacks(running, payload)
        assert deferred.body["type"] == 5  # "thinking…", then the leader stopped
        assert await next_leader(running).take_over() == 1
        answer = running.fake.originals[payload["token"]]
        assert visible_text(answer).startswith("Registered Hanbit Middle School")
        assert [school.name for school in await rows(running, School)] == ["Hanbit Middle School"]


async def test_a_command_a_stopped_leader_never_acknowledged_is_not_run_and_its_person_told(
    monkeypatch,
):
    async def stuck(*args, **kwargs):
        await asyncio.Event().wait()

    monkeypatch.setattr(discord.InteractionResponse, "defer", stuck)
    async with live_discord() as running:
        payload = running.slash_payload("alice", SEOUL_MIDDLE)
        await taken_then_left(running, payload)
        assert callbacks(running, payload) == []  # Discord told alice it did not respond
        assert await next_leader(running).take_over() == 1
        assert await rows(running, School) == []
        [told] = await rows(running, OutboundMessage)
        assert told.target_kind == "user" and "was not carried out" in told.text
        assert "Discord no longer takes an answer to it" in told.text


async def died_before_noting_it_answered(running: LiveDiscord) -> None:
    """As if the process had been killed after Discord took the answer, before "answered"."""
    async with transaction(running.core.sessions) as db:
        await db.exec(
            update(InboxCommand).values(
                status=InboxStatus.ANSWERING, owner="a-dead-process", claimed_until=DatabaseNow(-1)
            )
        )


async def test_an_answer_given_again_after_a_kill_edits_the_same_message_and_posts_nothing():
    async with live_discord() as running:
        payload = running.slash_payload("alice", SEOUL_MIDDLE)
        answer = await running.interact(payload)
        await until(lambda: running.core.inbox.at_work == 0)
        await died_before_noting_it_answered(running)
        assert await next_leader(running).take_over() == 1
        token = payload["token"]
        edits = running.fake.sent("PATCH", rf"/webhooks/\d+/{token}/messages/@original")
        posts = running.fake.sent("POST", rf"/webhooks/\d+/{token}")
        shown = running.fake.originals[token]
        statuses = [row.status for row in await rows(running, InboxCommand)]
    assert len(edits) == 2 and edits[0].body == edits[1].body  # the same edit, made again
    assert visible_text(shown) == visible_text(answer.body)
    assert visible_text(shown).startswith("Registered Hanbit Middle School")
    assert posts == [] and len(callbacks(running, payload)) == 1
    assert statuses == [InboxStatus.ANSWERED]


async def test_an_answer_for_the_channel_is_not_posted_again_after_a_kill():
    async with live_discord(catalog=RICH_CATALOG) as running:
        payload = slash_command(running.registered, "alice", ("slow",), {"public": "1"})
        await running.interact(payload)
        await until(lambda: running.core.inbox.at_work == 0)
        await died_before_noting_it_answered(running)
        assert await next_leader(running).take_over() == 1
        posts = running.fake.sent("POST", rf"/webhooks/\d+/{payload['token']}")
    assert [visible_text(post.body) for post in posts] == ["Done, slowly."]


async def test_the_fake_refuses_a_second_first_answer_to_one_interaction_as_discord_does():
    """Discord answers a second callback to one interaction with 400, code 40060 ("Interaction
    has already been acknowledged"): a first answer cannot be given twice, only edited."""
    async with live_discord() as running:
        payload = running.slash_payload("alice", "help")
        await running.interact(payload)
        url = f"{running.fake.api_url}/interactions/{payload['id']}/{payload['token']}/callback"
        async with (
            aiohttp.ClientSession() as session,
            session.post(url, json={"type": 5, "data": {"flags": 64}}) as refused,
        ):
            status, error = refused.status, await refused.json()
    assert (status, error["code"]) == (400, 40060)
