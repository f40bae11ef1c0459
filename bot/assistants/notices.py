"""What assistants and teachers are told when an assistance changes hands: an offer with both
schools' times and the assistant's own, who will assist (teachers read a name and languages,
nothing more), a release and its reason. Each is queued in the command's transaction, written
in its reader's language (`assistants.ftl`); a post to the joint channel in both schools'."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.assistants.asked import AskedSession
from bot.assistants.people import name_of, place_of
from bot.core.context import Context
from bot.core.identity import ChannelRef
from bot.core.reply import Button
from bot.i18n.messages import Message
from bot.sessions.session_text import details_message
from storage.models import ClassAssistant


def answer_buttons(session_id: int) -> tuple[Button, ...]:
    return (
        Button(Message("assistant-button-accept"), f"assistant accept {session_id}", "primary"),
        Button(Message("assistant-button-decline"), f"assistant withdraw {session_id}", "danger"),
    )


def for_assistant(asked: AskedSession, row: ClassAssistant) -> Message:
    """The session as its assistant reads it: their own zone first, then the schools'."""
    return Message(
        "assistant-session",
        id=str(asked.id),
        pair=asked.pair,
        languages=asked.language_words,
        when=asked.when(place_of(row)),
        details=details_message(asked.session),
    )


async def offer(ctx: Context, asked: AskedSession, row: ClassAssistant, program: str) -> None:
    await tell_assistant(
        ctx,
        row,
        Message(
            "assistant-offer",
            program=program,
            session=for_assistant(asked, row),
            id=str(asked.id),
        ),
        {"event": "assistance_offered", **asked.data()},
        answer_buttons(asked.id),
        asked,
    )


async def tell_assistant(
    ctx: Context,
    row: ClassAssistant,
    message: Message,
    data: dict[str, Any],
    buttons: tuple[Button, ...] = (),
    asked: AskedSession | None = None,
) -> None:
    await tell_person(
        ctx,
        (row.platform, row.workspace, row.user_id),
        message,
        data,
        buttons,
        when=asked.session.start_utc if asked else None,
    )


async def tell_person(
    ctx: Context,
    person: tuple[str, str, str],
    message: Message,
    data: dict[str, Any],
    buttons: tuple[Button, ...] = (),
    when: datetime | None = None,
) -> None:
    """One person (platform, workspace, user id): the message and its buttons in their
    language."""
    language = await ctx.language_of(*person)
    ctx.notify_user(
        *person,
        ctx.translator.render(message, language),
        data,
        tuple(button.written(language, ctx.translator) for button in buttons),
        when,
    )


async def tell_pair(
    ctx: Context, asked: AskedSession, message: Message, data: dict[str, Any], *, channel: bool
) -> None:
    """Both schools' teachers (the caller's colleagues too), each in their language, and the
    joint channel, in both schools' languages, if asked."""
    for school in asked.schools:
        await ctx.notify_school(school.id, message, data, when=asked.session.start_utc)
    partnership = asked.partnership
    if channel and partnership.channel_platform and partnership.channel_id:
        ctx.post_for_both(
            ChannelRef(
                partnership.channel_platform,
                partnership.channel_workspace or "",
                partnership.channel_id,
            ),
            message,
            *asked.schools,
            data,
            when=asked.session.start_utc,
        )


def assists(asked: AskedSession, row: ClassAssistant) -> Message:
    """For teachers and the joint channel: who assists, and in which languages only."""
    return Message(
        "assistant-assists",
        name=name_of(row),
        id=str(asked.id),
        pair=asked.pair,
        when=asked.when(),
        languages=asked.language_words,
    )
