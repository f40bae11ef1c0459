"""One declaration of a school profile: the commands, both platforms' forms and the survey CSV
ask for the same fields, with the same help and limits."""

import csv

import pytest

from bot.adapters.discord.components import build_form, form_fields
from bot.adapters.form_text import FormText
from bot.adapters.slack.forms import build_modal, form_request
from bot.commands import CATALOG
from bot.i18n.languages import ENGLISH
from bot.i18n.translator import english_only
from bot.schools.profile_fields import PROFILE_FIELDS
from bot.schools.survey_import import COLUMNS, OPTIONAL_COLUMNS, SurveyInvalid, read_survey
from tests.schools.test_survey_import import SEOUL
from tests.support.in_language import in_english

REGISTER = CATALOG.get(("school", "register"))
EDIT = CATALOG.get(("school", "edit"))
DECLARED = [field.name for field in PROFILE_FIELDS]
ON_FORM = [field.name for field in PROFILE_FIELDS if field.on_form]
SURVEYED = {field.name: field for field in PROFILE_FIELDS if field.survey}


def slack_inputs(line: str) -> dict[str, dict]:
    view = build_modal(form_request(CATALOG, line), "key", ENGLISH, english_only())
    return {block["block_id"]: block for block in view["blocks"] if block["type"] == "input"}


def discord_inputs(given: set[str]) -> dict[str, dict]:
    fields = form_fields(REGISTER, given)
    form = build_form(fields, "jcf:1:school register", FormText(REGISTER, ENGLISH, english_only()))
    return {label["component"]["custom_id"]: label for label in form.to_dict()["components"]}


def seoul_cells(**changed: str) -> dict[str, str]:
    """The Seoul row of the survey tests, by column, with some cells changed."""
    return dict(zip(COLUMNS, next(csv.reader([SEOUL])), strict=True)) | changed


def survey_of(cells: dict[str, str]) -> str:
    quoted = ('"' + value.replace('"', '""') + '"' for value in cells.values())
    return ",".join(cells) + "\n" + ",".join(quoted) + "\n"


def survey_errors(cells: dict[str, str]) -> list[str]:
    with pytest.raises(SurveyInvalid) as raised:
        read_survey(survey_of(cells))
    return in_english(raised.value.errors)


def discord_asks(name: str) -> bool:
    """Whether Discord's registration form asks for `name` when it is the only optional field
    left and one required field is missing (so the form has room for it)."""
    return name in discord_inputs(set(DECLARED) - {name, "class_hours"})


def test_the_commands_forms_and_survey_list_the_declared_fields():
    assert [p.name for p in REGISTER.params] == DECLARED
    assert [p.name for p in EDIT.params] == [*DECLARED, "school"]
    assert list(slack_inputs("school register")) == ON_FORM
    assert [name for name in DECLARED if discord_asks(name)] == ON_FORM
    assert {*COLUMNS, *OPTIONAL_COLUMNS} == {"school_id", *SURVEYED}


def test_editing_leaves_every_field_optional_and_named():
    edited = [p for p in EDIT.params if p.name in DECLARED]
    assert all(p.default is None and not p.positional for p in edited)


def test_both_forms_show_each_fields_help_and_limit():
    slack = slack_inputs("school register")
    discord = discord_inputs({"name", "country", "level", "languages"})
    assert set(discord) < set(slack)
    for name, block in slack.items():
        option = REGISTER.param(name)
        assert block["hint"]["text"].startswith(option.help.rstrip(".")), name
        assert block["optional"] is not option.required, name
        assert block["element"].get("max_length") in (None, option.max_length), name
    for name, label in discord.items():
        option = REGISTER.param(name)
        assert label["description"].startswith(option.help[:40]), name
        assert label["component"]["max_length"] == option.max_length, name


def test_the_discord_form_fills_spare_room_with_form_fields_only():
    given = {"name", "country", "city", "timezone", "level", "grades", "languages", "topics"}
    assert list(discord_inputs(given)) == ["class_hours", "quota", "after_school_hours"]


def test_the_survey_requires_a_cell_exactly_where_the_declaration_does():
    for name, field in SURVEYED.items():
        if field.survey.required:
            assert f"line 2: {name} is empty" in survey_errors(seoul_cells(**{name: ""}))
        else:
            rows = read_survey(survey_of(seoul_cells(**{name: ""}))).rows
            derived = "Asia/Seoul" if name == "timezone" else field.survey.empty
            assert rows[0][1][name] == derived, name


def test_the_survey_reads_each_column_with_the_declared_limit():
    for name, field in SURVEYED.items():
        limit = field.option.max_length
        errors = survey_errors(seoul_cells(**{name: "x" * (limit + 1)}))
        refusal = f"line 2: {name} is {limit + 1} characters long; at most {limit} are accepted."
        assert refusal in errors, name
