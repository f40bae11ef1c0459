"""Sessions asking for an assistant: by a teacher (`assist`, `book … assist=yes`) or by the
program itself, and the languages asked for.

A school's main language is the first of its profile's languages, the one it teaches in. An
assistant interprets between the two schools' main languages unless the teacher names others.
A program that asks by itself does so for pairs that share no language either school teaches
in: none of the languages both list is the main language of either school (Seoul `ko,en` and
Osaka `ja,en` meet only in English, which neither teaches in, so they ask; Seoul and London
`en` do not, as London teaches in English; two schools with no language in common ask too).
"""

from __future__ import annotations

from bot.assistants.asked import AskedSession, asked_session
from bot.assistants.assignments import Outcome, holder_of, offer_session, release, still_free
from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.messages import Message
from bot.schools.profile import split_list
from bot.sessions.planner import BookingServices
from bot.times.geography import SpokenLanguage, parse_language
from storage.models import (
    AskSource,
    AssistanceRequest,
    ExchangeSession,
    School,
    SessionStatus,
)
from storage.repositories.assistance import AssistanceRequests

LanguagePair = tuple[str, str]


def main_language(school: School) -> str:
    return split_list(school.languages)[0]


def needs_interpreter(first: School, second: School) -> bool:
    """No language both schools list is a language either of them teaches in."""
    shared = set(split_list(first.languages)) & set(split_list(second.languages))
    return not shared & {main_language(first), main_language(second)}


def default_languages(first: School, second: School) -> LanguagePair:
    pair = main_language(first), main_language(second)
    if pair[0] == pair[1]:
        raise UserError(
            Message("assistance-same-language", language=SpokenLanguage(pair[0]), code=pair[0]),
            show_usage=False,
        )
    return pair


def parse_language_pair(raw: str) -> LanguagePair:
    """`ko-ja`: two different ISO 639-1 codes."""
    parts = [part for part in raw.replace("–", "-").replace(",", "-").split("-") if part.strip()]
    if len(parts) != 2:
        raise ValueProblem(Message("value-language-pair-invalid", text=raw))
    first, second = (parse_language(part) for part in parts)
    if first == second:
        raise ValueProblem(
            Message("value-language-pair-twice", text=raw, language=SpokenLanguage(first))
        )
    return first, second


LANGUAGE_PAIR = ValueType(
    "language pair",
    Wire.STRING,
    "<lang-lang>",
    "two ISO 639-1 codes like ko-ja",
    parse_language_pair,
)


async def ask(
    ctx: Context[BookingServices],
    session: ExchangeSession,
    languages: LanguagePair,
    source: AskSource,
    *,
    by: str,
) -> Outcome:
    """The session asks for an assistant interpreting `languages` (asking again changes them):
    its live assistant keeps it when they speak both, else a free assistant is offered it."""
    if session.status == SessionStatus.CANCELLED or session.start_utc <= ctx.now:
        raise UserError(Message("assistance-session-over", id=str(session.id)), show_usage=False)
    assert session.id is not None  # a stored row
    requests = AssistanceRequests(ctx.db)
    request = await requests.get(session.id)
    changed = request is not None and (
        (request.first_language, request.second_language) != languages
    )
    if request is None:
        request = AssistanceRequest(
            session_id=session.id,
            first_language=languages[0],
            second_language=languages[1],
            source=source,
            asked_by=by,
            asked_at=ctx.now,
        )
    request.first_language, request.second_language = languages
    await requests.save(request)
    asked = await asked_session(ctx.db, session.id)
    assert asked is not None  # just saved
    if changed:
        await _keep_only_if_fit(ctx, asked)
    return await offer_session(ctx, asked)


async def _keep_only_if_fit(ctx: Context[BookingServices], asked: AskedSession) -> None:
    """After the languages changed: the live assistant stays only if they speak both."""
    held_by = await holder_of(ctx, asked.id)
    if held_by is None or await still_free(ctx, asked, held_by[1]) is None:
        return
    because = Message("assistant-because-languages", languages=asked.language_words)
    await release(ctx, asked, *held_by, because)


async def assistance_of(ctx: Context, session: ExchangeSession) -> Outcome | None:
    """Where the session's assistance stands, or None when it does not ask for one (the
    program may have asked by itself as it was booked)."""
    assert session.id is not None  # a stored row
    asked = await asked_session(ctx.db, session.id)
    return await offer_session(ctx, asked) if asked else None
