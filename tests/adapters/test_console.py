"""The console adapter: lines in, replies out, as a newcomer or a script would use it."""

import io
import json

import pytest

from bot.adapters.console import IMPORT_USAGE, Console
from bot.adapters.testing import TestBot
from bot.core.reply import Attachment, Reply
from bot.i18n.languages import LANGUAGES, language_for_country, matching_language
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.schools.test_survey_import import OSAKA, SEOUL, survey
from tests.support.in_language import assert_reads_in, console_in
from tests.support.scenario import SCENARIO, check_outcomes


@pytest.fixture
async def console_bot(tmp_path):
    bot = await TestBot.start(JOINTCLASS_DATA_DIR=str(tmp_path))
    yield bot
    await bot.close()


def console(bot, **options):
    out, err = io.StringIO(), io.StringIO()
    return Console(bot.core, out=out, err=err, **options), out, err


async def test_a_line_names_its_user_and_the_reply_is_printed(console_bot):
    shell, out, _ = console(console_bot)
    await shell.run_line(f"@alice /exchange {SEOUL_MIDDLE}")
    await shell.run_line("@alice /exchange school show")
    assert "Registered Hanbit Middle School" in out.getvalue()
    assert "Teachers: alice" in out.getvalue()


async def test_lines_without_a_user_act_as_the_default_user(console_bot):
    shell, out, _ = console(console_bot, default_user="minji")
    await shell.run_line("/exchange whoami")
    assert "You are minji on console" in out.getvalue()


async def test_blank_lines_and_comments_are_skipped(console_bot):
    shell, out, _ = console(console_bot)
    assert await shell.run_line("   ") is None
    assert await shell.run_line("# setting up two schools") is None
    assert out.getvalue() == ""


async def test_another_slash_command_is_refused_with_a_hint(console_bot):
    shell, out, _ = console(console_bot)
    reply = await shell.run_line("/remind me tomorrow")
    assert not reply.ok and "Only /exchange commands" in out.getvalue()


async def test_json_mode_prints_one_object_per_reply_and_notifications_elsewhere(console_bot):
    shell, out, err = console(console_bot, json_output=True)
    await shell.run_line(f"@alice /exchange {SEOUL_MIDDLE}")
    await shell.run_line("@dan /exchange school join KR-hanbit-middle")
    await shell.run_line("@dan /exchange school edit quota=lots")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [set(r) for r in records] == [{"user", "command", "ok", "text", "data"}] * 3
    assert [(r["user"], r["command"], r["ok"]) for r in records] == [
        ("alice", "school register", True),
        ("dan", "school join", True),
        ("dan", "school edit", False),
    ]
    assert records[0]["data"]["school"]["id"] == "KR-hanbit-middle"
    assert f"→ to @alice: {join_request('dan')}" in err.getvalue()


async def test_notifications_show_who_they_are_for(console_bot):
    shell, out, _ = console(console_bot)
    await shell.run_line(f"@alice /exchange {SEOUL_MIDDLE}")
    await shell.run_line("@dan /exchange school join KR-hanbit-middle")
    assert f"→ to @alice: {join_request('dan')}" in out.getvalue()


async def test_files_are_saved_under_the_data_directory_and_their_paths_printed(
    console_bot, tmp_path
):
    shell, out, _ = console(console_bot)
    shell._print(
        "alice",
        Reply(
            text="Your invite",
            attachments=(Attachment("session-1.ics", b"BEGIN:VCALENDAR", "text/calendar"),),
        ),
    )
    saved = tmp_path / "files" / "session-1.ics"
    assert saved.read_bytes() == b"BEGIN:VCALENDAR"
    assert f"Saved {saved}" in out.getvalue()


async def test_piped_input_runs_to_the_end(console_bot):
    shell, out, _ = console(console_bot)
    script = io.StringIO(
        f"@alice /exchange {SEOUL_MIDDLE}\n@bob /exchange {OSAKA_MIDDLE}\n/exchange school list\n"
    )
    await shell.run(script)
    assert "2 school(s) in Seoul IJC 2027" in out.getvalue()


async def test_the_newcomer_scenario_runs_identically_in_the_console(console_bot):
    shell, _, _ = console(console_bot)
    results = []
    for step in SCENARIO:
        reply = await shell.run_line(f"@{step.user} /exchange {step.line}")
        results.append((reply.ok, reply.text))
    check_outcomes(results)


async def test_import_loads_a_survey_into_the_console_s_database_as_the_command_line_does(
    console_bot, tmp_path
):
    survey_file = tmp_path / "survey.csv"
    survey_file.write_text(survey(SEOUL, OSAKA), encoding="utf-8")
    shell, out, _ = console(console_bot)
    refused = await shell.run_line(f'/import {survey_file} --program "Busan 2027"')
    assert not refused.ok and "add --create-program to create it" in refused.text
    dry = await shell.run_line(
        f'/import {survey_file} --program "Busan 2027" --create-program --dry-run'
    )
    assert dry.ok and "would give 2 new, 0 updated, 0 unchanged, 0 moved" in dry.text
    reply = await shell.run_line(f'/import {survey_file} --program "Busan 2027" --create-program')
    assert reply.ok and f"Imported {survey_file} into Busan 2027: 2 new" in out.getvalue()
    listed = await console_bot.ok("coordinator", "school list")  # the configured coordinator
    assert "2 school(s) in Busan 2027" in listed.text


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ("", "Import which file? Use `/import survey.csv --program"),
        ("a.csv b.csv", "Import which file?"),
        ('"unclosed.csv', "a quotation mark is left open. Use `/import survey.csv"),
        ("nowhere.csv", "Cannot read nowhere.csv: there is no such file."),
    ],
)
async def test_import_explains_what_it_cannot_do(console_bot, arguments, says):
    shell, out, _ = console(console_bot)
    reply = await shell.run_line(f"/import {arguments}")
    assert not reply.ok and says in out.getvalue()


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ("", Message("adapters-console-import-which-file", usage=IMPORT_USAGE)),
        ('"unclosed.csv', Message("adapters-console-import-unreadable", usage=IMPORT_USAGE)),
        (
            "nowhere.csv",
            Message(
                "adapters-console-cannot-read", problem="missing", path="nowhere.csv", reason=""
            ),
        ),
    ],
)
async def test_import_explains_in_the_consoles_language(console_bot, arguments, says):
    out = io.StringIO()
    shell = Console(console_bot.core, out=out, err=out, locale="ko")
    reply = await shell.run_line(f"/import {arguments}")
    korean = language_for_country("KR")
    assert not reply.ok and console_bot.core.translator.render(says, korean) in out.getvalue()
    assert_reads_in(console_bot, out.getvalue())


async def test_an_invalid_survey_imports_nothing_and_lists_each_problem(console_bot, tmp_path):
    survey_file = tmp_path / "survey.csv"
    survey_file.write_text(survey(SEOUL.replace(",middle,", ",college,")), encoding="utf-8")
    shell, out, _ = console(console_bot)
    reply = await shell.run_line(f"/import {survey_file}")
    assert not reply.ok
    assert f"{survey_file}: nothing imported; 1 problem(s) to fix:" in out.getvalue()
    assert "line 2: level: 'college' is not accepted" in out.getvalue()
    listed = await shell.run_line("/exchange school list")
    assert "No schools registered" in listed.text


async def test_import_answers_in_the_language_of_lang(console_bot, tmp_path):
    good, bad = tmp_path / "survey.csv", tmp_path / "bad.csv"
    good.write_text(survey(SEOUL, OSAKA), encoding="utf-8")
    bad.write_text(survey(SEOUL, SEOUL), encoding="utf-8")
    lines = [f"/import {bad}", "/import", f"/import {good} --dry-run", f"/import {good}"]
    transcript = await console_in(console_bot, "ko", lines)
    korean = next(language for language in LANGUAGES if language.tag == "ko")
    counts = Message("survey-counts", created=2, updated=0, unchanged=0, moved=0)
    imported = Message("survey-imported", source=str(good), program="Seoul IJC 2027", counts=counts)
    for message in (
        Message("survey-nothing-imported", source=str(bad), count=1),
        Message("adapters-console-import-which-file", usage=IMPORT_USAGE),
        imported,
    ):
        assert console_bot.core.translator.render(message, korean) in transcript
    assert_reads_in(console_bot, transcript)


async def test_the_consoles_own_answers_are_in_the_language_of_its_lang_option(
    console_bot,
) -> None:
    """`jointclass console --lang ja`: what only the console says (a slash word it does not
    know, the clock outside a demo) is written in Japanese too."""
    japanese = matching_language("ja")
    assert japanese is not None
    transcript = await console_in(console_bot, "ja", ["@alice /hello", "@alice /clock"])
    say = console_bot.core.translator.render
    assert say(Message("adapters-console-only-exchange", command="/hello"), japanese) in transcript
    assert say(Message("adapters-console-clock-demo-only"), japanese) in transcript
    assert_reads_in(console_bot, transcript)
    korean = matching_language("ko")
    assert korean is not None
    banner = Console(console_bot.core, out=io.StringIO(), locale="ko").banner()
    assert banner == say(Message("adapters-console-banner"), korean)


def join_request(user: str) -> str:
    """The first line of what @alice, a teacher in Seoul, is told of `user`'s request to join."""
    korean = language_for_country("KR")
    assert korean is not None
    asks = Message(
        "membership-join-request",
        person=user,
        platform="console",
        user=user,
        workspace="local",
        school="Hanbit Middle School",
        id="KR-hanbit-middle",
        number="1",
    )
    return Translator.load().render(asks, korean)
