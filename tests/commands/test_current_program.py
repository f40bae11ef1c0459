"""A coordinator's current program: the programs they import are theirs, and with several,
their commands act on the current one without `program=` and say which one that was."""

import pytest

from bot.schools.survey_import import import_survey
from tests.schools.test_survey_import import OSAKA, SEOUL, survey
from tests.support.in_language import in_english
from tests.support.membership import join_approved

CURRENT_NOTE = "Program: Busan 2027, your current one"


@pytest.fixture
async def two_programs(bot):
    """The configured program, Seoul IJC 2027, and Busan 2027, imported from the command line."""
    await import_survey(bot.core, survey(SEOUL, OSAKA), "Busan 2027", create_program=True)
    return bot


async def test_the_configured_coordinator_runs_a_program_imported_from_the_command_line(bot):
    result = await import_survey(bot.core, survey(SEOUL, OSAKA), "Busan 2027", create_program=True)
    assert result.coordinators == ["test:T1:coordinator"]
    assert "their commands in chat now act on it" in "\n".join(
        in_english(result.summary("survey.csv"))
    )
    reply = await bot.ok("coordinator", 'tieup run program="Busan 2027" week_of=2027-03-15')
    assert "Tie-up of Busan 2027" in reply.text and len(reply.data["pairs"]) == 1


async def test_after_an_import_commands_act_on_the_imported_program_and_say_so(two_programs):
    reply = await two_programs.ok("coordinator", "tieup run week_of=2027-03-15")
    assert "Tie-up of Busan 2027" in reply.text and len(reply.data["pairs"]) == 1
    assert reply.text.splitlines()[-1] == (
        "Program: Busan 2027, your current one (`program=` names another; "
        "`/exchange coordinator use` switches)."
    )


@pytest.mark.parametrize(
    "line",
    [
        "coordinator list",
        "coordinator lead-times",
        "coordinator add @minji",
        "tieup run week_of=2027-03-15",
        "report",
        "feedback settings student_prompt=off",
        "feedback close 2026-2",
    ],
)
async def test_every_coordinator_command_without_a_program_says_which_it_used(two_programs, line):
    reply = await two_programs.ok("coordinator", line)
    assert "Busan 2027" in reply.text.split(CURRENT_NOTE)[0]
    assert CURRENT_NOTE in reply.text and CURRENT_NOTE in reply.notes[-1]


async def test_naming_a_program_acts_on_it_without_the_note(two_programs):
    reply = await two_programs.ok("coordinator", 'coordinator list program="Seoul IJC 2027"')
    assert reply.data["program"] == "Seoul IJC 2027" and "current one" not in reply.text


async def test_coordinator_use_switches_the_current_program_for_later_commands(two_programs):
    reply = await two_programs.ok("coordinator", "coordinator use Seoul IJC 2027")
    assert "now act on Seoul IJC 2027" in reply.text
    listing = await two_programs.ok("coordinator", "coordinator list")
    assert listing.data["program"] == "Seoul IJC 2027"
    assert "Program: Seoul IJC 2027, your current one" in listing.text
    shown = await two_programs.ok("coordinator", "coordinator use")
    assert shown.data["program"] == "Seoul IJC 2027"
    assert "You coordinate: Busan 2027, Seoul IJC 2027." in shown.text


async def test_the_current_program_is_each_coordinator_s_own(two_programs):
    await two_programs.ok("coordinator", 'coordinator add @minji program="Seoul IJC 2027"')
    await two_programs.ok("coordinator", 'coordinator add @minji program="Busan 2027"')
    await two_programs.ok("minji", 'coordinator use "Seoul IJC 2027"')
    minji = await two_programs.ok("minji", "coordinator list")
    theirs = await two_programs.ok("coordinator", "coordinator list")
    assert (minji.data["program"], theirs.data["program"]) == ("Seoul IJC 2027", "Busan 2027")


async def test_using_a_program_one_does_not_coordinate_is_refused_and_changes_nothing(
    two_programs,
):
    await two_programs.ok("coordinator", "coordinator use Seoul IJC 2027")
    reply = await two_programs.run("coordinator", "coordinator use Tokyo pilot")
    assert not reply.ok
    assert "You do not coordinate a program named 'Tokyo pilot'" in reply.text
    assert "Busan 2027, Seoul IJC 2027" in reply.text
    shown = await two_programs.ok("coordinator", "coordinator use")
    assert shown.data["program"] == "Seoul IJC 2027"


async def test_with_a_single_program_replies_carry_no_note(bot):
    reply = await bot.ok("coordinator", "coordinator list")
    assert reply.data["program"] == "Seoul IJC 2027" and "current one" not in reply.text


async def test_whoami_names_the_current_program_among_several(two_programs):
    reply = await two_programs.ok("coordinator", "whoami")
    assert "Coordinator of Busan 2027, Seoul IJC 2027; your current program: Busan 2027." in (
        reply.text
    )
    assert reply.data["current_program"] == "Busan 2027"


async def test_school_list_shows_a_coordinator_the_schools_of_their_current_program(
    two_programs,
):
    reply = await two_programs.ok("coordinator", "school list")
    assert "2 school(s) in Busan 2027" in reply.text and CURRENT_NOTE in reply.text
    await join_approved(two_programs, "alice", "KR-001")
    teacher = await two_programs.ok("alice", "school list")
    assert "2 school(s) in Busan 2027" in teacher.text and "current one" not in teacher.text
