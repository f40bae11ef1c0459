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


def as_operator(tmp_path, monkeypatch, url: str):
    """The command line's environment for the database at `url`."""
    root = logging.getLogger()  # `main` configures logging: give it copies to change
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("JOINTCLASS_PROGRAM", "Seoul IJC 2027")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    return tmp_path


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    asyncio.run(answered_session(url))
    return as_operator(tmp_path, monkeypatch, url)


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


def test_it_prints_the_report_in_the_programs_language(database, capsys, monkeypatch):
    monkeypatch.setenv("JOINTCLASS_LANGUAGE", "ko")
    target = database / "answers.csv"
    code = main(["report", "--program", "Seoul IJC 2027", "--term", "2025-1", "--csv", str(target)])
    out = capsys.readouterr().out
    assert code == 0
    assert "피드백 보고서 · Seoul IJC 2027 · 학기 2025-1 (2025년 3월 1일 – 2025년 8월 31일)" in out
    assert "응답률: 50% (학교 2곳 중 1곳 응답, 교사 응답 1건)" in out
    assert f"응답 1건을 {target}에 저장했습니다." in out
    assert "Response rate" not in out
    assert next(csv.reader(target.read_text(encoding="utf-8-sig").splitlines())) == list(COLUMNS)


def test_an_unknown_program_is_a_clear_error(database, capsys):
    code = main(["report", "--program", "Nope"])
    assert code == 1
    assert "no program named 'Nope' (known: Seoul IJC 2027)" in capsys.readouterr().err


def test_a_bad_term_is_a_clear_error(database, capsys):
    code = main(["report", "--program", "Seoul IJC 2027", "--term", "spring"])
    assert code == 1
    assert "--term: 'spring' is not a term; write a term like 2027-1" in capsys.readouterr().err


async def answered_series(url: str) -> None:
    """A series of three weekly sessions in term 2025-1; the first was held."""
    bot = await TestBot.start(now=datetime(2025, 1, 6, tzinfo=UTC), database_url=url)
    try:
        await bot.ok(
            "alice",
            'school register "Hanbit Middle School" country=KR city=Seoul level=middle '
            'languages=ko,en class_hours="Mon-Fri 09:00-16:00" '
            'after_school_hours="Mon-Fri 16:00-18:00"',
        )
        await bot.ok(
            "pierre",
            'school register "Lycée Molière" country=FR city=Paris level=middle '
            'languages=fr,en class_hours="Mon-Fri 08:00-16:00" '
            'after_school_hours="Mon-Fri 07:00-08:00"',
        )
        await partnership(bot, "KR-hanbit-middle", "FR-lycee-moliere")
        await bot.ok("alice", 'book series at="2025-03-10 16:00" count=3')
        await bot.ok("pierre", "confirm")
        bot.clock.set(datetime(2025, 4, 1, tzinfo=UTC))
        await bot.ok("pierre", "feedback submit 1 status=held rating=4")
    finally:
        await bot.close()


def test_the_report_and_its_csv_include_each_series(tmp_path, monkeypatch, capsys):
    url = f"sqlite+aiosqlite:///{tmp_path / 'series.sqlite3'}"
    asyncio.run(answered_series(url))
    target = as_operator(tmp_path, monkeypatch, url) / "answers.csv"
    code = main(["report", "--term", "2025-1", "--csv", str(target)])
    out = capsys.readouterr().out
    assert code == 0
    assert (
        "  Hanbit Middle School – Lycée Molière, series #1 every week: 3 sessions — held 1 · "
        "moved 0 · skipped 0 · cancelled 0 · to come 0; after school for Seoul 2 of 3, for Paris "
        "1 of 3"
    ) in out
    with target.open(encoding="utf-8-sig", newline="") as file:
        (row,) = list(csv.DictReader(file))
    assert (row["series_id"], row["series_position"], row["series_placement"]) == (
        "1",
        "1",
        "as_planned",
    )


async def planned_activity(url: str) -> None:
    """A video letter exchange of term 2025-1: Seoul posted, Osaka never replied."""
    bot = await TestBot.start(now=datetime(2025, 2, 3, tzinfo=UTC), database_url=url)
    try:
        await bot.ok("alice", SEOUL_MIDDLE)
        await bot.ok("bob", OSAKA_MIDDLE)
        await partnership(bot, "KR-hanbit-middle", "JP-sakura-junior-high")
        await bot.ok("alice", "activity plan video_letter start=2025-03-12")
        await bot.ok("bob", "activity confirm")
        await bot.ok("alice", "activity done post https://video.example/hanbit")
    finally:
        await bot.close()


def test_the_csv_of_a_term_with_activities_has_every_step_beside_it(tmp_path, monkeypatch, capsys):
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    asyncio.run(planned_activity(url))
    as_operator(tmp_path, monkeypatch, url)
    target = tmp_path / "answers.csv"
    code = main(["report", "--program", "Seoul IJC 2027", "--term", "2025-1", "--csv", str(target)])
    out = capsys.readouterr().out
    assert code == 0
    assert (
        "Activities (non-real-time exchanges): 1 — waiting for confirmation 0 · under way 0" in out
    )
    assert (
        "  Overdue: Hanbit Middle School – Sakura Junior High, video letter exchange #1: reply"
        in out
    )
    beside = tmp_path / "answers-activities.csv"
    assert f"Wrote 2 activity step(s) to {beside}." in out
    with beside.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [
        (r["step"], r["owner_id"], r["due_date"], r["step_status"], r["link"]) for r in rows
    ] == [
        ("post", "KR-hanbit-middle", "2025-03-12", "done", "https://video.example/hanbit"),
        ("reply", "JP-sakura-junior-high", "2025-03-26", "open", ""),
    ]
    assert {r["standing"] for r in rows} == {"overdue"}
