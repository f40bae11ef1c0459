"""Reminders fire from their rows at the right moment, in both zones, once, whatever happens."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

import bot.reminders.scheduler as scheduler_module
from bot.adapters.testing import TestBot
from bot.i18n.languages import ENGLISH, language_for_country
from bot.i18n.messages import Message
from bot.i18n.translator import english_only
from bot.reminders.alarm import ReminderAlarm
from bot.reminders.demo_clock import advance_through
from bot.reminders.scheduler import ReminderScheduler, SessionEnded
from bot.times.local_time import to_local
from storage.engine import MEMORY_URL
from storage.models import ExchangeSession, OutboundMessage, Reminder
from tests.support.booked import KR, book_session, in_command, seoul_paris

START = datetime(2027, 6, 15, 6, 0, tzinfo=UTC)  # Tue 15 Jun: 15:00 KST, 08:00 CEST
END = START + timedelta(hours=1)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture
async def pair(bot):
    return await seoul_paris(bot)


async def timeline(bot: TestBot, until: datetime) -> list[tuple[datetime, object]]:
    """Step from one due reminder to the next until `until`: (arrival, message) pairs."""
    arrivals = []
    while (due := await bot.core.services.reminders.next_due()) is not None and due <= until:
        before = len(bot.sent)
        await advance_through(bot.core, bot.clock, due)
        arrivals += [(due, message) for message in bot.sent[before:]]
    await advance_through(bot.core, bot.clock, until)
    return arrivals


def reminders_in(arrivals):
    return {
        (when, message.data["kind"], message.recipient.target_id)
        for when, message in arrivals
        if message.data.get("event") == "reminder"
    }


async def rows(bot: TestBot, table=Reminder):
    async with bot.core.sessions() as db:
        return list((await db.exec(select(table).order_by(table.id))).all())


async def test_a_booked_session_produces_every_reminder_at_its_moment(bot, pair):
    await book_session(bot, pair, START, topic="our school life")
    arrivals = await timeline(bot, END + timedelta(hours=1))
    everyone = ("joint", "alice", "pierre")
    expected = {(utc(2027, 3, 15, 6), "lead", who) for who in ("joint", "alice", "coordinator")}
    expected.add((utc(2027, 3, 15, 7), "lead", "pierre"))  # 08:00 in Paris, still CET
    # a month before is Sat 15 May, closed in both: Fri 14 May at the same local time
    expected |= {(utc(2027, 5, 14, 6), "preliminary", who) for who in everyone}
    expected |= {(utc(2027, 6, 8, 6), "practice", who) for who in (*everyone, "coordinator")}
    expected |= {(utc(2027, 6, 14, 6), "day_before", who) for who in everyone}
    expected.add((utc(2027, 6, 15, 5), "agenda", "joint"))
    assert reminders_in(arrivals) - {r for r in reminders_in(arrivals) if r[1] == "end"} == (
        expected
    )


async def test_every_reminder_shows_the_session_in_both_zones_the_readers_first(bot, pair):
    await book_session(bot, pair, START)
    arrivals = await timeline(bot, START)
    assert arrivals
    for _, message in arrivals:
        assert "KST" in message.text and "CEST" in message.text, message.text
        seoul_first = message.text.index("KST") < message.text.index("CEST")
        assert seoul_first == (message.recipient.target_id != "pierre"), message.text
    pierre_lead = next(m for _, m in arrivals if m.recipient.target_id == "pierre")
    assert (
        "When: Tue 15 Jun 2027 08:00–09:00 CEST (Paris) · Tue 15 Jun 2027 15:00–16:00 KST (Seoul)"
        in pierre_lead.text
    )
    assert "is in 3 months" in pierre_lead.text


async def test_reminders_before_a_session_carry_its_start_for_each_readers_own_zone(bot, pair):
    await book_session(bot, pair, START)
    arrivals = await timeline(bot, START)
    reminders = [m for _, m in arrivals if m.data.get("event") == "reminder"]
    assert reminders and {message.when for message in reminders} == {START}


async def test_three_months_before_across_a_dst_change_fires_at_the_same_wall_time(bot, pair):
    await book_session(bot, pair, START)
    arrivals = await timeline(bot, utc(2027, 3, 16))
    [(arrived, _)] = [(w, m) for w, m in arrivals if m.recipient.target_id == "pierre"]
    assert to_local(arrived, "Europe/Paris").strftime("%d %b %H:%M %Z") == "15 Mar 08:00 CET"
    assert to_local(START, "Europe/Paris").strftime("%d %b %H:%M %Z") == "15 Jun 08:00 CEST"


async def test_the_day_of_agenda_reaches_the_joint_channel_with_each_step_in_both_zones(bot, pair):
    await book_session(bot, pair, START, minutes=90, program_type="discussion")
    arrivals = await timeline(bot, START)
    [agenda] = [m for _, m in arrivals if m.data["kind"] == "agenda"]
    assert agenda.recipient.kind == "channel"
    assert "1. Tue 15 Jun 15:00 KST (Seoul) · Tue 15 Jun 08:00 CEST (Paris) — Roll call" in (
        agenda.text
    )
    assert "Group rooms: discussion" in agenda.text and "Wrap-up" in agenda.text


async def test_without_a_joint_channel_the_agenda_goes_to_both_schools_teachers(bot):
    pair = await seoul_paris(bot, channel=None)
    await book_session(bot, pair, START)
    arrivals = await timeline(bot, START)
    agenda = {m.recipient.target_id: m.text for _, m in arrivals if m.data["kind"] == "agenda"}
    assert set(agenda) == {"alice", "pierre"}
    assert agenda["pierre"].index("CEST (Paris)") < agenda["pierre"].index("KST (Seoul)")


async def test_a_rescheduled_session_is_reminded_at_the_new_times_only(bot, pair):
    session, _ = await book_session(bot, pair, START)
    await timeline(bot, utc(2027, 3, 16))  # the three-month reminder went out
    later = START + timedelta(weeks=1)

    async def move(ctx):
        moved = await ctx.db.get(ExchangeSession, session.id)
        moved.start_utc, moved.end_utc = later, later + timedelta(hours=1)
        ctx.db.add(moved)
        return await ctx.services.session_planner.replan(ctx, moved)

    await in_command(bot, "alice", move)
    arrivals = await timeline(bot, later + timedelta(hours=2))
    kinds = reminders_in(arrivals)
    assert "lead" not in {kind for _, kind, _ in kinds}  # already done, not sent again
    assert (utc(2027, 6, 21, 6), "day_before", "alice") in kinds
    assert not [k for k in kinds if k[0] == utc(2027, 6, 14, 6)]  # the old day before


async def test_a_cancelled_session_sends_nothing_more(bot, pair):
    session, _ = await book_session(bot, pair, START)

    async def cancel(ctx):
        cancelled = await ctx.db.get(ExchangeSession, session.id)
        cancelled.status = "cancelled"
        ctx.db.add(cancelled)
        return await ctx.services.session_planner.cancel(ctx, cancelled)

    assert await in_command(bot, "alice", cancel) == 16
    assert reminders_in(await timeline(bot, END + timedelta(days=1))) == set()
    assert {row.status for row in await rows(bot)} == {"cancelled"}


async def test_booked_less_than_three_months_ahead_the_missed_step_is_a_checklist(bot, pair):
    soon = utc(2027, 3, 2, 6)  # seven weeks after today (11 Jan)
    _, booking = await book_session(bot, pair, soon)
    checklist = booking.checklist()
    assert checklist is not None
    text = checklist.localized(ENGLISH, english_only())
    assert "Lead-time reminder" in text and "was due Wed 2 Dec 15:00 KST (Seoul)" in text
    assert "ask for a remote class assistant: `/exchange assist 1`" in text
    assert booking.data()["missed"] == ["lead"]
    arrivals = await timeline(bot, soon)
    assert "lead" not in {kind for _, kind, _ in reminders_in(arrivals)}
    assert {kind for _, kind, _ in reminders_in(arrivals)} >= {"preliminary", "practice"}


async def test_booked_far_enough_ahead_there_is_no_checklist(bot, pair):
    _, booking = await book_session(bot, pair, START)
    assert booking.checklist() is None


@pytest.fixture
def database_file_url(database_url, tmp_path):
    """A database two bot processes can share (in-memory SQLite dies with its engine)."""
    return f"sqlite:///{tmp_path}/bot.sqlite3" if database_url == MEMORY_URL else database_url


async def test_reminders_due_while_the_bot_was_down_are_delivered_once_with_a_note(
    database_file_url,
):
    first = await TestBot.start(database_url=database_file_url)
    await book_session(first, await seoul_paris(first), START)
    await first.close()
    # Down from 11 Jan to three hours after the three-month reminders were due.
    second = await TestBot.start(database_url=database_file_url, now=utc(2027, 3, 15, 9))
    try:
        await second.advance(timedelta(0))
        leads = [m for m in second.sent if m.data.get("kind") == "lead"]
        assert sorted(m.recipient.target_id for m in leads) == [
            "alice",
            "coordinator",
            "joint",
            "pierre",
        ]
        # each in its reader's language: alice's and the channel's Korean (Seoul's) first
        say = second.core.translator.render
        delayed = {
            language.tag: say(Message("reminder-delayed", due="\x00"), language).split("\x00")[0]
            for language in (ENGLISH, language_for_country("KR"))
            if language is not None
        }
        assert delayed["en"] == "Delayed: this reminder was due "
        for message in leads:
            reader = "en" if message.recipient.target_id in ("pierre", "coordinator") else "ko"
            assert message.text.startswith(delayed[reader]), message.text
        await timeline(second, START - timedelta(days=2))
        assert len([m for m in second.sent if m.data.get("kind") == "lead"]) == 4
    finally:
        await second.close()


async def test_reminders_too_late_to_help_are_skipped_and_the_coordinator_told(
    database_file_url,
):
    first = await TestBot.start(database_url=database_file_url)
    await book_session(first, await seoul_paris(first), START)
    await timeline(first, utc(2027, 6, 14))
    await first.close()
    # Down across the day before and the start: the checklist and agenda are no use now.
    second = await TestBot.start(database_url=database_file_url, now=START + timedelta(minutes=30))
    try:
        await second.advance(timedelta(0))
        assert not [m for m in second.sent if m.data.get("event") == "reminder"]
        [report] = second.sent_to("coordinator")
        assert "were too late to be useful, so they were skipped" in report.text
        assert "day-before checklist" in report.text and "day-of agenda" in report.text
        statuses = {(r.kind, r.status) for r in await rows(second)}
        assert ("day_before", "skipped") in statuses and ("agenda", "skipped") in statuses
        second.core.services.reminders.end_handlers.clear()
        await second.advance(timedelta(minutes=30))  # the end of the session still counts
        assert [m.data["kind"] for m in second.sent if m.data.get("event") == "reminder"] == ["end"]
    finally:
        await second.close()


class Crash(BaseException):
    """The process dies: not an error the code could handle."""


async def test_a_crash_in_the_middle_of_a_pass_fires_nothing_half(bot, pair, monkeypatch):
    await book_session(bot, pair, START)
    queue_all = scheduler_module.enqueue_all

    async def crash_after_the_first(db, messages, now):
        await queue_all(db, messages[:1], now)  # one message written, then the process dies
        raise Crash

    monkeypatch.setattr(scheduler_module, "enqueue_all", crash_after_the_first)
    bot.clock.set(utc(2027, 3, 15, 7))
    with pytest.raises(Crash):
        await bot.core.services.reminders.fire_due()
    assert {r.status for r in await rows(bot) if r.kind == "lead"} == {"pending"}
    assert await rows(bot, OutboundMessage) == []
    monkeypatch.undo()
    await bot.advance(timedelta(0))  # the restarted pass
    assert len([m for m in bot.sent if m.data.get("kind") == "lead"]) == 4


async def test_a_messenger_that_fails_twice_then_succeeds_delivers_the_agenda_once(bot, pair):
    await book_session(bot, pair, START)
    await timeline(bot, START - timedelta(minutes=61))
    bot.messenger.fail_next = 2
    await bot.advance(timedelta(minutes=1))  # the agenda is due: first try fails
    await bot.advance(timedelta(seconds=5))  # second try fails
    assert not [m for m in bot.sent if m.data.get("kind") == "agenda"]
    await bot.advance(timedelta(seconds=10))
    assert len([m for m in bot.sent if m.data.get("kind") == "agenda"]) == 1
    [message] = [m for m in await rows(bot, OutboundMessage) if "Today's agenda" in m.text]
    assert (message.status, message.attempts) == ("sent", 3)
    [agenda] = [r for r in await rows(bot) if r.kind == "agenda"]
    assert (agenda.status, agenda.attempts, agenda.messages) == ("sent", 1, 1)


async def test_a_reminder_that_fails_to_build_is_retried_not_dropped(bot, pair, monkeypatch):
    await book_session(bot, pair, START)
    real = scheduler_module.reminder_messages
    failures = []

    def fails_once(row, facts, agenda, now, readers):
        if not failures:
            failures.append(row.id)
            raise RuntimeError("template missing")
        return real(row, facts, agenda, now, readers)

    monkeypatch.setattr(scheduler_module, "reminder_messages", fails_once)
    await timeline(bot, utc(2027, 3, 15, 6))
    [failed] = [r for r in await rows(bot) if r.id == failures[0]]
    assert failed.status == "pending" and "template missing" in failed.last_error
    assert failed.next_attempt_at == utc(2027, 3, 15, 6, 0, 5)
    await bot.advance(timedelta(seconds=5))
    assert len([m for m in bot.sent if m.data.get("kind") == "lead"]) == 3  # pierre's is at 07:00
    assert {r.status for r in await rows(bot) if r.due_at == utc(2027, 3, 15, 6)} == {"sent"}


async def test_the_end_of_a_session_runs_the_registered_handlers(bot, pair):
    handled = []

    async def feedback(event: SessionEnded) -> None:
        handled.append((event.facts.session.id, event.delayed))
        event.send(event.facts.teachers_of(KR)[0], "Rate the session, please")

    bot.core.services.reminders.end_handlers[:] = [feedback]
    session, _ = await book_session(bot, pair, START)
    await timeline(bot, END)
    assert handled == [(session.id, False)]
    assert [m.text for m in bot.sent_to("alice")][-1] == "Rate the session, please"


async def test_without_handlers_the_end_posts_that_feedback_comes_next(bot, pair):
    bot.core.services.reminders.end_handlers.clear()
    await book_session(bot, pair, START)
    arrivals = await timeline(bot, END)
    [(when, end)] = [(w, m) for w, m in arrivals if m.data["kind"] == "end"]
    assert when == END and end.recipient.target_id == "joint"
    assert "How did it go? A short feedback request comes next." in end.text


async def test_the_alarm_is_armed_at_the_earliest_pending_reminder(bot, pair):
    reminders = bot.core.services.reminders
    task = asyncio.create_task(reminders.run())
    await asyncio.sleep(0)
    try:
        soon = bot.clock.now() + timedelta(minutes=60, seconds=30)  # agenda due in 30 s
        await book_session(bot, pair, soon)
        for _ in range(20):
            await asyncio.sleep(0.01)
            if reminders.alarm.next_wake == soon - timedelta(minutes=60):
                break
        assert reminders.alarm.next_wake == soon - timedelta(minutes=60)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert reminders.alarm is None


async def test_the_alarm_wakes_up_on_time_through_apscheduler():
    woken = asyncio.Event()

    async def wake() -> None:
        woken.set()

    alarm = ReminderAlarm(wake)
    alarm.start()
    try:
        alarm.arm(datetime.now(UTC) + timedelta(milliseconds=50))
        await asyncio.wait_for(woken.wait(), timeout=5)
    finally:
        alarm.stop()


async def test_stopping_during_a_wake_up_logs_no_error(caplog):
    running = asyncio.Event()

    async def slow_wake() -> None:
        running.set()
        await asyncio.sleep(60)

    alarm = ReminderAlarm(slow_wake)
    alarm.start()
    alarm.arm(datetime.now(UTC))
    await asyncio.wait_for(running.wait(), timeout=5)
    alarm.stop()
    await asyncio.sleep(0.05)  # the cancelled job finishes
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


async def test_two_bot_processes_firing_at_once_send_each_reminder_once(bot, pair):
    await book_session(bot, pair, START)
    other = ReminderScheduler(
        bot.core.sessions, bot.clock, bot.core.delivery, translator=bot.core.translator
    )
    bot.clock.set(utc(2027, 6, 8, 7))  # lead, preliminary and practice are all due
    fired = await asyncio.gather(bot.core.services.reminders.fire_due(), other.fire_due())
    assert sum(fired) == 11
    await bot.advance(timedelta(0))
    sent = [
        (m.data["reminder_id"], m.recipient.target_id)
        for m in bot.sent
        if m.data.get("event") == "reminder"
    ]
    assert len(sent) == len(set(sent)) == 11


async def test_an_ended_partnership_gets_no_more_reminders(bot, pair):
    await book_session(bot, pair, START)
    await bot.ok("alice", "partnership end FR-lycee-moliere")
    assert reminders_in(await timeline(bot, END + timedelta(days=1))) == set()
    assert {row.status for row in await rows(bot)} == {"cancelled"}


async def test_an_end_handler_that_fails_leaves_nothing_half_written_and_is_retried(bot, pair):
    calls = []

    async def flaky(event: SessionEnded) -> None:
        calls.append(event.now)
        event.send(event.facts.teachers_of(KR)[0], "Rate the session, please")
        if len(calls) == 1:
            raise RuntimeError("survey service down")

    bot.core.services.reminders.end_handlers[:] = [flaky]
    await book_session(bot, pair, START)
    await timeline(bot, END)
    assert bot.sent_to("alice")[-1].text != "Rate the session, please"
    [end] = [r for r in await rows(bot) if r.kind == "end"]
    assert end.status == "pending" and "survey service down" in end.last_error
    await bot.advance(timedelta(seconds=5))
    assert [m.text for m in bot.sent_to("alice")].count("Rate the session, please") == 1
