"""Remote class assistants in chat: volunteering and approval, asking and offers, accepting and
declining, sessions that move or are cancelled, profiles that change, and who sees what."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import func, select

from bot.adapters.testing import TestBot
from storage.models import AssignmentStatus, AssistanceRequest, ClassAssistant
from tests.support.assisted import (
    HELPERS,
    OSAKA,
    THURSDAY,
    TUESDAY,
    assignments,
    booked,
    register_line,
    seoul_osaka,
    texts_to,
    volunteer,
)
from tests.support.booked import partnership

OFFERED, ACCEPTED = AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED
DECLINED, RELEASED = AssignmentStatus.DECLINED, AssignmentStatus.RELEASED


@pytest.fixture
async def pair(bot: TestBot) -> TestBot:
    """Seoul and Osaka, whose teachers chose to read English: the notices these tests read are
    English (tests/i18n/test_assistants_in_every_language.py reads them in Korean, Japanese
    and Traditional Chinese)."""
    bot.pair = await seoul_osaka(bot)  # type: ignore[attr-defined]
    for teacher in ("alice", "bob"):
        await bot.ok(teacher, "language en")
    return bot


async def count(bot: TestBot, table: type) -> int:
    async with bot.core.sessions() as db:
        return (await db.exec(select(func.count()).select_from(table))).one()


async def test_a_volunteer_is_offered_nothing_until_a_coordinator_approves_them(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await bot.ok("mina", register_line(), workspace=HELPERS)
    (notice,) = bot.sent_to("coordinator")
    assert "Mina volunteers as a remote class assistant of Seoul IJC 2027" in notice.text
    assert "Hours: Mon-Fri 09:00-13:00 (Asia/Tokyo)" in notice.text
    assert [a.command for a in notice.actions] == ["assistant approve #1", "assistant decline #1"]

    waiting = await bot.ok("alice", f"assist {session}")
    assert "Nobody in the program speaks both Korean and Japanese." in waiting.text
    assert await assignments(bot) == []

    await bot.ok("coordinator", notice.actions[0].command)  # the Approve button
    assert "approved you as a remote class assistant" in texts_to(bot, "mina")[-1]
    offered = await bot.ok("alice", f"assist {session}")
    assert "is offered the session" in offered.text
    assert await assignments(bot) == [(session, "mina", OFFERED)]


async def test_registering_refuses_what_cannot_be_read_and_writes_nothing(pair):
    bot = pair
    for line, says in [
        (register_line(languages="ko"), "an interpreter needs at least two"),
        (register_line(hours="weekdays"), "hours"),
        (register_line(zone="Asia/Sole"), "is not an IANA time zone"),
        (register_line(cap=0), "max_per_month"),
    ]:
        reply = await bot.run("mina", line, workspace=HELPERS)
        assert not reply.ok and says in reply.text, reply.text
    assert await count(bot, ClassAssistant) == 0
    await volunteer(bot, "mina", approve=False)
    twice = await bot.run("mina", register_line(), workspace=HELPERS)
    assert not twice.ok and "already registered as assistant #1" in twice.text


async def test_only_a_coordinator_of_the_assistants_program_decides(pair):
    bot = pair
    await volunteer(bot, "mina", approve=False)
    teacher = await bot.run("alice", "assistant approve #1")
    assert not teacher.ok and "Only a program coordinator" in teacher.text
    # a mention reaches users of the coordinator's own workspace; mina is in another one
    by_mention = await bot.run("coordinator", "assistant approve @mina")
    assert not by_mention.ok and "No assistant is registered under that name" in by_mention.text
    declined = await bot.ok("coordinator", 'assistant decline #1 "We need French this term"')
    assert "not approved" in declined.text
    assert texts_to(bot, "mina")[-1].endswith("We need French this term")


async def test_teachers_read_the_assistants_name_and_languages_once_they_accept(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")
    asked = await bot.ok("alice", f"assist {session}")
    assert "Mina" not in asked.text
    offer = bot.sent_to("mina")[-1]
    assert "interpreting Korean–Japanese" in offer.text
    # their own zone first, then the schools'; Tokyo and Seoul share the hour, not the zone
    assert "Tue 9 Mar 2027 10:00–11:00 JST (Tokyo) · Tue 9 Mar 2027 10:00–11:00 KST (Seoul)" in (
        offer.text
    )
    assert [a.command for a in offer.actions] == [
        f"assistant accept {session}",
        f"assistant withdraw {session}",
    ]
    await bot.ok("mina", offer.actions[0].command, workspace=HELPERS)
    told = f"Mina will assist session #{session}"
    assert any(told in text for text in texts_to(bot, "alice"))
    assert any(told in text for text in texts_to(bot, "bob"))
    # the joint channel reads both schools' languages, Seoul's first
    channel = [m.text for m in bot.sent if m.recipient.target_id == "joint"]
    assert any(
        f"#{session}" in text and text.index("한국어–일본어") < text.index("韓国語–日本語")
        for text in channel
        if "Mina" in text
    )
    for text in texts_to(bot, "alice") + texts_to(bot, "bob"):
        assert "Asia/Tokyo" not in text and "09:00-13:00" not in text
    again = await bot.ok("alice", f"assist {session}")
    assert "Mina assists, interpreting Korean–Japanese." in again.text


async def test_a_declined_session_goes_to_the_next_free_assistant_and_never_back(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")
    await volunteer(bot, "ken", languages="ja,ko")
    await bot.ok("alice", f"assist {session}")
    first = (await assignments(bot))[0][1]
    second = "ken" if first == "mina" else "mina"
    await bot.ok(first, f'assistant withdraw {session} "Travelling"', workspace=HELPERS)
    assert [(user, status) for _, user, status in await assignments(bot)] == [
        (first, DECLINED),
        (second, OFFERED),
    ]
    await bot.ok(second, f"assistant accept {session}", workspace=HELPERS)
    await bot.ok(second, f"assistant withdraw {session}", workspace=HELPERS)
    assert [status for *_, status in await assignments(bot)] == [DECLINED, DECLINED]
    latest = texts_to(bot, "alice")[-1]
    assert "can no longer assist" in latest
    assert "The 2 assistants of the program who speak both are not free then" in latest
    gone = await bot.run(first, f"assistant accept {session}", workspace=HELPERS)
    assert not gone.ok and f"You no longer assist session #{session} (Travelling)" in gone.text


async def test_cancelling_a_session_releases_its_assistant(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")
    await bot.ok("alice", f"assist {session}")
    await bot.ok("mina", f"assistant accept {session}", workspace=HELPERS)
    await bot.ok("alice", f"cancel {session} Typhoon")
    assert await assignments(bot) == [(session, "mina", RELEASED)]
    assert "the session was cancelled." in texts_to(bot, "mina")[-1]


async def test_a_moved_session_keeps_its_assistant_only_while_they_are_free(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")  # Mon-Fri 09:00-13:00 Tokyo time
    await volunteer(bot, "ken", languages="ja,ko", hours="Mon-Fri 13:00-18:00")
    await bot.ok("alice", f"assist {session}")
    await bot.ok("mina", f"assistant accept {session}", workspace=HELPERS)
    await bot.ok("alice", f"reschedule {session} 2027-03-10 10:00")
    assert await assignments(bot) == [(session, "mina", ACCEPTED)]
    assert "has moved" in texts_to(bot, "mina")[-1]
    await bot.ok("alice", f"reschedule {session} 2027-03-10 14:00")  # after her hours
    assert await assignments(bot) == [(session, "mina", RELEASED), (session, "ken", OFFERED)]
    assert "when you are not free" in texts_to(bot, "mina")[-1]


async def test_narrower_hours_release_the_sessions_outside_them(pair):
    bot = pair
    early = await booked(bot, bot.pair, TUESDAY)  # 10:00 Tokyo time
    late = await booked(bot, bot.pair, TUESDAY + timedelta(days=1, hours=1))  # Wed 11:00
    await volunteer(bot, "mina")
    for session in (early, late):
        await bot.ok("alice", f"assist {session}")
        await bot.ok("mina", f"assistant accept {session}", workspace=HELPERS)
    edited = await bot.ok("mina", 'assistant edit hours="Mon-Fri 09:00-12:00"', workspace=HELPERS)
    assert f"#{late}: it is outside your hours now" in edited.text
    assert await assignments(bot) == [(early, "mina", ACCEPTED), (late, "mina", RELEASED)]
    nothing = await bot.run("mina", "assistant edit", workspace=HELPERS)
    assert not nothing.ok and "Nothing to change" in nothing.text


async def test_a_paused_assistant_keeps_their_sessions_and_is_offered_no_new_one(pair):
    bot = pair
    first, second = await booked(bot, bot.pair, TUESDAY), await booked(bot, bot.pair, THURSDAY)
    await volunteer(bot, "mina")
    await bot.ok("alice", f"assist {first}")
    await bot.ok("mina", "assistant pause", workspace=HELPERS)
    waiting = await bot.ok("alice", f"assist {second}")
    assert "Nobody in the program speaks both" in waiting.text
    await bot.ok("mina", "assistant resume", workspace=HELPERS)
    await bot.ok("alice", f"assist {second}")
    assert await assignments(bot) == [(first, "mina", OFFERED), (second, "mina", OFFERED)]
    left = await bot.ok("mina", "assistant leave", workspace=HELPERS)
    assert "The 2 session(s) you were to assist are offered to others." in left.text
    assert await assignments(bot) == [(first, "mina", RELEASED), (second, "mina", RELEASED)]


async def test_booking_with_assist_yes_asks_between_both_schools_main_languages(pair):
    bot = pair
    await volunteer(bot, "mina", hours="Mon-Fri 08:00-13:00")  # the first time is at 09:00
    await bot.ok("alice", "propose from=2027-03-08 count=3")
    reply = await bot.ok("alice", "book 1 assist=yes")
    assert "Assistant: An assistant who interprets Korean–Japanese is offered" in reply.text
    assert reply.data["assistance"]["languages"] == ["ko", "ja"]
    assert [status for *_, status in await assignments(bot)] == [OFFERED]


BUSAN = (
    'school register "Busan Middle" country=KR city=Busan level=middle languages=ko '
    'class_hours="Mon-Fri 09:00-16:00"'
)
DAEGU = (
    'school register "Daegu Middle" country=KR city=Daegu level=middle languages=ko,en '
    'class_hours="Mon-Fri 09:00-16:00"'
)
LONDON = (
    'school register "Thames Middle School" country=GB city=London level=middle languages=en '
    'class_hours="Mon-Fri 08:00-17:00"'
)


async def test_asking_between_one_language_is_refused_before_anything_is_booked(bot):
    await bot.ok("alice", BUSAN)
    await bot.ok("bob", DAEGU)
    await partnership(bot, "KR-busan-middle", "KR-daegu-middle")
    await bot.ok("alice", "propose from=2027-03-08 count=2")
    refused = await bot.run("alice", "book 1 assist=yes")
    assert not refused.ok and "Both schools teach in Korean" in refused.text
    assert "languages=ko-en" in refused.text
    sessions = await bot.ok("alice", "sessions")
    assert sessions.data["sessions"] == []


async def test_a_program_asks_by_itself_for_pairs_without_a_language_both_teach_in(pair):
    bot = pair
    await bot.ok("lucy", LONDON)
    await partnership(bot, "KR-hanbit-middle", "GB-thames-middle", channel="joint-london")
    shown = await bot.ok("coordinator", "coordinator assistance")
    assert "only when a teacher does" in shown.text
    await bot.ok("coordinator", "coordinator assistance auto_ask=on")
    await bot.ok("alice", f"propose {OSAKA} from=2027-03-08 count=1")
    asked = await bot.ok("alice", f"book 1 partner={OSAKA}")  # ko,en × ja,en meet in English
    assert "Assistant: No assistant who interprets Korean–Japanese is free" in asked.text
    await bot.ok("alice", "propose GB-thames-middle from=2027-03-08 count=1")
    london = await bot.ok("alice", "book 1 partner=GB-thames-middle")  # London teaches in English
    assert "Assistant:" not in london.text
    async with bot.core.sessions() as db:
        asks = (await db.exec(select(AssistanceRequest))).all()
    assert [(a.session_id, a.first_language, a.second_language, a.source) for a in asks] == [
        (asked.data["session"]["id"], "ko", "ja", "program")
    ]


async def test_the_survey_and_the_rating_come_after_the_session_and_only_from_its_people(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")
    await volunteer(bot, "ken", languages="ja,ko", hours="Mon-Fri 13:00-18:00")
    await bot.ok("alice", f"assist {session}")
    await bot.ok("mina", f"assistant accept {session}", workspace=HELPERS)
    answer = f"assistant survey {session} took_place=yes rating=4"
    early = await bot.run("mina", answer, workspace=HELPERS)
    assert not early.ok and "has not ended yet" in early.text
    await bot.advance(TUESDAY + timedelta(hours=2) - bot.clock.now())
    survey = bot.sent_to("mina")[-1]
    assert survey.actions[0].command == f"assistant survey {session}"
    rating = [
        m for m in bot.sent_to("alice") if m.data.get("event") == "assistance_rating_requested"
    ]
    assert "Mina interpreted session" in rating[0].text
    assert rating[0].actions[0].command == f"feedback assistance {session}"
    stranger = await bot.run("ken", answer, workspace=HELPERS)
    assert not stranger.ok and "You did not assist session" in stranger.text
    missing = await bot.run("mina", f"assistant survey {session} took_place=yes", workspace=HELPERS)
    assert not missing.ok and "rating is needed" in missing.text
    await bot.ok("mina", answer, workspace=HELPERS)
    await bot.ok("alice", f'feedback assistance {session} rating=5 comment="Patient"')
    report = await bot.ok("coordinator", "report")
    assert "Remote class assistants: 1 session(s) asked for one; 1 covered" in report.text
    assert "Mina: 1 session(s), 1.0 h; teachers rate the assistance 5.0 of 5 (1 rating(s))" in (
        report.text
    )
    assert "Assistants' surveys: 1 of 1 answered, mean 4.0 of 5" in report.text


async def test_each_sees_only_their_own_side(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")
    await bot.ok("alice", f"assist {session}")
    teacher = await bot.run("alice", "assistant show #1")
    assert not teacher.ok and "Coordinators see the assistants of their own program" in teacher.text
    assert not (await bot.run("alice", "assistants list")).ok
    mine = await bot.ok("mina", "assistant show", workspace=HELPERS)
    assert f"(offered) #{session} Hanbit Middle School × Sakura Junior High" in mine.text
    assert not (await bot.run("mina", f"agenda show {session}", workspace=HELPERS)).ok
    listed = await bot.ok("coordinator", "assistants list")
    assert "#1 Mina (test)" in listed.text and "Hours: Mon-Fri 09:00-13:00" in listed.text


async def test_an_assistant_who_left_registers_anew_without_their_old_breaks(pair):
    bot = pair
    await bot.ok("mina", register_line() + " vacations=2027-08-01..2027-08-20", workspace=HELPERS)
    await bot.ok("coordinator", "assistant approve #1")
    assert (
        "Away: 2027-08-01..2027-08-20"
        in (await bot.ok("mina", "assistant show", workspace=HELPERS)).text
    )
    await bot.ok("mina", "assistant leave", workspace=HELPERS)
    paused = await bot.run("mina", "assistant pause", workspace=HELPERS)
    assert not paused.ok and "You are no longer an assistant (left), so there is" in paused.text
    approve = await bot.run("coordinator", "assistant approve #1")
    assert not approve.ok and "no longer an assistant (left); only they can change" in approve.text

    again = await bot.ok("mina", register_line(), workspace=HELPERS)
    assert again.data["assistant"]["id"] == 1 and "Away:" not in again.text
    twice = await bot.run("mina", register_line(), workspace=HELPERS)
    assert not twice.ok and "(waiting for a coordinator's approval)" in twice.text
    await bot.ok("coordinator", "assistant approve #1")


async def test_asking_for_other_languages_keeps_the_assistant_only_if_they_speak_both(pair):
    bot = pair
    session = await booked(bot, bot.pair)
    await volunteer(bot, "mina")  # ko, ja, en
    await bot.ok("alice", f"assist {session}")
    await bot.ok("mina", f"assistant accept {session}", workspace=HELPERS)
    await volunteer(bot, "ken", languages="ko,ja,fr")
    await bot.ok("alice", f"assist {session} languages=ko-en")
    assert await assignments(bot) == [(session, "mina", ACCEPTED)]
    await bot.ok("alice", f"assist {session} languages=ko-fr")
    assert await assignments(bot) == [(session, "mina", RELEASED), (session, "ken", OFFERED)]
    assert (
        "it now asks for Korean–French, and you do not speak both." in (texts_to(bot, "mina")[-1])
    )


async def test_a_series_booked_with_assist_yes_asks_for_each_session_and_moves_keep_step(pair):
    bot = pair
    await volunteer(bot, "mina", hours="Mon-Fri 08:00-13:00")  # the first time is at 09:00
    await bot.ok("alice", "propose from=2027-03-08 count=3")
    reply = await bot.ok("alice", "book series 1 every=1w count=2 assist=yes")
    assert "each session asks for a remote class assistant" in reply.text
    first, second = (s["session_id"] for s in reply.data["series"]["occurrences"])
    assert await assignments(bot) == [(first, "mina", OFFERED), (second, "mina", OFFERED)]
    await bot.ok("alice", f"reschedule {first} 2027-03-09 14:00 rest=yes")  # after her hours
    assert [status for *_, status in await assignments(bot)] == [RELEASED, RELEASED]
