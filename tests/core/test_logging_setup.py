"""Logs as an operator's shipper reads them: JSON lines with context, and no secret anywhere."""

import contextlib
import io
import json
import logging
from datetime import UTC, datetime

import pytest

from bot.core.logging_setup import configure_logging
from bot.core.settings import Settings
from storage.engine import MEMORY_URL
from tests.core.test_dispatch import dispatcher_for, failing_catalog

BOT_TOKEN = "xoxb-2222-3333-configuredbottoken"
SIGNING_SECRET = "c0ffee15signingsecret4242"
DATABASE_PASSWORD = "hunter2-database-password"
UNCONFIGURED_TOKEN = "xoxb-9999-8888-someoneelsestoken"  # caught by its shape alone
SECRETS = (BOT_TOKEN, SIGNING_SECRET, DATABASE_PASSWORD, UNCONFIGURED_TOKEN)


def settings(**extra: str) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        DATABASE_URL=f"postgresql://jointclass:{DATABASE_PASSWORD}@db.internal:5432/jointclass",
        **extra,
    )


@pytest.fixture
def logs():
    """Logging exactly as `jointclass` sets it up, written to a buffer; restored afterwards."""
    buffer = io.StringIO()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level

    def configure(configured: Settings) -> io.StringIO:
        with contextlib.redirect_stderr(buffer):  # the handler writes to sys.stderr of now
            configure_logging(configured)
        return buffer

    yield configure
    root.handlers[:] = handlers
    root.setLevel(level)


def json_lines(buffer: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_json_format_writes_one_object_per_line_with_utc_time_and_context(logs):
    buffer = logs(settings(JOINTCLASS_LOG_FORMAT="json"))
    before = datetime.now(UTC)
    logging.getLogger("bot.example").warning(
        "delivery to %s failed", "C0GENERAL", extra={"platform": "slack", "attempt": 3}
    )
    [entry] = json_lines(buffer)
    assert entry["time"].endswith("Z")
    written = datetime.fromisoformat(entry["time"])
    assert written.utcoffset().total_seconds() == 0
    assert abs((written - before).total_seconds()) < 60
    assert {k: entry[k] for k in ("level", "logger", "message", "platform", "attempt")} == {
        "level": "WARNING",
        "logger": "bot.example",
        "message": "delivery to C0GENERAL failed",
        "platform": "slack",
        "attempt": 3,
    }
    assert "exception" not in entry


def test_secrets_are_redacted_from_message_exception_and_context_fields(logs):
    buffer = logs(settings(JOINTCLASS_LOG_FORMAT="json"))
    try:
        raise ConnectionError(f"refused with token {BOT_TOKEN} and secret {SIGNING_SECRET}")
    except ConnectionError:
        logging.getLogger("bot.example").exception(
            "connecting to %s with %s",
            f"postgresql://jointclass:{DATABASE_PASSWORD}@db.internal/jointclass",
            UNCONFIGURED_TOKEN,
            extra={"token": BOT_TOKEN, "request": {"headers": {"secret": SIGNING_SECRET}}},
        )
    [entry] = json_lines(buffer)
    written = json.dumps(entry)
    for secret in SECRETS:
        assert secret not in written
    assert entry["message"] == (
        "connecting to postgresql://jointclass:[redacted]@db.internal/jointclass with [redacted]"
    )
    assert (
        "ConnectionError: refused with token [redacted] and secret [redacted]"
        in (entry["exception"])
    )
    assert entry["token"] == "[redacted]"
    assert "[redacted]" in entry["request"]


def test_text_stays_the_default_format_and_is_redacted_too(logs):
    buffer = logs(settings())
    logging.getLogger("bot.example").error("posting with %s", BOT_TOKEN, extra={"token": BOT_TOKEN})
    line = buffer.getvalue().strip()
    assert line.endswith(" ERROR bot.example: posting with [redacted]")
    assert not line.startswith("{")


@pytest.mark.parametrize("database_url", [MEMORY_URL])
async def test_a_command_crash_is_one_json_line_with_the_error_id_the_user_was_given(bot, logs):
    buffer = logs(settings(JOINTCLASS_LOG_FORMAT="json"))
    dispatcher = dispatcher_for(bot, failing_catalog(RuntimeError(f"leaked {BOT_TOKEN}")))
    reply = await dispatcher.handle_text(bot.actor("alice"), "boom Ghost")
    [entry] = [e for e in json_lines(buffer) if e["logger"] == "bot.core.dispatch"]
    assert entry["level"] == "ERROR"
    assert {k: entry[k] for k in ("error_id", "platform", "workspace", "user", "command")} == {
        "error_id": reply.data["error_id"],
        "platform": "test",
        "workspace": "T1",
        "user": "alice",
        "command": "boom",
    }
    assert "RuntimeError: leaked [redacted]" in entry["exception"]
    assert BOT_TOKEN not in buffer.getvalue()
