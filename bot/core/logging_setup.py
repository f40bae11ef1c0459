"""Logging to standard error (in the console, to a file), as text or one JSON object per line,
with secrets replaced.

Redaction happens once per record, before any formatter sees it, and covers every field a
formatter can write: the message, the exception and stack text, and the context fields code
passes with `extra=` (platform, workspace, command, error id). A log shipper reading the JSON
lines therefore never receives a token, a signing secret or a database password.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

from bot.core.settings import Settings
from storage.engine import database_password

REDACTED = "[redacted]"
_TOKEN_PATTERNS = (
    re.compile(r"xox[abposr]-[A-Za-z0-9-]+"),  # Slack bot, user and app tokens
    re.compile(r"xapp-[A-Za-z0-9-]+"),
    re.compile(r"[MN][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}"),  # Discord tokens
)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@/\s]+@")  # scheme://user:password@host
# What every LogRecord carries; anything else on a record came from `extra=`.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "taskName",
}


def context_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The `extra=` fields of a record, in the order they were given."""
    return {k: v for k, v in vars(record).items() if k not in _RECORD_FIELDS}


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 6]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        for pattern in _TOKEN_PATTERNS:
            text = pattern.sub(REDACTED, text)
        return _URL_PASSWORD.sub(rf"\1{REDACTED}@", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        for name, value in context_fields(record).items():
            if not isinstance(value, bool | int | float | None):
                setattr(record, name, self.redact(str(value)))
        return True


class JsonLines(logging.Formatter):
    """One JSON object per record: time (UTC), level, logger, message, exception, context."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        for name, value in context_fields(record).items():
            entry.setdefault(name, value)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configured_secrets(settings: Settings) -> list[str]:
    """Every credential in the settings, the database password included."""
    secrets = [
        value.get_secret_value()
        for value in (
            settings.slack_bot_token,
            settings.slack_signing_secret,
            settings.slack_app_token,
            settings.slack_client_secret,
            settings.discord_token,
            settings.secret_key,
        )
        if value is not None
    ]
    if settings.secret_key_old is not None:
        secrets += [key.strip() for key in settings.secret_key_old.get_secret_value().split(",")]
    password = database_password(settings.database_url) if settings.database_url else None
    if password:
        secrets.append(password)
    return secrets


CONSOLE_LOG = "console.log"  # in the data directory: the console's log when it is not verbose


def configure_logging(settings: Settings, *, console: bool = False, verbose: bool = False) -> None:
    """Logs to standard error at `LOG_LEVEL`. In the console, where standard error shares the
    terminal with the replies, only warnings go there and the rest to `console.log` in the data
    directory, unless `verbose`."""
    redact = RedactSecrets(configured_secrets(settings))
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if console and not verbose:
        handlers[0].setLevel(logging.WARNING)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(settings.data_dir / CONSOLE_LOG, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(
            JsonLines()
            if settings.log_format == "json"
            else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        handler.addFilter(redact)
    root = logging.getLogger()
    root.handlers[:] = handlers
    root.setLevel(settings.log_level.upper())
    logging.getLogger("alembic").setLevel(logging.WARNING)
