"""`jointclass assistants match` as a coordinator runs it: the `--json` document for scripts,
text with reasons for people, `--apply` offering the new matches once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.adapters.testing import TestBot
from bot.cli.main import main
from bot.i18n.languages import LANGUAGES
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from storage.engine import default_url
from tests.support.assisted import seoul_osaka, volunteer
from tests.support.booked import FR, KR, PARIS_HIGH, book_session, partnership
from tests.support.in_language import english_in


def next_tuesday(after: datetime) -> datetime:
    """01:00 UTC (10:00 in Seoul and Osaka) on the first Tuesday after `after`."""
    day = after.date() + timedelta(days=(1 - after.weekday()) % 7 or 7)
    return datetime.combine(day, time(1), UTC)


@pytest.fixture
async def program(tmp_path, monkeypatch):
    """Seoul–Osaka asks for Korean–Japanese and Seoul–Paris for Korean–French in two months;
    mina (ko, ja) volunteered before either asked and was approved after."""
    data = tmp_path / "data"
    monkeypatch.setenv("JOINTCLASS_DATA_DIR", str(data))
    monkeypatch.setenv("JOINTCLASS_PROGRAM", "Seoul IJC 2027")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    data.mkdir()
    bot = await TestBot.start(now=datetime.now(UTC), database_url=default_url(data))
    osaka = await seoul_osaka(bot)
    await bot.ok("pierre", PARIS_HIGH)
    paris = await partnership(bot, KR, FR, channel=None)
    start = next_tuesday(bot.clock.now() + timedelta(days=60))
    first, _ = await book_session(bot, osaka, start)
    second, _ = await book_session(bot, paris, start + timedelta(hours=2))
    number = await volunteer(bot, "mina", approve=False, languages="ko,ja", zone="Asia/Seoul")
    await bot.ok("alice", f"assist {first.id}")
    await bot.ok("alice", f"assist {second.id}")
    await bot.ok("coordinator", f"assistant approve #{number}")
    await bot.close()
    return first.id, second.id, number


def test_json_is_the_match_plan_with_each_uncovered_reason(program, capsys):
    first, second, mina = program
    capsys.readouterr()
    assert main(["assistants", "match", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {
        "assignments": [{"session": first, "assistant": mina, "languages": ["ko", "ja"]}],
        "uncovered": [
            {
                "session": second,
                "reason": {"languages": ["ko", "fr"], "speakers": [], "nearest_free": None},
            }
        ],
    }
    assert "Nothing offered: --apply offers" in err


def test_apply_offers_each_new_match_once(program, capsys):
    first, second, _ = program
    assert main(["assistants", "match", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "1 newly matched, 1 uncovered" in out
    assert f"#{first} Hanbit Middle School × Sakura Junior High" in out and "Mina (new)" in out
    assert f"#{second}" in out and "Nobody in the program speaks both Korean and French." in out
    assert "Offered 1 session(s)" in out
    assert main(["assistants", "match"]) == 0
    again = capsys.readouterr().out
    assert "1 already have one, 0 newly matched, 1 uncovered" in again
    assert "Mina (offered)" in again


def test_dates_are_read_as_in_chat_and_a_window_without_sessions_matches_none(program, capsys):
    with pytest.raises(SystemExit):
        main(["assistants", "match", "--from", "tomorrow"])
    assert "is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err
    assert main(["assistants", "match", "--from", "2099-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"assignments": [], "uncovered": []}
    assert main(["assistants", "match", "--program", "Nowhere"]) == 1
    assert "no program named 'Nowhere'" in capsys.readouterr().err


def test_the_text_is_in_the_programs_language(program, capsys, monkeypatch):
    monkeypatch.setenv("JOINTCLASS_LANGUAGE", "ko")
    capsys.readouterr()
    assert main(["assistants", "match"]) == 0
    out = capsys.readouterr().out
    korean = next(language for language in LANGUAGES if language.tag == "ko")
    say = Translator.load().render
    assert say(Message("assistants-cli-not-offered"), korean) in out
    assert "한국어–프랑스어" in out and english_in(out) == []
