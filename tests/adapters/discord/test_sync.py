"""`jointclass discord-sync`: registers the commands with (fake) Discord, only when they changed."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.adapters.discord import registration
from bot.adapters.discord.registration import command_payload
from bot.adapters.discord.sync import payload_text
from bot.cli.discord_sync import run_discord_sync
from bot.cli.main import main
from bot.commands import CATALOG
from bot.core.settings import Settings
from bot.core.spec import Param
from bot.core.value_types import TEXT
from bot.i18n.messages import Message
from tests.support.discord_payloads import APPLICATION_ID, GOLDEN_COMMANDS, GUILD_ID
from tests.support.discord_seams import discord_reaching
from tests.support.fake_discord_api import BOT_TOKEN, FakeDiscord
from tests.support.in_language import english_in, written_in
from tests.support.rich_commands import synthetic_catalog

PARAMETER_NAME = app_commands.TranslationContextLocation.parameter_name
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
    commands = len({spec.path[0] for spec in CATALOG})
    assert (
        f"Registered {commands} Discord commands ({len(CATALOG)} with their subcommands) "
        "for every server." in out
    )


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
    assert [command["name"] for command in second.body] == ["ping"]


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


async def test_a_body_discord_refuses_is_reported_and_not_remembered(
    fake, tmp_path, monkeypatch
) -> None:
    """Were the bot's own check of the budget gone, Discord (here its fake) would refuse the
    body with 400 and say why; discord-sync passes that on and remembers nothing."""
    monkeypatch.setattr(registration, "MAX_COMMAND_CHARACTERS", 10**6)
    wordy = [Param(f"o{n}", TEXT, "a very long help text " * 6, default=None) for n in range(25)]
    catalog = synthetic_catalog(*((f"area c{n}", wordy) for n in range(4)))
    settings = settings_for(fake, tmp_path)
    status, _, err = await sync(settings, catalog=catalog)
    assert status == 1
    assert "Discord answered 400" in err and "Command exceeds maximum size (8000)" in err
    [refusal] = fake.refusals
    assert refusal.answer()["errors"]["0"]["_errors"][0]["code"] == "APPLICATION_COMMAND_TOO_LARGE"
    await sync(settings, catalog=catalog)
    assert len(fake.refusals) == 2  # sent again: the refusal was not remembered as a sync


class OneKoreanName(app_commands.Translator):
    """A translator's slip: every option of a command named alike in Korean."""

    async def translate(self, string, locale, context) -> str | None:
        if locale is discord.Locale.korean and context.location is PARAMETER_NAME:
            return "이름"
        return None


async def test_a_localized_name_that_collides_is_refused_by_discord(
    fake, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(registration, "CatalogTranslator", OneKoreanName)
    status, _, err = await sync(settings_for(fake, tmp_path))
    assert status == 1 and "Discord answered 400" in err
    [refusal] = fake.refusals
    codes = {
        problem["code"]
        for command in refusal.answer()["errors"].values()
        for problem in _errors_under(command)
    }
    assert codes == {"APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME"}


def _errors_under(node: dict[str, Any]) -> list[dict[str, str]]:
    found = list(node.get("_errors", []))
    for key, inner in node.items():
        if key != "_errors":
            found += _errors_under(inner)
    return found


async def test_a_body_over_discords_limits_is_refused_before_anything_is_sent(fake, tmp_path):
    wordy = [Param(f"o{n}", TEXT, "a very long help text " * 6, default=None) for n in range(25)]
    catalog = synthetic_catalog(*((f"area c{n}", wordy) for n in range(4)))
    status, _, err = await sync(settings_for(fake, tmp_path), catalog=catalog)
    assert status == 2
    assert "/area" in err and "Discord counts at most 8000 characters" in err
    assert fake.requests == []


def test_print_shows_the_payload_and_contacts_nobody(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env file
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("JOINTCLASS_DATA_DIR", str(tmp_path))
    assert main(["discord-sync", "--print"]) == 0
    assert capsys.readouterr().out == payload_text(asyncio.run(command_payload(CATALOG)))


async def test_what_sync_says_is_in_the_programs_language(fake, tmp_path) -> None:
    settings = settings_for(fake, tmp_path).model_copy(update={"language": "ko"})
    status, out, _ = await sync(settings, guild=GUILD_ID)
    server = Message("cli-discord-server", guild=str(GUILD_ID))
    commands = len({spec.path[0] for spec in CATALOG})
    registered = Message(
        "cli-discord-registered", commands=commands, declared=len(CATALOG), target=server
    )
    assert status == 0 and out.startswith(written_in("ko", registered) + "\n")
    _, again, _ = await sync(settings, guild=GUILD_ID)
    assert written_in("ko", Message("cli-discord-up-to-date", target=server)) in again
    assert "초대 링크: https://" in again and english_in(out + again) == []
