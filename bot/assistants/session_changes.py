"""The assistance of a session kept in step with the session: booking calls this through the
`SessionAssistance` protocol it declares (`bot.sessions.planner`), and the composition root
wires it in. A new session of a pair without a language both teach in asks at once when its
program says so; a moved session keeps its assistant only if they are still free then; a
cancelled one releases them."""

from __future__ import annotations

from bot.assistants import notices
from bot.assistants.asked import asked_session
from bot.assistants.asks import ask, default_languages, needs_interpreter
from bot.assistants.assignments import holder_of, offer_session, release, still_free
from bot.assistants.people import place_of
from bot.core.context import Context
from bot.i18n.messages import Message
from bot.sessions.planner import BookingServices
from storage.models import AskSource, ExchangeSession
from storage.repositories.assistants import AssistancePolicies
from storage.repositories.partnerships import Partnerships

PROGRAM_ASKS = "program"  # who asked, when the program asks by itself


class SessionAssistants:
    async def proposed(self, ctx: Context[BookingServices], session: ExchangeSession) -> None:
        partnership = await Partnerships(ctx.db).get(session.partnership_id)
        assert partnership is not None  # sessions reference existing partnerships
        policy = await AssistancePolicies(ctx.db).of_program(partnership.program_id)
        if policy is None or not policy.auto_ask:
            return
        schools = await ctx.schools.by_ids([partnership.school_a, partnership.school_b])
        first, second = schools[partnership.school_a], schools[partnership.school_b]
        if needs_interpreter(first, second):
            languages = default_languages(first, second)
            await ask(ctx, session, languages, AskSource.PROGRAM, by=PROGRAM_ASKS)

    async def moved(self, ctx: Context[BookingServices], session: ExchangeSession) -> None:
        assert session.id is not None  # a stored row
        asked = await asked_session(ctx.db, session.id)
        if asked is None:
            return
        held_by = await holder_of(ctx, session.id)
        if held_by is None:
            await offer_session(ctx, asked)  # someone may be free at the new time
            return
        live, row = held_by
        if await still_free(ctx, asked, row) is None:
            await notices.tell_assistant(
                ctx,
                row,
                Message(
                    "assistant-session-moved",
                    id=str(asked.id),
                    session=notices.for_assistant(asked, row),
                ),
                {"event": "assisted_session_moved", **asked.data()},
                asked=asked,
            )
            return
        await release(
            ctx,
            asked,
            live,
            row,
            Message("assistant-because-moved", when=asked.when(place_of(row))),
        )

    async def cancelled(self, ctx: Context[BookingServices], session: ExchangeSession) -> None:
        assert session.id is not None  # a stored row
        held_by = await holder_of(ctx, session.id)
        asked = await asked_session(ctx.db, session.id) if held_by else None
        if held_by is None or asked is None:
            return
        await release(ctx, asked, *held_by, Message("assistant-because-cancelled"))
