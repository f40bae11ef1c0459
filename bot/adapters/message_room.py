"""What is left of one message's room while a renderer fills it: its parts (Slack's blocks,
Discord's embeds) and its characters, spent only when both suffice."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Room:
    parts: int
    characters: int

    def spend(self, parts: int, characters: int) -> bool:
        """Take `parts` and `characters` if both are left; else take nothing."""
        if parts > self.parts or characters > self.characters:
            return False
        self.parts -= parts
        self.characters -= characters
        return True
