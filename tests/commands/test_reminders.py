"""`reminders`, `agenda show|edit|template` and `coordinator lead-times`, as teachers type them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from bot.i18n.time_text import TimeAt
from bot.reminders.demo_clock import advance_through
from bot.times.display import Place
from storage.models import ProgramLeadTimes, Reminder, SessionAgenda
from tests.conftest import OSAKA_MIDDLE
from tests.support.booked import book_session, seoul_paris

START = datetime(2027, 6, 15, 6, 0, tzinfo=UTC)  # 15:00 KST, 08:00 CEST
KOREAN = language_for_country("KR")


@pytest.fixture
async def booked(bot):
    session, _ = await book_session(bot, await seoul_paris(bot), START, topic="school life")
    return session


async def pending(bot, kind: str) -> list[Reminder]:
    async with bot.core.sessions() as db:
        result = await db.exec(
            select(Reminder).where(Reminder.status == "pending", Reminder.kind == kind)
        )
        return list(result.all())


async def test_teachers_see_their_upcoming_reminders_in_both_zones(bot, booked):
    reply = await bot.ok("pierre", "reminders")
    assert reply.text.splitlines()[0] == "Upcoming reminders (all 7):"
    first, second = reply.text.splitlines()[1:3]
    assert first.startswith("• Mon 15 Mar 2027 07:00 CET (Paris) · Mon 15 Mar 2027 15:00 KST")
    assert "to the joint channel, coordinators of Seoul IJC 2027, teachers of Hanbit" in first
    assert second.startswith("• Mon 15 Mar 2027 08:00 CET (Paris) · Mon 15 Mar 2027 16:00 KST")
    assert "teachers of Lycée Molière" in second
    assert [r["kind"] for r in reply.data["reminders"]][:2] == ["lead", "lead"]


async def test_coordinators_see_their_programs_reminders(bot, booked):
    reply = await bot.ok("coordinator", "reminders")
    assert reply.data["total"] == 7
    assert reply.text.splitlines()[1].startswith("• Mon 15 Mar 2027 15:00 KST (Seoul)")


async def test_a_teacher_of_another_school_sees_none_and_a_stranger_is_told_why(bot, booked):
    await bot.ok("bob", OSAKA_MIDDLE)
    reply = await bot.ok("bob", "reminders")
    assert reply.text.startswith("No upcoming reminders.")
    refused = await bot.run("dan", "reminders")
    assert not refused.ok and "not a teacher of a registered school" in refused.text


async def test_the_agenda_shows_each_step_in_the_readers_zone_first(bot, booked):
    reply = await bot.ok("pierre", "agenda show")
    lines = reply.text.splitlines()
    assert lines[0] == "Agenda of session #1: Hanbit Middle School × Lycée Molière"
    assert (
        "1. Tue 15 Jun 08:00 CEST (Paris) · Tue 15 Jun 15:00 KST (Seoul) — Roll call (5 min)"
        in (lines)
    )
    assert "It is posted to the joint channel Tue 15 Jun 07:00 CEST (Paris)" in reply.text
    assert "Step nudges are off" in reply.text
    assert sum(step["minutes"] for step in reply.data["agenda"]["steps"]) == 60


async def test_the_agenda_of_a_cancelled_session_says_it_is_cancelled(bot, booked):
    await bot.ok("alice", "cancel 1 Typhoon")
    reply = await bot.ok("alice", "agenda show 1")
    assert reply.text.startswith(
        "Session #1 was cancelled (Typhoon), so this agenda will not be posted."
    )
    assert reply.data["cancelled"] is True


async def test_someone_elses_session_reads_as_unknown(bot, booked):
    await bot.ok("bob", OSAKA_MIDDLE)
    reply = await bot.run("bob", "agenda show 1")
    assert not reply.ok and "You have no session #1" in reply.text


async def test_steps_that_do_not_add_up_are_refused_and_nothing_is_saved(bot, booked):
    reply = await bot.run("alice", 'agenda edit steps="Roll call 5; Quiz 30; Wrap-up 10"')
    assert not reply.ok
    assert "they add up to 45 minutes, but session #1 lasts 60" in reply.text
    bad = await bot.run("alice", 'agenda edit steps="Roll call; Quiz 30"')
    assert "'Roll call' must end with the step's length in minutes" in bad.text
    both = await bot.run("alice", 'agenda edit template=discussion steps="Quiz 60"')
    assert "Give steps or template, not both" in both.text
    async with bot.core.sessions() as db:
        assert (await db.exec(select(SessionAgenda))).all() == []


async def test_edited_steps_with_nudges_are_posted_at_each_steps_start(bot, booked):
    steps = "Roll call 5; Self-introductions 10; Quiz show 30; Group rooms 10; Wrap-up 5"
    reply = await bot.ok("alice", f'agenda edit steps="{steps}" nudges=on')
    assert "Saved; both schools' teachers have been told." in reply.text
    told = bot.sent_to("pierre")[-1].text
    assert "changed the agenda of session #1" in told
    assert "3. Tue 15 Jun 08:15 CEST (Paris) · Tue 15 Jun 15:15 KST (Seoul) — Quiz show" in told
    assert len(await pending(bot, "step")) == 5
    await advance_through(bot.core, bot.clock, START + timedelta(minutes=16))
    nudges = [m for m in bot.sent if m.data.get("kind") == "step"]
    # the joint channel reads Seoul's Korean first (the home side), then Paris's English
    korean, english = zip(*(nudge.text.split("\n\n") for nudge in nudges), strict=True)
    assert [text.splitlines()[0].split(" (")[0] for text in english] == [
        "Now: Roll call",
        "Now: Self-introductions",
        "Now: Quiz show",
    ]
    assert "until Tue 15 Jun 15:45 KST (Seoul) · Tue 15 Jun 08:45 CEST (Paris)" in english[2]
    places = (Place("Asia/Seoul", "Seoul"), Place("Europe/Paris", "Paris"))
    quiz = Message(
        "reminder-step-now",
        title="Quiz show",
        minutes="30",
        end=TimeAt(START + timedelta(minutes=45), places),
    )
    assert korean[2].splitlines()[0] == bot.core.translator.render(quiz, KOREAN)
    assert all(nudge.when is None for nudge in nudges)  # under way: no start time to point to


async def test_a_template_resets_the_steps_and_nudges_can_be_turned_off(bot, booked):
    await bot.ok("alice", 'agenda edit steps="Talk 55; Wrap-up 5" nudges=on')
    reply = await bot.ok("pierre", "agenda edit template=discussion nudges=off")
    titles = [step["title"] for step in reply.data["agenda"]["steps"]]
    assert titles[0] == "Roll call" and "Group rooms: discussion" in titles
    assert await pending(bot, "step") == []


async def test_once_the_agenda_is_posted_it_can_no_longer_change(bot, booked):
    await advance_through(bot.core, bot.clock, START - timedelta(minutes=30))
    reply = await bot.run("alice", "agenda edit nudges=on")
    assert not reply.ok and "was already posted to the joint channel" in reply.text


async def test_templates_can_be_browsed_time_boxed_to_any_length(bot):
    overview = await bot.ok("dan", "agenda template")
    assert overview.data["templates"] == [
        "presentation",
        "discussion",
        "cultural_exchange",
        "recreation",
        "joint_production",
    ]
    reply = await bot.ok("dan", "agenda template discussion minutes=90")
    assert sum(step["minutes"] for step in reply.data["steps"]) == 90
    assert reply.text.splitlines()[1].startswith("• +0:00 Roll call")


async def test_coordinators_change_lead_times_and_booked_sessions_follow(bot, booked):
    shown = await bot.ok("coordinator", "coordinator lead-times")
    assert "• lead=3mo: 3 months before the session" in shown.text
    reply = await bot.ok("coordinator", "coordinator lead-times practice=2w lead=off")
    assert "Re-planned the reminders of 1 booked session(s)." in reply.text
    assert reply.data["lead_times"]["practice"] == "2w"
    assert {r.due_at for r in await pending(bot, "practice")} == {
        datetime(2027, 6, 1, 6, tzinfo=UTC)
    }
    assert await pending(bot, "lead") == []


async def test_bad_lead_times_are_refused_with_what_is_accepted_and_nothing_changes(bot, booked):
    bad = await bot.run("coordinator", "coordinator lead-times practice=3x")
    assert not bad.ok and "practice: '3x' is not a lead time; write e.g. 3mo" in bad.text
    late = await bot.run("coordinator", "coordinator lead-times agenda=2d")
    assert not late.ok and "agenda=2d is not on the day" in late.text
    teacher = await bot.run("alice", "coordinator lead-times practice=2w")
    assert not teacher.ok and "Only a program coordinator" in teacher.text
    async with bot.core.sessions() as db:
        assert (await db.exec(select(ProgramLeadTimes))).all() == []
    assert {r.due_at for r in await pending(bot, "practice")} == {
        datetime(2027, 6, 8, 6, tzinfo=UTC)
    }
