"""Hostile text through the real discord.py client and the fake Discord: every message body
that reaches the API (interaction responses, follow-ups, channel and direct messages) has its
user text escaped and carries `allowed_mentions` that let nothing ping."""

from __future__ import annotations

from typing import Any

from bot.core.grammar import quote
from tests.conftest import OSAKA_MIDDLE
from tests.support.discord_harness import live_discord, visible_text
from tests.support.fake_discord_api import Recorded
from tests.support.inert import (
    INJECTED_NAME,
    INJECTED_TEXT,
    assert_discord_inert,
    discord_texts,
)

HOSTILE_SCHOOL = (
    f"school register {quote(INJECTED_NAME)} country=KR city=Seoul level=middle "
    'languages=ko,en class_hours="Mon-Fri 09:00-16:00"'
)
NO_PINGS = {"parse": []}


def message_bodies(requests: list[Recorded]) -> list[dict[str, Any]]:
    """Every message the bot sent: callback data, follow-ups, edits, channel posts."""
    bodies = []
    for request in requests:
        if request.path.endswith("/callback") and request.body.get("type") in (4, 7):
            bodies.append(request.body["data"])
        elif request.path.startswith(("/webhooks/", "/channels/")) and request.method != "GET":
            bodies.append(request.body)
    return bodies


async def run_flow(defer_after: float) -> list[dict[str, Any]]:
    lines = [
        ("alice", HOSTILE_SCHOOL),
        ("bob", OSAKA_MIDDLE),
        ("alice", f"request JP-sakura-junior-high {quote(INJECTED_TEXT)}"),
        ("alice", f"school show {quote(INJECTED_NAME)}"),
    ]
    async with live_discord(defer_after=defer_after) as live:
        for number, (user, line) in enumerate(lines, start=1):
            await live.slash(user, line)
            if defer_after == 0:  # the "thinking…" response becomes the answer
                await live.fake.wait_for(
                    "PATCH", r"/webhooks/\d+/[^/]+/messages/@original", count=number
                )
        assert await live.core.delivery.deliver_due() >= 1
        await live.fake.wait_for("POST", r"/channels/\d+/messages")
        return message_bodies(live.fake.requests)


def assert_inert_and_silent(bodies: list[dict[str, Any]]) -> None:
    assert bodies
    for body in bodies:
        assert body.get("allowed_mentions") == NO_PINGS, body
        for text in discord_texts(body):
            assert_discord_inert(text)
    shown = "\n".join(visible_text(body) for body in bodies)
    assert INJECTED_NAME in shown and "<@&123456789012345678> <#123456789012345678>" in shown


async def test_answers_and_notifications_reach_discord_escaped_with_pings_disabled():
    assert_inert_and_silent(await run_flow(defer_after=1.5))


async def test_deferred_answers_follow_up_escaped_with_pings_disabled():
    assert_inert_and_silent(await run_flow(defer_after=0))
