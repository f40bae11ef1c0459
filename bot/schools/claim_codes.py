"""One-time codes that let a school's first teacher in: a coordinator hands one out, the teacher
types `school claim CODE`. A code carries 80 random bits in 16 characters of Crockford's base32
(no I, L, O or U to misread), is kept only as its SHA-256 digest, works once, and expires."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from bot.core.value_types import ValueProblem, ValueType, Wire

CODE_LIFETIME = timedelta(days=30)
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
_LENGTH = 16
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh code as people are shown it: `KR7Q-M3XD-9PTA-HC2W`."""
    plain = "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
    return "-".join(plain[i : i + 4] for i in range(0, _LENGTH, 4))


def _canonical(raw: str) -> str:
    return "".join(raw.upper().split()).replace("-", "").translate(_MISREAD)


def read_code(raw: str) -> str:
    """A typed code in its canonical form; dashes, spaces, case and O/0, I/L/1 do not matter."""
    code = _canonical(raw)
    if len(code) != _LENGTH or any(char not in _ALPHABET for char in code):
        raise ValueProblem(
            f"'{raw}' is not a claim code; a code has {_LENGTH} letters and digits, "
            "like KR7Q-M3XD-9PTA-HC2W"
        )
    return code


def digest(code: str) -> str:
    """What is stored of a code: the SHA-256 of its canonical form."""
    return hashlib.sha256(_canonical(code).encode()).hexdigest()


def expiry(now: datetime) -> datetime:
    return now + CODE_LIFETIME


CLAIM_CODE = ValueType(
    "claim code", Wire.STRING, "<code>", "a claim code like KR7Q-M3XD-9PTA-HC2W", read_code
)
