"""From a line of text (or typed options) to a `Reply`: parse, check, run, commit.

A handler runs inside one transaction: a `UserError` or a crash rolls everything back, so
nothing is ever half-written. Unexpected failures are logged with an error id the user can
quote, and the user sees only that id.

At most `CONCURRENT_COMMANDS` transactions are open at once; the rest wait their turn before
taking a database connection. Without that, a burst of teachers holds every pooled connection
while each waits for the event loop, and commands (and the leader's lease renewal) time out
waiting for the pool instead of simply queueing.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Mapping
from typing import Any, Generic

from bot.core.channels import ChannelProvisioner
from bot.core.clock import Clock
from bot.core.context import Context, ServicesT
from bot.core.errors import AlreadyDone, UserError
from bot.core.grammar import bind, coerce, resolve_command, tokenize
from bot.core.identity import Actor, ChannelRef
from bot.core.reply import Reply
from bot.core.settings import Settings
from bot.core.spec import Catalog, CommandSpec
from bot.core.value_types import SchoolRef, UserRef
from storage.engine import SessionFactory, transaction

logger = logging.getLogger(__name__)


CONCURRENT_COMMANDS = 6  # well under the pool's 5 + 10 connections: background work needs some


class Dispatcher(Generic[ServicesT]):
    def __init__(
        self,
        catalog: Catalog,
        sessions: SessionFactory,
        clock: Clock,
        settings: Settings,
        services: ServicesT,
        after_commit: Callable[[], None] = lambda: None,
        channel_provisioners: Mapping[str, ChannelProvisioner] | None = None,
    ) -> None:
        self.catalog = catalog
        self.sessions = sessions
        self.clock = clock
        self.settings = settings
        self.services = services
        self.after_commit = after_commit
        self.channel_provisioners = channel_provisioners if channel_provisioners is not None else {}
        self._admission = asyncio.Semaphore(CONCURRENT_COMMANDS)

    async def handle_text(
        self, actor: Actor, line: str, channel: ChannelRef | None = None
    ) -> Reply:
        """Run `line`, the text after `/exchange`. An empty line shows help."""
        spec: CommandSpec | None = None
        try:
            tokens = tokenize(line) or tokenize("help")
            spec, rest = resolve_command(self.catalog, tokens)
            values = coerce(spec, bind(spec, rest).raw)
            return await self._run(spec, values, actor, channel)
        except AlreadyDone as done:
            return self._already_done(done, spec)
        except UserError as error:
            return self._user_error(error, spec)
        except Exception:
            return self._unexpected(actor, line, spec)

    async def handle_options(
        self,
        actor: Actor,
        path: tuple[str, ...],
        options: dict[str, str],
        channel: ChannelRef | None = None,
    ) -> Reply:
        """Run a command whose options arrive already named (Discord application commands)."""
        spec = self.catalog.get(path)
        try:
            if spec is None:
                raise UserError(f"Unknown command '{' '.join(path)}'.", show_usage=False)
            unknown = set(options) - {p.name for p in spec.params}
            if unknown:
                raise UserError(f"Unknown option(s) for {spec.name}: {', '.join(sorted(unknown))}")
            values = coerce(spec, options)
            return await self._run(spec, values, actor, channel)
        except AlreadyDone as done:
            return self._already_done(done, spec)
        except UserError as error:
            return self._user_error(error, spec)
        except Exception:
            return self._unexpected(actor, " ".join(path), spec)

    async def _run(
        self, spec: CommandSpec, values: dict[str, Any], actor: Actor, channel: ChannelRef | None
    ) -> Reply:
        async with self._admission, transaction(self.sessions, writes=spec.writes) as db:
            ctx = Context(
                actor=actor,
                channel=channel,
                db=db,
                clock=self.clock,
                settings=self.settings,
                catalog=self.catalog,
                services=self.services,
                channel_provisioners=self.channel_provisioners,
            )
            ctx.membership = await ctx.members.of_user(
                actor.platform, actor.workspace, actor.user_id
            )
            ctx.coordinated = await ctx.coordinators.programs_of(
                actor.platform, actor.workspace, actor.user_id
            )
            ctx.admit(spec.role)
            resolved = {
                param.argument: await _resolve(ctx, values[param.name]) for param in spec.params
            }
            reply = await spec.handler(ctx, **resolved)
        reply.add_notes(ctx.footnotes)
        reply.command = spec.name
        self.after_commit()
        return reply

    def _already_done(self, done: AlreadyDone, spec: CommandSpec | None) -> Reply:
        """A repeat: nothing was written (its transaction rolled back), the first's result."""
        reply = Reply(text=done.message, data={**done.data, "already": True})
        reply.command = spec.name if spec else ""
        return reply

    def _user_error(self, error: UserError, spec: CommandSpec | None) -> Reply:
        text = error.message
        if spec is not None and error.show_usage:
            text += f"\nUsage: {spec.usage()}\nMore: /exchange help {spec.name}"
        reply = Reply.error(text)
        reply.command = spec.name if spec else ""
        return reply

    def _unexpected(self, actor: Actor, line: str, spec: CommandSpec | None) -> Reply:
        error_id = secrets.token_hex(4)
        command = spec.name if spec else line[:80]
        logger.exception(
            "command failed: error_id=%s user=%s:%s:%s command=%r",
            error_id,
            actor.platform,
            actor.workspace,
            actor.user_id,
            command,
            extra={
                "error_id": error_id,
                "platform": actor.platform,
                "workspace": actor.workspace,
                "user": actor.user_id,
                "command": command,
            },
        )
        reply = Reply.error(
            f"Sorry, something went wrong on our side and nothing was changed. "
            f"If it happens again, give the bot's operator this error id: {error_id}",
            error_id=error_id,
        )
        reply.command = spec.name if spec else ""
        return reply


async def _resolve(ctx: Context, value: Any) -> Any:
    """Turn school and user references into what they name."""
    if isinstance(value, list):
        return [await _resolve(ctx, item) for item in value]
    if isinstance(value, SchoolRef):
        return await _resolve_school(ctx, value)
    if isinstance(value, UserRef):
        return Actor(ctx.actor.platform, ctx.actor.workspace, value.user_id, value.user_id)
    return value


async def _resolve_school(ctx: Context, ref: SchoolRef) -> Any:
    matches = await ctx.schools.find(ref.text)
    if not matches:
        raise UserError(
            f"No school matches '{ref.text}'. Give a school id or name; "
            "`/exchange school list` shows them.",
            show_usage=False,
        )
    if len(matches) > 1:
        listed = "; ".join(f"{s.name} ({s.id})" for s in matches[:5])
        raise UserError(
            f"'{ref.text}' matches several schools: {listed}. Use the id.", show_usage=False
        )
    return matches[0]
