"""Coordinators see every session of their program: in chat (`sessions`) with both schools,
the status and both local times, and from `jointclass sessions --json` in a fixed shape."""

import argparse
import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.testing import TestBot
from bot.cli import sessions as cli_sessions
from bot.core.settings import Settings
from bot.i18n.messages import Message
from tests.conftest import OSAKA_MIDDLE
from tests.support.booked import FR, KR, book_session, partnership, seoul_paris
from tests.support.in_language import english_in, written_in

MARCH_9 = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)  # 15:00 in Seoul, 07:00 in Paris
APRIL_6 = datetime(2027, 4, 6, 6, 0, tzinfo=UTC)  # 15:00 in Seoul, 08:00 in Paris (CEST)
JP = "JP-sakura-junior-high"


async def scene(bot: TestBot) -> dict[str, int]:
    """Seoul–Paris: a session in March and one in April, cancelled; Osaka–Paris: one in March
    (so that the clock can move past the first ones)."""
    pair = await seoul_paris(bot)
    await bot.ok("bob", OSAKA_MIDDLE)
    march, _ = await book_session(bot, pair, MARCH_9)
    april, _ = await book_session(bot, pair, APRIL_6)
    await bot.ok("alice", f'cancel {april.id} "Sports day"')
    osaka, _ = await book_session(
        bot, await partnership(bot, JP, FR, channel="jc-osaka"), MARCH_9.replace(hour=7)
    )
    assert march.id and april.id and osaka.id
    return {"march": march.id, "april": april.id, "osaka": osaka.id}


async def test_a_coordinator_lists_the_programs_upcoming_sessions_with_both_schools(bot):
    ids = await scene(bot)
    reply = await bot.ok("coordinator", "sessions")
    assert [s["id"] for s in reply.data["sessions"]] == [ids["march"], ids["osaka"], ids["april"]]
    march = "\n".join(reply.text.splitlines()[:3])
    assert march == (
        f"3 upcoming sessions of Seoul IJC 2027:\n#{ids['march']} Hanbit Middle School ({KR}) – "
        f"Lycée Molière ({FR}) — booked\n"
        "    Tue 9 Mar 15:00–16:00 KST (Seoul) · Tue 9 Mar 07:00–08:00 CET (Paris)"
    )
    assert "cancelled (Sports day)" in reply.text
    assert "Sakura Junior High" in reply.text


async def test_a_long_program_list_is_shown_a_page_at_a_time(bot):
    pair = await seoul_paris(bot)
    for day in range(22):
        await book_session(bot, pair, MARCH_9 + timedelta(days=day))
    first = await bot.ok("coordinator", "sessions")
    assert first.text.startswith("22 upcoming sessions of Seoul IJC 2027, 1–20 of 22 shown:")
    assert [(a.label, a.command) for a in first.actions] == [("Next 2", "sessions page=2")]
    second = await bot.ok("coordinator", first.actions[0].command)
    assert len(second.data["sessions"]) == 2 and second.actions == ()
    assert second.data["sessions"][-1]["start_utc"] == "2027-03-30T06:00:00Z"


async def test_a_coordinator_filters_by_school_and_by_status_past_ones_included(bot):
    ids = await scene(bot)
    bot.clock.set(datetime(2027, 3, 20, tzinfo=UTC))
    upcoming = await bot.ok("coordinator", f"sessions {KR}")
    assert [s["id"] for s in upcoming.data["sessions"]] == [ids["april"]]
    booked = await bot.ok("coordinator", "sessions status=booked")
    assert [s["id"] for s in booked.data["sessions"]] == [ids["march"], ids["osaka"]]
    assert booked.text.startswith("2 booked sessions of Seoul IJC 2027:")


async def test_a_teacher_still_sees_only_their_own_schools_sessions(bot):
    ids = await scene(bot)
    reply = await bot.ok("bob", "sessions")
    assert [s["id"] for s in reply.data["sessions"]] == [ids["osaka"]]
    assert reply.text.startswith("Upcoming sessions of Sakura Junior High:")


@pytest.fixture
async def settings(tmp_path) -> Settings:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    bot = await TestBot.start(database_url=url)
    try:
        await scene(bot)
    finally:
        await bot.close()
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=url,
        JOINTCLASS_DATA_DIR=str(tmp_path),
        JOINTCLASS_PROGRAM="Seoul IJC 2027",
    )


async def cli(settings: Settings, capsys, **options) -> tuple[int, str]:
    args = argparse.Namespace(**{"program": None, "status": None, "json": True} | options)
    code = await cli_sessions.run(settings, args)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


async def test_jointclass_sessions_json_prints_exactly_the_documented_shape(settings, capsys):
    code, out = await cli(settings, capsys)
    assert code == 0
    assert json.loads(out) == {
        "sessions": [
            {
                "id": 1,
                "status": "booked",
                "start_utc": "2027-03-09T06:00:00Z",
                "end_utc": "2027-03-09T07:00:00Z",
                "schools": [KR, FR],
            },
            {
                "id": 3,
                "status": "booked",
                "start_utc": "2027-03-09T07:00:00Z",
                "end_utc": "2027-03-09T08:00:00Z",
                "schools": [JP, FR],
            },
            {
                "id": 2,
                "status": "cancelled",
                "start_utc": "2027-04-06T06:00:00Z",
                "end_utc": "2027-04-06T07:00:00Z",
                "schools": [KR, FR],
            },
        ]
    }
    code, out = await cli(settings, capsys, status="cancelled")
    assert [s["id"] for s in json.loads(out)["sessions"]] == [2]


async def test_jointclass_sessions_names_the_programs_when_the_one_asked_for_is_unknown(
    settings, capsys
):
    code, out = await cli(settings, capsys, program="Busan 2027", json=False)
    assert code == 1
    assert "no program named 'Busan 2027'. Programs: Seoul IJC 2027." in out


async def test_jointclass_sessions_lists_them_in_the_programs_language(settings, capsys):
    korean = settings.model_copy(update={"language": "ko"})
    code, out = await cli(korean, capsys, json=False)
    assert code == 0
    listed = Message("cli-sessions-listed", count=3, program="Seoul IJC 2027")
    assert out.startswith(written_in("ko", listed) + "\n")
    assert "3월 9일 (화) 15:00–16:00 KST (서울)" in out
    assert written_in("ko", Message("meetings-status-booked")) in out
    assert english_in(out) == []
