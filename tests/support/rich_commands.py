"""Stand-ins for commands other parts will bring (slots, booking, feedback), for adapter tests.

They return the kinds of replies those commands will: sections with instants and per-item
buttons, replies meant for the channel, files, a slow answer, and options a form must ask for.
`synthetic_catalog` makes catalogs of empty commands, for limits no real command reaches yet.
"""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, datetime
from typing import Any

from bot.commands import coordination, help, membership, schools
from bot.core.context import Context
from bot.core.reply import Action, Attachment, Reply, Section, Visibility
from bot.core.spec import Catalog, CommandGroup, Form, Param, Role
from bot.core.value_types import INTEGER, TEXT

commands = CommandGroup()

SLOT_1 = datetime(2027, 1, 12, 7, 0, tzinfo=UTC)  # 16:00 in Seoul and Osaka
SLOT_2 = datetime(2027, 1, 14, 7, 0, tzinfo=UTC)


@commands.command(
    "slots", summary="Show two meeting slots.", role=Role.ANYONE, example="/exchange slots"
)
async def slots(ctx: Context) -> Reply:
    return Reply(
        text="2 slots for Hanbit Middle School and Sakura Junior High:\n"
        "1. Tue 12 Jan 16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)\n"
        "2. Thu 14 Jan 16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)",
        sections=(
            Section(
                "Slot 1",
                ("Tue 12 Jan 16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)",),
                (Action("Book 1", "book 1", "primary"),),
                when=SLOT_1,
            ),
            Section(
                "Slot 2",
                ("Thu 14 Jan 16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)",),
                (Action("Book 2", "book 2", "primary"),),
                when=SLOT_2,
            ),
        ),
        visibility=Visibility.CHANNEL,
    )


@commands.command(
    "book",
    summary="Book a slot.",
    role=Role.ANYONE,
    params=[Param("slot", INTEGER, "the slot number", positional=True, minimum=1, maximum=9)],
    example="/exchange book 1",
)
async def book(ctx: Context, slot: int) -> Reply:
    return Reply(text=f"{ctx.actor.label} booked slot {slot}.", visibility=Visibility.CHANNEL)


@commands.command(
    "invite", summary="Send a calendar invite.", role=Role.ANYONE, example="/exchange invite"
)
async def invite(ctx: Context) -> Reply:
    return Reply(
        text="Calendar invite attached.",
        attachments=(
            Attachment(
                "session.ics",
                b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                "text/calendar",
                "Joint class",
            ),
        ),
    )


@commands.command(
    "note",
    summary="Echo a note, with a button that sends it again.",
    role=Role.ANYONE,
    params=[Param("text", TEXT, "the note", positional=True, greedy=True, max_length=500)],
    example="/exchange note hello",
)
async def note(ctx: Context, text: str) -> Reply:
    return Reply(
        text=f"{ctx.actor.label} noted: {text}", actions=(Action("Again", f"note {text}"),)
    )


@commands.command(
    "slow",
    summary="Answer after a while.",
    role=Role.ANYONE,
    params=[Param("public", INTEGER, "1 to answer the channel", default=0)],
    example="/exchange slow",
)
async def slow(ctx: Context, public: int) -> Reply:
    await asyncio.sleep(0.3)
    return Reply(
        text="Done, slowly.", visibility=Visibility.CHANNEL if public else Visibility.PRIVATE
    )


@commands.command(
    "forms", summary="Offer forms to fill in.", role=Role.ANYONE, example="/exchange forms"
)
async def forms(ctx: Context) -> Reply:
    return Reply(
        text="Fill in a form:",
        actions=(
            Action("Register your school", "school register"),
            Action("Give feedback", "feedback submit session=12"),
        ),
    )


@commands.command(
    "feedback submit",
    summary="Give feedback on a session.",
    role=Role.ANYONE,
    params=[
        Param("session", INTEGER, "the session", minimum=1),
        Param("rating", INTEGER, "from 1 (poor) to 5 (excellent)", minimum=1, maximum=5),
        Param("went_well", TEXT, "what went well", default="", max_length=1000),
        Param("improve", TEXT, "what to improve", default="", max_length=1000),
    ],
    example="/exchange feedback submit session=12 rating=5",
    form=Form("Session feedback"),
)
async def feedback(ctx: Context, session: int, rating: int, went_well: str, improve: str) -> Reply:
    return Reply(
        text=f"Thanks {ctx.actor.label}: session {session} rated {rating}. "
        f"Went well: {went_well or '—'}. Improve: {improve or '—'}."
    )


RICH_CATALOG = Catalog(
    [help.commands, schools.commands, membership.commands, coordination.commands, commands]
)


def synthetic_catalog(*commands: tuple[str, list[Param]], summary: str = "Test.") -> Catalog:
    """Commands with the given paths and options, for limits no real command reaches yet."""
    group = CommandGroup()
    for path, params in commands:

        async def handler(ctx: Any, **values: Any) -> Reply:
            return Reply("ok")

        handler.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
            + [inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY) for p in params]
        )
        group.command(
            path, summary=summary, params=params, role=Role.ANYONE, example=f"/exchange {path}"
        )(handler)
    return Catalog([group])
