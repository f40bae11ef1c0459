"""The value types beneath the commands (weekly hours, vacations, time zones, grades, countries,
language codes, subdivisions, names hiding characters) refuse a value in the reader's language,
through the console, with no English sentence left in it, and name countries and languages as
that language does."""

from __future__ import annotations

import pytest

from bot.i18n.languages import LANGUAGES, Language
from bot.i18n.messages import Message
from bot.times.country_names import CountryName
from bot.times.geography import LanguageChoices, SpokenLanguage
from tests.i18n.test_slice_in_every_language import READERS, REGISTER
from tests.support.in_language import assert_reads_in, console_in

EDITS = {  # what a teacher types after `school edit`, and what the value type says of it
    'class_hours="Mon 16:00-09:00"': Message("value-hours-ends-before-start", text="16:00-09:00"),
    'class_hours="Mon 9-16"': Message("value-hours-not-a-time-range", text="9-16"),
    'class_hours="Mon-Fri-Sat 09:00-16:00"': Message(
        "value-hours-not-a-day-range", text="Mon-Fri-Sat"
    ),
    'after_school_hours="Tue 25:00-26:00"': Message("value-hours-no-such-time", text="25:00-26:00"),
    "class_hours=weekdays": Message("value-hours-needs-days", text="weekdays"),
    'vacations="2027-08-22..2027-07-24"': Message(
        "value-range-ends-before-start", text="2027-08-22..2027-07-24"
    ),
    "timezone=Asia/Seol": Message("value-timezone-invalid-close", text="Asia/Seol", close=""),
    "timezone=Mars/Olympus": Message("value-timezone-invalid", text="Mars/Olympus"),
    "grades=13": Message("value-grades-out-of-range", text="13"),
    "country=Nowhereland": Message("value-country-invalid", text="Nowhereland"),
    "languages=kr": Message(
        "value-language-country-code-of-another",
        text="kr",
        country=CountryName("KR"),
        close=LanguageChoices(("ko",)),
        other=SpokenLanguage("kr"),
        code="kau",
    ),
    "subdivision=Atlantis": Message(
        "value-subdivision-none", text="Atlantis", country=CountryName("KR")
    ),
    "grades=a-b": Message("value-grades-invalid", text="a-b"),
    'name="Hanbit\u200b Middle School"': Message(
        "core-name-hidden-after",
        what=Message("core-name-what-name"),
        kind=Message("core-name-kind-invisible"),
        codepoint="U+200B ZERO WIDTH SPACE",
        before="Hanbit",
    ),
    'name="\u202eloohcS elddiM tibnaH"': Message(
        "core-name-hidden-at-start",
        what=Message("core-name-what-name"),
        kind=Message("core-name-kind-direction"),
        codepoint="U+202E RIGHT-TO-LEFT OVERRIDE",
    ),
}


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_a_value_that_does_not_read_is_refused_in_the_readers_language(
    bot, reader: Language
) -> None:
    lines = [f"@alice {REGISTER}", *(f"@alice /exchange school edit {edit}" for edit in EDITS)]
    transcript = await console_in(bot, reader.tag, lines)
    assert_reads_in(bot, transcript)
    for message in EDITS.values():
        if message.key == "value-timezone-invalid-close":
            continue  # its guesses are the zones' own names, checked in English below
        assert bot.core.translator.render(message, reader) in transcript, message


async def test_the_zones_close_to_the_one_typed_are_suggested_by_their_names(bot) -> None:
    japanese = next(language for language in LANGUAGES if language.tag == "ja")
    await console_in(bot, "ja", [f"@alice {REGISTER}"])
    transcript = await console_in(bot, "ja", ["@alice /exchange school edit timezone=Asia/Seol"])
    suggestion = Message(
        "value-timezone-invalid-close", text="Asia/Seol", close="Asia/Seoul, Asia/Oral"
    )
    assert bot.core.translator.render(suggestion, japanese) in transcript
    assert_reads_in(bot, transcript)
