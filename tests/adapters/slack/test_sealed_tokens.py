"""Slack tokens at rest: a copy of the database holds no workspace's token in clear, tokens an
earlier version kept in clear are sealed at start, and a key is rotated without losing one."""

import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import pytest
from cryptography.fernet import Fernet
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from sqlalchemy import text

from bot.adapters.testing import TestBot
from bot.core.sealing import SealBroken, Sealer, read_key
from storage.engine import MEMORY_URL
from tests.adapters.slack.conftest import CLIENT_ID, SECRET_KEY, SlackHarness, oauth_settings, serve
from tests.conftest import SEOUL_MIDDLE
from tests.support.fake_slack_api import FakeSlackApi
from tests.support.slack_requests import SlackUser

EAST = "T0EAST"
EAST_TOKEN = "xoxb-east-0001-token-kept-sealed"
NEW_KEY = Fernet.generate_key().decode()
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


@pytest.fixture
def lasting_url(database_url, tmp_path):
    """The test's database, on SQLite a file, so that the bot can be started on it again."""
    if database_url == MEMORY_URL:
        return f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    return database_url


def started(api: FakeSlackApi, url: str, **settings: Any) -> AsyncIterator[SlackHarness]:
    """The bot with multi-workspace Slack on the database, for one `async for` block."""
    return serve(api, oauth_settings(api, **settings), database_url=url)


async def stored_tokens(bot: TestBot) -> list[str]:
    """Every token cell of slack_sdk's tables, as the database holds it."""
    async with bot.core.engine.connect() as connection:
        bots = await connection.execute(text("SELECT bot_token FROM slack_bots"))
        installs = await connection.execute(
            text("SELECT bot_token, user_token FROM slack_installations")
        )
        cells = [*bots.scalars(), *(cell for row in installs for cell in row)]
    return [cell for cell in cells if cell is not None]


async def test_the_database_holds_no_token_in_clear(api, lasting_url):
    async for slack in started(api, lasting_url):
        await slack.install("code-east", EAST, EAST_TOKEN)
        stored = await stored_tokens(slack.bot)
        ok_reply = await slack.command(SlackUser("U0ALICE", "alice", EAST), SEOUL_MIDDLE)
    assert len(stored) == 2  # the bot's row and the installation's
    assert all(EAST_TOKEN not in cell and cell.startswith("fernet:") for cell in stored)
    assert [Sealer(read_key(SECRET_KEY, "key")).open(cell) for cell in stored] == [EAST_TOKEN] * 2
    assert "Registered Hanbit Middle School" in ok_reply["text"]
    assert {c.token for c in api.calls_to("auth.test")} == {EAST_TOKEN}


async def test_tokens_an_earlier_version_kept_in_clear_are_sealed_at_start(api, lasting_url):
    before = await TestBot.start(database_url=lasting_url)
    try:  # what a bot without sealing wrote: slack_sdk's own store
        plain = AsyncSQLAlchemyInstallationStore(CLIENT_ID, before.core.engine)
        await plain.create_tables()
        await plain.async_save(
            Installation(
                app_id="A0JOINT", team_id=EAST, user_id="U0INSTALLER", bot_token=EAST_TOKEN
            )
        )
        assert await stored_tokens(before) == [EAST_TOKEN, EAST_TOKEN]
    finally:
        await before.close()
    api.add_workspace(EAST, EAST_TOKEN)
    async for slack in started(api, lasting_url):
        stored = await stored_tokens(slack.bot)
        reply = await slack.command(SlackUser("U0ALICE", "alice", EAST), SEOUL_MIDDLE)
    assert stored and all(cell.startswith("fernet:") for cell in stored)
    assert "Registered Hanbit Middle School" in reply["text"]
    assert {c.token for c in api.calls_to("auth.test")} == {EAST_TOKEN}


async def test_a_rotated_key_reseals_every_token_and_the_old_key_can_then_go(api, lasting_url):
    async for slack in started(api, lasting_url):
        await slack.install("code-east", EAST, EAST_TOKEN)
    async for slack in started(
        api, lasting_url, JOINTCLASS_SECRET_KEY=NEW_KEY, JOINTCLASS_SECRET_KEY_OLD=SECRET_KEY
    ):
        resealed = await stored_tokens(slack.bot)
    only_new = Sealer(read_key(NEW_KEY, "key"))
    assert [only_new.open(cell) for cell in resealed] == [EAST_TOKEN] * 2
    async for slack in started(api, lasting_url, JOINTCLASS_SECRET_KEY=NEW_KEY):
        reply = await slack.command(SlackUser("U0ALICE", "alice", EAST), SEOUL_MIDDLE)
    assert "Registered Hanbit Middle School" in reply["text"]


async def test_a_key_that_opens_no_stored_token_stops_the_start(api, lasting_url):
    async for slack in started(api, lasting_url):
        await slack.install("code-east", EAST, EAST_TOKEN)
    with pytest.raises(SealBroken, match="neither JOINTCLASS_SECRET_KEY nor"):
        async for _ in started(api, lasting_url, JOINTCLASS_SECRET_KEY=NEW_KEY):
            pass


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("", "sealed with JOINTCLASS_SECRET_KEY: set it to a Fernet key"),
        ("hunter2", "JOINTCLASS_SECRET_KEY is not a Fernet key"),
    ],
)
def test_multi_workspace_slack_does_not_start_without_a_usable_key(tmp_path, key, said):
    settings = {
        "SLACK_SIGNING_SECRET": "8f742231b10e8888abcd99yyyzzz85a5",
        "SLACK_CLIENT_ID": CLIENT_ID,
        "SLACK_CLIENT_SECRET": "0a1b2c3d4e5f-oauth-client-secret",
        **({"JOINTCLASS_SECRET_KEY": key} if key else {}),
    }
    (tmp_path / ".env").write_text("".join(f"{k}={v}\n" for k, v in settings.items()))
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "JOINTCLASS_DATA_DIR": str(tmp_path / "data")},
        timeout=120,
    )
    assert result.returncode == 2
    assert "configuration problem" in result.stderr and said in result.stderr
    assert not (tmp_path / "data").exists()  # refused before anything was made
