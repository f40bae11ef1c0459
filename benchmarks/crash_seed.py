"""The world each crash run starts from, built once per operation and backend, then cloned.

booking:   pairs of schools (Seoul and Osaka), one teacher each, not yet partners.
import:    an empty program, and two versions of a survey (every row differs between them).
tieup:     three programs of a realistic survey each, with coordinators and a few teachers.
reminders: booked sessions of many partnerships, their reminders planned, due over two weeks.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from benchmarks.crash_world import PLATFORM, START, WORKSPACE, start_bot
from benchmarks.survey_generator import survey_csv, survey_rows
from bot.core.bot_core import BotCore
from bot.core.context import Context
from bot.core.identity import Actor
from bot.schools.survey_import import import_survey
from storage.engine import transaction
from storage.models import ExchangeSession, Membership, Partnership, School

BOOKING_PAIRS = 8
REMINDER_PAIRS = 40
REMINDER_STARTS = 10  # distinct session starts: sessions of one start fire as one burst
TIEUP_PROGRAMS = tuple(f"Crash tie-up {k}" for k in range(3))
TIEUP_TEACHERS = 10  # schools per tie-up program with a teacher to notify
SURVEY_A, SURVEY_B = "survey-a.csv", "survey-b.csv"


def register(country: str, number: int) -> tuple[str, str]:
    """(user, `school register` line) of the pair member `number` in Seoul or Osaka."""
    if country == "KR":
        return f"kr{number}", (
            f'school register "Crash Seoul {number}" country=KR city=Seoul level=middle '
            'languages=ko,en class_hours="Mon-Fri 09:00-16:00"'
        )
    return f"jp{number}", (
        f'school register "Crash Osaka {number}" country=JP city=Osaka level=middle '
        'languages=ja,en class_hours="Mon-Fri 08:30-15:30"'
    )


async def seed_template(operation: str, database_url: str, workdir: Path, assets: Path) -> None:
    """Build the operation's world in the database at `database_url` (files go to `assets`)."""
    seeders = {"booking": _booking, "import": _import, "tieup": _tieup, "reminders": _reminders}
    core = await start_bot(database_url, workdir, START)
    try:
        await seeders[operation](core, assets)
    finally:
        await core.close()


async def _register_pairs(core: BotCore, pairs: int) -> None:
    for number in range(pairs):
        for country in ("KR", "JP"):
            user, line = register(country, number)
            reply = await core.handle_text(Actor(PLATFORM, WORKSPACE, user, user), line)
            assert reply.ok, reply.text


async def _booking(core: BotCore, _assets: Path) -> None:
    await _register_pairs(core, BOOKING_PAIRS)


async def _import(_core: BotCore, assets: Path) -> None:
    rows = list(survey_rows(1.0, seed=2027))
    (assets / SURVEY_A).write_text(survey_csv(rows))
    changed = [
        row | {"city": f"{row['city']} B", "quota": str(int(row["quota"]) % 3 + 1)} for row in rows
    ]
    (assets / SURVEY_B).write_text(survey_csv(changed))


def survey_versions(assets: Path) -> tuple[dict[str, dict[str, str]], ...]:
    """The rows of both survey versions by school id, to compare the database with."""
    return tuple(
        {row["school_id"]: row for row in csv.DictReader(io.StringIO((assets / name).read_text()))}
        for name in (SURVEY_A, SURVEY_B)
    )


async def _tieup(core: BotCore, _assets: Path) -> None:
    for number, program in enumerate(TIEUP_PROGRAMS):
        rows = [
            row | {"school_id": f"T{number}-{row['school_id']}"}
            for row in survey_rows(1.0, seed=2027 + number)
        ]
        # the coordinator's, as configured
        await import_survey(core, survey_csv(rows), program, create_program=True)
        async with transaction(core.sessions) as db:
            schools = [row["school_id"] for row in rows[:TIEUP_TEACHERS]]
            for school_id in schools:
                db.add(
                    Membership(
                        school_id=school_id,
                        platform=PLATFORM,
                        workspace=WORKSPACE,
                        user_id=f"teacher-{school_id}",
                        joined_at=START,
                    )
                )


async def _reminders(core: BotCore, _assets: Path) -> None:
    """Sessions start 8 to 17 days ahead, so every kind but the 3-month and 1-month ones is
    planned; several sessions share each start, so their reminders fire as one burst."""
    await _register_pairs(core, REMINDER_PAIRS)
    actor = Actor(PLATFORM, WORKSPACE, "kr0", "kr0")
    async with transaction(core.sessions) as db:
        ctx = Context(
            actor=actor,
            channel=None,
            db=db,
            clock=core.clock,
            settings=core.settings,
            catalog=core.catalog,
            services=core.services,
            translator=core.translator,
        )
        for number in range(REMINDER_PAIRS):
            kr, jp = await _school_of(ctx, f"kr{number}"), await _school_of(ctx, f"jp{number}")
            with_channel = number % 2 == 0
            partnership = Partnership(
                program_id=kr.program_id,
                school_a=kr.id,
                school_b=jp.id,
                language="en",
                channel_platform=PLATFORM if with_channel else None,
                channel_workspace=WORKSPACE if with_channel else None,
                channel_id=f"joint-{number}" if with_channel else None,
                source="tieup",
                created_at=START,
            )
            db.add(partnership)
            await db.flush()
            start = START + timedelta(days=8 + number % REMINDER_STARTS, hours=5)
            session = ExchangeSession(
                partnership_id=partnership.id,  # type: ignore[arg-type]
                start_utc=start,
                end_utc=start + timedelta(minutes=60),
                duration_minutes=60,
                status="booked",
                proposed_by_school=kr.id,
                proposed_by=f"{PLATFORM}:kr",
                confirmed_by=f"{PLATFORM}:jp",
                confirmed_at=START,
                ics_uid=f"crash-{number}@jointclass",
                created_at=START,
                updated_at=START,
            )
            db.add(session)
            await db.flush()
            await ctx.services.session_planner.plan(ctx, session)


async def _school_of(ctx: Context, user: str) -> School:
    membership = await ctx.members.of_user(PLATFORM, WORKSPACE, user)
    assert membership is not None
    school = await ctx.schools.get(membership.school_id)
    assert school is not None
    return school
