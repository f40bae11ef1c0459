"""The joint channels' category, which every member of a server sees, is named in the
program's language, as are the audit log's reasons; a category made before, in English, is
still the one new channels go under."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import discord

from bot.adapters.discord.joint_channels import DiscordChannelProvisioner
from bot.i18n.languages import ENGLISH, language_for_country
from bot.i18n.messages import Message
from bot.i18n.translator import Translator

KOREAN = language_for_country("KR")
GUILD = "111"
TRANSLATOR = Translator.load()


def written(key: str, language=KOREAN) -> str:
    return TRANSLATOR.render(Message(key), language)


class Category(discord.CategoryChannel):
    """What `fetch_channels` returns for a category: its name and id are all that is read."""

    def __init__(self, name: str, id: int) -> None:
        self.name, self.id, self.category_id = name, id, None


@dataclass
class Server:
    """The parts of `discord.Guild` the provisioner uses, keeping what it was asked to make."""

    channels: list[Any] = field(default_factory=list)
    made: list[tuple[str, str, str | None]] = field(default_factory=list)  # kind, name, reason
    default_role: discord.Object = field(default_factory=lambda: discord.Object(int(GUILD)))

    async def fetch_channels(self) -> list[Any]:
        return self.channels

    async def create_category(self, name: str, *, overwrites: Any, reason: str) -> Category:
        self.made.append(("category", name, reason))
        category = Category(name, 900 + len(self.made))
        self.channels.append(category)
        return category

    async def create_text_channel(self, name: str, *, category: Any, overwrites: Any, reason: str):
        self.made.append(("channel", name, reason))
        return discord.Object(700 + len(self.made))


@dataclass
class Client:
    server: Server
    user: discord.Object = field(default_factory=lambda: discord.Object(5))

    async def fetch_guild(self, guild_id: int) -> Server:
        return self.server


async def test_a_korean_programs_category_and_reasons_read_korean() -> None:
    server = Server()
    provisioner = DiscordChannelProvisioner(Client(server), TRANSLATOR, "ko")
    await provisioner.create_joint_channel(GUILD, "Hanbit × Sakura", ["12"])
    assert server.made == [
        (
            "category",
            written("adapters-discord-category"),
            written("adapters-discord-category-reason"),
        ),
        ("channel", "hanbit-sakura", written("adapters-discord-channel-reason")),
    ]


async def test_a_program_without_a_language_names_its_category_in_english() -> None:
    server = Server()
    await DiscordChannelProvisioner(Client(server), TRANSLATOR, None).create_joint_channel(
        GUILD, "Hanbit × Sakura", ["12"]
    )
    assert server.made[0][1] == written("adapters-discord-category", ENGLISH) == "Joint classes"


async def test_a_category_made_in_english_before_is_kept_for_new_channels() -> None:
    server = Server(channels=[Category("Joint classes", 42)])
    provisioner = DiscordChannelProvisioner(Client(server), TRANSLATOR, "ko")
    await provisioner.create_joint_channel(GUILD, "Hanbit × Sakura", ["12"])
    assert [kind for kind, _, _ in server.made] == ["channel"]
