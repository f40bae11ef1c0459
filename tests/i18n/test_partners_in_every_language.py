"""Partners, their stages and who teaches where, read wholly in each language through the
console: find, request, accept, decline, partners, the joint channel, a partnership's stage and
its end, joining, approving, declining, removing, claim codes and leaving; every reply, refusal
and notice in its reader's language (the partner's teacher reads Japanese, as she chose), no
English sentence from the catalogs and no message fallen back to English."""

from __future__ import annotations

import re

import pytest

from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language, language_for_country, matching_language
from bot.i18n.messages import Message
from bot.times.country_names import CountryName
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.in_language import assert_reads_in, console_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]
JAPANESE = matching_language("ja")
KOREAN = language_for_country("KR")

PARIS = (
    'school register "Lycee Hugo" country=FR city=Paris level=middle grades=2 '
    'languages=fr,en topics=culture quota=2 class_hours="Mon-Fri 08:00-12:00"'
)
NEW_YORK = (  # a country of several zones: the registration says which it chose, and why
    'school register "Lincoln Middle" country=US city="New York" level=middle '
    'languages=en topics=sdgs class_hours="Mon-Fri 08:00-15:00"'
)
STAGE = "partnership stage JP-sakura-junior-high"


def session(reader: Language) -> list[str]:
    """Everyone but @bob (Osaka, who chose Japanese) and @alice (Seoul, who reads her school's
    Korean in notices) reads `reader`."""
    chosen = [f"@{user} /exchange language {reader.tag}" for user in ("dan", "erin", "frank")]
    chosen += [f"@{user} /exchange language {reader.tag}" for user in ("gina", "harry", "carol")]
    return [
        "@bob /exchange language ja",
        *chosen,
        f"@alice /exchange {SEOUL_MIDDLE}",
        f"@bob /exchange {OSAKA_MIDDLE}",
        f"@dan /exchange {PARIS}",
        f"@erin /exchange {NEW_YORK}",
        '@dan /exchange school edit name="hanbit middle school"',  # a look-alike name
        "@alice /exchange find",
        "@alice /exchange find country=KR",
        "@alice /exchange find language=fr",
        "@alice /exchange find topic=robotics",  # nobody left, step by step
        "@alice /exchange request KR-hanbit-middle",
        "@alice /exchange request JP-sakura-junior-high We would love to meet your class",
        "@alice /exchange request JP-sakura-junior-high",  # its repeat: answered as done
        "@dan /exchange request KR-hanbit-middle",
        "@alice /exchange partners",
        "@bob /exchange accept",
        "@alice /exchange decline FR-lycee-hugo Our timetable is full",
        "@alice /exchange decline",  # nothing waiting
        "@alice /exchange channel create",  # the console cannot create channels
        "@alice /exchange channel link",
        f"@alice /exchange {STAGE} visit-planned date=2027-10-12 host=KR",
        f"@alice /exchange {STAGE} visit-planned date=2027-10-12 host=KR",  # its repeat
        f"@alice /exchange {STAGE} visited host=FR",
        f"@alice /exchange {STAGE} mou-signed",
        "@alice /exchange partners",
        "@frank /exchange school join KR-hanbit-middle",
        "@frank /exchange school join KR-hanbit-middle",  # its repeat
        "@alice /exchange teacher approve frank",
        "@gina /exchange school join KR-hanbit-middle",
        "@alice /exchange teacher decline gina Not one of ours",
        "@alice /exchange teacher approve nobody",
        "@alice /exchange teacher remove @alice",
        "@alice /exchange teacher remove frank",
        "@carol /exchange school code KR-hanbit-middle",
    ]


def ending(code: str) -> list[str]:
    return [
        f"@harry /exchange school claim {code}",
        f"@harry /exchange school claim {code}",  # its repeat: answered as done
        "@gina /exchange school claim ABCD-EFGH-JKLM-NPQR",
        "@harry /exchange school leave",
        "@alice /exchange partnership end JP-sakura-junior-high Our term is over",
        "@alice /exchange partnership end JP-sakura-junior-high Our term is over",  # its repeat
        "@bob /exchange partnership stage KR-hanbit-middle visited",  # ended by Seoul
        "@alice /exchange channel link",
    ]


@pytest.fixture
async def bot() -> TestBot:
    running = await TestBot.start(JOINTCLASS_COORDINATORS="console:local:carol")
    yield running
    await running.close()


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_partners_and_membership_read_wholly_in_each_language(bot, reader: Language) -> None:
    first = await console_in(bot, reader.tag, session(reader))
    [code] = set(re.findall(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b", first))
    transcript = first + await console_in(bot, reader.tag, ending(code))
    assert_reads_in(bot, transcript)
    say = bot.core.translator.render
    assert JAPANESE is not None and KOREAN is not None
    expected = [
        (
            Message(
                "partners-request-sent", school="Sakura Junior High", id="JP-sakura-junior-high"
            ),
            reader,
        ),
        # what @bob, who chose Japanese, is told, and what @alice's school reads in Korean
        (
            Message("partners-request-notice-message", message="We would love to meet your class"),
            JAPANESE,
        ),
        (Message("partners-button-accept"), JAPANESE),
        (
            Message(
                "partners-accepted-notice", school="Sakura Junior High", id="JP-sakura-junior-high"
            ),
            KOREAN,
        ),
        (
            Message(
                "partners-ended-notice-why",
                school="Hanbit Middle School",
                id="KR-hanbit-middle",
                reason="Our term is over",
            ),
            JAPANESE,
        ),
        (Message("membership-button-approve"), KOREAN),
        (
            Message(
                "membership-declined-to-asker-why",
                by="alice",
                school="Hanbit Middle School",
                reason="Not one of ours",
            ),
            reader,
        ),
        (Message("school-zone-of-city", zone="America/New_York", city="New York"), reader),
        (Message("journey-stage-name", stage="mou-signed"), reader),
    ]
    missing = [
        message.key for message, language in expected if say(message, language) not in transcript
    ]
    assert missing == [], transcript


async def test_a_post_about_the_partnership_ending_is_in_both_schools_languages(bot) -> None:
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("bob", "accept")
    await bot.ok("bob", "channel link", channel="C1")
    await bot.ok("alice", "partnership end JP-sakura-junior-high")
    [*_, post] = [m for m in bot.sent if m.recipient.kind == "channel"]
    ended = Message(
        "partners-lines",
        lines=Message(
            "partners-ended-channel", school="Hanbit Middle School", partner="Sakura Junior High"
        ),
    )
    assert JAPANESE is not None and KOREAN is not None
    render = bot.core.translator.render
    assert post.text == f"{render(ended, KOREAN)}\n\n{render(ended, JAPANESE)}"


async def test_a_notice_to_a_school_reaches_each_teacher_in_their_own_language(bot) -> None:
    await bot.ok("alice", SEOUL_MIDDLE)  # reads her school's Korean
    await bot.ok("bob", OSAKA_MIDDLE)
    asked = await bot.ok("frank", "school join KR-hanbit-middle")
    await bot.ok("alice", f"teacher approve {asked.data['request_id']}")
    await bot.ok("frank", "language en")  # a colleague in Seoul who reads English
    await bot.ok("bob", "request KR-hanbit-middle")
    notice = Message(
        "partners-request-notice",
        school="Sakura Junior High",
        id="JP-sakura-junior-high",
        country=CountryName("JP"),
        partner="Hanbit Middle School",
    )
    english = matching_language("en")
    assert KOREAN is not None and english is not None
    render = bot.core.translator.render
    [korean_notice] = [m for m in bot.sent_to("alice") if "JP-sakura-junior-high" in m.text]
    [english_notice] = [m for m in bot.sent_to("frank") if "JP-sakura-junior-high" in m.text]
    assert korean_notice.text.startswith(render(notice, KOREAN) + "\n")
    assert english_notice.text.startswith(render(notice, english) + "\n")
    assert [a.label for a in korean_notice.actions] == [
        render(Message("partners-button-accept"), KOREAN),
        render(Message("partners-button-decline"), KOREAN),
    ]
    assert [a.label for a in english_notice.actions] == ["Accept", "Decline"]
