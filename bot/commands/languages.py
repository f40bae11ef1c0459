"""`/exchange language`: the language each user reads the bot in, chosen once and kept."""

from __future__ import annotations

from bot.core.context import Context, reader_in
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.languages import LANGUAGES
from bot.i18n.messages import InputProblem, Message
from bot.i18n.typed_names import LanguageName, language_choice
from storage.repositories.languages import LanguageChoices

commands = CommandGroup()

AUTOMATIC = "auto"


def _read_language(raw: str) -> str:
    """A tag the bot speaks (`ko` for `한국어`, `zh-Hant` for `繁體中文`), or `auto`."""
    if raw.strip().casefold() == AUTOMATIC:
        return AUTOMATIC
    try:
        return language_choice(raw).tag
    except InputProblem as problem:
        raise ValueProblem(problem.message) from None


READING_LANGUAGE = ValueType(
    "reading language",
    Wire.STRING,
    "<language>",
    f"{', '.join(language.tag for language in LANGUAGES)} or {AUTOMATIC}, or a language's name",
    _read_language,
)


@commands.command(
    "language",
    summary="Choose the language the bot writes to you in, or show it.",
    role=Role.ANYONE,
    params=[
        Param(
            "language",
            READING_LANGUAGE,
            "ko, ja, zh-Hant, en or en-US (or its name, e.g. 한국어); auto to follow your "
            "platform and school",
            default=None,
            positional=True,
            max_length=40,
        )
    ],
    example="/exchange language ko",
    description="Without a language, shows the one you read and why. Your choice applies "
    "on this platform and workspace, to replies and to the messages the bot sends you.",
)
async def choose_language(ctx: Context, language: str | None) -> Reply:
    actor, choices = ctx.actor, LanguageChoices(ctx.db)
    if language is None:
        chosen = await choices.of_user(actor.platform, actor.workspace, actor.user_id)
        reading = LanguageName(ctx.language)
        shown = (
            Message("language-shown-chosen", language=reading)
            if chosen
            else Message("language-shown-automatic", language=reading)
        )
        return Reply(
            text=ctx.say(shown),
            data={"language": ctx.language.tag, "chosen": chosen},
        )
    if language == AUTOMATIC:
        await choices.forget(actor.platform, actor.workspace, actor.user_id)
        ctx.language = await reader_in(
            ctx.db,
            ctx.settings.language,
            actor.platform,
            actor.workspace,
            actor.user_id,
            locale=actor.locale,
        )
        return Reply(
            text=ctx.say(Message("language-now-automatic", language=LanguageName(ctx.language))),
            data={"language": ctx.language.tag, "chosen": None},
        )
    await choices.choose(actor.platform, actor.workspace, actor.user_id, language, ctx.now)
    ctx.language = next(lang for lang in LANGUAGES if lang.tag == language)
    return Reply(
        text=ctx.say(Message("language-now-chosen", language=LanguageName(ctx.language))),
        data={"language": language, "chosen": language},
    )
