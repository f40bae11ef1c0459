"""What assistants and teachers are told when an assistance changes hands: an offer with both
schools' times and the assistant's own, who will assist (teachers read a name and languages,
nothing more), a release and its reason. Each is queued in the command's transaction."""

from __future__ import annotations

from typing import Any

from bot.assistants.asked import AskedSession
from bot.assistants.people import name_of, place_of
from bot.core.context import Context
from bot.core.identity import ChannelRef
from bot.core.reply import Action
from bot.sessions.session_text import details
from storage.models import ClassAssistant


def answer_actions(session_id: int) -> tuple[Action, ...]:
    return (
        Action("Accept", f"assistant accept {session_id}", "primary"),
        Action("Decline", f"assistant withdraw {session_id}", "danger"),
    )


def for_assistant(asked: AskedSession, row: ClassAssistant) -> str:
    """The session as its assistant reads it: their own zone first, then the schools'."""
    return (
        f"#{asked.id} {asked.pair}, interpreting {asked.language_words}\n"
        f"    {asked.when(place_of(row))}\n"
        f"    {details(asked.session)}"
    )


def offer(ctx: Context, asked: AskedSession, row: ClassAssistant, program: str) -> None:
    tell_assistant(
        ctx,
        row,
        f"You are asked to assist an online exchange of {program}:\n"
        f"{for_assistant(asked, row)}\n"
        f"Accept with `/exchange assistant accept {asked.id}`, or let it go to someone else "
        f"with `/exchange assistant withdraw {asked.id}`.",
        {"event": "assistance_offered", **asked.data()},
        answer_actions(asked.id),
        asked,
    )


def tell_assistant(
    ctx: Context,
    row: ClassAssistant,
    text: str,
    data: dict[str, Any],
    actions: tuple[Action, ...] = (),
    asked: AskedSession | None = None,
) -> None:
    ctx.notify_user(
        row.platform,
        row.workspace,
        row.user_id,
        text,
        data,
        actions,
        when=asked.session.start_utc if asked else None,
    )


async def tell_pair(
    ctx: Context, asked: AskedSession, text: str, data: dict[str, Any], *, channel: bool
) -> None:
    """Both schools' teachers (the caller's colleagues too), and the joint channel if asked."""
    for school in asked.schools:
        await ctx.notify_school(school.id, text, data, when=asked.session.start_utc)
    partnership = asked.partnership
    if channel and partnership.channel_platform and partnership.channel_id:
        ctx.notify_channel(
            ChannelRef(
                partnership.channel_platform,
                partnership.channel_workspace or "",
                partnership.channel_id,
            ),
            text,
            data,
            when=asked.session.start_utc,
        )


def assists(asked: AskedSession, row: ClassAssistant) -> str:
    """For teachers and the joint channel: who assists, and in which languages only."""
    return (
        f"{name_of(row)} will assist session #{asked.id} ({asked.pair}, {asked.when()}), "
        f"interpreting {asked.language_words}."
    )
