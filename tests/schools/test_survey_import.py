"""The demand-survey import: every row or none, the same checks as chat, idempotent by id."""

import pytest
from sqlmodel import select

from bot.schools.survey_import import COLUMNS, SurveyInvalid, import_survey
from storage.models import School

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
    errors = raised.value.errors
    assert len(errors) == 2
    assert errors[0].startswith("line 3: timezone: United States has 29 time zones")
    assert errors[1].startswith("line 4: level: 'college' is not accepted")
    assert await schools(bot) == {}


async def test_a_row_with_several_errors_lists_every_one_with_its_line(bot):
    bad = "US-002,,partner,US,Boulder,,college,6-8,english,coding,0,weekdays,,"
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(SEOUL, bad), None)
    errors = raised.value.errors
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
    assert raised.value.errors == ["line 4: quota: 0 is out of range; it must be from 1 to 50."]


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
    assert message in raised.value.errors[0]


async def test_a_repeated_school_id_names_both_lines(bot):
    with pytest.raises(SurveyInvalid) as raised:
        await import_survey(bot.core, survey(SEOUL, SEOUL), None)
    assert raised.value.errors == ["line 3: school_id KR-001 already appears on line 2"]


async def test_a_missing_column_is_reported_before_any_row(bot):
    with pytest.raises(SurveyInvalid, match="lacks column"):
        await import_survey(bot.core, "school_id,name\nKR-001,Hanbit\n", None)


async def test_extra_columns_are_ignored_and_reported(bot):
    text = (
        survey(SEOUL)
        .replace(HEADER, HEADER + ",contact")
        .replace("2027-08-22", "2027-08-22,a@b.kr")
    )
    result = await import_survey(bot.core, text, None)
    assert result.ignored_columns == ["contact"] and result.created == ["KR-001"]


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
    await bot.ok("alice", "school join KR-010")
    await bot.ok("pierre", "school join FR-010")
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
    [error] = raised.value.errors
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
    await bot.ok("pierre", "school join FR-010")
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
