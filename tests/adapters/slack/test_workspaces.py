"""Many workspaces: Bolt's OAuth install flow, installations in the bot's database, own tokens."""

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from storage.engine import transaction
from storage.models import OutboundMessage, School
from tests.adapters.slack.conftest import ALICE, CLIENT_ID, SlackUser, shown
from tests.conftest import SEOUL_MIDDLE

EAST, WEST = "T0EAST", "T0WEST"
EAST_TOKEN, WEST_TOKEN = "xoxb-east-0001-token", "xoxb-west-0002-token"
# slack_sdk 3.47 sends oauth.v2.access with aiohttp's BasicAuth, deprecated since aiohttp 3.14
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


async def test_an_installation_is_kept_in_the_bots_own_database(distributed):
    await distributed.install("code-east", EAST, EAST_TOKEN)
    [exchange] = distributed.api.calls_to("oauth.v2.access")
    assert exchange.args["code"] == "code-east"
    async with distributed.bot.core.engine.connect() as connection:
        rows = (
            await connection.execute(
                text("SELECT team_id, bot_token FROM slack_bots WHERE client_id = :id"),
                {"id": CLIENT_ID},
            )
        ).all()
    [(team, stored)] = rows
    assert team == EAST and stored != EAST_TOKEN  # sealed: see test_sealed_tokens.py


async def test_a_command_from_an_installed_workspace_is_run_with_its_token(distributed):
    await distributed.install("code-east", EAST, EAST_TOKEN)
    east_alice = SlackUser("U0ALICE", "alice", EAST)
    ok, said = shown(await distributed.command(east_alice, SEOUL_MIDDLE))
    assert ok and said.startswith("Registered Hanbit Middle School")
    assert {c.token for c in distributed.api.calls_to("auth.test")} == {EAST_TOKEN}


async def test_each_workspace_has_its_own_people_and_its_own_token(distributed):
    await distributed.install("code-east", EAST, EAST_TOKEN)
    await distributed.install("code-west", WEST, WEST_TOKEN)
    east_alice = SlackUser(ALICE.user_id, ALICE.name, EAST)
    west_alice = SlackUser(ALICE.user_id, ALICE.name, WEST)  # same id, another workspace
    assert shown(await distributed.command(east_alice, SEOUL_MIDDLE))[0]
    ok, said = shown(await distributed.command(west_alice, "school show"))
    assert not ok and "not a teacher of a registered school" in said
    core = distributed.bot.core
    async with transaction(core.sessions) as db:
        for team in (EAST, WEST):
            recipient = Recipient("slack", team, "user", "U0TEACHER")
            enqueue(db, OutgoingMessage(recipient, f"Hello {team}"), core.clock.now())
    assert await core.delivery.deliver_due() == 2
    posts = {c.args["text"]: c.token for c in distributed.api.calls_to("chat.postMessage")}
    assert posts == {f"Hello {EAST}": EAST_TOKEN, f"Hello {WEST}": WEST_TOKEN}
    opened = {c.token for c in distributed.api.calls_to("conversations.open")}
    assert opened == {EAST_TOKEN, WEST_TOKEN}


async def test_a_workspace_that_never_installed_the_app_is_told_to_install_it(distributed):
    stranger = SlackUser("U0EVE", "eve", "T0NOWHERE")
    _, said = shown(await distributed.command(stranger, SEOUL_MIDDLE))
    assert "reinstall this app" in said  # Bolt's own words; the core never saw the command
    assert not await stored(distributed, School)


async def test_an_uninstalled_workspace_is_forgotten_and_its_messages_wait(distributed):
    await distributed.install("code-east", EAST, EAST_TOKEN)
    answer = await distributed.requests.event(EAST, {"type": "app_uninstalled"})
    assert answer.status == 200
    core = distributed.bot.core
    async with transaction(core.sessions) as db:
        enqueue(
            db,
            OutgoingMessage(Recipient("slack", EAST, "channel", "G0JOINT"), "Reminder"),
            core.clock.now(),
        )
    assert await core.delivery.deliver_due() == 0
    [waiting] = await stored(distributed, OutboundMessage)
    assert waiting.status == "pending"
    assert "not installed in workspace T0EAST" in (waiting.last_error or "")
    assert not distributed.api.calls_to("chat.postMessage")


async def stored(distributed, table):
    async with distributed.bot.core.sessions() as db:
        return (await db.exec(select(table))).all()
