"""Every teacher answer of a program's term as a CSV, for coordinators' own spreadsheets.

One row per teacher answer, in the columns of `COLUMNS` (documented in the README); a session of
a series names its series, its place in it and how it was placed. Times are
UTC plus each school's local time with its offset. Student impressions are not exported: they
are anonymous one-liners read in `feedback summary`. The file is written as every CSV of the
bot is (`bot/core/csv_files.py`): UTF-8 with a byte-order mark, formulas kept as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from bot.core.csv_files import csv_bytes, file_slug
from bot.feedback.records import FeedbackRecords
from bot.feedback.report import AnswerRow, SchoolRow, SessionRow, session_outcome
from bot.feedback.terms import local_day, term_of
from bot.times.geography import home_zone
from bot.times.local_time import to_local
from storage.models import PartnershipStage

COLUMNS = (
    "program",
    "term",
    "session_id",
    "pair_id",
    "booking_status",
    "session_outcome",
    "session_start_utc",
    "session_end_utc",
    "school_id",
    "school_name",
    "school_timezone",
    "school_local_start",
    "partner_id",
    "partner_name",
    "partner_timezone",
    "partner_local_start",
    "teacher",
    "status",
    "reason",
    "rating",
    "went_well",
    "improve",
    "problems",
    "continue_with",
    "submitted_at_utc",
    "updated_at_utc",
    "series_id",  # empty for a single session
    "series_position",  # which occurrence of its series, from 1
    "series_placement",  # as_planned, moved (within its week) or skipped
    "pair_stage",  # the pair's stage now: online, visit-planned, visited or mou-signed
)


def export_filename(records: FeedbackRecords) -> str:
    return f"feedback-{file_slug(records.program.name)}-{records.term.label}.csv"


def feedback_csv(records: FeedbackRecords) -> bytes:
    return csv_bytes(COLUMNS, _rows(records))


def _term_of(session: SessionRow, zone: str) -> str:
    """The named term the session belongs to, so an export of every term stays sortable."""
    return term_of(local_day(session.start, zone)).label


def _rows(records: FeedbackRecords) -> Iterator[list[str]]:
    zone = home_zone(records.program.home_country)
    by_session: dict[int, list[AnswerRow]] = {}
    for answer in records.answers:
        by_session.setdefault(answer.session_id, []).append(answer)
    series = {row.session_id: row for row in records.series if row.session_id is not None}
    stages = {row.pair_id: row.stage_by(date.max).value for row in records.stages}
    for session in records.sessions:
        answers = by_session.get(session.session_id, [])
        part = series.get(session.session_id)
        outcome = session_outcome(session.booking_status, (a.status for a in answers))
        for answer in answers:
            school, partner = _sides(session, answer.school_id)
            cells = [
                records.program.name,
                _term_of(session, zone),
                str(session.session_id),
                str(session.pair_id),
                session.booking_status,
                outcome,
                _utc(session.start),
                _utc(session.end),
                school.id,
                school.name,
                school.timezone,
                _local(session.start, school.timezone),
                partner.id,
                partner.name,
                partner.timezone,
                _local(session.start, partner.timezone),
                answer.teacher,
                answer.status,
                answer.reason,
                "" if answer.rating is None else str(answer.rating),
                answer.went_well,
                answer.improve,
                ";".join(answer.problems),
                ";".join(answer.continue_with),
                _utc(answer.submitted_at),
                _utc(answer.updated_at),
                str(part.series_id) if part else "",
                str(part.position) if part else "",
                part.placement if part else "",
                stages.get(session.pair_id, PartnershipStage.ONLINE.value),
            ]
            yield cells


def _sides(session: SessionRow, school_id: str) -> tuple[SchoolRow, SchoolRow]:
    first, second = session.schools
    return (first, second) if first.id == school_id else (second, first)


def _utc(instant: datetime | None) -> str:
    return instant.strftime("%Y-%m-%dT%H:%MZ") if instant else ""


def _local(instant: datetime, zone: str) -> str:
    return to_local(instant, zone).isoformat(timespec="minutes")
