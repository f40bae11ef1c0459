"""Requests as Slack sends them to the app: documented payload shapes, signed with the secret.

Slash commands arrive form-encoded; interactivity (`block_actions`, `view_submission`) as a
form field `payload` holding JSON. The signature is HMAC-SHA256 of `v0:{timestamp}:{body}`
(slack_sdk's `SignatureVerifier` computes it), and `post` can forge a bad or stale one.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from itertools import count
from typing import Any
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

API_APP_ID = "A0JOINT"
_trigger_numbers = count(1)


@dataclass(frozen=True)
class SlackUser:
    user_id: str
    name: str
    team_id: str


@dataclass(frozen=True)
class Answer:
    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        return json.loads(self.body)


class SlackRequests:
    """Sends signed requests to the app's `/slack/events` as Slack would, and browses its pages."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, signing_secret: str):
        self.session = session
        self.base_url = base_url
        self.signing_secret = signing_secret

    async def post(
        self,
        body: str,
        *,
        timestamp: int | None = None,
        secret: str | None = None,
        content_type: str = "application/x-www-form-urlencoded",
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """POST to `/slack/events`, signed now (or at `timestamp`, or with another secret),
        with any more `headers` Slack adds (a retry's `X-Slack-Retry-Num`)."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        signature = SignatureVerifier(secret or self.signing_secret).generate_signature(
            timestamp=stamp, body=body
        )
        sent = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature,
            **(headers or {}),
        }
        url = f"{self.base_url}/slack/events"
        async with self.session.post(url, data=body, headers=sent) as response:
            return Answer(response.status, await response.text())

    async def get(self, path: str, *, cookie: str | None = None) -> Answer:
        """A page a person opens in the browser (the OAuth install pages)."""
        headers = {"Cookie": cookie} if cookie else {}
        async with self.session.get(
            self.base_url + path, headers=headers, allow_redirects=False
        ) as response:
            return Answer(response.status, await response.text(), dict(response.headers))

    async def slash_command(
        self,
        user: SlackUser,
        text: str,
        *,
        response_url: str,
        channel_id: str = "C0GENERAL",
        **signing: Any,
    ) -> Answer:
        return await self.post(slash_command_body(user, text, response_url, channel_id), **signing)

    async def interaction(self, payload: dict[str, Any]) -> Answer:
        return await self.post(urlencode({"payload": json.dumps(payload)}))

    async def event(self, team_id: str, event: dict[str, Any]) -> Answer:
        """An Events API callback, JSON as Slack posts it."""
        return await self.post(
            json.dumps(event_callback(team_id, event)), content_type="application/json"
        )


def slash_command_body(user: SlackUser, text: str, response_url: str, channel_id: str) -> str:
    return urlencode(slash_command_fields(user, text, response_url, channel_id))


def slash_command_fields(
    user: SlackUser, text: str, response_url: str, channel_id: str
) -> dict[str, str]:
    """`/exchange <text>`, encoded as Slack does: typed `&`, `<` and `>` arrive as entities."""
    return {
        "token": "verification-token-unused",
        "team_id": user.team_id,
        "team_domain": user.team_id.lower(),
        "channel_id": channel_id,
        "channel_name": "general",
        "user_id": user.user_id,
        "user_name": user.name,
        "command": "/exchange",
        "text": _as_slack_encodes(text),
        "api_app_id": API_APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": _trigger_id(),
    }


def event_callback(team_id: str, event: dict[str, Any]) -> dict[str, Any]:
    return {
        "token": "verification-token-unused",
        "team_id": team_id,
        "api_app_id": API_APP_ID,
        "event": {**event, "event_ts": f"{time.time():.6f}"},
        "type": "event_callback",
        "event_id": f"Ev{next(_trigger_numbers):08d}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": "U0BOT",
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
    }


def block_actions_payload(
    user: SlackUser,
    button: dict[str, Any],
    *,
    response_url: str,
    channel_id: str,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A press of `button` (an element from a message the app posted)."""
    return {
        "type": "block_actions",
        "user": _user_field(user),
        "api_app_id": API_APP_ID,
        "token": "verification-token-unused",
        "container": {
            "type": "message",
            "message_ts": "1700000000.000100",
            "channel_id": channel_id,
            "is_ephemeral": False,
        },
        "trigger_id": _trigger_id(),
        "team": {"id": user.team_id, "domain": user.team_id.lower()},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": "general"},
        "message": message or {"type": "message", "ts": "1700000000.000100", "text": ""},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [
            {
                "action_id": button["action_id"],
                "block_id": "actions",
                "text": button["text"],
                "value": button["value"],
                "type": "button",
                "action_ts": f"{time.time():.6f}",
                **({"style": button["style"]} if "style" in button else {}),
            }
        ],
    }


def _user_field(user: SlackUser) -> dict[str, str]:
    """The `user` object of interactivity payloads."""
    return {"id": user.user_id, "username": user.name, "name": user.name, "team_id": user.team_id}


def view_submission_payload(
    user: SlackUser, view: dict[str, Any], answers: dict[str, str]
) -> dict[str, Any]:
    """The submission of a modal the app opened, with `answers` typed or picked per input."""
    values: dict[str, Any] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        answer = answers.get(block["block_id"])
        values[block["block_id"]] = {element["action_id"]: _element_state(element, answer)}
    return {
        "type": "view_submission",
        "team": {"id": user.team_id, "domain": user.team_id.lower()},
        "user": _user_field(user),
        "api_app_id": API_APP_ID,
        "token": "verification-token-unused",
        "trigger_id": _trigger_id(),
        "view": {
            **view,
            "team_id": user.team_id,
            "state": {"values": values},
            "hash": "1700000000.abcdef",
            "previous_view_id": None,
            "root_view_id": view["id"],
            "app_id": API_APP_ID,
            "external_id": "",
            "app_installed_team_id": user.team_id,
            "bot_id": "B0BOT",
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }


def _element_state(element: dict[str, Any], answer: str | None) -> dict[str, Any]:
    kind = element["type"]
    if kind == "static_select":
        option = next((o for o in element["options"] if o["value"] == answer), None)
        return {"type": kind, "selected_option": option}
    if kind == "multi_static_select":
        picked = (answer or "").split(",")
        return {
            "type": kind,
            "selected_options": [o for o in element["options"] if o["value"] in picked],
        }
    if kind == "users_select":
        return {"type": kind, "selected_user": answer}
    if kind == "datepicker":
        return {"type": kind, "selected_date": answer}
    if kind == "timepicker":
        return {"type": kind, "selected_time": answer}
    return {"type": kind, "value": answer}


def _as_slack_encodes(typed: str) -> str:
    """Slack's encoding of typed text, written out here so tests do not borrow the app's."""
    return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _trigger_id() -> str:
    return f"{next(_trigger_numbers)}.1700000000.abcdef0123456789"
