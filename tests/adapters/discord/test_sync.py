"""`jointclass discord-sync`: registers `/exchange` with (fake) Discord, only when it changed."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot.adapters.discord.slash_commands import command_payload
from bot.adapters.discord.sync import payload_text, run_discord_sync
from bot.cli.main import main
from bot.commands import CATALOG
from bot.core.settings import Settings
from tests.support.discord_payloads import APPLICATION_ID, GOLDEN_COMMANDS, GUILD_ID
from tests.support.discord_seams import discord_reaching
from tests.support.fake_discord_api import BOT_TOKEN, FakeDiscord
from tests.support.rich_commands import synthetic_catalog

GLOBAL = rf"/applications/{APPLICATION_ID}/commands"
IN_GUILD = rf"/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    api = FakeDiscord()
    await api.start()
    with discord_reaching(api.gateway_url):
        yield api
    await api.close()


def settings_for(fake: FakeDiscord, data_dir: Path, token: str | None = BOT_TOKEN) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DISCORD_TOKEN=token,
        DISCORD_API_URL=fake.api_url,
        JOINTCLASS_DATA_DIR=str(data_dir),
    )


async def sync(
    settings: Settings, *, catalog=CATALOG, guild: int | None = None, force: bool = False
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = await run_discord_sync(
        settings, catalog, guild_id=guild, force=force, show_payload=False, out=out, err=err
    )
    return status, out.getvalue(), err.getvalue()


async def test_sync_sends_the_golden_payload_to_the_global_commands(fake, tmp_path) -> None:
    status, out, _ = await sync(settings_for(fake, tmp_path))
    assert status == 0
    [put] = fake.sent("PUT", GLOBAL)
    assert put.body == json.loads(GOLDEN_COMMANDS.read_text())
    assert put.authorization == f"Bot {BOT_TOKEN}"
    assert f"Registered /exchange ({len(CATALOG)} commands) for every server." in out


async def test_sync_prints_an_invite_link_with_the_scopes_and_permissions_needed(
    fake, tmp_path
) -> None:
    _, out, _ = await sync(settings_for(fake, tmp_path))
    link = next(line for line in out.splitlines() if line.startswith("Invite link: "))
    assert f"client_id={APPLICATION_ID}" in link
    assert "scope=bot+applications.commands" in link
    granted = discord.Permissions(int(link.split("permissions=")[1].split("&")[0]))
    assert granted.send_messages and granted.embed_links and granted.attach_files
    assert granted.manage_channels and granted.view_channel
    assert not granted.administrator and not granted.mention_everyone


async def test_a_second_sync_with_nothing_changed_sends_nothing(fake, tmp_path) -> None:
    settings = settings_for(fake, tmp_path)
    await sync(settings)
    status, out, _ = await sync(settings)
    assert status == 0
    assert len(fake.sent("PUT", GLOBAL)) == 1
    assert "already up to date for every server; nothing sent" in out


async def test_force_sends_an_unchanged_payload_again(fake, tmp_path) -> None:
    settings = settings_for(fake, tmp_path)
    await sync(settings)
    await sync(settings, force=True)
    assert len(fake.sent("PUT", GLOBAL)) == 2


async def test_a_changed_declaration_is_sent_again(fake, tmp_path) -> None:
    settings = settings_for(fake, tmp_path)
    await sync(settings)
    await sync(settings, catalog=synthetic_catalog(("ping", [])))
    first, second = fake.sent("PUT", GLOBAL)
    assert first.body != second.body
    assert [o["name"] for o in second.body[0]["options"]] == ["ping"]


async def test_a_guild_sync_registers_in_that_server_only(fake, tmp_path) -> None:
    settings = settings_for(fake, tmp_path)
    status, out, _ = await sync(settings, guild=int(GUILD_ID))
    assert status == 0
    [put] = fake.sent("PUT", IN_GUILD)
    assert put.body == json.loads(GOLDEN_COMMANDS.read_text())
    assert fake.sent("PUT", GLOBAL) == []
    assert f"for server {GUILD_ID}." in out
    await sync(settings)  # the global registration is tracked apart from the server's
    assert len(fake.sent("PUT", GLOBAL)) == 1


async def test_a_refused_token_is_explained_without_showing_it(fake, tmp_path) -> None:
    fake.fail("GET", r"/users/@me", 401)
    status, out, err = await sync(settings_for(fake, tmp_path))
    assert status == 1
    assert "Discord refused DISCORD_TOKEN" in err
    assert BOT_TOKEN not in out + err
    assert fake.sent("PUT", GLOBAL) == []


async def test_a_server_without_the_commands_scope_is_explained(fake, tmp_path) -> None:
    fake.fail("PUT", IN_GUILD, 403)
    status, _, err = await sync(settings_for(fake, tmp_path), guild=int(GUILD_ID))
    assert status == 1
    assert "applications.commands scope" in err
    await sync(settings_for(fake, tmp_path), guild=int(GUILD_ID))
    assert len(fake.sent("PUT", IN_GUILD)) == 1  # the refusal was not remembered as a sync


async def test_without_a_token_it_says_what_to_set(fake, tmp_path) -> None:
    status, _, err = await sync(settings_for(fake, tmp_path, token=None))
    assert status == 2
    assert "set DISCORD_TOKEN" in err
    assert fake.requests == []


def test_print_shows_the_payload_and_contacts_nobody(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env file
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("JOINTCLASS_DATA_DIR", str(tmp_path))
    assert main(["discord-sync", "--print"]) == 0
    assert capsys.readouterr().out == payload_text(command_payload(CATALOG))
