"""The Slack adapter: Bolt's async app serving `/exchange`, buttons and forms on the bot's core.

Listeners only translate: a Slack payload becomes an actor, a channel and a command line (or
the typed options of a form), the core answers with a `Reply`, and `SlackResponder` shows it.
Every command, button press and form is written to the core's inbox (`bot.core.inbox`) before
it is acknowledged, inside Slack's three seconds, and carried out and answered from there: a
crash or a shutdown after the ack cannot lose it, and a repeated delivery (same trigger,
action or form submission) does not run it twice. The app is served on the caller's event loop
(aiohttp runner or Socket Mode), never with `app.start()`, so Slack, Discord and the scheduler
share one process.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.health import add_health_routes
from bot.adapters.slack.forms import (
    EXPIRED_FORM,
    FORM_CALLBACK_ID,
    OpenedFormStore,
    Origin,
    Submission,
    build_modal,
    field_errors,
    form_key,
    form_request,
    read_submission,
)
from bot.adapters.slack.installations import oauth_settings
from bot.adapters.slack.joint_channels import SlackChannelProvisioner
from bot.adapters.slack.manifest import BOT_EVENTS, BOT_SCOPES, COMMAND, EVENTS_PATH
from bot.adapters.slack.messenger import SlackMessenger
from bot.adapters.slack.render import RUN_ACTION_PREFIX, typed_text
from bot.adapters.slack.replies import SlackReplies
from bot.adapters.slack.request_gate import request_gate
from bot.adapters.slack.responder import SlackResponder, reply_route
from bot.adapters.slack.user_locales import UserLocales
from bot.adapters.slack.web_api import (
    SingleWorkspaceToken,
    SlackPoster,
    WorkspaceTokens,
    web_client,
)
from bot.core.bot_core import BotCore
from bot.core.errors import UserError
from bot.core.identity import Actor, ChannelRef
from bot.core.inbox import Delivery, Named, Received, Typed
from bot.core.reply import Reply
from bot.core.settings import Settings

logger = logging.getLogger(__name__)

PLATFORM = "slack"
FORM_ANSWER_BUDGET = 2.0  # seconds a form waits for the core, so errors make Slack's 3 s
HTTP_SHUTDOWN_TIMEOUT = 3.0  # a request in progress at shutdown needs only to be acknowledged


class _ClientTokenNotUnused(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment, where a deployment puts it, even when
    given a client made with that token, then warns at every start that the token "will be
    unused": the client uses it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


logging.getLogger("slack_bolt.AsyncApp").addFilter(_ClientTokenNotUnused())


class SlackAdapter:
    def __init__(
        self, core: BotCore, app: AsyncApp, responder: SlackResponder, signing_secret: str
    ) -> None:
        self.core = core
        self.app = app
        self.signing_secret = signing_secret
        self.responder = responder
        self.forms = OpenedFormStore(core.sessions, core.clock)
        self.locales = UserLocales()
        self._runner: web.AppRunner | None = None
        self._socket_mode: AsyncSocketModeHandler | None = None
        app.command(COMMAND)(self.on_command)
        app.action(re.compile(rf"^{RUN_ACTION_PREFIX}\d+$"))(self.on_button)
        app.view(FORM_CALLBACK_ID)(self.on_form)

    async def on_command(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        client: AsyncWebClient,
        context: AsyncBoltContext,
    ) -> None:
        line = typed_text(body.get("text") or "")
        interaction = f"command:{body.get('trigger_id') or secrets.token_hex(8)}"
        await self._run(ack, line, interaction, body, context, client)

    async def on_button(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        client: AsyncWebClient,
        context: AsyncBoltContext,
    ) -> None:
        """A button runs its command text as the person who pressed it."""
        interaction = f"action:{action.get('action_ts') or secrets.token_hex(8)}:{context.user_id}"
        await self._run(ack, action["value"], interaction, body, context, client)

    async def _run(
        self,
        ack: AsyncAck,
        line: str,
        interaction: str,
        body: dict[str, Any],
        context: AsyncBoltContext,
        client: AsyncWebClient,
    ) -> None:
        actor = _actor(body, context)
        channel_id = context.channel_id
        request = form_request(self.core.catalog, line)
        if request is not None and body.get("trigger_id"):
            await ack()  # opening a form changes nothing: its submission is the command
            # the locale only if known already: the modal must open within Slack's 3 seconds
            locale = self.locales.known(client, actor.workspace, actor.user_id)
            language = await self.core.language_of(replace(actor, locale=locale))
            key = await self.forms.open(request, Origin(channel_id, context.response_url))
            modal = build_modal(request, key, language, self.core.translator)
            await client.views_open(trigger_id=body["trigger_id"], view=modal)
            return
        actor = replace(actor, locale=self.locales.known(client, actor.workspace, actor.user_id))
        delivery = Delivery(
            interaction,
            actor,
            _channel(actor, channel_id),
            Typed(line),
            reply_route(context.response_url, channel_id),
        )
        inbox = self.core.inbox
        received = await inbox.receive(delivery)  # written down before Slack hears "got it"
        await ack()
        await inbox.work_on(received, self._carry_out(received, client))

    async def _carry_out(self, received: Received, client: AsyncWebClient) -> None:
        """After the ack: the person's language is asked of Slack if not known (at most once an
        hour), then the command is carried out and answered."""
        actor = received.delivery.actor
        if actor.locale is None:
            received = received.read_in(
                await self.locales.of(client, actor.workspace, actor.user_id)
            )
        await self.core.inbox.carry_out_and_answer(received, self._answerer(received))

    async def on_form(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        view: dict[str, Any],
        context: AsyncBoltContext,
    ) -> None:
        """Problems with one input come back under that input; anything else as a reply."""
        actor = _actor(body, context)
        locale = self.locales.known(self.app.client, actor.workspace, actor.user_id)
        actor = replace(actor, locale=locale)
        submission = await self._submission(view)
        if not isinstance(submission, Submission):  # told by direct message: origin unknown
            await ack()
            language = await self.core.language_of(actor)
            text = submission.text(self.core.translator, language)
            reply = Reply(text=text, ok=False, language=language)
            await self.responder.replies.send(reply, actor=actor, channel_id=None, respond=None)
            return
        origin = submission.origin
        delivery = Delivery(
            f"view:{view['id']}:{_digest(view['state']['values'])}",  # a corrected form runs
            actor,
            _channel(actor, origin.channel_id),
            Named(submission.path, submission.options),
            reply_route(origin.response_url, origin.channel_id),
        )
        received = await self.core.inbox.receive(delivery)
        await self.core.inbox.work_on(received, self._submitted(ack, received, submission.fields))

    async def _submitted(self, ack: AsyncAck, received: Received, fields: tuple[str, ...]) -> None:
        inbox = self.core.inbox
        if received.repeat:
            await ack()
            await inbox.carry_out_and_answer(received, self._answerer(received))
            return
        carrying = asyncio.ensure_future(inbox.carry_out(received))
        done, _ = await asyncio.wait({carrying}, timeout=FORM_ANSWER_BUDGET)
        reply = carrying.result() if done else None
        if reply is not None and (errors := field_errors(reply, fields)):
            await ack(response_action="errors", errors=errors)
            await inbox.answered(received)  # the form shows the answer
            return
        await ack()
        await inbox.answer_when_done(received, carrying, self._answerer(received))

    def _answerer(self, received: Received) -> Callable[[Reply], Awaitable[None]]:
        async def answer(reply: Reply) -> None:
            await self.responder.answer(received, reply)

        return answer

    async def _submission(self, view: dict[str, Any]) -> Submission | UserError:
        """What a submitted form asks to run, or why it cannot run: a form the bot does not
        know (the request gate let through only the bot's own metadata), or one whose command
        changed since it was opened."""
        key = form_key(view)
        opened = await self.forms.opened(key) if key else None
        if opened is None:
            return UserError(EXPIRED_FORM)
        line, origin = opened
        try:
            return read_submission(view, self.core.catalog, line, origin)
        except UserError as error:
            return error

    async def start_http(self, host: str, port: int) -> int:
        """Serve `/slack/events` (with OAuth, the install pages) and the health endpoints;
        returns the bound port."""
        web_app = self.app.web_app(path=EVENTS_PATH, port=port)
        web_app.middlewares.append(request_gate(EVENTS_PATH, self.signing_secret))
        add_health_routes(web_app, self.core.engine, stopping=lambda: not self.core.inbox.accepting)
        self._runner = web.AppRunner(web_app, shutdown_timeout=HTTP_SHUTDOWN_TIMEOUT)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        bound = int(self._runner.addresses[0][1])
        logger.info("Slack adapter listening on %s:%s%s", host, bound, EVENTS_PATH)
        return bound

    async def start_socket_mode(self, app_token: str) -> None:
        self._socket_mode = AsyncSocketModeHandler(self.app, app_token)
        await self._socket_mode.connect_async()
        logger.info("Slack adapter connected in Socket Mode")

    async def stop_taking(self) -> None:
        """Close the listener: requests already in are written to the inbox and acknowledged
        (they get `HTTP_SHUTDOWN_TIMEOUT`), new ones find nobody listening and go elsewhere."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        socket_mode, self._socket_mode = self._socket_mode, None
        if socket_mode is not None:
            await socket_mode.close_async()

    async def stop(self) -> None:
        await self.stop_taking()


def _actor(body: dict[str, Any], context: AsyncBoltContext) -> Actor:
    """Slack's team id is the workspace: the same person in two workspaces is two actors."""
    user = body.get("user") or {}
    name = body.get("user_name") or user.get("username") or user.get("name") or ""
    workspace = context.team_id or context.enterprise_id or ""
    return Actor(PLATFORM, workspace, context.user_id or "", name)


def _channel(actor: Actor, channel_id: str | None) -> ChannelRef | None:
    return ChannelRef(PLATFORM, actor.workspace, channel_id) if channel_id else None


def _digest(values: dict[str, Any]) -> str:
    """What a form submission said: submitting the same again is a repeat, a correction is not."""
    text = json.dumps(values, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


async def _token_lost(event: dict[str, Any]) -> None:
    """With one token there is nothing to forget, but the operator must know why posts fail."""
    logger.error(
        "Slack sent %s: SLACK_BOT_TOKEN no longer works; reinstall the app and set the new token",
        event.get("type"),
    )


async def build_slack_adapter(core: BotCore, settings: Settings) -> SlackAdapter:
    """The Bolt app for the configured mode, its messenger and channel maker added to the core.

    `SLACK_CLIENT_ID` + `SLACK_CLIENT_SECRET` install into many workspaces through OAuth;
    otherwise `SLACK_BOT_TOKEN` serves the one workspace it was issued for.
    """
    if settings.slack_signing_secret is None:
        raise ValueError("the Slack adapter needs SLACK_SIGNING_SECRET")
    signing_secret = settings.slack_signing_secret.get_secret_value()
    tokens: WorkspaceTokens
    sealer = settings.sealer()
    if settings.slack_client_id and settings.slack_client_secret:
        if sealer is None:
            raise ValueError("multi-workspace Slack needs JOINTCLASS_SECRET_KEY to seal its tokens")
        oauth, tokens = await oauth_settings(
            core.engine,
            settings.slack_client_id,
            settings.slack_client_secret.get_secret_value(),
            BOT_SCOPES,
            sealer,
        )
        client = web_client(settings)
        app = AsyncApp(
            name="jointclass", signing_secret=signing_secret, client=client, oauth_settings=oauth
        )
        app.enable_token_revocation_listeners()
    elif settings.slack_bot_token is not None:
        token = settings.slack_bot_token.get_secret_value()
        client = web_client(settings, token)
        app = AsyncApp(name="jointclass", signing_secret=signing_secret, client=client)
        for event in BOT_EVENTS:
            app.event(event)(_token_lost)
        tokens = SingleWorkspaceToken(token)
    else:
        raise ValueError(
            "the Slack adapter needs SLACK_BOT_TOKEN, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET"
        )
    poster = SlackPoster(client, tokens)
    core.add_messenger(PLATFORM, SlackMessenger(poster, core.translator))
    core.add_channel_provisioner(PLATFORM, SlackChannelProvisioner(poster))
    responder = SlackResponder(SlackReplies(poster, core.translator))
    core.inbox.add_responder(PLATFORM, responder)
    return SlackAdapter(core, app, responder, signing_secret)


async def serve_slack(core: BotCore, settings: Settings, *, host: str = "0.0.0.0") -> None:
    """Run the Slack adapter until cancelled: Socket Mode with `SLACK_APP_TOKEN`, else HTTP."""
    adapter = await build_slack_adapter(core, settings)
    core.add_intake(adapter.stop_taking)
    try:
        if settings.slack_app_token is not None:
            await adapter.start_socket_mode(settings.slack_app_token.get_secret_value())
        else:
            await adapter.start_http(host, settings.port)
        await asyncio.Event().wait()
    finally:
        await adapter.stop()
