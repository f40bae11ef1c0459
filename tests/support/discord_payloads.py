"""Discord objects shaped as Discord documents them: users, channels, messages, interactions.

Interactions are built the way Discord builds them from what a user did in the client: a slash
command's options are typed by the registered command's own option types (integers as
numbers, users as ids plus `resolved` data), a button press carries the message the button is
on, a modal submission carries the inputs the modal had.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

APPLICATION_ID = "1000000000000000001"  # the bot user has the application's id, as on Discord
GUILD_ID = "1100000000000000001"
CHANNEL_ID = "1200000000000000001"
COMMAND_ID = "1300000000000000001"
TIMESTAMP = "2027-01-11T00:00:00.000000+00:00"
EPHEMERAL = 64  # message flag
_interaction_ids = itertools.count(1_400_000_000_000_000_001)
# the commands as registered for the current catalog; see tests/adapters/discord/
GOLDEN_COMMANDS = Path(__file__).parents[1] / "adapters" / "discord" / "golden" / "commands.json"


def snowflake(name: str) -> str:
    """A stable Discord id for a test user's name."""
    return str(10**17 + int(hashlib.sha256(name.encode()).hexdigest()[:12], 16))


def user_payload(name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": snowflake(name),
        "username": name,
        "discriminator": "0",
        "global_name": name.capitalize(),
        "avatar": None,
        "public_flags": 0,
        "bot": bot,
    }


BOT_USER = user_payload("jointclass", bot=True) | {"id": APPLICATION_ID}


def member_payload(name: str) -> dict[str, Any]:
    return {
        "user": user_payload(name),
        "nick": None,
        "avatar": None,
        "roles": [],
        "joined_at": TIMESTAMP,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "permissions": "2248473465835073",
        "communication_disabled_until": None,
    }


def channel_payload(
    channel_id: str,
    name: str,
    *,
    kind: int = 0,
    guild_id: str = GUILD_ID,
    parent_id: str | None = None,
    overwrites: Iterable[dict[str, Any]] = (),
) -> dict[str, Any]:
    return {
        "id": channel_id,
        "type": kind,
        "guild_id": guild_id,
        "name": name,
        "position": 0,
        "permission_overwrites": list(overwrites),
        "nsfw": False,
        "parent_id": parent_id,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def message_payload(
    message_id: str,
    body: dict[str, Any] | None,
    *,
    files: Iterable[str] = (),
    channel_id: str = CHANNEL_ID,
) -> dict[str, Any]:
    """The message Discord stores for a message body the bot sent."""
    body = body or {}
    attachments = [
        {
            "id": str(index + 1),
            "filename": name,
            "size": 1,
            "url": f"https://cdn.invalid/{name}",
            "proxy_url": f"https://cdn.invalid/{name}",
        }
        for index, name in enumerate(files)
    ]
    return {
        "id": message_id,
        "channel_id": channel_id,
        "author": BOT_USER,
        "content": body.get("content", ""),
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments,
        "embeds": body.get("embeds", []),
        "pinned": False,
        "type": 0,
        "flags": body.get("flags", 0),
        "components": body.get("components", []),
        "application_id": APPLICATION_ID,
    }


def interaction(
    kind: int,
    data: dict[str, Any],
    user: str,
    *,
    in_guild: bool = True,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE event: in the test server's channel, or in the user's DMs."""
    payload: dict[str, Any] = {
        "id": str(next(_interaction_ids)),
        "application_id": APPLICATION_ID,
        "type": kind,
        "data": data,
        "token": f"interaction-token-{next(_interaction_ids)}",
        "version": 1,
        "app_permissions": "2248473465835073",
        "locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 10485760,
    }
    if in_guild:
        payload |= {
            "guild_id": GUILD_ID,
            "guild": {"id": GUILD_ID, "locale": "en-US", "features": []},
            "guild_locale": "en-US",
            "channel_id": CHANNEL_ID,
            "channel": channel_payload(CHANNEL_ID, "exchange"),
            "member": member_payload(user),
            "context": 0,
            "authorizing_integration_owners": {"0": GUILD_ID},
        }
    else:
        dm = str(10**18 + int(snowflake(user)))
        payload |= {
            "channel_id": dm,
            "channel": {
                "id": dm,
                "type": 1,
                "last_message_id": None,
                "recipients": [user_payload(user)],
            },
            "user": user_payload(user),
            "context": 1,
            "authorizing_integration_owners": {"0": GUILD_ID},
        }
    if message is not None:
        payload["message"] = message
    return payload


def _registered_options(
    registered: list[dict[str, Any]], path: tuple[str, ...]
) -> list[dict[str, Any]]:
    node = next(c for c in registered if c["name"] == path[0])
    for word in path[1:]:
        node = next(o for o in node["options"] if o["name"] == word)
    return list(node["options"])


def _typed(option: dict[str, Any], text: str, resolved: dict[str, Any]) -> Any:
    if option["type"] == 4:
        return int(text)
    if option["type"] == 6:
        name = text.lstrip("@")
        resolved.setdefault("users", {})[snowflake(name)] = user_payload(name)
        member = {k: v for k, v in member_payload(name).items() if k != "user"}
        resolved.setdefault("members", {})[snowflake(name)] = member
        return snowflake(name)
    return text


def command_data(
    registered: list[dict[str, Any]],
    path: tuple[str, ...],
    options: dict[str, str],
    *,
    focused: str | None = None,
) -> dict[str, Any]:
    """`data` of an application command (or autocomplete) as the Discord client sends it;
    `options` hold what the user typed into each option, in the registered order."""
    declared = _registered_options(registered, path)
    resolved: dict[str, Any] = {}
    values = []
    for option in declared:
        if option["name"] not in options:
            continue
        text = options[option["name"]]
        typed = text if option["name"] == focused else _typed(option, text, resolved)
        value = {"name": option["name"], "type": option["type"], "value": typed}
        if option["name"] == focused:
            value["focused"] = True
        values.append(value)
    unknown = set(options) - {o["name"] for o in declared}
    assert not unknown, f"the client offers no such options: {unknown}"
    if len(path) == 2:  # a subcommand, under its command
        values = [{"name": path[1], "type": 1, "options": values}]
    data: dict[str, Any] = {"id": COMMAND_ID, "name": path[0], "type": 1, "options": values}
    if resolved:
        data["resolved"] = resolved
    return data


def slash_command(
    registered: list[dict[str, Any]], user: str, path: tuple[str, ...], options: dict[str, str]
) -> dict[str, Any]:
    return interaction(2, command_data(registered, path, options), user)


def autocomplete(
    registered: list[dict[str, Any]],
    user: str,
    path: tuple[str, ...],
    options: dict[str, str],
    focused: str,
) -> dict[str, Any]:
    return interaction(4, command_data(registered, path, options, focused=focused), user)


def button_press(
    message: dict[str, Any], custom_id: str, user: str, *, in_guild: bool = True
) -> dict[str, Any]:
    return interaction(
        3, {"custom_id": custom_id, "component_type": 2}, user, in_guild=in_guild, message=message
    )


def form_submission(
    form: dict[str, Any], values: dict[str, str], user: str, *, in_guild: bool = True
) -> dict[str, Any]:
    """What Discord sends when `user` fills in the modal `form` (as the bot sent it)."""
    components = []
    for index, label in enumerate(form["components"]):
        field = label["component"]
        components.append(
            {
                "type": 18,
                "id": 2 * index + 1,
                "component": {
                    "type": 4,
                    "id": 2 * index + 2,
                    "custom_id": field["custom_id"],
                    "value": values.get(field["custom_id"], ""),
                },
            }
        )
    return interaction(
        5, {"custom_id": form["custom_id"], "components": components}, user, in_guild=in_guild
    )
