"""A local stand-in for Discord: the REST API and the gateway, on an ephemeral port.

The real discord.py client logs in against it (REST), connects to its gateway (a websocket
that says HELLO, answers IDENTIFY with READY and acknowledges heartbeats) and receives
`INTERACTION_CREATE` events from the tests exactly as it would from Discord. Every REST request
is recorded, and chosen ones can be made to fail (an outage, a rate limit, a refusal, or no
answer at all until `recover()`, which also ends every failure still scripted). Like Discord,
it refuses what breaks Discord's limits (`tests/support/platform_limits.py`): a command body
over a limit, a message, modal or list of suggestions too large, each with 400 and Discord's
error JSON. JSON is answered with `Content-Type: application/json` exactly, as Discord does:
with a charset suffix discord.py would read the body as text.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.support.discord_payloads import (
    APPLICATION_ID,
    BOT_USER,
    channel_payload,
    message_payload,
    user_payload,
)
from tests.support.platform_limits import (
    Violation,
    command_problems,
    discord_autocomplete_problems,
    discord_error,
    discord_message_problems,
    discord_modal_problems,
)

API_PREFIX = "/api/v10"
BOT_TOKEN = "fake-bot-token.NOT-A-REAL-SECRET"
ERRORS = {403: ("Missing Access", 50001), 404: ("Unknown Channel", 10003)}  # Discord's codes


@dataclass
class Recorded:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any  # the JSON body, or the multipart `payload_json`
    files: dict[str, bytes] = field(default_factory=dict)  # filename to content
    status: int = 200
    authorization: str | None = None


class Refusal(Exception):
    """What Discord answers a request it will not do in the state things are in (an interaction
    answered already, a message that is not there), with its JSON error code."""

    def __init__(self, status: int, message: str, code: int) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class BadRequest(Exception):
    """What Discord answers a body that breaks its rules: 400 and its error JSON."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("; ".join(map(str, violations)))
        self.violations = violations

    def answer(self) -> dict[str, Any]:
        [first, *_] = self.violations
        if first.code.isdigit():  # a JSON error code of its own, as "too many commands" has
            return {"code": int(first.code), "message": first.message}
        return discord_error(self.violations)


def _refuse(violations: list[Violation]) -> None:
    if violations:
        raise BadRequest(violations)


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    times: int
    retry_after: float = 0.0
    hang: bool = False


class FakeDiscord:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.refusals: list[BadRequest] = []  # bodies refused for breaking Discord's limits
        self.identify: dict[str, Any] | None = None
        self.channels: dict[str, list[dict[str, Any]]] = {}  # by guild id
        self.interaction_types: dict[str, int] = {}  # by interaction id, as dispatched
        self.originals: dict[str, dict[str, Any]] = {}  # each interaction's first answer, by token
        self._answered: set[str] = set()  # interactions that had their one callback
        self._failures: list[Failure] = []
        self._recovered = asyncio.Event()
        self._ids = itertools.count(1_300_000_000_000_000_001)
        self._sequence = itertools.count(1)
        self._socket: web.WebSocketResponse | None = None
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Any]]] = [
            ("GET", re.compile(r"/users/@me"), lambda r, m: BOT_USER),
            ("GET", re.compile(r"/oauth2/applications/@me"), self._application),
            ("GET", re.compile(r"/gateway/bot"), self._gateway),
            (
                "PUT",
                re.compile(r"/applications/(?P<app>\d+)(?:/guilds/(?P<guild>\d+))?/commands"),
                self._commands,
            ),
            (
                "POST",
                re.compile(r"/interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback"),
                self._callback,
            ),
            ("POST", re.compile(r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)"), self._followup),
            (
                "GET",
                re.compile(r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/@original"),
                self._original,
            ),
            (
                "PATCH",
                re.compile(r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/@original"),
                self._edit_original,
            ),
            ("POST", re.compile(r"/channels/(?P<channel>\d+)/messages"), self._channel_message),
            ("POST", re.compile(r"/users/@me/channels"), self._direct_channel),
            ("GET", re.compile(r"/guilds/(?P<guild>\d+)"), self._guild),
            ("GET", re.compile(r"/guilds/(?P<guild>\d+)/channels"), self._guild_channels),
            ("POST", re.compile(r"/guilds/(?P<guild>\d+)/channels"), self._create_channel),
        ]

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway_socket)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        self._recovered.set()
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # -- what tests use --------------------------------------------------------------------

    def fail(
        self,
        method: str,
        path: str,
        status: int,
        *,
        times: int = 1,
        retry_after: float = 0.0,
        hang: bool = False,
    ) -> None:
        """Answer the next `times` matching requests with `status` (429: a rate limit); with
        `hang`, only once `recover()` is called."""
        self._recovered.clear()
        self._failures.append(Failure(method, re.compile(path), status, times, retry_after, hang))

    def recover(self) -> None:
        """The outage is over: scripted failures are forgotten, hanging requests answered."""
        self._failures.clear()
        self._recovered.set()

    async def wait_for(
        self, method: str, path: str, *, count: int = 1, timeout: float = 5.0
    ) -> list[Recorded]:
        """The first `count` successful requests matching, waiting for them to arrive."""
        pattern = re.compile(path)

        def matching() -> list[Recorded]:
            return [
                r
                for r in self.requests
                if r.method == method and r.status < 300 and pattern.fullmatch(r.path)
            ]

        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(matching()) >= count), timeout
            )
        return matching()[:count]

    def sent(self, method: str, path: str) -> list[Recorded]:
        pattern = re.compile(path)
        return [
            r
            for r in self.requests
            if r.method == method and r.status < 300 and pattern.fullmatch(r.path)
        ]

    async def wait_until_ready(self, timeout: float = 5.0) -> None:
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: self.identify is not None), timeout
            )

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event, as Discord does when something happens."""
        assert self._socket is not None, "the client has not connected to the gateway"
        if event == "INTERACTION_CREATE":
            self.interaction_types[data["id"]] = data["type"]
        await self._socket.send_str(
            json.dumps({"op": 0, "t": event, "s": next(self._sequence), "d": data})
        )

    # -- gateway ---------------------------------------------------------------------------

    async def _gateway_socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        await socket.send_str(
            json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        )
        async for message in socket:
            if message.type is not WSMsgType.TEXT:
                break
            frame = json.loads(message.data)
            if frame["op"] == 1:  # heartbeat
                await socket.send_str(json.dumps({"op": 11}))
            elif frame["op"] == 2:  # identify
                await self.dispatch("READY", self._ready())
                async with self._changed:
                    self.identify = frame["d"]
                    self._changed.notify_all()
        return socket

    def _ready(self) -> dict[str, Any]:
        return {
            "v": 10,
            "user": BOT_USER,
            "guilds": [],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": APPLICATION_ID, "flags": 0},
            "shard": [0, 1],
        }

    # -- REST ------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body, files = await _read_body(request)
        record = Recorded(
            request.method,
            path,
            dict(request.query),
            body,
            files,
            authorization=request.headers.get("Authorization"),
        )
        failure = self._take_failure(request.method, path)
        if failure is not None:
            record.status = failure.status
            await self._record(record)
            if failure.hang:
                await self._recovered.wait()
            if failure.status == 429:
                return _json(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": failure.retry_after,
                        "global": False,
                    },
                    status=429,
                    headers={"Via": "1.1 google"},
                )
            message, code = ERRORS.get(failure.status, ("Service unavailable", 0))
            return _json({"message": message, "code": code}, status=failure.status)
        for method, pattern, respond in self._routes:
            match = pattern.fullmatch(path)
            if method == request.method and match:
                try:
                    answer = respond(record, match)
                except BadRequest as refusal:
                    record.status = 400
                    self.refusals.append(refusal)
                    await self._record(record)
                    return _json(refusal.answer(), status=400)
                except Refusal as refusal:
                    record.status = refusal.status
                    await self._record(record)
                    return _json({"message": refusal.message, "code": refusal.code}, refusal.status)
                await self._record(record)
                return web.Response(status=204) if answer is None else _json(answer)
        record.status = 404
        await self._record(record)
        return _json({"message": f"Unknown route {request.method} {path}", "code": 0}, status=404)

    async def _record(self, record: Recorded) -> None:
        async with self._changed:
            self.requests.append(record)
            self._changed.notify_all()

    def _take_failure(self, method: str, path: str) -> Failure | None:
        for failure in self._failures:
            if failure.method == method and failure.path.fullmatch(path) and failure.times > 0:
                failure.times -= 1
                return failure
        return None

    def _application(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        return {
            "id": APPLICATION_ID,
            "name": "Joint Class Bot",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_payload("owner"),
            "team": None,
            "verify_key": "0" * 64,
            "flags": 0,
            "interactions_endpoint_url": None,
        }

    def _gateway(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        return {
            "url": self.gateway_url,
            "shards": 1,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 0,
                "max_concurrency": 1,
            },
        }

    def _commands(self, record: Recorded, match: re.Match[str]) -> list[dict[str, Any]]:
        _refuse(command_problems(record.body))
        registered = []
        for command in record.body:
            registered.append(
                command
                | {
                    "id": str(next(self._ids)),
                    "application_id": APPLICATION_ID,
                    "version": str(next(self._ids)),
                    "guild_id": match["guild"],
                }
            )
        return registered

    def _callback(self, record: Recorded, match: re.Match[str]) -> dict[str, Any] | None:
        if match["id"] in self._answered:
            raise Refusal(400, "Interaction has already been acknowledged.", 40060)
        self._answered.add(match["id"])
        kind = record.body["type"]
        data = record.body.get("data") or {}
        if kind in (4, 7):  # a message, or the message a button was on, edited
            _refuse(discord_message_problems(data, len(record.files)))
        elif kind == 8:  # suggestions for an option being typed
            _refuse(discord_autocomplete_problems(data.get("choices", [])))
        elif kind == 9:
            _refuse(discord_modal_problems(data))
        kind_of_interaction = self.interaction_types.get(match["id"], 2)
        answer: dict[str, Any] = {"interaction": {"id": match["id"], "type": kind_of_interaction}}
        if kind in (4, 5):  # a message, or "thinking…" to be followed up
            message = message_payload(str(next(self._ids)), data, files=list(record.files))
            answer["interaction"] |= {
                "response_message_id": message["id"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & 64),
            }
            answer["resource"] = {"type": kind, "message": message}
            self.originals[match["token"]] = message
        return answer

    def _original(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        if match["token"] not in self.originals:
            raise Refusal(404, "Unknown Message", 10008)
        return self.originals[match["token"]]

    def _edit_original(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        original = self._original(record, match)
        body = {**record.body, "flags": original["flags"]}  # an edit keeps it ephemeral or not
        edited = message_payload(original["id"], body, files=list(record.files))
        self.originals[match["token"]] = edited
        return edited

    def _followup(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        _refuse(discord_message_problems(record.body or {}, len(record.files)))
        return message_payload(str(next(self._ids)), record.body, files=list(record.files))

    def _channel_message(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        _refuse(discord_message_problems(record.body or {}, len(record.files)))
        return message_payload(
            str(next(self._ids)), record.body, files=list(record.files), channel_id=match["channel"]
        )

    def _direct_channel(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        recipient = record.body["recipient_id"]
        return {
            "id": str(next(self._ids)),
            "type": 1,
            "last_message_id": None,
            "recipients": [user_payload("recipient") | {"id": str(recipient)}],
        }

    def _guild(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        guild_id = match["guild"]
        everyone = {
            "id": guild_id,
            "name": "@everyone",
            "permissions": "1024",
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        return {
            "id": guild_id,
            "name": "Exchange Server",
            "icon": None,
            "owner_id": "1",
            "roles": [everyone],
            "emojis": [],
            "stickers": [],
            "features": [],
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "system_channel_flags": 0,
            "premium_tier": 0,
            "nsfw_level": 0,
            "preferred_locale": "en-US",
        }

    def _guild_channels(self, record: Recorded, match: re.Match[str]) -> list[dict[str, Any]]:
        return self.channels.get(match["guild"], [])

    def _create_channel(self, record: Recorded, match: re.Match[str]) -> dict[str, Any]:
        parent = record.body.get("parent_id")
        channel = channel_payload(
            str(next(self._ids)),
            record.body["name"],
            kind=record.body.get("type", 0),
            guild_id=match["guild"],
            parent_id=str(parent) if parent is not None else None,
            overwrites=record.body.get("permission_overwrites", []),
        )
        self.channels.setdefault(match["guild"], []).append(channel)
        return channel


async def _read_body(request: web.Request) -> tuple[Any, dict[str, bytes]]:
    """JSON bodies as they are; multipart ones (messages with files) as `payload_json`."""
    if request.content_type.startswith("multipart/"):
        body: Any = None
        files: dict[str, bytes] = {}
        reader = await request.multipart()
        async for part in reader:
            content = await part.read()  # type: ignore[union-attr]
            if part.name == "payload_json":  # type: ignore[union-attr]
                body = json.loads(content)
            else:
                files[part.filename or part.name or ""] = bytes(content)  # type: ignore[union-attr]
        return body, files
    text = await request.text()
    return (json.loads(text) if text else None), {}


def _json(data: Any, status: int = 200, *, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(data).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )
