"""The coordinators' tie-up reads wholly in each language through the console: the run, its
refusals and the publication, and each school's teachers are told of their partner in their
own language (alice's school is in Korea, @bob chose Japanese)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language
from bot.i18n.messages import Message
from bot.schools.survey_import import import_survey
from tests.commands.test_activities import add_teacher
from tests.schools.test_survey_import import DENVER, OSAKA, SEOUL, survey
from tests.support.in_language import assert_reads_in, console_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]
SESSION = [
    "@coordinator /exchange tieup publish",  # nothing run yet
    "@coordinator /exchange tieup run week_of=2027-03-15 continuing_from=Nowhere",
    "@coordinator /exchange tieup run week_of=2027-03-15",
    "@coordinator /exchange tieup publish",
    "@coordinator /exchange tieup publish",  # published already
    "@coordinator /exchange help tieup run",
]


@pytest.fixture
async def bot(tmp_path: Path) -> TestBot:
    running = await TestBot.start(
        JOINTCLASS_COORDINATORS="console:local:coordinator", JOINTCLASS_DATA_DIR=str(tmp_path)
    )
    yield running
    await running.close()


async def seoul_osaka_denver(bot: TestBot) -> None:
    """The survey's three schools; alice teaches in Seoul and bob, reading Japanese, in Osaka;
    Denver has no teacher on the bot."""
    await import_survey(
        bot.core, survey(SEOUL, OSAKA, DENVER), "Seoul IJC 2027", create_program=True
    )
    for user, school in (("alice", "KR-001"), ("bob", "JP-001")):
        await add_teacher(bot, school, user, platform="console", workspace="local")
    await console_in(bot, "en", ["@bob /exchange language ja"])


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_the_tie_up_reads_wholly_in_the_readers_language(bot, reader: Language) -> None:
    await seoul_osaka_denver(bot)
    transcript = await console_in(bot, reader.tag, SESSION)
    assert_reads_in(bot, transcript)
    say = bot.core.translator.render
    published = Message("tieup-published", program="Seoul IJC 2027", week="2027-03-15", created="1")
    assert say(published, reader) in transcript
    told = Message("tieup-published-told", count="2", listed="KR-001, JP-001", more="0", cut="no")
    assert say(told, reader) in transcript
    # each school's teacher reads of the partner in their own language, Korean and Japanese
    assert (
        "Seoul IJC 2027 매칭 결과: Hanbit Middle School의 교류 상대는 Sakura Junior High"
        "(JP-001, Osaka, 일본)입니다."
    ) in transcript
    assert (
        "Seoul IJC 2027のマッチング結果：Sakura Junior HighのパートナーはHanbit Middle School"
        "（KR-001、Seoul, 韓国）です。"
    ) in transcript
    assert say(Message("tieup-publish-button"), reader) in transcript


async def test_in_english_the_tie_up_reads_as_before(bot) -> None:
    await seoul_osaka_denver(bot)
    transcript = await console_in(bot, "en", SESSION[2:4])
    assert "Tie-up of Seoul IJC 2027 for the week of 2027-03-15 (>= 60 min): 1 pair(s)" in (
        transcript
    )
    assert "  KR-001 + JP-001: 390 min overlap, en, score 390" in transcript
    assert "Published the tie-up of Seoul IJC 2027 (week of 2027-03-15): 1 partnership(s)" in (
        transcript
    )
