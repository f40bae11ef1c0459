"""Who is acting: the same person is a different actor on each platform and workspace."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    platform: str  # "slack", "discord", "console", "test"
    workspace: str  # Slack team id, Discord guild id, "local" for the console
    user_id: str
    display_name: str = ""

    @property
    def label(self) -> str:
        return self.display_name or self.user_id

    @property
    def key(self) -> str:
        """`platform:workspace:user_id`, as rows record who did something."""
        return f"{self.platform}:{self.workspace}:{self.user_id}"


@dataclass(frozen=True)
class ChannelRef:
    """The channel a command was typed in, when there is one."""

    platform: str
    workspace: str
    channel_id: str
