"""The demand-survey CSV import: every row valid or nothing written, idempotent by `school_id`.

The columns and their checks are the profile fields of `profile_fields.py`, read with the same
option declarations as `school register`, so a value accepted in chat is accepted in the file
and every error message reads the same. A file that is not CSV
(too big, not UTF-8, a quote never closed, rows of the wrong width) is refused with the line
to fix, never with a traceback. Cells that look like spreadsheet formulas are kept as text;
every CSV the bot writes defuses them (`bot/core/csv_files.py`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.bot_core import BotCore
from bot.core.configured_coordinators import appoint_configured
from bot.core.errors import UserError
from bot.core.grammar import coerce_value
from bot.core.spec import Param
from bot.schools.fields import profile_columns
from bot.schools.profile import SIDES
from bot.schools.profile_fields import SURVEY_FIELDS
from storage.engine import transaction
from storage.models import School, SchoolSource
from storage.repositories.programs import Programs
from storage.repositories.schools import Schools

# `school_id` comes first: a school is created or updated by it. The rest are profile fields:
# every file has the `COLUMNS`; the `OPTIONAL_COLUMNS` only where the coordinator has them.
COLUMNS = (
    "school_id",
    *(field.name for field in SURVEY_FIELDS if field.survey and not field.survey.optional),
)
OPTIONAL_COLUMNS = tuple(
    field.name for field in SURVEY_FIELDS if field.survey and field.survey.optional
)
REQUIRED_VALUES = {"school_id"} | {
    field.name for field in SURVEY_FIELDS if field.survey and field.survey.required
}
EMPTY_VALUES = {field.name: field.survey.empty for field in SURVEY_FIELDS if field.survey}
_SCHOOL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,63}")
MAX_ROWS = 100_000
MAX_SURVEY_BYTES = 20 * 1024 * 1024  # room for MAX_ROWS schools of about 200 bytes each


@dataclass
class ImportResult:
    program: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    coordinators: list[str] = field(default_factory=list)  # configured: they run the program

    def summary(self, source: str) -> list[str]:
        """What `jointclass import` (and the console's `/import`) tells the coordinator."""
        lines = [
            f"Imported {source} into {self.program}: {len(self.created)} new, "
            f"{len(self.updated)} updated, {len(self.unchanged)} unchanged."
        ]
        if self.ignored_columns:
            lines.append(
                f"Ignored column(s) not in the survey format: {', '.join(self.ignored_columns)}"
            )
        if self.coordinators:
            lines.append(
                f"Coordinator(s) {', '.join(self.coordinators)} run {self.program}; their "
                "commands in chat now act on it (`/exchange coordinator use` switches)."
            )
        return lines


class SurveyInvalid(Exception):
    """The file has errors; `errors` lists each with its line number. Nothing was written."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors

    def report(self, source: str) -> list[str]:
        """What the coordinator is told: nothing imported, and every problem to fix."""
        return [
            f"{source}: nothing imported; {len(self.errors)} problem(s) to fix:",
            *(f"  {problem}" for problem in self.errors),
        ]


def read_survey(text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """Validate every row; returns (line number, columns) pairs and the extra header names."""
    records = _records(text)
    header = [name.strip() for name in next(records, (1, []))[1]]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise SurveyInvalid(
            [
                f"line 1: the header lacks column(s): {', '.join(missing)}. "
                f"Expected: {','.join(COLUMNS)} (and, if you have them: "
                f"{', '.join(OPTIONAL_COLUMNS)})"
            ]
        )
    options = {field.name: field.option for field in SURVEY_FIELDS}
    read = (*COLUMNS, *(name for name in OPTIONAL_COLUMNS if name in header))
    rows: list[tuple[int, dict[str, Any]]] = []
    errors: list[str] = []
    first_line_of: dict[str, int] = {}
    for start, values in records:
        if len(rows) >= MAX_ROWS:
            raise SurveyInvalid([f"line {start}: the file has more than {MAX_ROWS} schools"])
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            errors.append(
                f"line {start}: {len(values)} values, but the header has {len(header)} "
                "columns; put values that contain commas in double quotes"
            )
            continue
        try:
            columns = _read_row(dict(zip(header, values, strict=True)), read, options)
        except RowInvalid as invalid:
            errors += [f"line {start}: {problem}" for problem in invalid.problems]
            continue
        school_id = columns["id"].lower()
        if school_id in first_line_of:
            errors.append(
                f"line {start}: school_id {columns['id']} already appears on line "
                f"{first_line_of[school_id]}"
            )
            continue
        first_line_of[school_id] = start
        rows.append((start, columns))
    if errors:
        raise SurveyInvalid(errors)
    if not rows:
        raise SurveyInvalid(["the file has a header but no schools"])
    return rows, [name for name in header if name not in read]


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on (quoted values may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 0
    while True:
        start = line + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise SurveyInvalid([f"line {start}: {_csv_problem(error)}"]) from None
        line = reader.line_num
        yield start, values


def _csv_problem(error: csv.Error) -> str:
    reason = str(error)
    if "unexpected end of data" in reason:
        return 'a quoted value is never closed: add the closing "'
    if "expected after" in reason:
        return "text follows a closing quote: put the whole value in double quotes"
    if "field limit" in reason:
        return f"a value is longer than {csv.field_size_limit()} characters"
    return f"this is not valid CSV ({reason})"


class RowInvalid(Exception):
    """Every problem of one row, so a teacher fixes the row in one pass."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _read_row(
    record: dict[str, Any], read: tuple[str, ...], options: dict[str, Param]
) -> dict[str, Any]:
    raw = {name: (record.get(name) or "").strip() for name in read}
    problems = [f"{name} is empty" for name in sorted(REQUIRED_VALUES) if not raw[name]]
    if raw["school_id"] and not _SCHOOL_ID.fullmatch(raw["school_id"]):
        problems.append(
            f"school_id '{raw['school_id']}' may use only letters, digits, . _ - (at most 64)"
        )
    if raw["side"] and raw["side"].lower() not in SIDES:
        problems.append(f"side '{raw['side']}' must be home or partner")
    values: dict[str, Any] = {}
    for name, text in raw.items():
        if name in options and text:
            try:
                values[name] = coerce_value(options[name], text)
            except UserError as error:
                problems.append(error.message)
    columns: dict[str, Any] = {}
    if "country" in values and (not raw["timezone"] or "timezone" in values):
        # the zone is checked against its country, once both read
        values.setdefault("timezone", None)
        try:
            columns = profile_columns(values, country=values["country"]).columns
        except UserError as error:
            problems.append(error.message)
    if problems:
        raise RowInvalid(problems)
    columns["id"] = raw["school_id"]
    columns["side"] = raw["side"].lower()
    for name in read:
        if name not in REQUIRED_VALUES:  # an empty cell clears the stored value
            columns.setdefault(name, EMPTY_VALUES[name])
    return columns


async def import_survey(core: BotCore, text: str, program_name: str | None) -> ImportResult:
    rows, ignored = read_survey(text)
    name = program_name or core.settings.program
    now = core.clock.now()
    result = ImportResult(program=name, ignored_columns=ignored)
    async with transaction(core.sessions) as db:
        program = await Programs(db).ensure(name, core.settings.home_country, now)
        assert program.id is not None  # flushed by ensure
        appointed = await appoint_configured(db, core.settings, program.id, now, current=True)
        result.coordinators = [f"{a.platform}:{a.workspace}:{a.user_id}" for a in appointed]
        for _line, columns in rows:
            school = await Schools(db).get(columns["id"])
            if school is None:
                db.add(
                    School(
                        program_id=program.id,
                        source=SchoolSource.IMPORT,
                        created_at=now,
                        updated_at=now,
                        **columns,
                    )
                )
                result.created.append(columns["id"])
                continue
            changes = {k: v for k, v in columns.items() if getattr(school, k) != v} | (
                {"program_id": program.id} if school.program_id != program.id else {}
            )
            if not changes:
                result.unchanged.append(school.id)
                continue
            for column, value in changes.items():
                setattr(school, column, value)
            school.updated_at = now
            db.add(school)
            result.updated.append(school.id)
    return result


def read_survey_file(path: Path) -> str:
    """The file's text, refused by its size before a byte of it is read."""
    _check_size(path.stat().st_size)
    return decode_survey(path.read_bytes())


def decode_survey(content: bytes) -> str:
    _check_size(len(content))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SurveyInvalid(
            [
                f"the file is not UTF-8 text (byte {error.start}); "
                "save it as 'CSV UTF-8' and import again"
            ]
        ) from None


def _check_size(size: int) -> None:
    if size > MAX_SURVEY_BYTES:
        raise SurveyInvalid(
            [
                f"the file is {size / 1024 / 1024:.1f} MB; at most "
                f"{MAX_SURVEY_BYTES // 1024 // 1024} MB is accepted (about {MAX_ROWS:,} schools). "
                "Split it and import the parts."
            ]
        )
