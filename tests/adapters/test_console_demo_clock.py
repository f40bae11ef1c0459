"""The console demo: `/clock` lines move a manual clock and reminders fire at their moments."""

import io
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from bot.reminders.demo_clock import DemoClock
from storage.models import FeedbackRequest
from tests.support.booked import book_session, seoul_paris
from tests.support.membership import join_approved

START = datetime(2027, 6, 15, 6, 0, tzinfo=UTC)


@pytest.fixture
async def demo(tmp_path):
    bot = await TestBot.start(JOINTCLASS_DATA_DIR=str(tmp_path))
    out = io.StringIO()
    shell = Console(bot.core, out=out, err=io.StringIO(), demo_clock=DemoClock(bot.core, bot.clock))
    yield bot, shell, out
    await bot.close()


async def test_advancing_the_clock_fires_each_reminder_at_its_own_moment(demo):
    bot, shell, out = demo
    await book_session(bot, await seoul_paris(bot), START)
    await shell.run_line("/clock advance 3mo")
    assert "Moved the clock to Sun 11 Apr 2027 00:00 UTC." in out.getvalue()
    leads = [m for m in bot.sent if m.data.get("kind") == "lead"]
    assert sorted(m.recipient.target_id for m in leads) == [
        "alice",
        "coordinator",
        "joint",
        "pierre",
    ]
    assert not any(m.text.startswith("Delayed:") for m in bot.sent)  # each fired on time
    await shell.run_line("/clock to 2027-06-15T07:30Z")
    kinds = [m.data.get("kind") for m in bot.sent]
    assert {"preliminary", "practice", "day_before", "agenda"} <= set(kinds)


async def test_the_clock_stops_at_the_feedback_nudge_and_the_escalation_in_order(demo):
    bot, shell, out = demo
    await book_session(bot, await seoul_paris(bot), START)
    await shell.run_line("/clock to 2027-06-15T08:00Z")  # an hour after the session ended
    shown = len(out.getvalue())
    await shell.run_line("/clock advance 1w1d")
    assert out.getvalue()[shown:].splitlines() == [
        "[clock] Thu 17 Jun 2027 07:00 UTC",  # two days after the ask: the nudge
        "[clock] Tue 22 Jun 2027 07:00 UTC",  # a week after: the coordinator
        "Moved the clock to Wed 23 Jun 2027 08:00 UTC.",
    ]
    async with bot.core.sessions() as db:
        requests = (await db.exec(select(FeedbackRequest))).all()
    assert {(r.nudged_at, r.escalated_at) for r in requests} == {
        (datetime(2027, 6, 17, 7, 0, tzinfo=UTC), datetime(2027, 6, 22, 7, 0, tzinfo=UTC))
    }
    follow_ups = [m.data["event"] for m in bot.sent if "feedback_" in m.data.get("event", "")]
    assert follow_ups[-4:] == ["feedback_nudge"] * 2 + ["feedback_overdue"] * 2


async def test_the_escalation_counts_the_reminders_that_went_out(demo):
    bot, shell, _ = demo
    await book_session(bot, await seoul_paris(bot), START)
    await join_approved(bot, "ahn", "KR-hanbit-middle", approver="alice")
    await shell.run_line("/clock to 2027-06-15T08:00Z")
    await bot.ok("pierre", "school leave")  # before the nudge: Paris has nobody to remind
    await shell.run_line("/clock advance 1w1d")
    overdue = {
        m.data["school_id"]: m.text.splitlines()[0]
        for m in bot.sent_to("coordinator")
        if m.data.get("event") == "feedback_overdue"
    }
    assert overdue == {
        "KR-hanbit-middle": "No feedback from Hanbit Middle School on session #1 with Lycée "
        "Molière: asked on Tue 15 Jun and reminded on Thu 17 Jun (2 reminder(s) sent, one to "
        "each teacher).",
        "FR-lycee-moliere": "No feedback from Lycée Molière on session #1 with Hanbit Middle "
        "School: asked on Tue 15 Jun, but it has no teacher on the bot to ask or remind.",
    }


async def test_clock_directives_explain_their_mistakes(demo):
    _, shell, out = demo
    await shell.run_line("/clock")
    await shell.run_line("/clock advance soon")
    await shell.run_line("/clock to 2026-01-01T00:00Z")
    await shell.run_line("/clock to 2027-02-01 09:00")
    text = out.getvalue()
    assert "Mon 11 Jan 2027 00:00 UTC" in text
    assert "'soon' is not a lead time" in text and "`/clock advance 30d`" in text
    assert "The demo clock only moves forward" in text
    assert "'2027-02-01 09:00' has no zone; end it with Z" in text


async def test_without_the_demo_flag_clock_says_how_to_start_a_demo(tmp_path):
    bot = await TestBot.start(JOINTCLASS_DATA_DIR=str(tmp_path))
    out = io.StringIO()
    reply = await Console(bot.core, out=out, err=io.StringIO()).run_line("/clock advance 1d")
    assert reply is not None and not reply.ok
    assert (
        "The clock moves only in a demo, on a throwaway database: start the console with "
        "`jointclass console --demo-clock 2027-01-11T09:00Z`" in out.getvalue()
    )
    assert bot.clock.now() == datetime(2027, 1, 11, 0, 0, tzinfo=UTC)
    await bot.close()


class Terminal(io.StringIO):
    """Typed input: the console greets a person at a terminal."""

    def isatty(self) -> bool:
        return True


async def test_the_demo_banner_says_how_to_move_the_clock(demo):
    _, shell, out = demo
    await shell.run(Terminal(""))
    assert "Demo clock: `/clock` shows it, `/clock advance 30d`" in out.getvalue()


def test_the_demo_flag_starts_the_console_on_a_throwaway_database(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    env.update(JOINTCLASS_DATA_DIR=str(tmp_path / "data"), LOG_LEVEL="WARNING")
    env.pop("DATABASE_URL", None)
    run = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--demo-clock", "2027-01-11T09:00Z"],
        input="/clock advance 1d\n/exchange whoami\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "Moved the clock to Tue 12 Jan 2027 09:00 UTC." in run.stdout
    assert not (tmp_path / "data" / "jointclass.sqlite3").exists()
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--demo-clock", "tomorrow"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert bad.returncode == 2 and "'tomorrow' is not an instant" in bad.stderr
