"""Who is acting: the same person is a different actor on each platform and workspace."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.value_types import ValueProblem


@dataclass(frozen=True)
class Actor:
    platform: str  # "slack", "discord", "console", "test"
    workspace: str  # Slack team id, Discord guild id, "local" for the console
    user_id: str
    display_name: str = ""
    # the language the platform says the user reads (Discord's interaction `locale`, Slack's
    # `users.info` locale, the console's `--lang`), when it says one: `ko`, `zh-TW`, `ja-JP`
    locale: str | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        return self.display_name or self.user_id

    @property
    def key(self) -> str:
        """`platform:workspace:user_id`, as rows record who did something and configuration and
        the survey write a person."""
        return f"{self.platform}:{self.workspace}:{self.user_id}"


_ACCOUNT = re.compile(r"(?P<platform>[a-z]+):(?P<workspace>[^:\s]+):(?P<user>[^:\s]+)")


def parse_account(text: str) -> Actor:
    """Read `platform:workspace:user_id` (e.g. `slack:T0123:U0456`, `discord:9876:5432`)."""
    match = _ACCOUNT.fullmatch(text.strip())
    if match is None:
        raise ValueProblem(
            f"'{text}' is not an account; write platform:workspace:user_id, "
            "e.g. slack:T0123:U0456 or discord:9876:5432"
        )
    user = match["user"]
    return Actor(match["platform"], match["workspace"], user, user)


@dataclass(frozen=True)
class ChannelRef:
    """The channel a command was typed in, when there is one."""

    platform: str
    workspace: str
    channel_id: str
