"""The non-real-time exchanges read wholly in each language through the console: planning,
confirming, marking steps done and cancelling, their refusals, the partner teacher's notices
in the partner's own language (@bob reads Japanese) and the joint channel's posts in both
schools' languages."""

from __future__ import annotations

import pytest

from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language, matching_language
from bot.i18n.messages import Message
from storage.engine import transaction
from storage.models import Partnership
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.in_language import assert_reads_in, console_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]
JAPANESE = matching_language("ja")
KOREAN = matching_language("ko")
KR, JP = "KR-hanbit-middle", "JP-sakura-junior-high"
SETUP = [
    f"@alice /exchange {SEOUL_MIDDLE}",
    f"@bob /exchange {OSAKA_MIDDLE}",
    "@bob /exchange language ja",
]
SESSION = [
    "@alice /exchange activity plan video_letter start=2027-03-10",
    "@alice /exchange activity plan video_letter start=2027-03-10",  # its repeat
    "@alice /exchange activity confirm 1",  # alice's school proposed it
    "@alice /exchange activity confirm",  # none waits for alice's school
    "@alice /exchange activity done post https://video.example/hanbit",  # not confirmed yet
    "@bob /exchange activity confirm",
    "@bob /exchange activity plan video_letter",  # one live per kind and pair
    "@alice /exchange activity list",
    "@alice /exchange activity show 1",
    "@alice /exchange activity show 9",
    "@alice /exchange activity done reply https://video.example/hanbit",  # bob's step
    "@alice /exchange activity done post",  # without its link
    "@alice /exchange activity done posted https://video.example/hanbit",
    "@alice /exchange activity done post https://video.example/hanbit",
    "@alice /exchange activity done post https://video.example/hanbit",  # its repeat
    "@alice /exchange activity plan letters dates=2027-03-05",
    "@alice /exchange activity plan letters dates=2027-03-05,2027-03-01",
    "@alice /exchange activity plan letters start=2027-03-05 dates=2027-03-05,2027-04-01",
    "@alice /exchange activity plan letters start=2026-12-01",
    "@alice /exchange activity cancel 1 수업_일정_변경",
    "@alice /exchange activity cancel 1",  # its repeat
    "@bob /exchange activity cancel 1",
    "@bob /exchange activity confirm 1",
    "@alice /exchange activity list all=yes",
    "@alice /exchange activity list",
    "@alice /exchange help activity plan",
]


@pytest.fixture
async def bot() -> TestBot:
    running = await TestBot.start()
    yield running
    await running.close()


async def console_pair(bot: TestBot, language: str) -> None:
    """alice (Seoul) and bob (Osaka, reading Japanese) registered through the console, partners
    with the console's channel as their joint channel."""
    await console_in(bot, language, SETUP)
    async with transaction(bot.core.sessions) as db:
        db.add(
            Partnership(
                program_id=1,
                school_a=KR,
                school_b=JP,
                channel_platform="console",
                channel_workspace="local",
                channel_id="console",
                created_at=bot.clock.now(),
            )
        )


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_activities_read_wholly_in_the_readers_language(bot, reader: Language) -> None:
    await console_pair(bot, reader.tag)
    transcript = await console_in(bot, reader.tag, SESSION)
    assert_reads_in(bot, transcript)
    say = bot.core.translator.render
    kind = Message("activity-kind", kind="video_letter")
    planned = Message("activity-planned", kind=kind, id=1, partner="Sakura Junior High")
    assert say(planned, reader) in transcript
    # bob is asked in Japanese, his button too
    assert f"[{say(Message('activity-confirm-button', id=1), JAPANESE)}]" in transcript
    asked = Message(
        "activity-proposed-notice",
        actor="alice",
        school="Hanbit Middle School",
        kind=kind,
        partner="Sakura Junior High",
        id=1,
    )
    assert say(asked, JAPANESE) in transcript
    # the joint channel reads the confirmation in Korean (Seoul, the home side) and Japanese
    confirmed = Message(
        "activity-confirmed-notice",
        actor="bob",
        school="Sakura Junior High",
        kind=kind,
        id=1,
    )
    assert say(confirmed, KOREAN) in transcript and say(confirmed, JAPANESE) in transcript
    assert say(Message("activity-unknown", school="Hanbit Middle School", id=9), reader) in (
        transcript
    )
    shown = Message(
        "activity-status", status="planned"
    )  # `activity show` names the status as the reader says it
    assert say(shown, reader) in transcript


async def test_a_step_line_reads_its_deadline_in_the_readers_language(bot) -> None:
    await console_pair(bot, "ko")
    transcript = await console_in(
        bot, "ko", ["@alice /exchange activity plan video_letter start=2027-03-10"]
    )
    # Seoul's own deadline on Seoul's calendar, then the same instant in Osaka
    assert "1. post — Hanbit Middle School: 학급의 영상 편지를 녹화하고 링크 올리기, " in transcript
    assert "서울 기준 2027년 3월 10일 (수)까지 (3월 11일 (목) 00:00 JST (Osaka))" in transcript


async def test_in_english_the_activity_replies_are_as_before(bot) -> None:
    await console_pair(bot, "en")
    transcript = await console_in(bot, "en", SESSION[:6])
    assert (
        "Planned video letter exchange #1 with Sakura Junior High. It waits until a teacher of "
        "Sakura Junior High confirms it; they have been told."
    ) in transcript
    assert (
        "1. post — Hanbit Middle School: record the class's video letter and post its link, by "
        "the end of Wed 10 Mar 2027 in Seoul (Thu 11 Mar 00:00 JST (Osaka))"
    ) in transcript
