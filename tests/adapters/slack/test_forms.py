"""Modals built from command declarations, and reading their submissions back."""

import json

from bot.adapters.slack.forms import (
    FORM_CALLBACK_ID,
    Origin,
    build_modal,
    field_errors,
    form_key,
    form_request,
    read_submission,
)
from bot.commands import CATALOG
from bot.core.reply import Reply
from bot.core.spec import Catalog, CommandGroup, Form, Param
from bot.core.value_types import DATE, INTEGER, TEXT, USER
from bot.i18n.languages import ENGLISH
from bot.i18n.translator import english_only
from bot.schools.profile import LEVELS
from tests.conftest import SEOUL_MIDDLE

HERE = Origin("C0GENERAL", "https://hooks.slack.test/respond/1")
KEY = "k3y-0f-th3-f0rm"


def inputs(view):
    return {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}


def test_a_registration_without_options_opens_the_registration_form():
    request = form_request(CATALOG, "school register")
    view = build_modal(request, KEY, ENGLISH, english_only())
    assert view["callback_id"] == FORM_CALLBACK_ID
    assert view["title"]["text"] == "Register your school"
    fields = inputs(view)
    assert list(fields) == [
        "name",
        "country",
        "city",
        "timezone",
        "level",
        "grades",
        "languages",
        "topics",
        "quota",
        "class_hours",
        "after_school_hours",
    ]
    assert {name for name, block in fields.items() if not block["optional"]} == {
        "name",
        "country",
        "level",
        "languages",
        "class_hours",
    }


def test_inputs_follow_the_declared_option_types():
    fields = inputs(
        build_modal(form_request(CATALOG, "school register"), KEY, ENGLISH, english_only())
    )
    level = fields["level"]["element"]
    assert level["type"] == "static_select"
    assert [o["value"] for o in level["options"]] == list(LEVELS)
    quota = fields["quota"]["element"]
    assert quota == {
        "action_id": "value",
        "type": "number_input",
        "is_decimal_allowed": False,
        "min_value": "1",
        "max_value": "50",
        "initial_value": "1",
    }
    hours = fields["class_hours"]["element"]
    assert hours["type"] == "plain_text_input" and hours["multiline"] is True
    assert "Separate several with commas" in fields["languages"]["hint"]["text"]


def test_a_complete_command_runs_without_a_form():
    assert form_request(CATALOG, SEOUL_MIDDLE) is None


def test_a_command_without_a_form_or_with_a_typo_runs_as_typed():
    assert form_request(CATALOG, "school join") is None  # no form: the usage error helps
    assert form_request(CATALOG, 'school register "Hanbit') is None  # unclosed quote


def test_the_modal_carries_only_the_key_of_what_the_bot_keeps():
    line = 'school register "Hanbit Middle School" country=KR ' + "topics=" + "x" * 3000
    view = build_modal(form_request(CATALOG, line), KEY, ENGLISH, english_only())
    assert json.loads(view["private_metadata"]) == {"form": KEY}
    assert form_key(view) == KEY


def test_metadata_that_is_not_the_bots_has_no_key():
    for metadata in ("", "{not-json", "[1,2]", '{"form": 3}', '{"form": ""}', '{"path": []}'):
        assert form_key({"private_metadata": metadata}) is None, metadata


def test_what_a_partial_command_gave_is_submitted_with_the_form():
    line = 'school register "Hanbit Middle School" country=KR'
    request = form_request(CATALOG, line)
    view = build_modal(request, KEY, ENGLISH, english_only())
    assert "name" not in inputs(view) and "country" not in inputs(view)
    view["state"] = {
        "values": {
            "level": {"value": {"type": "static_select", "selected_option": {"value": "middle"}}},
            "city": {"value": {"type": "plain_text_input", "value": None}},
            "quota": {"value": {"type": "number_input", "value": "2"}},
        }
    }
    submission = read_submission(view, CATALOG, line, HERE)
    assert submission.path == ("school", "register")
    assert submission.options == {
        "name": "Hanbit Middle School",
        "country": "KR",
        "level": "middle",
        "quota": "2",
    }
    assert submission.origin == HERE


def feedback_catalog():
    group = CommandGroup()

    @group.command(
        "feedback submit",
        summary="Tell how the session went.",
        example="x",
        form=Form("Session feedback"),
        params=[
            Param("session", INTEGER, "the session", positional=True),
            Param("rating", INTEGER, "1 to 5", minimum=1, maximum=5),
            Param("went_well", TEXT, "what went well", max_length=1000),
            Param("held_on", DATE, "the day it took place", default=None),
            Param("colleague", USER, "who else taught", default=None),
        ],
    )
    async def submit(ctx, session, rating, went_well, held_on, colleague):
        raise AssertionError("not run")

    return Catalog([group])


def test_any_declared_command_gets_a_form_so_a_feedback_button_opens_one():
    request = form_request(feedback_catalog(), "feedback submit 12")
    view = build_modal(request, KEY, ENGLISH, english_only())
    assert view["title"]["text"] == "Session feedback"
    fields = inputs(view)
    assert list(fields) == ["rating", "went_well", "held_on", "colleague"]
    assert [fields[n]["element"]["type"] for n in fields] == [
        "number_input",
        "plain_text_input",
        "datepicker",
        "users_select",
    ]
    assert request.given == {"session": "12"}


def test_the_give_feedback_button_opens_the_feedback_form():
    request = form_request(CATALOG, "feedback submit session=12")
    fields = inputs(build_modal(request, KEY, ENGLISH, english_only()))
    assert "session" not in fields and "status" in fields
    assert not fields["status"]["optional"]
    many = [p.name for p in request.spec.params if p.choices and p.many]
    assert many and all(fields[name]["element"]["type"] == "multi_static_select" for name in many)


def test_several_picked_choices_are_submitted_as_a_list():
    view = build_modal(
        form_request(CATALOG, "feedback submit session=12"), KEY, ENGLISH, english_only()
    )
    view["state"] = {
        "values": {
            "problems": {
                "value": {
                    "type": "multi_static_select",
                    "selected_options": [{"value": "audio"}, {"value": "video"}],
                }
            }
        }
    }
    submission = read_submission(view, CATALOG, "feedback submit session=12", HERE)
    assert submission.options == {"session": "12", "problems": "audio,video"}


def test_a_complaint_about_one_option_goes_under_that_input():
    reply = Reply.error("quota: 0 is out of range; it must be from 1 to 50.\nUsage: …")
    assert field_errors(reply, ["name", "quota"]) == {
        "quota": "quota: 0 is out of range; it must be from 1 to 50."
    }


def test_other_complaints_and_successes_have_no_field():
    assert field_errors(Reply.error("You already teach at KR-hanbit-middle."), ["name"]) == {}
    assert field_errors(Reply.error("timezone: not one of JP"), ["name"]) == {}
    assert field_errors(Reply(text="quota: fine"), ["quota"]) == {}


def test_a_feedback_line_that_answers_something_runs_without_the_form():
    assert form_request(CATALOG, "feedback submit session=12 rating=4") is None
