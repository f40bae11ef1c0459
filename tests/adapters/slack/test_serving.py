"""`serve_slack`, the entry `jointclass run` uses: HTTP on PORT, or Socket Mode, till cancelled."""

import asyncio
import logging
import re

import aiohttp
import pytest

from bot.adapters.slack.bolt_app import build_slack_adapter, serve_slack
from bot.adapters.testing import TestBot
from tests.adapters.slack.conftest import ALICE, BOT_TOKEN, SIGNING_SECRET, shown, slack_settings
from tests.support.slack_requests import SlackRequests, slash_command_fields

APP_TOKEN = "xapp-1-A0JOINT-socketmodetoken"


async def until_cancelled(task):
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_http_mode_serves_slack_events_on_the_configured_port(api, caplog):
    caplog.set_level(logging.INFO, logger="bot.adapters.slack.bolt_app")
    bot = await TestBot.start(**slack_settings(api, SLACK_BOT_TOKEN=BOT_TOKEN, PORT="0"))
    serving = asyncio.create_task(serve_slack(bot.core, bot.core.settings, host="127.0.0.1"))
    address = re.compile(r"listening on 127\.0\.0\.1:(\d+)/slack/events")
    listening = await api.wait_for(lambda: address.search(caplog.text))
    base_url = f"http://127.0.0.1:{listening[1]}"
    async with aiohttp.ClientSession() as session:
        requests = SlackRequests(session, base_url, SIGNING_SECRET)
        answer = await requests.slash_command(ALICE, "help", response_url=api.response_url("h"))
        assert answer.status == 200
        assert shown(await api.response("h"))[1].startswith("Joint Class Bot commands")
        await until_cancelled(serving)
        with pytest.raises(aiohttp.ClientConnectionError):
            await requests.slash_command(ALICE, "help", response_url=api.response_url("gone"))
    await bot.close()


async def test_socket_mode_takes_commands_over_its_websocket(api):
    api.app_tokens.add(APP_TOKEN)
    bot = await TestBot.start(
        **slack_settings(api, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN=APP_TOKEN)
    )
    serving = asyncio.create_task(serve_slack(bot.core, bot.core.settings))
    await api.wait_for(lambda: api.sockets)
    [opened] = api.calls_to("apps.connections.open")
    assert opened.token == APP_TOKEN
    fields = slash_command_fields(ALICE, "help", api.response_url("socket"), "C0GENERAL")
    await api.push(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": fields,
        }
    )
    acked = await api.wait_for(
        lambda: [m for m in api.socket_messages if m.get("envelope_id") == "env-1"]
    )
    assert acked[0].get("payload") in (None, {}, "")
    assert shown(await api.response("socket"))[1].startswith("Joint Class Bot commands")
    await until_cancelled(serving)
    await bot.close()


async def test_a_token_in_the_environment_starts_the_bot_without_a_warning(
    api, caplog, monkeypatch
):
    """Bolt reads SLACK_BOT_TOKEN from the environment, where a deployment puts it, even when
    given the client made with it, and warned at every start that the token "will be unused"."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    bot = await TestBot.start(**slack_settings(api, SLACK_BOT_TOKEN=BOT_TOKEN))
    with caplog.at_level(logging.WARNING):
        await build_slack_adapter(bot.core, bot.core.settings)
    assert [record.getMessage() for record in caplog.records] == []
    await bot.close()
