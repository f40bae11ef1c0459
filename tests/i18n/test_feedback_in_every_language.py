"""Feedback, the coordinators' report and the coordinator commands, read wholly in each
language through the console: the teacher's answers and refusals, the feedback request and
the nudge their partner receives in the partner's language, the coordinator's escalation and
report, and no English sentence from the catalogs, no message fallen back to English."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language, matching_language
from bot.i18n.messages import Message
from bot.i18n.time_text import TimeSpan
from bot.times.display import Place
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import book_session, partnership
from tests.support.in_language import assert_reads_in, saved_line

READERS = [language for language in LANGUAGES if language.catalog != "en"]
SEOUL, OSAKA = "KR-hanbit-middle", "JP-sakura-junior-high"
START = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)  # 15:00 in Seoul and in Osaka
SEOUL_PLACE, OSAKA_PLACE = Place("Asia/Seoul", "Seoul"), Place("Asia/Tokyo", "Osaka")


@pytest.fixture
async def bot(tmp_path: Path) -> TestBot:
    running = await TestBot.start(
        JOINTCLASS_COORDINATORS="console:local:carol", JOINTCLASS_DATA_DIR=str(tmp_path)
    )
    yield running
    await running.close()


class ConsoleSession:
    """One `jointclass console --lang …` kept open while the clock moves, so what the bot
    sends others on the way (feedback requests, nudges, escalations) is in its transcript."""

    def __init__(self, bot: TestBot, language: str) -> None:
        self.out = io.StringIO()
        self.console = Console(bot.core, out=self.out, err=self.out, locale=language)

    async def type(self, *lines: str) -> None:
        for line in lines:
            await self.console.run_line(line)

    @property
    def transcript(self) -> str:
        return self.out.getvalue()


def partner_of(reader: Language) -> Language:
    """The Osaka teacher's language: Japanese, unless the reader is Japanese."""
    tag = "ko" if reader.tag == "ja" else "ja"
    found = matching_language(tag)
    assert found is not None
    return found


async def registered_and_booked(bot: TestBot, reader: Language, partner: Language) -> None:
    """alice (Seoul) and carol (the coordinator) read `reader`, bob (Osaka) `partner`; the
    two schools are partners and session #1 is booked; the clock stops just before it."""
    setup = ConsoleSession(bot, reader.tag)
    await setup.type(
        f"@alice /exchange language {reader.tag}",
        f"@carol /exchange language {reader.tag}",
        f"@dave /exchange language {partner.tag}",
        f"@bob /exchange language {partner.tag}",
        f"@alice /exchange {SEOUL_MIDDLE}",
        f"@bob /exchange {OSAKA_MIDDLE}",
    )
    pair = await partnership(bot, SEOUL, OSAKA, channel=None)
    await book_session(bot, pair, START)
    await bot.advance(START - timedelta(minutes=1) - bot.clock.now())


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_feedback_and_the_report_read_wholly_in_the_readers_language(
    bot, reader: Language
) -> None:
    partner = partner_of(reader)
    await registered_and_booked(bot, reader, partner)
    session = ConsoleSession(bot, reader.tag)
    await session.type("@alice /exchange feedback submit 1 status=held rating=4")  # not begun
    await bot.advance(timedelta(hours=1, minutes=2))  # the session ends: both sides are asked
    await session.type(
        '@alice /exchange feedback submit 1 status=held rating=4 went_well="퀴즈"',
        '@alice /exchange feedback submit 1 status=held rating=4 went_well="퀴즈"',  # unchanged
        "@alice /exchange feedback submit 1 status=postponed rating=3",
        "@alice /exchange feedback submit 1 problems=audio,none",
        "@alice /exchange feedback submit 1 status=held problems=audio continue_with=online",
        '@alice /exchange feedback impression 1 "즐거웠어요"',
        "@alice /exchange feedback summary 1",
        "@alice /exchange feedback summary",
        f"@alice /exchange feedback summary 1 {OSAKA}",
        "@carol /exchange feedback summary",
    )
    await bot.advance(timedelta(days=2))  # Sakura has not answered: its teacher is nudged
    await bot.advance(timedelta(days=5))  # still not: the coordinator is told
    await session.type(
        "@carol /exchange report",
        "@carol /exchange report spring",
        "@carol /exchange feedback settings student_prompt=off",
        "@carol /exchange feedback settings student_prompt=off",
        '@alice /exchange feedback impression 1 "좋았어요"',
        "@carol /exchange feedback close 2027-03-01..2027-05-31",
        "@carol /exchange feedback close 2027-1",
        "@carol /exchange feedback close 2027-1",
        "@alice /exchange feedback submit 1 rating=5",
        "@carol /exchange coordinator add @dave",
        "@carol /exchange coordinator add @dave",
        "@carol /exchange coordinator list",
        "@carol /exchange coordinator use",
        '@carol /exchange coordinator use "Seoul IJC 2027"',
        "@carol /exchange coordinator use Nowhere",
        "@dave /exchange report 2027-1",
    )
    transcript = session.transcript
    saved = saved_line(reader)
    files = saved.findall(transcript)
    assert [Path(file).suffix for file in files] == [".png", ".csv"] * 2  # carol, then dave
    # file names are as declared in every language (`…-ratings.png`), like the CSV's columns
    assert_reads_in(bot, saved.sub("", transcript))
    say = bot.core.translator.render
    seoul_first = TimeSpan(START, START + timedelta(hours=1), (SEOUL_PLACE, OSAKA_PLACE))
    osaka_first = TimeSpan(START, START + timedelta(hours=1), (OSAKA_PLACE, SEOUL_PLACE))
    expected = [
        (Message("feedback-not-begun", session="1", when=seoul_first), reader),
        (
            Message(
                "feedback-request", session="1", partner="Hanbit Middle School", when=osaka_first
            ),
            partner,  # bob reads his own language
        ),
        (Message("feedback-give-button"), partner),
        (
            Message(
                "feedback-nudge",
                school="Sakura Junior High",
                session="1",
                partner="Hanbit Middle School",
                when=osaka_first,
            ),
            partner,
        ),
        (Message("feedback-overdue-teachers", teachers="bob"), reader),  # carol is told
        (Message("report-risk-no-answer", school="Sakura Junior High", session="1"), reader),
        (Message("feedback-impressions-off", program="Seoul IJC 2027"), reader),
        (Message("feedback-closed", term="2027-1", program="Seoul IJC 2027"), reader),
        (Message("coordinator-made-you", by="carol", program="Seoul IJC 2027"), partner),
        (Message("coordinator-added", user="dave", program="Seoul IJC 2027"), reader),
        (Message("report-at-risk-heading", count="1"), reader),
    ]
    # the console indents the lines of what it shows was sent to someone
    missing = [
        m.key
        for m, language in expected
        if say(m, language) not in transcript
        and say(m, language).replace("\n", "\n    ") not in transcript
    ]
    assert missing == [], transcript
