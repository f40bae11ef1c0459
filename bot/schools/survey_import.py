"""The demand-survey CSV import: every row valid or nothing written, idempotent by `school_id`,
and saying what it will do (`ImportResult`) whether it writes or only rehearses (`dry_run`).

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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from bot.core.bot_core import BotCore
from bot.core.configured_coordinators import appoint_configured
from bot.core.errors import UserError
from bot.core.grammar import coerce_value
from bot.core.identity import parse_account
from bot.core.spec import Param
from bot.core.value_types import ValueProblem
from bot.i18n.messages import Joined, Message
from bot.schools.claim_codes import digest, expiry, new_code
from bot.schools.fields import profile_columns
from bot.schools.import_program import school_moves, target_program
from bot.schools.lookalikes import NameIndex
from bot.schools.profile import SIDES
from bot.schools.profile_fields import SURVEY_FIELDS
from storage.engine import WRITES, UnitOfWork, session_on, transaction
from storage.models import School, SchoolSource, SurveyContact
from storage.repositories.claim_codes import ClaimCodes
from storage.repositories.members import Members
from storage.repositories.programs import Programs
from storage.repositories.school_staging import SchoolStaging
from storage.repositories.schools import Schools
from storage.repositories.survey_contacts import SurveyContacts

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
PLAN_ATTEMPTS = 3  # comparisons made again when schools change while a big file is imported


# Optional columns naming the school's teacher, whose first `school join` is then approved at once.
CONTACT_COLUMNS = ("teacher_account", "teacher_email")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Contact:
    account: str | None  # platform:workspace:user_id
    email: str | None


@dataclass
class Survey:
    """A file's valid rows: (line, school columns), each school's contact when the file has
    the contact columns, and the columns it has beyond the format."""

    rows: list[tuple[int, dict[str, Any]]]
    contacts: dict[str, Contact]
    ignored_columns: list[str]


@dataclass
class ImportResult:
    program: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    changes: list[Message] = field(default_factory=list)  # a line per new, changed or moved school
    ignored_columns: list[str] = field(default_factory=list)
    codes: list[IssuedCode] = field(default_factory=list)
    dry_run: bool = False
    coordinators: list[str] = field(default_factory=list)  # configured: they run the program

    def counts(self) -> Message:
        return Message(
            "survey-counts",
            created=str(len(self.created)),
            updated=str(len(self.updated)),
            unchanged=str(len(self.unchanged)),
            moved=str(len(self.moved)),
        )

    def summary(self, source: str, codes_to: str | None = None) -> list[Message]:
        """What `jointclass import` (and the console's `/import`) tells the coordinator: the
        counts, one line per school that is new, changed or moved, then the notes."""
        if self.dry_run:
            headline = Message(
                "survey-dry-run", source=source, program=self.program, counts=self.counts()
            )
        else:
            headline = Message(
                "survey-imported", source=source, program=self.program, counts=self.counts()
            )
        lines = [headline, *self.changes]
        if self.codes:
            until = min(code.expires_at for code in self.codes).strftime("%Y-%m-%d %H:%M UTC")
            lines.append(
                Message(
                    "survey-codes-written",
                    count=str(len(self.codes)),
                    path=str(codes_to),
                    until=until,
                )
            )
        if self.ignored_columns:
            lines.append(Message("survey-ignored-columns", columns=", ".join(self.ignored_columns)))
        if self.coordinators and not self.dry_run:
            lines.append(
                Message(
                    "survey-coordinators",
                    coordinators=", ".join(self.coordinators),
                    program=self.program,
                )
            )
        return lines


@dataclass(frozen=True)
class IssuedCode:
    """A claim code handed out for a school without a teacher (`--codes FILE`)."""

    school_id: str
    name: str
    code: str
    expires_at: datetime


class SurveyInvalid(Exception):
    """The file has errors; `errors` lists each with its line number. Nothing was written."""

    def __init__(self, errors: list[Message]) -> None:
        super().__init__(f"{len(errors)} problem(s), the first {errors[0].key}")
        self.errors = errors

    def report(self, source: str) -> list[Message]:
        """What the coordinator is told: nothing imported, and every problem to fix."""
        return [
            Message("survey-nothing-imported", source=source, count=str(len(self.errors))),
            *(Message("survey-problem", problem=problem) for problem in self.errors),
        ]


def on_line(line: int, problem: str | Message) -> Message:
    """A problem with the line of the file to fix it on."""
    return Message("survey-on-line", line=str(line), problem=problem)


def read_survey(text: str) -> Survey:
    """Validate every row: the rows, their contacts and the extra header names, or every
    problem with its line."""
    records = _records(text)
    header = [name.strip() for name in next(records, (1, []))[1]]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        lacks = Message(
            "survey-header-lacks",
            missing=", ".join(missing),
            expected=",".join(COLUMNS),
            optional=", ".join(OPTIONAL_COLUMNS),
        )
        raise SurveyInvalid([on_line(1, lacks)])
    options = {field.name: field.option for field in SURVEY_FIELDS}
    read = (*COLUMNS, *(name for name in OPTIONAL_COLUMNS if name in header))
    with_contacts = any(name in header for name in CONTACT_COLUMNS)
    rows: list[tuple[int, dict[str, Any]]] = []
    contacts: dict[str, Contact] = {}
    errors: list[Message] = []
    first_line_of: dict[str, int] = {}
    for start, values in records:
        if len(rows) >= MAX_ROWS:
            too_many = Message("survey-too-many-schools", limit=str(MAX_ROWS))
            raise SurveyInvalid([on_line(start, too_many)])
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            width = Message("survey-row-width", values=str(len(values)), columns=str(len(header)))
            errors.append(on_line(start, width))
            continue
        record = dict(zip(header, values, strict=True))
        problems: list[str | Message] = []
        columns, contact = {}, None
        try:
            columns = _read_row(record, read, options)
        except RowInvalid as invalid:
            problems += invalid.problems
        try:
            contact = _read_contact(record) if with_contacts else None
        except RowInvalid as invalid:
            problems += invalid.problems
        if problems:
            errors += [on_line(start, problem) for problem in problems]
            continue
        school_id = columns["id"].lower()
        if school_id in first_line_of:
            again = Message(
                "survey-duplicate-id", school_id=columns["id"], first=str(first_line_of[school_id])
            )
            errors.append(on_line(start, again))
            continue
        first_line_of[school_id] = start
        rows.append((start, columns))
        if contact is not None:
            contacts[columns["id"]] = contact
    errors += _lookalike_rows(rows)
    if errors:
        raise SurveyInvalid(errors)
    if not rows:
        raise SurveyInvalid([Message("survey-no-schools")])
    known = {*read, *CONTACT_COLUMNS}
    return Survey(rows, contacts, [name for name in header if name not in known])


def _lookalike_rows(rows: list[tuple[int, dict[str, Any]]]) -> list[Message]:
    """Rows whose names would be mistaken for an earlier row's."""
    seen = NameIndex()
    line_of: dict[str, int] = {}
    errors = []
    for line, columns in rows:
        found = seen.find(columns["name"])
        if found is not None:
            lookalike = Message(
                "survey-lookalike-in-file",
                name=columns["name"],
                other=found[1],
                other_id=found[0],
                other_line=str(line_of[found[0]]),
            )
            errors.append(on_line(line, lookalike))
        seen.add((columns["id"], columns["name"]))
        line_of[columns["id"]] = line
    return errors


def _read_contact(record: dict[str, Any]) -> Contact:
    account = (record.get("teacher_account") or "").strip()
    email = (record.get("teacher_email") or "").strip().lower()
    problems: list[str | Message] = []
    if account:
        try:
            account = parse_account(account).key
        except ValueProblem as problem:
            problems.append(Message("survey-bad-account", problem=problem.message))
    if email and not _EMAIL.fullmatch(email):
        problems.append(Message("survey-bad-email", email=email))
    if problems:
        raise RowInvalid(problems)
    return Contact(account or None, email or None)


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
            raise SurveyInvalid([on_line(start, _csv_problem(error))]) from None
        line = reader.line_num
        yield start, values


def _csv_problem(error: csv.Error) -> Message:
    reason = str(error)
    if "unexpected end of data" in reason:
        return Message("survey-quote-not-closed")
    if "expected after" in reason:
        return Message("survey-text-after-quote")
    if "field limit" in reason:
        return Message("survey-value-too-long", limit=str(csv.field_size_limit()))
    return Message("survey-not-csv", reason=reason)


class RowInvalid(Exception):
    """Every problem of one row, so a teacher fixes the row in one pass."""

    def __init__(self, problems: list[str | Message]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def _read_row(
    record: dict[str, Any], read: tuple[str, ...], options: dict[str, Param]
) -> dict[str, Any]:
    raw = {name: (record.get(name) or "").strip() for name in read}
    problems: list[str | Message] = [
        Message("survey-value-empty", column=name)
        for name in sorted(REQUIRED_VALUES)
        if not raw[name]
    ]
    if raw["school_id"] and not _SCHOOL_ID.fullmatch(raw["school_id"]):
        problems.append(Message("survey-bad-school-id", school_id=raw["school_id"]))
    if raw["side"] and raw["side"].lower() not in SIDES:
        problems.append(Message("survey-bad-side", side=raw["side"]))
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


async def import_survey(
    core: BotCore,
    text: str,
    program_name: str | None,
    *,
    move_from: str | None = None,
    create_program: bool = False,
    dry_run: bool = False,
    export_codes: Callable[[list[IssuedCode]], None] | None = None,
) -> ImportResult:
    """Import the survey into the program (default: `JOINTCLASS_PROGRAM`), or with `dry_run`
    only say what it would do. `export_codes` receives a claim code for every school of the
    file that has no teacher, before anything is committed: if it fails, nothing is written.

    The running bot is not held up: the file is read, checked and compared with the schools in
    a snapshot that takes no write lock (`_plan`), the rows are staged where nobody waits for
    them, and only then is every change written, in one short transaction (`_write`). A school
    changed by someone else in between is seen there (its last change differs from what was
    compared) and the comparison is made again."""
    survey = read_survey(text)
    raw_name = program_name or core.settings.program
    for _attempt in range(PLAN_ATTEMPTS):
        plan = await _plan(core, survey, raw_name, move_from, create_program)
        plan.result.dry_run = dry_run
        if dry_run or await _write(core, survey, plan, export_codes):
            return plan.result
    raise SurveyInvalid([Message("survey-kept-changing")])


@dataclass
class _Plan:
    """What an import will write, worked out from the schools as they were read."""

    program: str
    now: datetime
    result: ImportResult
    new: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[str, datetime, dict[str, Any]]] = field(default_factory=list)  # id,
    # its last change as read, its columns

    @property
    def changed_columns(self) -> list[str]:
        """The columns an update sets: every row read from the file has the same."""
        return sorted(self.changed[0][2]) if self.changed else []


async def _plan(
    core: BotCore, survey: Survey, raw_name: str, move_from: str | None, create: bool
) -> _Plan:
    now = core.clock.now()
    async with transaction(core.sessions, writes=False) as db:
        program = name, program_id = await target_program(db, raw_name, create=create)
        plan = _Plan(name, now, ImportResult(name, ignored_columns=survey.ignored_columns))
        existing = await Schools(db).by_ids(columns["id"] for _, columns in survey.rows)
        in_order = [existing[c["id"]] for _, c in survey.rows if c["id"] in existing]
        moves = await school_moves(db, in_order, program, move_from)
        if program_id is not None:
            await _refuse_lookalikes(db, survey, program_id)
        contacts = await SurveyContacts(db).of_schools(existing)
    result = plan.result
    for _line, columns in survey.rows:
        school = existing.get(columns["id"])
        if school is None:
            plan.new.append(
                {**columns, "source": SchoolSource.IMPORT, "created_at": now, "updated_at": now}
            )
            result.created.append(columns["id"])
            result.changes.append(
                Message("survey-new", school_id=columns["id"], name=columns["name"])
            )
            continue
        changed = _differences(school, columns)
        if changed or school.id in moves:
            values = {k: v for k, v in columns.items() if k != "id"} | {"updated_at": now}
            plan.changed.append((school.id, school.updated_at, values))
        changed += _contact_changes(contacts.get(school.id), survey.contacts.get(school.id))
        said = Joined(changed, "; ")
        if school.id in moves:
            result.moved.append(school.id)
            moved = {"school_id": school.id, "program": moves[school.id]}
            result.changes.append(
                Message("survey-moved-changed", **moved, changes=said)
                if changed
                else Message("survey-moved", **moved)
            )
        elif changed:
            result.updated.append(school.id)
            result.changes.append(Message("survey-updated", school_id=school.id, changes=said))
        else:
            result.unchanged.append(school.id)
    return plan


async def _write(
    core: BotCore,
    survey: Survey,
    plan: _Plan,
    export_codes: Callable[[list[IssuedCode]], None] | None,
) -> bool:
    """Stage the plan, then write it in one short transaction; False (and nothing written) when
    a school changed since it was read, or one planned as new was registered meanwhile."""
    async with core.engine.connect() as connection:
        staging = SchoolStaging(connection)
        await staging.open()
        try:
            await staging.stage_new(plan.new)
            await staging.stage_changed(plan.changed)
            await connection.execution_options(**{WRITES: True})  # SQLite: BEGIN IMMEDIATE
            async with connection.begin(), session_on(connection) as db:
                program = await Programs(db).ensure(
                    plan.program, core.settings.home_country, plan.now
                )
                assert program.id is not None  # flushed by ensure
                appointed = await appoint_configured(
                    db, core.settings, program.id, plan.now, current=True
                )
                await db.flush()  # the connection commits, not this session
                written = await staging.swap(program.id, plan.changed_columns)
                if written != (len(plan.new), len(plan.changed)):
                    raise _ChangedMeanwhile
                await _name_teachers_and_issue_codes(db, survey, plan, export_codes)
        except (_ChangedMeanwhile, IntegrityError):
            return False
        finally:
            await staging.close()
    plan.result.coordinators = [a.key for a in appointed]
    return True


async def _name_teachers_and_issue_codes(
    db: UnitOfWork,
    survey: Survey,
    plan: _Plan,
    export_codes: Callable[[list[IssuedCode]], None] | None,
) -> None:
    """Inside the write, once the schools exist: the file's teachers, and its claim codes."""
    contacts = SurveyContacts(db)
    for school_id, contact in survey.contacts.items():
        await contacts.put(school_id, contact.account, contact.email, plan.now)
    await db.flush()
    if export_codes is not None:
        plan.result.codes = await _issue_codes(db, survey, plan.now)
        export_codes(plan.result.codes)
        await db.flush()


class _ChangedMeanwhile(Exception):
    """A school the import compared was changed before the import wrote: compare again."""


def _differences(school: School, columns: dict[str, Any]) -> list[Message]:
    """What the row's columns change in the school, as the import reports it."""
    return [
        Message(
            "survey-column-changed", column=name, old=repr(getattr(school, name)), new=repr(value)
        )
        for name, value in columns.items()
        if getattr(school, name) != value
    ]


def _contact_changes(stored: SurveyContact | None, contact: Contact | None) -> list[Message]:
    if contact is None:  # the file has no contact columns: the stored contact stays
        return []
    before = Contact(stored.account, stored.email) if stored else Contact(None, None)
    return [
        Message("survey-contact-set", column=column)
        if new
        else Message("survey-contact-cleared", column=column)
        for column, old, new in (
            ("teacher_account", before.account, contact.account),
            ("teacher_email", before.email, contact.email),
        )
        if old != new
    ]


async def _refuse_lookalikes(db: UnitOfWork, survey: Survey, program_id: int) -> None:
    """Rows whose names would be mistaken for a school of the program the file leaves alone."""
    in_file = {columns["id"] for _, columns in survey.rows}
    others = NameIndex(
        (school_id, name)
        for school_id, name in await Schools(db).names_in_program(program_id)
        if school_id not in in_file
    )
    errors = [
        on_line(
            line,
            Message(
                "survey-lookalike-in-program",
                name=columns["name"],
                other=found[1],
                other_id=found[0],
            ),
        )
        for line, columns in survey.rows
        if (found := others.find(columns["name"])) is not None
    ]
    if errors:
        raise SurveyInvalid(errors)


async def _issue_codes(db: UnitOfWork, survey: Survey, now: datetime) -> list[IssuedCode]:
    """A new claim code for each school of the file that has no teacher yet."""
    ids = [columns["id"] for _, columns in survey.rows]
    taught = {member.school_id for member in await Members(db).of_schools(ids)}
    issued = []
    for _, columns in survey.rows:
        if columns["id"] in taught:
            continue
        code = new_code()
        row = await ClaimCodes(db).replace(columns["id"], digest(code), "import", now, expiry(now))
        issued.append(IssuedCode(columns["id"], columns["name"], code, row.expires_at))
    return issued


def read_survey_file(path: Path) -> str:
    """The file's text, refused by its size before a byte of it is read."""
    _check_size(path.stat().st_size)
    return decode_survey(path.read_bytes())


def decode_survey(content: bytes) -> str:
    _check_size(len(content))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SurveyInvalid([Message("survey-not-utf8", byte=str(error.start))]) from None


def _check_size(size: int) -> None:
    if size > MAX_SURVEY_BYTES:
        too_big = Message(
            "survey-too-big",
            size=f"{size / 1024 / 1024:.1f}",
            limit=MAX_SURVEY_BYTES // 1024 // 1024,
            schools=MAX_ROWS,
        )
        raise SurveyInvalid([too_big])
