"""The remote class assistants read wholly in each language through the console: a volunteer,
the coordinator and the Seoul teacher read theirs, the Osaka teacher (who chose Japanese) reads
Japanese, the after-session questions reach each in theirs; no English sentence from the
catalogs, no message fallen back to English."""

from __future__ import annotations

import io
import re

import pytest

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language
from bot.i18n.messages import Message
from bot.reminders.demo_clock import DemoClock, parse_instant
from tests.support.in_language import assert_reads_in, english_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]
MINA = 'assistant register languages=ko,ja,en hours="Mon,Tue 08:00-13:00" timezone=Asia/Tokyo'

# in English: two partner schools, two booked sessions (Tue 6 Apr and Thu 8 Apr, 09:00 in
# Seoul and Osaka); bob reads Japanese
SCENE = [
    '@alice /exchange school register "Hanbit Middle School" country=KR city=Seoul '
    'level=middle languages=ko,en quota=2 class_hours="Mon-Fri 09:00-16:00"',
    '@bob /exchange school register "Sakura Junior High" country=JP city=Osaka level=middle '
    'languages=ja,en class_hours="Mon-Fri 08:30-15:30"',
    "@alice /exchange request JP-sakura-junior-high",
    "@bob /exchange accept",
    "@alice /exchange propose JP-sakura-junior-high from=2027-04-05 to=2027-04-09",
    "@alice /exchange book 2 partner=JP-sakura-junior-high",
    "@alice /exchange book 4 partner=JP-sakura-junior-high",
    "@bob /exchange confirm 1",
    "@bob /exchange confirm 2",
    "@bob /exchange language ja",
]

BEFORE = [
    f"@mina /exchange {MINA}",
    f"@mina /exchange {MINA}",  # registered already
    "@mina /exchange assistant pause",  # nothing to pause while pending
    "@mina /exchange assistant show",
    "@mina /exchange assistant show #9",  # not a coordinator's to look at
    "@mina /exchange assistant show #x",  # names no assistant
    "@coordinator /exchange assistants list status=pending",
    "@coordinator /exchange assistants list status=paused",
    "@coordinator /exchange assistant approve @mina",
    "@coordinator /exchange assistant approve @mina",  # already approved
    "@coordinator /exchange coordinator assistance auto_ask=on",
    "@alice /exchange assist 1",  # offered to mina
    "@alice /exchange assist 2",  # outside mina's hours: nobody is free
    "@mina /exchange assistant accept 1",  # both schools are told
    "@mina /exchange assistant accept 1",  # already
    "@mina /exchange assistant accept 7",  # not theirs
    "@coordinator /exchange assistants match",
    "@coordinator /exchange assistants match from=2027-04-09 to=2027-04-01",
    "@mina /exchange assistant edit",  # nothing to change
    "@mina /exchange assistant edit max_per_month=3",
    "@mina /exchange assistant survey 1 took_place=yes rating=4",  # not ended yet
    "@alice /exchange feedback assistance 1 rating=5",  # not yet
]
AFTER = [
    "@mina /exchange assistant survey 1 took_place=yes",  # the rating is missing
    "@mina /exchange assistant survey 1 took_place=yes rating=4",
    "@alice /exchange feedback assistance 1 rating=5",
    "@mina /exchange assistant withdraw 1",  # it has taken place
    "@mina /exchange assistant leave",
    "@mina /exchange assistant resume",  # nothing to resume
]


async def typed(bot: TestBot, language: str | None, lines: list[str]) -> str:
    out = io.StringIO()
    console = Console(
        bot.core, out=out, err=out, locale=language, demo_clock=DemoClock(bot.core, bot.clock)
    )
    for line in lines:
        await console.run_line(line)
    return out.getvalue()


def sent_to(printed: str, user: str) -> list[str]:
    """What the console shows the bot sending `user`, one message each."""
    return re.findall(rf"  → to @{user}: (.*?)(?=\n  → |\n[^ ]|\Z)", printed, re.S)


@pytest.fixture
async def bot(tmp_path) -> TestBot:
    running = await TestBot.start(
        now=parse_instant("2027-03-01T00:00Z"),
        JOINTCLASS_DATA_DIR=str(tmp_path),
        JOINTCLASS_COORDINATORS="console:local:coordinator",
    )
    yield running
    await running.close()


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_the_assistants_read_wholly_in_each_readers_language(bot, reader: Language) -> None:
    await typed(bot, "en", SCENE)
    readers = ("alice", "mina", "coordinator")
    await typed(bot, "en", [f"@{user} /exchange language {reader.tag}" for user in readers])
    before = await typed(bot, reader.tag, BEFORE)
    assert_reads_in(bot, before)
    say = bot.core.translator.render
    assert say(Message("assistant-approved", name="mina"), reader) in before
    assert f"[{say(Message('assistant-button-accept'), reader)}]" in before
    # the Osaka teacher chose Japanese: told who assists session #1 in Japanese
    assert any(text.startswith("mina さんがセッション #1") for text in sent_to(before, "bob"))
    assert say(Message("assistant-reason-never-free"), reader) not in before  # mina is free Tue

    ended = await typed(bot, reader.tag, ["/clock to 2027-04-06T01:05Z"])
    survey = [text for text in sent_to(ended, "mina") if "assistant survey 1" in text]
    rating = [text for text in sent_to(ended, "bob") if "feedback assistance 1" in text]
    assert survey and rating
    assert english_in(survey[0]) == [] and english_in(rating[0]) == []
    assert f"[{say(Message('assistant-button-survey'), reader)}]" in ended
    assert "Hanbit Middle School" in rating[0] and "通訳しました" in rating[0]  # his partner

    after = await typed(bot, reader.tag, AFTER)
    assert_reads_in(bot, after)
    assert say(Message("assistant-survey-saved", id="1"), reader) in after
    assert say(Message("assistant-left"), reader) in after
