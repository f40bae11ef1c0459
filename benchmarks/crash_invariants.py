"""What must hold after a SIGKILL and a restart, read straight from the tables.

Every operation: partnerships name two existing schools within their quotas; a request is
accepted exactly when it made the partnership; a session belongs to a partnership and does not
overlap another of its live sessions; a booked future session has its whole reminder plan and
nothing else pending; every reminder that came due was fired once, with all its messages; every
outbox message was delivered (extra deliveries are counted as resent, not as errors).
Per operation: every notification of a booking change exists; an import is all rows of a file
or none; a tie-up's partnerships are exactly the pairs of its published runs.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from benchmarks.crash_seed import TIEUP_PROGRAMS, survey_versions
from benchmarks.crash_world import PROGRAM, JournalRecord, delivered, message_key
from bot.core.bot_core import BotCore
from bot.reminders.plan import ReminderKind, StepTimes, plan_reminders, split_missed
from bot.reminders.session_facts import load_one
from bot.reminders.session_reminders import lead_times_of
from bot.sessions.agenda import agenda_of
from storage.models import (
    ExchangeSession,
    Membership,
    OutboundMessage,
    Partnership,
    PartnershipRequest,
    Program,
    Reminder,
    School,
    TieupRun,
)

ONCE_ONLY = (ReminderKind.LEAD, ReminderKind.PRELIMINARY, ReminderKind.PRACTICE)
END_EVENTS = ("feedback_requested", "impressions_requested")


@dataclass
class Findings:
    inconsistencies: list[str] = field(default_factory=list)
    reminders_due: int = 0
    reminders_lost: int = 0
    messages: int = 0
    messages_lost: int = 0
    messages_resent: int = 0

    def problem(self, text: str) -> None:
        self.inconsistencies.append(text)

    @property
    def failed(self) -> bool:
        """Anything the run must not show: an inconsistency, or a reminder or message lost."""
        return bool(self.inconsistencies or self.reminders_lost or self.messages_lost)


@dataclass
class Tables:
    """Every row the checks read, loaded once after the restart."""

    programs: dict[int, Program]
    schools: dict[str, School]
    members: set[str]  # schools with a teacher
    partnerships: list[Partnership]
    requests: list[PartnershipRequest]
    sessions: list[ExchangeSession]
    reminders: list[Reminder]
    outbox: list[OutboundMessage]
    runs: list[TieupRun]

    @classmethod
    async def load(cls, db: AsyncSession) -> Tables:
        async def rows(model: Any) -> list[Any]:
            return list((await db.exec(select(model))).all())

        return cls(
            programs={p.id: p for p in await rows(Program)},
            schools={s.id: s for s in await rows(School)},
            members={m.school_id for m in await rows(Membership)},
            partnerships=await rows(Partnership),
            requests=await rows(PartnershipRequest),
            sessions=await rows(ExchangeSession),
            reminders=await rows(Reminder),
            outbox=await rows(OutboundMessage),
            runs=await rows(TieupRun),
        )

    def data_of(self, event: str) -> list[dict[str, Any]]:
        found = (json.loads(row.payload)["data"] for row in self.outbox)
        return [data for data in found if data.get("event") == event]


async def check(
    operation: str, core: BotCore, journal: JournalRecord, workdir: Path, assets: Path
) -> Findings:
    findings = Findings()
    now = core.clock.now()
    async with core.sessions() as db:
        tables = await Tables.load(db)
        _partnerships(tables, findings)
        _requests(tables, findings)
        _sessions(tables, findings)
        await _reminder_plans(db, tables, now, findings)
    _reminders_fired(tables, now, findings)
    _deliveries(tables, delivered(workdir), now, findings)
    if operation == "booking":
        _booking_announced(tables, findings)
    elif operation == "import":
        _import_all_or_nothing(tables, journal, assets, findings)
    elif operation == "tieup":
        _tieup_all_or_nothing(tables, journal, findings)
    return findings


def _partnerships(tables: Tables, findings: Findings) -> None:
    active: Counter[str] = Counter()
    for p in tables.partnerships:
        if p.school_a not in tables.schools or p.school_b not in tables.schools:
            findings.problem(f"partnership {p.id} names a missing school")
        if p.school_a == p.school_b:
            findings.problem(f"partnership {p.id} pairs a school with itself")
        if p.status == "active":
            active.update((p.school_a, p.school_b))
    for school_id, count in active.items():
        school = tables.schools.get(school_id)
        if school and count > school.quota:
            findings.problem(f"{school_id} has {count} partnerships, quota {school.quota}")
    pairs = Counter(
        frozenset((p.school_a, p.school_b)) for p in tables.partnerships if p.status == "active"
    )
    findings.inconsistencies += [
        f"pair {sorted(pair)} is partnered {n} times" for pair, n in pairs.items() if n > 1
    ]


def _requests(tables: Tables, findings: Findings) -> None:
    by_id = {p.id: p for p in tables.partnerships}
    made_by: Counter[int] = Counter()
    for r in tables.requests:
        made = by_id.get(r.partnership_id) if r.partnership_id else None
        if (r.status == "accepted") != (made is not None):
            findings.problem(f"request {r.id} is {r.status} with partnership {r.partnership_id}")
        if made and {made.school_a, made.school_b} != {r.from_school, r.to_school}:
            findings.problem(f"request {r.id} points at another pair's partnership {made.id}")
        if made:
            made_by[made.id] += 1  # type: ignore[index]
    for p in tables.partnerships:
        if p.source == "request" and made_by[p.id] != 1:  # type: ignore[index]
            findings.problem(f"partnership {p.id} has {made_by[p.id]} accepted requests")  # type: ignore[index]


def _sessions(tables: Tables, findings: Findings) -> None:
    by_id = {p.id: p for p in tables.partnerships}
    live: dict[int, list[ExchangeSession]] = {}
    for s in tables.sessions:
        if s.partnership_id not in by_id:
            findings.problem(f"session {s.id} has no partnership")
        if s.end_utc - s.start_utc != timedelta(minutes=s.duration_minutes):
            findings.problem(f"session {s.id} lasts other than its {s.duration_minutes} min")
        if s.status not in ("pending", "booked", "cancelled"):
            findings.problem(f"session {s.id} has status {s.status!r}")
        if s.status == "booked" and s.confirmed_at is None:
            findings.problem(f"session {s.id} is booked but was never confirmed")
        if s.status == "cancelled" and s.cancelled_at is None:
            findings.problem(f"session {s.id} is cancelled without a cancellation time")
        if s.status != "cancelled":
            live.setdefault(s.partnership_id, []).append(s)
    for sessions in live.values():
        ordered = sorted(sessions, key=lambda s: s.start_utc)
        findings.inconsistencies += [
            f"sessions {a.id} and {b.id} overlap"
            for a, b in pairwise(ordered)
            if b.start_utc < a.end_utc
        ]


async def _reminder_plans(
    db: AsyncSession, tables: Tables, now: datetime, findings: Findings
) -> None:
    """A booked future session holds exactly the plan made when it was last booked or moved
    (`updated_at`): one row per reminder, less the preparation sent before that."""
    by_session: dict[int, list[Reminder]] = {}
    for row in tables.reminders:
        by_session.setdefault(row.session_id, []).append(row)
    for session in tables.sessions:
        rows = by_session.get(session.id, [])  # type: ignore[arg-type]
        if session.status != "booked":
            pending = [row.id for row in rows if row.status == "pending"]
            if pending:
                findings.problem(
                    f"{session.status} session {session.id} has pending reminders {pending}"
                )
            continue
        if session.start_utc <= now:
            continue
        expected = await _expected_plan(db, session, rows)
        planned = Counter(
            _key(row)
            for row in rows
            if row.created_at >= session.updated_at and row.status in ("pending", "sent", "skipped")
        )
        if planned != expected:
            findings.problem(
                f"booked session {session.id}: reminders missing "
                f"{sorted(map(str, expected - planned))}, extra "
                f"{sorted(map(str, planned - expected))}"
            )


async def _expected_plan(
    db: AsyncSession, session: ExchangeSession, rows: list[Reminder]
) -> Counter[tuple[str, str, int | None]]:
    facts = await load_one(db, session)
    agenda = await agenda_of(db, session)
    steps = (
        [StepTimes(t.start, t.end) for t in agenda.timed(session.start_utc)]
        if agenda.nudges
        else []
    )
    plan = plan_reminders(facts.times, await lead_times_of(db, facts.program.id), steps)  # type: ignore[arg-type]
    scheduled, _missed = split_missed(plan, session.updated_at)
    done_before = {
        _key(row)
        for row in rows
        if row.created_at < session.updated_at
        and row.status in ("sent", "skipped")
        and row.kind in ONCE_ONLY
    }
    return Counter(p.key for p in scheduled if p.key not in done_before)


def _key(row: Reminder) -> tuple[str, str, int | None]:
    return row.kind, row.audience, row.step


def _reminders_fired(tables: Tables, now: datetime, findings: Findings) -> None:
    """Each sent reminder has exactly the outbox messages it counted; none due is left."""
    by_reminder: Counter[int] = Counter()
    at_end: Counter[int] = Counter()
    for row in tables.outbox:
        data = json.loads(row.payload)["data"]
        if data.get("event") == "reminder":
            by_reminder[data["reminder_id"]] += 1
        elif data.get("event") in END_EVENTS:
            at_end[data["session_id"]] += 1
    for row in tables.reminders:
        if row.status == "cancelled" or row.due_at > now:
            continue
        findings.reminders_due += 1
        queued = at_end[row.session_id] if row.kind == ReminderKind.END else by_reminder[row.id]  # type: ignore[index]
        if row.status == "sent" and queued != row.messages:
            findings.problem(
                f"reminder {row.id} ({row.kind}) counts {row.messages} messages, "
                f"the outbox holds {queued}"
            )
        if (
            row.status == "skipped"
            or (row.status == "pending" and row.next_attempt_at <= now)
            or (row.status == "sent" and queued < row.messages)
        ):
            findings.reminders_lost += 1


def _deliveries(tables: Tables, sent: Counter[str], now: datetime, findings: Findings) -> None:
    """The outbox against the messenger's log: every row delivered at least once."""
    expected: Counter[str] = Counter()
    for row in tables.outbox:
        data = json.loads(row.payload)["data"]
        expected[
            message_key(
                (row.platform, row.workspace, row.target_kind, row.target_id), row.text, data
            )
        ] += 1
        if row.status != "sent" and row.next_attempt_at <= now:
            findings.problem(f"message {row.id} is still {row.status} after the restart")
    findings.messages = sum(expected.values())
    findings.messages_lost = sum((expected - sent).values())
    findings.messages_resent = sum((sent - expected).values())
    strangers = [key for key in sent if key not in expected]
    if strangers:
        findings.problem(f"{len(strangers)} delivered message(s) are in no outbox row")


def _booking_announced(tables: Tables, findings: Findings) -> None:
    """Each change a command made is announced by the same transaction."""
    told: dict[str, set[int]] = {
        event: {data["session"]["id"] for data in tables.data_of(event)}
        for event in ("session_proposed", "session_booked", "session_cancelled")
    }
    for s in tables.sessions:
        needed = {"booked": "session_booked", "cancelled": "session_cancelled"}.get(s.status)
        for event in ("session_proposed", needed) if needed else ("session_proposed",):
            if s.id not in told[event]:
                findings.problem(f"session {s.id} is {s.status} but no {event} was queued")
    accepted = {data["partnership_id"] for data in tables.data_of("partnership_accepted")}
    for p in tables.partnerships:
        if p.source == "request" and p.id not in accepted:
            findings.problem(f"partnership {p.id} was made without telling the schools")


def _import_all_or_nothing(
    tables: Tables, journal: JournalRecord, assets: Path, findings: Findings
) -> None:
    """The schools are the state after some number of whole imports, and that number is
    the imports that finished, or one more (the kill came after its commit)."""
    versions = survey_versions(assets)
    imported = {
        s.id: s for s in tables.schools.values() if tables.programs[s.program_id].name == PROGRAM
    }
    if not imported:
        applied = {0}
    elif set(imported) != set(versions[0]):
        findings.problem(f"{len(imported)} of {len(versions[0])} schools were imported")
        return
    else:
        matches = [
            all(
                imported[i].city == row["city"] and imported[i].quota == int(row["quota"])
                for i, row in version.items()
            )
            for version in versions
        ]
        if not any(matches):
            findings.problem("the schools mix rows of both survey versions")
            return
        applied = {n for n in range(1, len(journal.begun) + 1) if matches[(n - 1) % 2]}
    if not applied & {len(journal.done), len(journal.begun)}:
        findings.problem(
            f"the database holds import(s) {sorted(applied)[:3]}, but "
            f"{len(journal.done)} finished and {len(journal.begun)} began"
        )


def _tieup_all_or_nothing(tables: Tables, journal: JournalRecord, findings: Findings) -> None:
    """A program's tie-up partnerships are exactly the pairs of its published runs, each
    pair's schools told, and a publication that finished is there."""
    names = {p.id: p.name for p in tables.programs.values()}
    published: dict[str, set[tuple[str, str]]] = {name: set() for name in TIEUP_PROGRAMS}
    publications: set[str] = set()
    for run in tables.runs:
        if run.published_at is not None:
            publications.add(names[run.program_id])
            pairs = json.loads(run.result)["pairs"]
            published[names[run.program_id]] |= {(p["home"], p["partner"]) for p in pairs}
    made: dict[str, set[tuple[str, str]]] = {name: set() for name in TIEUP_PROGRAMS}
    for p in tables.partnerships:
        if p.source == "tieup":
            made[names[p.program_id]].add((p.school_a, p.school_b))
    told = {(d["school_id"], d["partner_id"]) for d in tables.data_of("tieup_published")}
    for name in TIEUP_PROGRAMS:
        if made[name] != published[name]:
            findings.problem(
                f"{name}: {len(made[name])} tie-up partnerships, "
                f"{len(published[name])} published pairs"
            )
        for home, partner in made[name]:
            for school, other in ((home, partner), (partner, home)):
                if school in tables.members and (school, other) not in told:
                    findings.problem(f"{school} was not told of its partner {other}")
        finished = any(
            name in label and ("publish" in label or "match" in label) for label in journal.done
        )
        if finished and name not in publications:
            findings.problem(f"{name}: the publication finished but is not in the database")
