"""SIGKILL during booking, import, tie-up and reminder delivery leaves nothing half done.

A few kills per operation on SQLite files (the benchmark, `python -m benchmarks.crash`, does
many more, on PostgreSQL too); then the checker is shown to notice the damage it looks for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from benchmarks.crash_harness import CrashLab, SqliteFiles
from benchmarks.crash_seed import SURVEY_A
from benchmarks.crash_world import (
    OPERATIONS,
    PLATFORM,
    SENT_LOG,
    WORKSPACE,
    JournalRecord,
    start_bot,
)
from bot.core.identity import Actor
from bot.schools.survey_import import import_survey
from storage.engine import transaction
from storage.models import Reminder

KILLS_PER_OPERATION = 2
WINDOW_SCALE = 0.5  # kill sooner than the benchmark does: shorter runs, same invariants


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> CrashLab:
    root = tmp_path_factory.mktemp("crash")
    return CrashLab(root, SqliteFiles(root), window_scale=WINDOW_SCALE)


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_a_sigkill_mid_operation_leaves_nothing_half_done_and_nothing_lost(
    lab: CrashLab, operation: str
) -> None:
    for seed in range(KILLS_PER_OPERATION):
        result = await lab.run(operation, 100 + seed)
        assert result.killed, f"{operation} finished before the kill: lengthen its loop"
        assert result.findings.inconsistencies == [], result.workdir
        assert result.findings.reminders_lost == 0
        assert result.findings.messages_lost == 0


async def _damaged(lab: CrashLab, operation: str, name: str) -> tuple[str, Path]:
    workdir = lab.root / name
    workdir.mkdir()
    return await lab.fresh_database(operation, workdir), workdir


async def test_the_checker_notices_an_import_that_stopped_half_way(lab: CrashLab) -> None:
    url, workdir = await _damaged(lab, "import", "half-import")
    lines = (lab.assets / SURVEY_A).read_text().splitlines(keepends=True)
    core = await start_bot(url, workdir, JournalRecord().clock)
    await import_survey(core, "".join(lines[: len(lines) // 2]), None)
    await core.close()
    findings, _ = await lab.restart_and_check("import", url, workdir, JournalRecord())
    assert any("schools were imported" in problem for problem in findings.inconsistencies)


async def test_the_checker_notices_a_reminder_marked_sent_without_its_messages(
    lab: CrashLab,
) -> None:
    url, workdir = await _damaged(lab, "reminders", "silent-reminder")
    core = await start_bot(url, workdir, JournalRecord().clock)
    async with transaction(core.sessions) as db:
        first = (await db.exec(select(Reminder).order_by(Reminder.due_at))).first()
        assert first is not None
        first.status, first.messages = "sent", 2
        db.add(first)
    await core.close()
    journal = JournalRecord(clock=first.due_at)
    findings, _ = await lab.restart_and_check("reminders", url, workdir, journal)
    assert findings.reminders_lost == 1
    assert any(f"reminder {first.id}" in problem for problem in findings.inconsistencies)


async def test_the_checker_counts_a_message_delivered_twice_as_resent(lab: CrashLab) -> None:
    url, workdir = await _damaged(lab, "booking", "resent")
    core = await start_bot(url, workdir, JournalRecord().clock)
    teacher = Actor(PLATFORM, WORKSPACE, "kr0", "kr0")
    reply = await core.handle_text(teacher, 'request "Crash Osaka 0"')
    assert reply.ok, reply.text
    await core.run_due_work()
    await core.close()
    log = workdir / SENT_LOG
    log.write_text(log.read_text() * 2)
    findings, _ = await lab.restart_and_check("booking", url, workdir, JournalRecord())
    assert findings.messages_resent == findings.messages == 1
    assert findings.messages_lost == 0
