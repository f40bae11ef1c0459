"""Help, whoami, language and the school commands, and the refusals every command shares, read
wholly in each language through the console: no English sentence from the catalogs, no message
fallen back to English, and the expected messages, rendered for the reader, in the replies."""

from __future__ import annotations

import pytest

from bot.i18n.languages import LANGUAGES, Language, language_for_country
from bot.i18n.messages import Message
from bot.i18n.typed_names import LanguageName
from bot.times.country_names import CountryName
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.in_language import assert_reads_in, console_in, english_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]

REGISTER = (
    '/exchange school register "Hanbit Middle School" country=KR city=Seoul level=middle '
    'grades=1-3 languages=ko,en topics=culture quota=2 class_hours="월-금 09:00-16:00"'
)
SESSION = [
    "@alice /exchange help language",
    "@alice /exchange help school register",
    "@alice /exchange help school",
    f"@alice {REGISTER}",
    f"@alice {REGISTER}",  # its repeat: answered as done
    "@alice /exchange school show",
    "@alice /exchange school edit quota=3",
    "@alice /exchange school edit",  # nothing to change
    "@alice /exchange school edit quota=0",  # out of range, with its usage
    "@alice /exchange school edit level=middel",  # not a choice, with a guess
    "@alice /exchange school list",
    "@alice /exchange school list page=9",
    "@alice /exchange school list country=일본",
    "@bob /exchange school show Nowhere",
    "@bob /exchange school edit quota=2",  # not a teacher
    "@alice /exchange whoami",
    "@alice /exchange language",
    "@alice /exchange schol list",  # unknown command, with a guess
    '@alice /exchange school show "Hanbit',  # an open quote
    "@alice /exchange school register",  # a required option missing
    "@alice /exchange language klingon",
]


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_the_slice_reads_wholly_in_the_readers_language(bot, reader: Language) -> None:
    transcript = await console_in(bot, reader.tag, SESSION)
    assert_reads_in(bot, transcript)
    say = bot.core.translator.render
    assert (
        say(
            Message("school-registered", name="Hanbit Middle School", id="KR-hanbit-middle"), reader
        )
        in transcript
    )
    assert say(Message("whoami-language", language=LanguageName(reader)), reader) in transcript
    assert (
        say(Message("help-usage", usage="/exchange school edit"), reader).removesuffix(
            "/exchange school edit"
        )
        in transcript
    )


async def test_in_english_the_harness_finds_the_catalogs_sentences(bot) -> None:
    transcript = await console_in(bot, "en", SESSION[:8])
    assert "Registered Hanbit Middle School as KR-hanbit-middle. You are its teacher." in transcript
    assert "Registered" in " ".join(english_in(transcript))


async def test_a_post_to_the_joint_channel_is_in_both_schools_languages_home_side_first(
    bot,
) -> None:
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("bob", "accept")
    await bot.ok("bob", "channel link", channel="C1")  # linked from Osaka, the partner side
    [post] = [m for m in bot.sent if m.recipient.kind == "channel"]
    linked = Message(
        "partners-joint-channel-linked",
        school="Sakura Junior High",
        country=CountryName("JP"),
        partner="Hanbit Middle School",
        partner_country=CountryName("KR"),
    )
    japanese, korean = language_for_country("JP"), language_for_country("KR")
    assert japanese is not None and korean is not None
    render = bot.core.translator.render
    assert post.text == f"{render(linked, korean)}\n\n{render(linked, japanese)}"
    assert "日本" in post.text and "대한민국" in post.text
