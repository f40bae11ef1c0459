"""Meeting times read wholly in each language through the console: propose, book, confirm,
sessions, ics, time, overlap, reschedule and cancel, a series booked, confirmed and cancelled,
and the main refusals; the partner's notices in the partner's language, the joint channel's
posts in both schools' languages. No English sentence from the catalogs, no fallback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language, language_for_country
from bot.i18n.messages import Message
from bot.schools.closed_days import SchoolCalendar
from bot.times.vacations import parse_vacations
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import partnership
from tests.support.in_language import assert_reads_in, console_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]
SEOUL, OSAKA = "KR-hanbit-middle", "JP-sakura-junior-high"

SESSION = [
    "@alice /exchange propose",
    "@alice /exchange propose every=2w",  # every= without series=
    "@alice /exchange propose series=3 every=2w",
    "@alice /exchange book 9",  # the proposal showed five
    "@alice /exchange book 2",
    "@alice /exchange book 2",  # its repeat: answered as done
    "@alice /exchange confirm 1",  # proposed by Seoul: Osaka confirms it
    "@bob /exchange confirm",
    "@alice /exchange sessions",
    "@alice /exchange ics 1",
    "@alice /exchange ics 99",  # no such session
    "@alice /exchange time Tue 15:00",
    "@alice /exchange overlap",
    "@alice /exchange reschedule 1 2027-02-17 10:00",
    '@alice /exchange book at="2027-02-17 03:00"',  # outside both schools' hours
    "@alice /exchange cancel 1 Typhoon",
    "@alice /exchange cancel 1",  # its repeat
    "@alice /exchange confirm 1",  # cancelled: nothing to confirm
    "@alice /exchange propose",
    "@alice /exchange book series 2 every=1w count=3",
    "@bob /exchange confirm",
    "@alice /exchange sessions",
    "@alice /exchange ics 2 rest=yes",
    "@alice /exchange cancel 2 rest=yes",
]


@pytest.fixture
async def partners() -> AsyncIterator[TestBot]:
    """alice (Seoul) and bob (Osaka) are partners with a joint channel."""
    running = await TestBot.start()
    await running.ok("alice", SEOUL_MIDDLE)
    await running.ok("bob", OSAKA_MIDDLE)
    await partnership(running, SEOUL, OSAKA)
    yield running
    await running.close()


@pytest.fixture
async def partners_in_console(tmp_path: Path) -> AsyncIterator[TestBot]:
    """The same two teachers, registered in the console (which saves files under tmp_path)."""
    running = await TestBot.start(JOINTCLASS_DATA_DIR=str(tmp_path))
    registering = [f"@alice /exchange {SEOUL_MIDDLE}", f"@bob /exchange {OSAKA_MIDDLE}"]
    await console_in(running, "en", registering)
    await partnership(running, SEOUL, OSAKA)
    yield running
    await running.close()


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_meetings_read_wholly_in_the_readers_language(
    partners_in_console: TestBot, reader: Language
) -> None:
    bot = partners_in_console
    transcript = await console_in(bot, reader.tag, SESSION)
    assert_reads_in(bot, transcript)
    say = bot.core.translator.render
    assert say(Message("meetings-nothing-waiting"), reader) not in transcript
    assert say(Message("meetings-every-without-series"), reader) in transcript
    assert say(Message("meetings-no-such-time", count=5), reader) in transcript
    assert say(Message("meetings-invite-button"), reader) in transcript
    japanese = language_for_country("JP")  # bob's, from his school's country
    assert japanese is not None
    assert say(Message("meetings-cancel-reason", reason="Typhoon"), japanese) in transcript
    assert say(Message("meetings-confirm-button", id="1"), japanese) in transcript


async def test_the_partners_notices_are_in_the_partners_language(partners: TestBot) -> None:
    japanese = language_for_country("JP")
    assert japanese is not None
    await partners.ok("alice", "language ko")
    await partners.ok("alice", "propose")
    await partners.ok("alice", "book 1")
    (notice,) = partners.sent_to("bob")
    render = partners.core.translator.render
    heading = render(
        Message("meetings-proposed-notice", who="Alice", school="Hanbit Middle School", session=""),
        japanese,
    )
    assert notice.text.startswith(heading.rstrip())
    assert [action.label for action in notice.actions] == [
        render(Message("meetings-confirm-button", id="1"), japanese)
    ]


async def test_a_booking_is_posted_to_the_joint_channel_in_both_schools_languages(
    partners: TestBot,
) -> None:
    await partners.ok("bob", "language ko")  # bob reads Korean; his school's class, Japanese
    await partners.ok("alice", "propose")
    await partners.ok("alice", "book 1")
    await partners.ok("bob", "confirm")
    [post] = [message for message in partners.sent if message.recipient.kind == "channel"]
    korean, japanese = language_for_country("KR"), language_for_country("JP")
    assert korean is not None and japanese is not None
    render = partners.core.translator.render
    confirmed = Message(
        "meetings-booked-notice",
        who="Bob",
        school="Sakura Junior High",
        session="",
        id="1",
        notes="",
    )
    home, partner = post.text.split("\n\n")
    assert home.startswith(render(confirmed, korean).splitlines()[0])
    assert partner.startswith(render(confirmed, japanese).splitlines()[0])
    assert "KST (서울)" in home and "KST（ソウル）" in partner


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_a_holiday_reads_in_each_language(
    partners_in_console: TestBot, reader: Language
) -> None:
    """Chuseok as the holidays package names it in the reader's language (English where it
    has none: Korean holidays in Japanese), a declared break through the catalogs."""
    bot = partners_in_console
    transcript = await console_in(
        bot,
        reader.tag,
        [
            "@bob /exchange school edit vacations=2027-09-17",
            "@alice /exchange overlap week=2027-09-13",
            "@alice /exchange propose from=2027-09-14 to=2027-09-19",  # every day closed
        ],
    )
    assert_reads_in(bot, transcript)
    translator = bot.core.translator
    seoul = SchoolCalendar("KR", None, ())
    osaka = SchoolCalendar("JP", None, parse_vacations("2027-09-17"))
    for calendar, day in ((seoul, date(2027, 9, 15)), (osaka, date(2027, 9, 17))):
        closure = calendar.closure(day)
        assert closure is not None
        assert closure.name.localized(reader, translator) in transcript
    assert {"ko": "추석", "ja": "Chuseok", "zh-Hant": "Chuseok"}[reader.tag] in transcript
