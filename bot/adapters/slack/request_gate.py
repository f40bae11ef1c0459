"""Requests to `/slack/events` checked before Bolt reads them: unsigned ones answer 401, signed
ones that are not what Slack sends answer 400, and nothing runs for either.

Bolt parses a body as it comes: a `payload` that is not a JSON object, a JSON array as the
body, or a timestamp that is not a number raise inside it, answer 500 and log a traceback;
a slash command without `response_url` would run with its reply lost, one without `user_id`
or `team_id` as somebody with an empty id. The gate refuses each of these with the reason,
logged as a warning.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web
from aiohttp.typedefs import Middleware
from slack_sdk.signature import SignatureVerifier

from bot.adapters.slack.forms import FORM_CALLBACK_ID, form_key

logger = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
JSON = "application/json"
COMMAND_FIELDS = ("command", "user_id", "team_id", "response_url")


def request_gate(path: str, signing_secret: str) -> Middleware:
    """An aiohttp middleware guarding POSTs to `path` (Bolt's endpoint)."""
    verifier = SignatureVerifier(signing_secret)

    @web.middleware
    async def gate(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "POST" or request.path != path:
            return await handler(request)
        body = await request.text()  # aiohttp keeps it for Bolt to read again
        if not _signed(verifier, body, request.headers):
            logger.warning("refused a request to %s: not signed by Slack", path)
            return web.Response(status=401, text="Unauthorized: not signed by Slack")
        problem = shape_problem(body, request.content_type)
        if problem is not None:
            logger.warning("refused a signed request to %s: %s", path, problem)
            return web.Response(status=400, text=f"Bad Request: {problem}")
        return await handler(request)

    return gate


def _signed(verifier: SignatureVerifier, body: str, headers: Mapping[str, str]) -> bool:
    """Slack's signature, fresh; a timestamp that is not a number is simply not Slack's."""
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not (timestamp.isascii() and timestamp.isdigit()):
        return False
    return verifier.is_valid(body, timestamp, signature)


def shape_problem(body: str, content_type: str) -> str | None:
    """What makes a signed body something other than what Slack sends, if anything."""
    if content_type == JSON or body.startswith(("{", "[")):  # as Bolt tells JSON bodies
        return _object(body, "the body")[1]
    fields = parse_qs(body, keep_blank_values=True)
    if "payload" in fields:  # buttons, forms: a form field holding JSON
        payload, problem = _object(fields["payload"][0], "payload")
        return problem or _interaction_problem(payload)
    if "command" in fields:
        missing = [name for name in COMMAND_FIELDS if not (fields.get(name) or [""])[0]]
        if missing:
            return f"a slash command without {', '.join(missing)}"
    return None


def _object(text: str, what: str) -> tuple[dict[str, Any], str | None]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}, f"{what} is not JSON"
    if not isinstance(value, dict):
        return {}, f"{what} is not a JSON object"
    return value, None


def _interaction_problem(payload: dict[str, Any]) -> str | None:
    user = payload.get("user")
    if not isinstance(payload.get("type"), str):
        return "an interaction without a type"
    if not (isinstance(user, dict) and isinstance(user.get("id"), str) and user["id"]):
        return "an interaction without a user"
    view = payload.get("view")
    if payload["type"] == "view_submission":
        if not isinstance(view, dict):
            return "a form submission without its view"
        if view.get("callback_id") == FORM_CALLBACK_ID and form_key(view) is None:
            return "a form submission whose private_metadata is not the bot's"
    return None
