"""`jointclass report --program NAME --csv FILE` as an operator runs it, on a SQLite file."""

from __future__ import annotations

import asyncio
import csv
import logging
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.testing import TestBot
from bot.cli.main import main
from bot.feedback.csv_export import COLUMNS
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import book_session, partnership

START = datetime(2025, 3, 11, 6, 0, tzinfo=UTC)  # in the past, as the command line's clock is real
SECOND_TERM_START = datetime(2025, 9, 16, 6, 0, tzinfo=UTC)  # in term 2025-2


async def answered_session(url: str) -> None:
    bot = await TestBot.start(now=START - timedelta(days=30), database_url=url)
    try:
        await bot.ok("alice", SEOUL_MIDDLE)
        await bot.ok("bob", OSAKA_MIDDLE)
        pair = await partnership(bot, "KR-hanbit-middle", "JP-sakura-junior-high")
        await book_session(bot, pair, START)
        bot.clock.set(START + timedelta(hours=2))
        await bot.ok("alice", 'feedback submit 1 status=held rating=5 went_well="the songs"')
        await book_session(bot, pair, SECOND_TERM_START)
        bot.clock.set(SECOND_TERM_START + timedelta(hours=2))
        await bot.ok("bob", "feedback submit 2 status=held rating=3")
    finally:
        await bot.close()


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    asyncio.run(answered_session(url))
    root = logging.getLogger()  # `main` configures logging: give it copies to change
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("JOINTCLASS_PROGRAM", "Seoul IJC 2027")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    return tmp_path


def test_it_prints_the_report_and_writes_every_answer_to_the_csv(database, capsys):
    target = database / "answers.csv"
    code = main(["report", "--program", "Seoul IJC 2027", "--term", "2025-1", "--csv", str(target)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Feedback report · Seoul IJC 2027 · term 2025-1 (1 Mar 2025 – 31 Aug 2025)" in out
    assert "Response rate: 50% (1 of 2 school sides answered; 1 teacher answer)" in out
    assert f"Wrote 1 answer(s) to {target}." in out
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert tuple(rows[0]) == COLUMNS
    assert (rows[0]["teacher"], rows[0]["rating"], rows[0]["went_well"]) == (
        "Alice",
        "5",
        "the songs",
    )


def test_without_a_term_the_csv_holds_every_answer_of_every_term(database, capsys):
    target = database / "all.csv"
    code = main(["report", "--program", "Seoul IJC 2027", "--csv", str(target)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Feedback report · Seoul IJC 2027 · term all (every term)" in out
    assert f"Wrote 2 answer(s) to {target}." in out
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(row["teacher"], row["term"], row["rating"]) for row in rows] == [
        ("Alice", "2025-1", "5"),
        ("Bob", "2025-2", "3"),
    ]


def test_an_unknown_program_is_a_clear_error(database, capsys):
    code = main(["report", "--program", "Nope"])
    assert code == 1
    assert "no program named 'Nope' (known: Seoul IJC 2027)" in capsys.readouterr().err


def test_a_bad_term_is_a_clear_error(database, capsys):
    code = main(["report", "--program", "Seoul IJC 2027", "--term", "spring"])
    assert code == 1
    assert "--term: 'spring' is not a term; write a term like 2027-1" in capsys.readouterr().err
