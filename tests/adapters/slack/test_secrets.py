"""Tokens and secrets never reach a log line or a message, even with debug logging switched on."""

import contextlib
import io
import json
import logging

import pytest

from bot.core.logging_setup import configure_logging
from storage.engine import MEMORY_URL
from tests.adapters.slack.conftest import (
    ALICE,
    BOT_TOKEN,
    CLIENT_SECRET,
    COORDINATOR,
    SIGNING_SECRET,
    SlackUser,
)
from tests.conftest import SEOUL_MIDDLE

ISSUED_TOKEN = "xoxb-east-issued-by-oauth-0042"
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


@pytest.fixture
def app_log():
    """Logging exactly as `jointclass` sets it up, at DEBUG, written to a buffer."""
    buffer = io.StringIO()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level

    def configure(settings):
        with contextlib.redirect_stderr(buffer):  # the handler writes to sys.stderr of now
            configure_logging(settings.model_copy(update={"log_level": "DEBUG"}))

    yield configure, buffer
    root.handlers[:] = handlers
    root.setLevel(level)


def everything_sent(api) -> str:
    """Every message and API argument the app sent to Slack (tokens travel only in headers)."""
    return json.dumps([call.args for call in api.calls] + [body for _, body in api.responses])


async def test_a_single_workspace_bot_leaks_no_token_or_secret(slack, app_log):
    configure, log = app_log
    configure(slack.bot.core.settings)
    await slack.command(ALICE, SEOUL_MIDDLE)
    await slack.command(COORDINATOR, "coordinator add <@U0BOB|bob>")
    await slack.deliver()
    written = log.getvalue()
    assert "chat.postMessage" in written and "auth.test" in written  # debug logging was on
    for secret in (BOT_TOKEN, SIGNING_SECRET):
        assert secret not in written
        assert secret not in everything_sent(slack.api)


@pytest.mark.parametrize("database_url", [MEMORY_URL])  # backends: see test_slack_workspaces
async def test_an_oauth_install_leaks_neither_the_client_secret_nor_the_issued_token(
    distributed, app_log
):
    configure, log = app_log
    configure(distributed.bot.core.settings)
    await distributed.install("code-east", "T0EAST", ISSUED_TOKEN)
    await distributed.command(SlackUser("U0ALICE", "alice", "T0EAST"), "school list")
    written = log.getvalue()
    assert "oauth.v2.access" in written
    for secret in (CLIENT_SECRET, ISSUED_TOKEN, SIGNING_SECRET):
        assert secret not in written
        assert secret not in everything_sent(distributed.api)
