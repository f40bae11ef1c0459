"""From a line of text (or typed options) to a `Reply`: parse, check, run, commit, in the
reader's language.

The reader's language is resolved before the handler runs (`reader_of`: their stored choice,
their platform's locale, their school's country, `JOINTCLASS_LANGUAGE`, English) and put on the
`Context` with the translator; a refusal (`UserError`, with its usage line) is written in it too.

A handler runs inside one transaction: a `UserError` or a crash rolls everything back, so
nothing is ever half-written. Unexpected failures are logged with an error id the user can
quote, and the user sees only that id. A command from the inbox (`bot.core.inbox`) has its
outcome recorded in that same transaction, so "done" and the command's effects commit together
(a refusal, a failure or a command that only reads writes nothing, and records its outcome in
a transaction of its own).

At most `CONCURRENT_COMMANDS` transactions are open at once; the rest wait their turn before
taking a database connection. Without that, a burst of teachers holds every pooled connection
while each waits for the event loop, and commands (and the leader's lease renewal) time out
waiting for the pool instead of simply queueing.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic

from bot.core.channels import ChannelProvisioner
from bot.core.clock import Clock
from bot.core.context import Context, ServicesT, reader_in
from bot.core.errors import AlreadyDone, UserError
from bot.core.grammar import bind, coerce, resolve_command, tokenize
from bot.core.identity import Actor, ChannelRef
from bot.core.reply import Reply
from bot.core.settings import Settings
from bot.core.spec import Catalog, CommandSpec
from bot.core.value_types import Reading, SchoolRef, UserRef
from bot.i18n.languages import Language
from bot.i18n.messages import Message
from bot.i18n.reader_language import reader_language
from bot.i18n.translator import Translator
from storage.engine import SessionFactory, UnitOfWork, transaction
from storage.models import School
from storage.repositories.schools import Schools

logger = logging.getLogger(__name__)


CONCURRENT_COMMANDS = 6  # well under the pool's 5 + 10 connections: background work needs some

# Records a command's outcome: inside the command's transaction when it is given one (a command
# that may write), on its own when given None (the command wrote nothing). Raises `OutcomeLost`
# when the command is no longer this process's to finish, which rolls the command back.
OutcomeRecorder = Callable[[UnitOfWork | None, Reply], Awaitable[None]]


class OutcomeLost(Exception):
    """Another process took the command over (this one was presumed dead): it is theirs now, and
    nothing this process did for it commits."""


class Dispatcher(Generic[ServicesT]):
    def __init__(
        self,
        catalog: Catalog,
        sessions: SessionFactory,
        clock: Clock,
        settings: Settings,
        services: ServicesT,
        translator: Translator,
        after_commit: Callable[[], None] = lambda: None,
        channel_provisioners: Mapping[str, ChannelProvisioner] | None = None,
    ) -> None:
        self.catalog = catalog
        self.sessions = sessions
        self.clock = clock
        self.settings = settings
        self.services = services
        self.translator = translator
        self.after_commit = after_commit
        self.channel_provisioners = channel_provisioners if channel_provisioners is not None else {}
        self._admission = asyncio.Semaphore(CONCURRENT_COMMANDS)

    async def handle_text(
        self,
        actor: Actor,
        line: str,
        channel: ChannelRef | None = None,
        *,
        outcome: OutcomeRecorder | None = None,
    ) -> Reply:
        """Run `line`, the text after `/exchange`. An empty line shows help."""
        spec: CommandSpec | None = None
        try:
            tokens = tokenize(line) or tokenize("help")
            spec, rest = resolve_command(self.catalog, tokens)
            return await self._run(spec, bind(spec, rest).raw, actor, channel, outcome)
        except OutcomeLost:
            raise
        except AlreadyDone as done:
            return await self._recorded(await self._already_done(done, spec, actor), outcome)
        except UserError as error:
            return await self._recorded(await self._user_error(error, spec, actor), outcome)
        except Exception:
            return await self._recorded(await self._unexpected(actor, line, spec), outcome)

    async def handle_options(
        self,
        actor: Actor,
        path: tuple[str, ...],
        options: dict[str, str],
        channel: ChannelRef | None = None,
        *,
        outcome: OutcomeRecorder | None = None,
    ) -> Reply:
        """Run a command whose options arrive already named (Discord application commands)."""
        spec = self.catalog.get(path)
        try:
            if spec is None:
                raise UserError(
                    Message("dispatch-unknown-command", command=" ".join(path)), show_usage=False
                )
            unknown = set(options) - {p.name for p in spec.params}
            if unknown:
                raise UserError(
                    Message(
                        "dispatch-unknown-options",
                        command=spec.name,
                        options=", ".join(sorted(unknown)),
                    )
                )
            return await self._run(spec, options, actor, channel, outcome)
        except OutcomeLost:
            raise
        except AlreadyDone as done:
            return await self._recorded(await self._already_done(done, spec, actor), outcome)
        except UserError as error:
            return await self._recorded(await self._user_error(error, spec, actor), outcome)
        except Exception:
            command = " ".join(path)
            return await self._recorded(await self._unexpected(actor, command, spec), outcome)

    async def _run(
        self,
        spec: CommandSpec,
        raw: dict[str, str],
        actor: Actor,
        channel: ChannelRef | None,
        outcome: OutcomeRecorder | None,
    ) -> Reply:
        """Read the options as the caller writes them (their language is known once the
        command's transaction began), then run the handler."""
        async with self._admission, transaction(self.sessions, writes=spec.writes) as db:
            ctx = Context(
                actor=actor,
                channel=channel,
                db=db,
                clock=self.clock,
                settings=self.settings,
                catalog=self.catalog,
                services=self.services,
                translator=self.translator,
                channel_provisioners=self.channel_provisioners,
            )
            ctx.membership = await ctx.members.of_user(
                actor.platform, actor.workspace, actor.user_id
            )
            ctx.language = await self._reader_in(db, actor)
            ctx.coordinated = await ctx.coordinators.programs_of(
                actor.platform, actor.workspace, actor.user_id
            )
            try:
                values = coerce(spec, raw, Reading(ctx.language, self.clock.now().date()))
                ctx.admit(spec.role)
                resolved = {
                    param.argument: await _resolve(ctx, values[param.name]) for param in spec.params
                }
                reply = await spec.handler(ctx, **resolved)
            except (AlreadyDone, UserError) as refusal:
                # written now: its arguments may read rows the rollback leaves unreadable
                refusal.written = refusal.text(self.translator, ctx.language)
                raise
            reply.add_notes(ctx.footnotes)
            reply.command = spec.name
            reply.language = ctx.language
            if outcome is not None and spec.writes:
                await outcome(db, reply)
        self.after_commit()
        return reply if spec.writes else await self._recorded(reply, outcome)

    async def _recorded(self, reply: Reply, outcome: OutcomeRecorder | None) -> Reply:
        """The outcome of a command that wrote nothing: a refusal, a failure, a read."""
        if outcome is not None:
            await outcome(None, reply)
        return reply

    async def reader_of(self, actor: Actor) -> Language:
        """The language `actor` reads, looked up in a transaction of its own (for a refusal:
        the command's own transaction was rolled back, or never began)."""
        async with transaction(self.sessions, writes=False) as db:
            return await self._reader_in(db, actor)

    async def _reader_in(self, db: UnitOfWork, actor: Actor) -> Language:
        return await reader_in(
            db,
            self.settings.language,
            actor.platform,
            actor.workspace,
            actor.user_id,
            locale=actor.locale,
        )

    async def _already_done(
        self, done: AlreadyDone, spec: CommandSpec | None, actor: Actor
    ) -> Reply:
        """A repeat: nothing was written (its transaction rolled back), the first's result."""
        language = await self.reader_of(actor)
        text = done.written or done.text(self.translator, language)
        reply = Reply(text=text, data={**done.data, "already": True}, language=language)
        reply.command = spec.name if spec else ""
        return reply

    async def _user_error(self, error: UserError, spec: CommandSpec | None, actor: Actor) -> Reply:
        language = await self.reader_of(actor)
        text = error.written or error.text(self.translator, language)
        if spec is not None and error.show_usage:
            text = self.translator.render(
                Message(
                    "dispatch-refusal-with-usage",
                    problem=text,
                    usage=spec.usage(),
                    command=spec.name,
                ),
                language,
            )
        reply = Reply.error(text)
        reply.command = spec.name if spec else ""
        reply.language = language
        return reply

    async def _unexpected(self, actor: Actor, line: str, spec: CommandSpec | None) -> Reply:
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
        try:
            language = await self.reader_of(actor)
        except Exception:  # the database itself may be what failed
            language = reader_language(program_default=self.settings.language)
        reply = Reply.error(
            self.translator.render(Message("dispatch-unexpected", error_id=error_id), language),
            error_id=error_id,
        )
        reply.command = spec.name if spec else ""
        reply.language = language
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
    return await school_named(ctx.schools, ref.text)


async def school_named(schools: Schools, text: str) -> School:
    """The one school whose id or name `text` gives (as a `school` option reads), or a
    `UserError` saying that none or several match."""
    matches = await schools.find(text)
    if not matches:
        raise UserError(Message("dispatch-no-school-matches", text=text), show_usage=False)
    if len(matches) > 1:
        listed = "; ".join(f"{s.name} ({s.id})" for s in matches[:5])
        raise UserError(
            Message("dispatch-several-schools-match", text=text, schools=listed),
            show_usage=False,
        )
    return matches[0]
