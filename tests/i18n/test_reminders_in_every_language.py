"""`reminders`, `agenda show|edit|template`, `coordinator lead-times` and the reminders
themselves read wholly in each language through the console: the caller's replies and refusals
in theirs, the partner teacher's notice in the partner's own (@bob chose Japanese), the day-of
agenda posted to the joint channel in both schools' languages, home side first, and no English
sentence of the catalogs, no message fallen back to English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.adapters.testing import TestBot
from bot.i18n.languages import LANGUAGES, Language, language_for_country
from bot.i18n.messages import Message
from bot.reminders.demo_clock import shown
from storage.models import ExchangeSession
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import book_session, partnership
from tests.support.in_language import assert_reads_in, console_in

READERS = [language for language in LANGUAGES if language.catalog != "en"]
KOREAN, JAPANESE = language_for_country("KR"), language_for_country("JP")
PAIR = "Hanbit Middle School × Sakura Junior High"

# Booking is another area's (its replies are not asserted here): a session of Hanbit (Seoul,
# home side) and Sakura (Osaka), whose teacher bob reads Japanese, with a joint channel.
BOOKED = [
    f"@alice {SEOUL_MIDDLE}",
    f"@bob {OSAKA_MIDDLE}",
    "@bob /exchange language ja",
    "@alice /exchange request JP-sakura-junior-high",
    "@bob /exchange accept",
    "@alice /exchange channel link partner=JP-sakura-junior-high",
    "@alice /exchange propose partner=JP-sakura-junior-high",
    '@alice /exchange book 1 partner=JP-sakura-junior-high topic="Our towns"',
    "@bob /exchange confirm 1",
]
SESSION = [
    "@alice /exchange reminders",
    "@alice /exchange reminders 7",  # none
    "@alice /exchange agenda show",
    "@alice /exchange agenda show 9",  # not theirs
    "@alice /exchange agenda edit 1 nudges=on",  # bob is told, in Japanese
    '@alice /exchange agenda edit 1 steps="Roll call 5; Quiz 30"',  # adds up to 35, not 60
    '@alice /exchange agenda edit 1 steps="Quiz"',  # no length
    "@alice /exchange agenda edit 1",  # nothing to change
    '@alice /exchange agenda edit 1 steps="Quiz 60" template=discussion',  # both
    "@alice /exchange agenda template",
    "@alice /exchange agenda template discussion minutes=90",
    "@coordinator /exchange coordinator lead-times",
    "@coordinator /exchange coordinator lead-times agenda=2d",  # not on the day
    "@coordinator /exchange coordinator lead-times practice=2w",
    "@coordinator /exchange coordinator lead-times practice=2w",  # its repeat
    "@coordinator /exchange reminders",
]


@pytest.fixture
async def bot() -> TestBot:
    running = await TestBot.start(JOINTCLASS_COORDINATORS="console:local:coordinator")
    await console_in(running, "en", BOOKED)
    yield running
    await running.close()


async def booked_session(bot: TestBot) -> ExchangeSession:
    async with bot.core.sessions() as db:
        return (await db.exec(select(ExchangeSession).where(ExchangeSession.id == 1))).one()


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_the_reminders_and_the_agenda_read_wholly_in_the_readers_language(
    bot: TestBot, reader: Language
) -> None:
    session = await booked_session(bot)
    assert session.status == "booked"
    day_of = session.start_utc + timedelta(minutes=10)
    transcript = await console_in(
        bot,
        reader.tag,
        [*SESSION, f"/clock to {day_of.isoformat().replace('+00:00', 'Z')}"],
        demo_clock=True,
    )
    assert_reads_in(bot, transcript)
    say = bot.core.translator.render
    changed = Message("agenda-changed", who="alice", school="Hanbit Middle School", session="1")
    assert say(changed, JAPANESE) in transcript  # bob's notice, in his language
    assert say(Message("agenda-edit-nothing"), reader) in transcript
    assert say(Message("agenda-edit-steps-or-template"), reader) in transcript
    assert say(Message("agenda-heading", session="1", pair=PAIR), reader) in transcript
    today = Message("reminder-agenda-today", pair=PAIR)
    korean, japanese = say(today, KOREAN), say(today, JAPANESE)
    assert f"  → to #console: {korean}" in transcript  # the joint channel: home side first
    assert transcript.index(korean) < transcript.index(japanese)
    assert say(Message("agenda-step-roll-call"), JAPANESE) in transcript
    step = Message("reminder-kind-step", title=Message("agenda-step-roll-call"))
    assert say(step, reader) in transcript  # the step nudges, listed in the reader's language


async def test_in_english_the_reminders_read_as_before(bot: TestBot) -> None:
    transcript = await console_in(bot, "en", ["@alice /exchange agenda show 1"])
    assert f"Agenda of session #1: {PAIR}" in transcript
    assert "— Roll call (5 min)" in transcript
    assert "Everyone joins the call; each teacher checks attendance, cameras and sound." in (
        transcript
    )


@pytest.mark.parametrize("reader", READERS, ids=lambda language: language.tag)
async def test_the_demo_clock_answers_in_the_consoles_language(
    bot: TestBot, reader: Language
) -> None:
    # its usage names `/clock`, which the harness would take for the English "[clock]"
    transcript = await console_in(
        bot, reader.tag, ["/clock advance off", "/clock back", "/clock advance 1d"], demo_clock=True
    )
    say = bot.core.translator.render
    assert say(Message("reminder-clock-how-much"), reader) in transcript
    assert say(Message("reminder-clock-unknown", verb="back"), reader) in transcript
    moved = say(Message("reminder-clock-moved", time=shown(bot.clock.now())), reader)
    assert transcript.endswith(f"{moved}\n")
    assert dict(bot.core.translator.fallbacks) == {}


async def test_each_teacher_reads_a_reminder_in_their_own_language() -> None:
    """No joint channel: the day-before checklist reaches each school's teachers, alice in
    Korean (her school's country) and bob in Traditional Chinese (his own choice)."""
    bot = await TestBot.start()
    try:
        await bot.ok("alice", SEOUL_MIDDLE)
        await bot.ok("bob", OSAKA_MIDDLE)
        await bot.ok("bob", "language zh-Hant")
        pair = await partnership(bot, "KR-hanbit-middle", "JP-sakura-junior-high", channel=None)
        start = datetime(2027, 3, 9, 6, tzinfo=UTC)  # Tue 15:00 in Seoul and in Osaka
        await book_session(bot, pair, start)
        await bot.advance(start - timedelta(days=1) - bot.clock.now())
        checklists = {
            m.recipient.target_id: m for m in bot.sent if m.data.get("kind") == "day_before"
        }
        head = Message(
            "reminder-head",
            pair=PAIR,
            session="1",
            until=Message("reminder-until", unit="tomorrow", count=1, minutes=0),
            kind="day_before",
        )
        chinese = next(language for language in LANGUAGES if language.tag == "zh-Hant")
        say = bot.core.translator.render
        for user, language in (("alice", KOREAN), ("bob", chinese)):
            message = checklists[user]
            assert message.text.splitlines()[0] == say(head, language)
            assert [a.label for a in message.actions] == [
                say(Message("reminder-agenda-button"), language)
            ]
        assert dict(bot.core.translator.fallbacks) == {}
    finally:
        await bot.close()
