"""A local stand-in for Slack: Web API methods, response URLs and file uploads, every call recorded.

Served by aiohttp on 127.0.0.1 and an ephemeral port; point `SLACK_API_URL` at `api_url` and
give `response_url(...)` addresses in the requests sent to the app. Tokens belong to teams, so
`auth.test` answers as Slack does and an unknown token gets `invalid_auth`. `fail()` scripts
trouble: 429 with Retry-After, a 5xx outage, an `ok: false` error code, or no answer at all
(`hang`) until `recover()`, which also ends every outage still scripted. Like Slack, it refuses
what breaks Slack's limits (`tests/support/platform_limits.py`): a message with too many blocks
or too much text (`invalid_blocks`, `msg_blocks_too_long`, `msg_too_long`), a modal too large
(`invalid_arguments`), each with Slack's `response_metadata.messages`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

from tests.support.platform_limits import (
    Violation,
    slack_error_messages,
    slack_message_problems,
    slack_view_problems,
)

T = TypeVar("T")
BOT_USER_ID = "U0BOT"
NO_TOKEN_NEEDED = {"oauth.v2.access"}
MESSAGE_METHODS = {"chat.postMessage", "chat.postEphemeral", "chat.update"}
VIEW_METHODS = {"views.open", "views.push", "views.update"}


@dataclass(frozen=True)
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float  # time.monotonic() when it arrived


@dataclass
class _Trouble:
    status: int
    error: str
    retry_after: int | None
    remaining: int
    hang: bool = False


@dataclass
class FakeSlackApi:
    teams_by_token: dict[str, str] = field(default_factory=dict)
    oauth_answers: dict[str, dict[str, Any]] = field(default_factory=dict)  # by OAuth code
    calls: list[Call] = field(default_factory=list)
    accepted: list[Call] = field(default_factory=list)  # answered normally: no trouble, known token
    responses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (key, body)
    refusals: list[tuple[str, list[Violation]]] = field(default_factory=list)  # (method, why)
    uploads: dict[str, bytes] = field(default_factory=dict)  # file id to content
    app_tokens: set[str] = field(default_factory=set)  # Socket Mode's `xapp-` tokens
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    socket_messages: list[dict[str, Any]] = field(default_factory=list)  # what the app sent
    root: str = ""
    locales: dict[str, str] = field(default_factory=dict)  # users.info's locale, by user id
    _trouble: dict[str, list[_Trouble]] = field(default_factory=dict)
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _recovered: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None

    # --- setting the scene

    def add_workspace(self, team_id: str, bot_token: str) -> None:
        self.teams_by_token[bot_token] = team_id

    def add_oauth_install(self, code: str, team_id: str, bot_token: str) -> None:
        """What `oauth.v2.access` answers for `code`: a bot installed into `team_id`."""
        self.add_workspace(team_id, bot_token)
        self.oauth_answers[code] = {
            "ok": True,
            "app_id": "A0JOINT",
            "authed_user": {"id": "U0INSTALLER"},
            "scope": "commands,chat:write,im:write,files:write,groups:write",
            "token_type": "bot",
            "access_token": bot_token,
            "bot_user_id": BOT_USER_ID,
            "team": {"id": team_id, "name": f"School district {team_id}"},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def fail(
        self,
        method: str,
        *,
        status: int = 200,
        error: str = "",
        retry_after: int | None = None,
        times: int = 1,
        hang: bool = False,
    ) -> None:
        """The next `times` calls of `method` answer with this trouble instead of success;
        with `hang` they get no answer until `recover()` (then the trouble)."""
        self._recovered.clear()
        self._trouble.setdefault(method, []).append(
            _Trouble(status, error, retry_after, times, hang)
        )

    def recover(self) -> None:
        """The outage is over: scripted trouble is forgotten and hanging calls are answered."""
        self._trouble.clear()
        self._recovered.set()

    # --- addresses

    @property
    def api_url(self) -> str:
        return f"{self.root}/api/"

    def response_url(self, key: str) -> str:
        return f"{self.root}/respond/{key}"

    # --- looking at what happened

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def responses_to(self, key: str) -> list[dict[str, Any]]:
        return [body for got, body in self.responses if got == key]

    async def wait_for(self, probe: Callable[[], T | None], timeout: float = 5.0) -> T:
        """Poll until `probe` returns something truthy (the app works after its ack)."""
        deadline = time.monotonic() + timeout
        while True:
            found = probe()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"nothing arrived within {timeout} s")
            await asyncio.sleep(0.01)

    async def response(self, key: str, timeout: float = 5.0) -> dict[str, Any]:
        """The first message the app posted to response URL `key`."""
        return (await self.wait_for(lambda: self.responses_to(key), timeout))[0]

    # --- serving

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # users.info and other reads
        app.router.add_post("/respond/{key}", self._respond)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.root = f"http://{host}:{port}"

    async def close(self) -> None:
        self._recovered.set()
        for socket in self.sockets:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def push(self, envelope: dict[str, Any]) -> None:
        """Send a Socket Mode envelope to the app over its open websocket."""
        await self.sockets[-1].send_json(envelope)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self.sockets.append(socket)
        await socket.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0JOINT"}}
        )
        async for message in socket:
            self.socket_messages.append(json.loads(message.data))
        return socket

    async def _respond(self, request: web.Request) -> web.Response:
        """A post to a response URL: held to the blocks' limits, not to the cumulative one."""
        body = await request.json()
        problems = slack_message_problems(body, posted=False)
        if problems:
            self.refusals.append(("response_url", problems))
            return web.json_response({"ok": False, "error": problems[0].code}, status=400)
        self.responses.append((request.match_info["key"], body))
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        content = await request.read()
        self.uploads[request.match_info["file_id"]] = content
        return web.Response(text=f"OK - {len(content)}")

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _arguments(request)
        authorization = request.headers.get("Authorization", "")
        token = authorization[len("Bearer ") :] if authorization.startswith("Bearer ") else None
        call = Call(method, args, token or args.get("token"), time.monotonic())
        self.calls.append(call)
        trouble = self._next_trouble(method)
        if trouble is not None:
            if trouble.hang:
                await self._recovered.wait()
            return self._answer_trouble(trouble)
        team = self.teams_by_token.get(token or "")
        known = team is not None or token in self.app_tokens or method in NO_TOKEN_NEEDED
        if not known:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        problems = _problems(method, args)
        if problems:
            self.refusals.append((method, problems))
            return web.json_response(
                {
                    "ok": False,
                    "error": problems[0].code,
                    "response_metadata": {"messages": slack_error_messages(problems)},
                }
            )
        self.accepted.append(call)
        return web.json_response(self._answer(method, args, team))

    def _next_trouble(self, method: str) -> _Trouble | None:
        queue = self._trouble.get(method)
        if not queue:
            return None
        trouble = queue[0]
        trouble.remaining -= 1
        if trouble.remaining <= 0:
            queue.pop(0)
        return trouble

    @staticmethod
    def _answer_trouble(trouble: _Trouble) -> web.Response:
        if trouble.status >= 500:
            return web.Response(status=trouble.status, text="Slack is having trouble")
        headers = {} if trouble.retry_after is None else {"Retry-After": str(trouble.retry_after)}
        error = trouble.error or ("ratelimited" if trouble.status == 429 else "fatal_error")
        return web.json_response(
            {"ok": False, "error": error}, status=trouble.status, headers=headers
        )

    def _answer(self, method: str, args: dict[str, Any], team: str | None) -> dict[str, Any]:
        number = next(self._numbers)
        if method == "auth.test":
            return {
                "ok": True,
                "url": f"https://{team}.slack.com/",
                "team": f"Team {team}",
                "user": "jointclass",
                "team_id": team,
                "user_id": BOT_USER_ID,
                "bot_id": "B0BOT",
                "is_enterprise_install": False,
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": self.root.replace("http://", "ws://") + "/socket"}
        if method == "oauth.v2.access":
            return self.oauth_answers.get(
                args.get("code", ""), {"ok": False, "error": "invalid_code"}
            )
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args["users"]).split(",")[0]}}
        if method == "chat.postMessage":
            return {
                "ok": True,
                "channel": args["channel"],
                "ts": f"{number}.000100",
                "message": {"text": args.get("text", ""), "blocks": args.get("blocks", [])},
            }
        if method == "conversations.create":
            return {
                "ok": True,
                "channel": {
                    "id": f"G{number:07d}",
                    "name": args["name"],
                    "is_private": _truthy(args.get("is_private")),
                },
            }
        if method == "users.info":
            user = {"id": args["user"], "name": args["user"].lower()}
            if _truthy(args.get("include_locale")):  # Slack's default locale is en-US
                user["locale"] = self.locales.get(args["user"], "en-US")
            return {"ok": True, "user": user}
        if method == "views.open":
            return {"ok": True, "view": {**_json(args["view"]), "id": f"V{number}"}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{number:07d}"
            return {"ok": True, "upload_url": f"{self.root}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = _json(args["files"])
            return {"ok": True, "files": [{"id": f["id"], "title": f["title"]} for f in files]}
        return {"ok": True}


async def _arguments(request: web.Request) -> dict[str, Any]:
    """Query string, form fields and JSON body together, as Slack reads them."""
    args: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        args.update(await request.json())
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        args.update({key: value for key, value in (await request.post()).items()})
    return args


def _problems(method: str, args: dict[str, Any]) -> list[Violation]:
    """What Slack would refuse in a call's arguments, most telling first."""
    if method in MESSAGE_METHODS:
        message = {"text": args.get("text"), "blocks": _json(args.get("blocks") or [])}
        found = slack_message_problems(message)
        return sorted(found, key=lambda v: v.code != "msg_blocks_too_long")
    if method in VIEW_METHODS:
        return slack_view_problems(_json(args["view"]))
    return []


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _truthy(value: Any) -> bool:
    return value in (True, "true", "1", 1)
