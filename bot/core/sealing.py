"""Secrets the bot keeps in its database (Slack installation tokens) are stored sealed, so a copy
of the database or a backup does not hand out the workspaces' tokens.

A sealed value is `fernet:` and a Fernet token (AES-128-CBC with HMAC-SHA256, from
`cryptography`) made with the key in `JOINTCLASS_SECRET_KEY`. Keys being retired go in
`JOINTCLASS_SECRET_KEY_OLD` (comma-separated): they still open what they sealed, and
`reseal` says how each stored value should be stored now (sealed with the current key).
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

SEALED_PREFIX = "fernet:"


class SealBroken(ValueError):
    """A sealed value that none of the configured keys opens."""


def read_key(raw: str, variable: str) -> Fernet:
    """A Fernet key from the environment, or a message saying how to make one."""
    try:
        return Fernet(raw.strip().encode())
    except ValueError:
        raise ValueError(
            f"{variable} is not a Fernet key (32 random bytes in URL-safe base64, 44 characters); "
            "make one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from None


class Sealer:
    """Seals with the current key; opens with it or any old one."""

    def __init__(self, key: Fernet, old_keys: Sequence[Fernet] = ()) -> None:
        self._current = key
        self._any = MultiFernet([key, *old_keys])

    @classmethod
    def from_environment(cls, key: str, old_keys: str = "") -> Sealer:
        """From `JOINTCLASS_SECRET_KEY` and the comma-separated `JOINTCLASS_SECRET_KEY_OLD`."""
        old = [part for part in old_keys.split(",") if part.strip()]
        return cls(
            read_key(key, "JOINTCLASS_SECRET_KEY"),
            [read_key(part, "JOINTCLASS_SECRET_KEY_OLD") for part in old],
        )

    def seal(self, clear: str) -> str:
        return SEALED_PREFIX + self._current.encrypt(clear.encode()).decode()

    def open(self, sealed: str) -> str:
        if not sealed.startswith(SEALED_PREFIX):
            raise SealBroken("a value kept in clear where a sealed one was expected")
        try:
            return self._any.decrypt(sealed.removeprefix(SEALED_PREFIX).encode()).decode()
        except InvalidToken:
            raise SealBroken(
                "a stored secret was sealed with a key that is neither JOINTCLASS_SECRET_KEY nor "
                "one of JOINTCLASS_SECRET_KEY_OLD"
            ) from None

    def reseal(self, stored: str) -> str | None:
        """What `stored` should be now: sealed with the current key. None when it already is;
        a value kept in clear (from before sealing) is sealed, one sealed with an old key is
        sealed again with the current one."""
        if not stored.startswith(SEALED_PREFIX):
            return self.seal(stored)
        token = stored.removeprefix(SEALED_PREFIX).encode()
        try:
            self._current.decrypt(token)
        except InvalidToken:
            self.open(stored)  # refused with SealBroken when no configured key opens it
            return SEALED_PREFIX + self._any.rotate(token).decode()
        return None
