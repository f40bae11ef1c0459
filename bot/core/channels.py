"""Creating joint channels is a platform act; the core asks whichever adapter serves the caller."""

from __future__ import annotations

from typing import Protocol


class ChannelProvisioner(Protocol):
    async def create_joint_channel(
        self, workspace: str, name: str, member_user_ids: list[str]
    ) -> str:
        """Create a channel named like `name` with those members; return its id."""
        ...
