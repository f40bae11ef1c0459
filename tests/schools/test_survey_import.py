"""The demand-survey import: every row or none, the same checks as chat, idempotent by id."""

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.adapters.testing import TestBot
from bot.schools.import_program import ImportRefused
from bot.schools.survey_import import COLUMNS, SurveyInvalid, import_survey
from storage.engine import transaction
from storage.models import ClaimCode, Program, School, SurveyContact
from storage.repositories.school_staging import SchoolStaging
from tests.conftest import SEOUL_MIDDLE
from tests.support.in_language import in_english
from tests.support.membership import join_approved

HEADER = ",".join(COLUMNS)
SEOUL = (
    "KR-001,Hanbit Middle School,home,KR,Seoul,,middle,1-3,ko;en,culture;sdgs,2,"
    'Mon-Fri 09:00-16:00,"Tue,Thu 16:00-18:00",2027-07-24..2027-08-22'
)
OSAKA = (
    "JP-001,Sakura Junior High,partner,JP,Osaka,,middle,1-3,ja;en,culture,1,Mon-Fri 08:30-15:30,,"
)
DENVER = (
    "US-001,Lincoln Middle,partner,US,Denver,America/Denver,middle,6-8,en,coding,1,"
    "Mon-Fri 08:00-15:00,,"
)


def survey(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


async def schools(bot):
    async with bot.core.sessions() as db:
        return {s.id: s for s in (await db.exec(select(School))).all()}


async def test_a_valid_survey_creates_every_school(bot):
    result = await import_survey(bot.core, survey(SEOUL, OSAKA, DENVER), "Seoul IJC 2027")
    assert sorted(result.created) == ["JP-001", "KR-001", "US-001"]
    stored = await schools(bot)
    assert stored["KR-001"].timezone == "Asia/Seoul"
    assert stored["KR-001"].after_school_hours == "Tue,Thu 16:00-18:00"
    assert stored["KR-001"].languages == "ko;en" and stored["KR-001"].source == "import"
    assert stored["US-001"].timezone == "America/Denver" and stored["US-001"].side == "partner"


async def test_an_empty_timezone_is_read_from_a_city_that_names_one_of_the_countrys_zones(bot):
    await import_survey(bot.core, survey(DENVER.replace(",America/Denver,", ",,")), None)
    assert (await schools(bot))["US-001"].timezone == "America/Denver"


async def test_importing_the_same_file_twice_changes_nothing(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    again = await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    assert again.created == [] and sorted(again.unchanged) == ["JP-001", "KR-001"]


async def test_a_changed_row_updates_its_school(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    result = await import_survey(bot.core, survey(SEOUL.replace(",2,", ",3,"), OSAKA), None)
    assert result.updated == ["KR-001"]
    assert (await schools(bot))["KR-001"].quota == 3


async def test_one_bad_row_imports_nothing_and_every_error_has_its_line(bot):
    bad_zone = DENVER.replace("Denver,America/Denver", "Boulder,")
    bad_level = OSAKA.replace("JP-001", "JP-002").replace(",middle,", ",college,")
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(SEOUL, bad_zone, bad_level), None)
    errors = in_english(raised.value.errors)
    assert len(errors) == 2
    assert errors[0].startswith("line 3: timezone: United States has 29 time zones")
    assert errors[1].startswith("line 4: level: 'college' is not accepted")
    assert await schools(bot) == {}


async def test_a_row_with_several_errors_lists_every_one_with_its_line(bot):
    bad = "US-002,,partner,US,Boulder,,college,6-8,english,coding,0,weekdays,,"
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(SEOUL, bad), None)
    errors = in_english(raised.value.errors)
    assert all(error.startswith("line 3: ") for error in errors)
    for says in (
        "name is empty",
        "level: 'college' is not accepted",
        "languages: 'english' is a name",
        "quota: 0 is out of range",
        "needs days then hours",
        "timezone: United States has 29 time zones",
    ):
        assert sum(says in error for error in errors) == 1, (says, errors)
    assert len(errors) == 6


async def test_line_numbers_count_quoted_line_breaks(bot):
    multiline = SEOUL.replace("Hanbit Middle School", '"Hanbit\nMiddle School"')
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(multiline, OSAKA.replace(",1,", ",0,")), None)
    assert in_english(raised.value.errors) == [
        "line 4: quota: 0 is out of range; it must be from 1 to 50."
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (SEOUL.replace("KR-001", ""), "school_id is empty"),
        (SEOUL.replace("KR-001", "KR 001"), "school_id 'KR 001' may use only"),
        (SEOUL.replace(",home,", ",host,"), "side 'host' must be home or partner"),
        (SEOUL.replace("ko;en", "korean"), "'korean' is a name; write the ISO 639-1 code ko"),
        (SEOUL.replace("ko;en", "kx"), "'kx' is not an ISO 639-1 language code"),
        (SEOUL.replace("Mon-Fri 09:00-16:00", "weekdays"), "needs days then hours"),
    ],
)
async def test_row_errors_read_like_the_chat_errors(bot, row, message):
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(row), None)
    assert message in in_english(raised.value.errors)[0]


async def test_a_repeated_school_id_names_both_lines(bot):
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(SEOUL, SEOUL), None)
    assert in_english(raised.value.errors) == ["line 3: school_id KR-001 already appears on line 2"]


async def test_a_missing_column_is_reported_before_any_row(bot):
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, "school_id,name\nKR-001,Hanbit\n", None)
    [error] = in_english(raised.value.errors)
    assert error.startswith("line 1: the header lacks column(s): side, country, city, ")


async def test_extra_columns_are_ignored_and_reported(bot):
    text = (
        survey(SEOUL)
        .replace(HEADER, HEADER + ",contact")
        .replace("2027-08-22", "2027-08-22,a@b.kr")
    )
    result = await import_survey(bot.core, text, None)
    assert result.ignored_columns == ["contact"] and result.created == ["KR-001"]


async def programs_of(bot):
    async with bot.core.sessions() as db:
        names = {p.id: p.name for p in (await db.exec(select(Program))).all()}
        return {s.id: names[s.program_id] for s in (await db.exec(select(School))).all()}


async def test_schools_of_another_program_are_refused_with_the_list_and_nothing_moves(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), "Seoul IJC 2027")
    with pytest.raises(ImportRefused) as refused:
        await import_survey(
            bot.core, survey(SEOUL, OSAKA, DENVER), "Busan 2027", create_program=True
        )
    said = in_english([refused.value.message])[0]
    assert "2 school(s) of the file belong to another program: KR-001 (Seoul IJC 2027), " in said
    assert 'To move them into Busan 2027, add --move-from "Seoul IJC 2027"' in said
    assert await programs_of(bot) == {"KR-001": "Seoul IJC 2027", "JP-001": "Seoul IJC 2027"}


async def test_move_from_moves_the_schools_and_says_which(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), "Seoul IJC 2027")
    result = await import_survey(
        bot.core,
        survey(SEOUL.replace(",2,", ",3,"), OSAKA, DENVER),
        "Busan 2027",
        move_from="Seoul IJC 2027",
        create_program=True,
    )
    assert (result.created, result.updated, result.unchanged) == (["US-001"], [], [])
    assert result.moved == ["KR-001", "JP-001"]
    assert "  moved KR-001 from Seoul IJC 2027: quota 2 → 3" in in_english(result.changes)
    assert set((await programs_of(bot)).values()) == {"Busan 2027"}


async def test_a_program_that_does_not_exist_is_created_only_when_asked(bot):
    with pytest.raises(ImportRefused) as refused:
        await import_survey(bot.core, survey(SEOUL), "Busan 2027")
    assert "add --create-program to create it" in in_english([refused.value.message])[0]
    assert await schools(bot) == {}
    created = await import_survey(bot.core, survey(SEOUL), "Busan 2027", create_program=True)
    assert created.program == "Busan 2027" and created.created == ["KR-001"]


async def test_a_mistyped_program_name_points_to_the_one_it_looks_like(bot):
    with pytest.raises(ImportRefused) as refused:
        await import_survey(bot.core, survey(SEOUL), "Seoul IJC 2O27", create_program=True)
    assert 'did you mean --program "Seoul IJC 2027"?' in in_english([refused.value.message])[0]
    assert await schools(bot) == {}


async def test_a_dry_run_says_what_would_change_and_writes_nothing(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    result = await import_survey(
        bot.core, survey(SEOUL.replace(",2,", ",3,"), OSAKA, DENVER), None, dry_run=True
    )
    assert result.dry_run and in_english([result.counts()]) == [
        "1 new, 1 updated, 1 unchanged, 0 moved"
    ]
    assert in_english(result.changes) == [
        "  updated KR-001: quota 2 → 3",
        "  new US-001: Lincoln Middle",
    ]
    stored = await schools(bot)
    assert sorted(stored) == ["JP-001", "KR-001"] and stored["KR-001"].quota == 2


async def test_names_that_look_alike_are_refused_in_the_file_and_against_the_program(bot):
    await import_survey(bot.core, survey(SEOUL), None)
    cyrillic = OSAKA.replace("JP-001", "JP-002").replace("Sakura Junior High", "Ѕаkura Junior High")
    with pytest.raises(SurveyInvalid) as in_file:
        await import_survey(bot.core, survey(OSAKA, cyrillic), None)
    assert in_english(in_file.value.errors) == [
        "line 3: name 'Ѕаkura Junior High' looks just like Sakura Junior High (JP-001, line 2); "
        "give each school a name that tells them apart"
    ]
    twin = SEOUL.replace("KR-001", "KR-009").replace("Hanbit", "HANBIT")
    with pytest.raises(SurveyInvalid) as in_program:
        await import_survey(bot.core, survey(twin), None)
    assert in_english(in_program.value.errors)[0].startswith(
        "line 2: name 'HANBIT Middle School' looks just like Hanbit Middle School (KR-001), "
        "already in the program"
    )
    assert sorted(await schools(bot)) == ["KR-001"]


async def test_a_name_hiding_a_character_is_refused_with_its_line(bot):
    hidden = SEOUL.replace("Hanbit Middle School", "Hanbit Middle School\u200b")
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(OSAKA, hidden), None)
    assert in_english(raised.value.errors)[0].startswith(
        "line 3: name: the name contains an invisible character (U+200B ZERO WIDTH SPACE)"
    )


def with_contacts(*rows: tuple[str, str, str]) -> str:
    lines = [f"{HEADER},teacher_account,teacher_email,notes"]
    lines += [f"{row},{account},{email},x" for row, account, email in rows]
    return "\n".join(lines) + "\n"


async def test_teacher_contacts_are_checked_and_unknown_columns_still_reported(bot):
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, with_contacts((SEOUL, "U0456", "kim at hanbit")), None)
    assert in_english(raised.value.errors) == [
        "line 2: teacher_account: 'U0456' is not an account; write platform:workspace:user_id, "
        "e.g. slack:T0123:U0456 or discord:9876:5432",
        "line 2: teacher_email: 'kim at hanbit' is not an e-mail address",
    ]
    result = await import_survey(
        bot.core, with_contacts((SEOUL, "slack:T0123:U0456", "Kim@Hanbit.example")), None
    )
    assert result.ignored_columns == ["notes"]
    async with bot.core.sessions() as db:
        [contact] = (await db.exec(select(SurveyContact))).all()
    assert (contact.account, contact.email) == ("slack:T0123:U0456", "kim@hanbit.example")
    again = await import_survey(bot.core, with_contacts((SEOUL, "", "kim@hanbit.example")), None)
    assert in_english(again.changes) == ["  updated KR-001: teacher_account cleared"]


async def test_claim_codes_are_handed_out_for_schools_without_a_teacher(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    await bot.ok("coordinator", "school join KR-001")
    exported = []
    result = await import_survey(bot.core, survey(SEOUL, OSAKA), None, export_codes=exported.append)
    [codes] = exported
    assert [(c.school_id, c.name) for c in codes] == [("JP-001", "Sakura Junior High")]
    assert result.codes == codes
    claimed = await bot.ok("bob", f"school claim {codes[0].code}")
    assert "now a teacher of Sakura Junior High (JP-001)" in claimed.text


async def test_codes_that_cannot_be_exported_are_not_kept(bot):
    await import_survey(bot.core, survey(SEOUL), None)

    def unwritable(codes):
        raise PermissionError("read-only file system")

    with pytest.raises(PermissionError):
        await import_survey(bot.core, survey(SEOUL, OSAKA), None, export_codes=unwritable)
    assert sorted(await schools(bot)) == ["KR-001"]
    async with bot.core.sessions() as db:
        assert (await db.exec(select(ClaimCode))).all() == []


SEOUL_LATE = (
    "KR-010,Mirae Middle School,home,KR,Seoul,,middle,1-3,ko;en,culture,1,Mon-Fri 09:00-18:00,,"
)
PARIS_ZONED = "FR-010,Lycee Hugo,partner,FR,Paris,,middle,2,fr;en,culture,1,Mon-Fri 08:00-17:00,,"


def with_subdivisions(*rows: tuple[str, str]) -> str:
    """A survey with the optional `subdivision` column, each row with its cell."""
    return "\n".join([HEADER + ",subdivision", *(f"{row},{cell}" for row, cell in rows)]) + "\n"


async def test_the_subdivision_column_is_read_not_ignored(bot):
    text = with_subdivisions((SEOUL_LATE, ""), (PARIS_ZONED, "zone c"), (DENVER, "Colorado"))
    result = await import_survey(bot.core, text, None)
    assert result.ignored_columns == []
    stored = await schools(bot)
    assert stored["FR-010"].subdivision == "Zone C"  # the holidays package's own spelling
    assert stored["US-001"].subdivision == "CO"
    assert stored["KR-010"].subdivision is None


async def test_a_school_s_regional_school_vacation_keeps_meetings_off_it(bot):
    zoned = with_subdivisions((SEOUL_LATE, ""), (PARIS_ZONED, "Zone C"))
    await import_survey(bot.core, zoned, None)
    await join_approved(bot, "alice", "KR-010")
    await join_approved(bot, "pierre", "FR-010")
    await bot.ok("alice", "request FR-010")
    await bot.ok("pierre", "accept")
    refused = await bot.ok("alice", "propose from=2027-02-08 to=2027-02-12")
    assert "No meeting time of 60 minutes fits" in refused.text
    assert "Paris Mon 8 Feb–Fri 12 Feb (Winter Break)" in refused.text
    await import_survey(bot.core, zoned.replace("Zone C", "Zone A"), None)  # its break: the 13th
    fits = await bot.ok("alice", "propose from=2027-02-08 to=2027-02-12")
    assert "Wed 10 Feb 16:00–17:00 KST (Seoul) · Wed 10 Feb 08:00–09:00 CET (Paris)" in fits.text


async def test_an_unknown_subdivision_is_refused_with_the_accepted_ones_and_nothing_written(bot):
    text = with_subdivisions((SEOUL_LATE, ""), (PARIS_ZONED, "Zone D"))
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, text, None)
    [error] = in_english(raised.value.errors)
    assert error.startswith("line 3: subdivision: 'Zone D' is not a subdivision of France;")
    assert "Zone A, Zone B, Zone C" in error
    assert await schools(bot) == {}


async def test_a_file_without_the_column_keeps_subdivisions_and_an_empty_cell_clears_one(bot):
    await import_survey(bot.core, with_subdivisions((PARIS_ZONED, "Zone C")), None)
    kept = await import_survey(bot.core, survey(PARIS_ZONED), None)
    assert kept.unchanged == ["FR-010"]
    assert (await schools(bot))["FR-010"].subdivision == "Zone C"
    cleared = await import_survey(bot.core, with_subdivisions((PARIS_ZONED, "")), None)
    assert cleared.updated == ["FR-010"]
    assert (await schools(bot))["FR-010"].subdivision is None


async def test_teachers_set_the_subdivision_in_chat_with_the_same_check(bot):
    await import_survey(bot.core, survey(PARIS_ZONED), None)
    await join_approved(bot, "pierre", "FR-010")
    refused = await bot.run("pierre", 'school edit subdivision="Zone D"')
    assert "'Zone D' is not a subdivision of France" in refused.text
    reply = await bot.ok("pierre", 'school edit subdivision="zone b"')
    assert "Paris, France (Zone B)" in reply.text and reply.data["changed"] == ["subdivision"]


async def test_a_survey_filled_in_korean_and_japanese_stores_what_english_stores(bot):
    typed = (
        "KR-001,Hanbit Middle School,home,대한민국,Seoul,,middle,1-3,ko;en,culture;sdgs,2,"
        '월-금 09:00-16:00,"화,목 오후 4시-6시",2027년 7월 24일부터 2027년 8월 22일까지'
    )
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    result = await import_survey(
        bot.core, survey(typed, OSAKA.replace(",JP,", ",日本,").replace("Mon-Fri", "月-金")), None
    )
    assert sorted(result.unchanged) == ["JP-001", "KR-001"]  # every column as English stored it


@pytest.fixture
async def file_bot(tmp_path):
    """A bot on a SQLite file, where an import and the bot's commands have connections each."""
    test_bot = await TestBot.start(database_url=f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3")
    yield test_bot
    await test_bot.close()


async def test_a_teachers_command_commits_while_an_import_stages_its_rows(file_bot, monkeypatch):
    """The import holds SQLite's write lock only for its last short transaction: a command
    that arrives while the rows are staged writes at once instead of waiting it out."""
    staged = SchoolStaging._stage
    during = []

    async def stage_with_a_teacher_at_work(self, rows):
        await staged(self, rows)
        if rows and not during:
            async with asyncio.timeout(5):
                during.append(await file_bot.ok("alice", SEOUL_MIDDLE))

    monkeypatch.setattr(SchoolStaging, "_stage", stage_with_a_teacher_at_work)
    result = await import_survey(file_bot.core, survey(SEOUL, OSAKA), None)
    assert sorted(result.created) == ["JP-001", "KR-001"] and during
    assert set(await schools(file_bot)) == {"JP-001", "KR-001", "KR-hanbit-middle"}


async def test_a_school_changed_while_the_import_compared_is_compared_again(file_bot, monkeypatch):
    await import_survey(file_bot.core, survey(SEOUL, OSAKA), None)
    staged = SchoolStaging.stage_changed
    changed_meanwhile = []

    async def stage_after_someone_edits(self, changes):
        if not changed_meanwhile:  # the first attempt: a coordinator edits KR-001 now
            async with transaction(file_bot.core.sessions) as db:
                school = await db.get(School, "KR-001")
                school.name, school.updated_at = (
                    "Hanbit Middle (edited)",
                    school.updated_at + (timedelta(seconds=1)),
                )
                db.add(school)
            changed_meanwhile.append(True)
        attempts.append(len(changes))
        await staged(self, changes)

    attempts = []
    monkeypatch.setattr(SchoolStaging, "stage_changed", stage_after_someone_edits)
    result = await import_survey(file_bot.core, survey(SEOUL.replace(",2,", ",3,"), OSAKA), None)
    assert result.updated == ["KR-001"] and attempts == [1, 1]  # compared again, once
    stored = (await schools(file_bot))["KR-001"]
    assert (stored.quota, stored.name) == (3, "Hanbit Middle School")  # the file's, all of it
