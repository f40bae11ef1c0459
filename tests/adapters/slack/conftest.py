"""The real Bolt app served over HTTP on the bot's core, talking to a local fake of Slack's API.

`slack` is a single-workspace bot (SLACK_BOT_TOKEN); `distributed` installs into many
workspaces through OAuth (SLACK_CLIENT_ID/SECRET) and runs on every test database backend.
Tests send signed requests the way Slack does and read what the app did from the fake:
response-URL answers, Web API calls, uploaded files.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest

from bot.adapters.slack.bolt_app import build_slack_adapter
from bot.adapters.slack.render import ERROR_MARK, unescape
from bot.adapters.testing import TestBot
from tests.support.fake_slack_api import FakeSlackApi
from tests.support.slack_requests import SlackRequests, SlackUser

TEAM = "T0SCHOOLS"
BOT_TOKEN = "xoxb-1111-2222-singleworkspacetoken"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CLIENT_ID = "1111.2222"
CLIENT_SECRET = "0a1b2c3d4e5f-oauth-client-secret"
SECRET_KEY = "dGVzdC1rZXktZm9yLXNlYWxpbmctc2xhY2stdG9rZW4="  # a Fernet key: 32 bytes, base64
ALICE = SlackUser("U0ALICE", "alice", TEAM)  # teaches in Seoul once registered
BOB = SlackUser("U0BOB", "bob", TEAM)  # teaches in Osaka once registered
COORDINATOR = SlackUser("U0COORD", "minji", TEAM)


def slack_settings(api: FakeSlackApi, **extra: Any) -> dict[str, Any]:
    return {
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": api.api_url,
        "JOINTCLASS_COORDINATORS": f"slack:{TEAM}:{COORDINATOR.user_id}",
        **extra,
    }


@dataclass
class SlackHarness:
    bot: TestBot
    api: FakeSlackApi
    requests: SlackRequests
    _keys: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def command(
        self, user: SlackUser, text: str, *, channel_id: str = "C0GENERAL"
    ) -> dict[str, Any]:
        """Run `/exchange <text>` and return the message the app answered with."""
        key = f"command-{next(self._keys)}"
        answer = await self.requests.slash_command(
            user, text, response_url=self.api.response_url(key), channel_id=channel_id
        )
        assert (answer.status, answer.body) == (200, ""), "a slash command is acked empty"
        message = await self.api.response(key)
        await self.settled()
        return message

    async def settled(self) -> None:
        """Wait until the bot is done with what it took (it notes a command answered after
        answering it), so the test may use the database's one in-memory connection."""
        await self.api.wait_for(lambda: self.bot.core.inbox.at_work == 0)

    async def deliver(self) -> int:
        return await self.bot.core.delivery.deliver_due()

    async def install(self, code: str, team_id: str, token: str) -> None:
        """What a teacher does: open /slack/install, approve in Slack, land on the redirect."""
        self.api.add_oauth_install(code, team_id, token)
        page = await self.requests.get("/slack/install")
        assert page.status == 200
        state = re.search(r"[?&]state=([\w-]+)", page.body)
        assert state, "the install page links to Slack's authorize page with a state"
        # the state cookie is `Secure`: a browser sends it back over https, this test by hand
        cookie = page.headers["Set-Cookie"].split(";", 1)[0]
        done = await self.requests.get(
            f"/slack/oauth_redirect?code={code}&state={state[1]}", cookie=cookie
        )
        assert done.status == 200, done.body


def shown(message: dict[str, Any]) -> tuple[bool, str]:
    """What the reader sees: whether it is an error (the warning sign) and the plain text."""
    text = unescape(message["text"])
    failed = text.startswith(ERROR_MARK)
    return not failed, text.removeprefix(ERROR_MARK)


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for b in message.get("blocks", []) if b["type"] == "actions" for e in b["elements"]]


@pytest.fixture
async def api() -> AsyncIterator[FakeSlackApi]:
    fake = FakeSlackApi()
    await fake.start()
    fake.add_workspace(TEAM, BOT_TOKEN)
    yield fake
    await fake.close()


@pytest.fixture
async def slack(api: FakeSlackApi) -> AsyncIterator[SlackHarness]:
    async for harness in serve(api, slack_settings(api, SLACK_BOT_TOKEN=BOT_TOKEN)):
        yield harness


@pytest.fixture
async def distributed(api: FakeSlackApi, database_url: str) -> AsyncIterator[SlackHarness]:
    async for harness in serve(api, oauth_settings(api), database_url=database_url):
        yield harness


def oauth_settings(api: FakeSlackApi, **extra: Any) -> dict[str, Any]:
    """Installed into many workspaces, their tokens sealed with `SECRET_KEY` unless overridden."""
    return slack_settings(
        api,
        SLACK_CLIENT_ID=CLIENT_ID,
        SLACK_CLIENT_SECRET=CLIENT_SECRET,
        **{"JOINTCLASS_SECRET_KEY": SECRET_KEY, **extra},
    )


async def serve(
    api: FakeSlackApi, settings: dict[str, Any], **start: Any
) -> AsyncIterator[SlackHarness]:
    """A bot with the Slack adapter served on 127.0.0.1 and a free port, for one test."""
    bot = await TestBot.start(**start, **settings)
    try:
        adapter = await build_slack_adapter(bot.core, bot.core.settings)
        port = await adapter.start_http("127.0.0.1", 0)
        try:
            async with aiohttp.ClientSession() as session:
                requests = SlackRequests(session, f"http://127.0.0.1:{port}", SIGNING_SECRET)
                yield SlackHarness(bot, api, requests)
        finally:
            await adapter.stop()
    finally:
        await bot.close()
