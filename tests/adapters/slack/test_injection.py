"""Hostile input through the real Bolt app: what reaches Slack's API pings and links nobody, and
requests that are unsigned or not shaped as Slack sends them are refused at the door (401 or
400), with nothing run and nothing logged as an error."""

from __future__ import annotations

import json
import logging
from urllib.parse import urlencode

import pytest

from bot.adapters.slack.forms import FORM_CALLBACK_ID
from bot.adapters.slack.render import unescape
from bot.core.grammar import quote
from tests.adapters.slack.conftest import ALICE, BOB
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.inert import (
    INJECTED_MESSAGE,
    INJECTED_NAME,
    INJECTED_TEXT,
    assert_slack_inert,
    slack_mrkdwn,
)
from tests.support.slack_requests import (
    slash_command_body,
    slash_command_fields,
    view_submission_payload,
)

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

HOSTILE_SCHOOL = (
    f"school register {quote(INJECTED_NAME)} country=KR city=Seoul level=middle "
    'languages=ko,en class_hours="Mon-Fri 09:00-16:00"'
)


async def test_replies_and_notifications_reach_slack_escaped_and_without_link_parsing(slack):
    answers = [
        await slack.command(ALICE, HOSTILE_SCHOOL),
        await slack.command(BOB, OSAKA_MIDDLE),
        await slack.command(ALICE, f"request JP-sakura-junior-high {quote(INJECTED_MESSAGE)}"),
        await slack.command(ALICE, f"school show {quote(INJECTED_TEXT[:100])}"),
    ]
    assert await slack.deliver() >= 1
    posted = [call.args for call in slack.api.calls_to("chat.postMessage")]
    assert posted, "the request was delivered to Sakura's teacher"
    for message in [*answers, *posted]:
        for text in slack_mrkdwn(message):
            assert_slack_inert(text)
        assert not message.get("link_names") and message.get("parse") != "full"
    shown = "\n".join(unescape(text) for m in [*answers, *posted] for text in slack_mrkdwn(m))
    assert INJECTED_NAME in shown and "<!everyone> @here <@123456789012345678>" in shown
    assert "&lt;!channel&gt; @everyone &lt;@U0ALICE&gt;" in answers[0]["text"]


async def test_a_form_opened_with_hostile_text_shows_none_of_it(slack):
    line = f"school register {quote(INJECTED_NAME)}"
    await slack.requests.slash_command(ALICE, line, response_url=slack.api.response_url("f"))
    [opened] = await slack.api.wait_for(lambda: slack.api.calls_to("views.open"))
    view = opened.args["view"]
    shown = str(view["blocks"]) + str(view["title"])
    assert "<!channel>" not in shown and "@everyone" not in shown
    assert INJECTED_NAME not in view["private_metadata"]  # kept by the bot, not in the modal


def interaction_body(payload: object) -> str:
    return urlencode({"payload": json.dumps(payload)})


def a_form_submission(private_metadata: str) -> str:
    view = {
        "id": "V1",
        "type": "modal",
        "callback_id": FORM_CALLBACK_ID,
        "private_metadata": private_metadata,
        "blocks": [],
        "state": {"values": {}},
    }
    return interaction_body(view_submission_payload(ALICE, view, {}))


MALFORMED = {
    "payload that is not JSON": ("payload={not-json", FORM),
    "payload that is a JSON array": ("payload=[1,2]", FORM),
    "a JSON array as the body": ("[1, 2]", JSON),
    "JSON that is cut short": ('{"type": "event_callback"', JSON),
    "a form submission whose metadata is not JSON": (a_form_submission("{not-json"), FORM),
    "a form submission whose metadata is not the bot's": (a_form_submission('{"a": 1}'), FORM),
    "an interaction without a user": (interaction_body({"type": "block_actions"}), FORM),
}


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    return caplog


def assert_no_error_logged(logged: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in logged.records if r.levelno >= logging.ERROR] == []
    assert [r.getMessage() for r in logged.records if r.exc_info] == []
    assert "Traceback" not in logged.text


@pytest.mark.parametrize("case", MALFORMED)
async def test_a_signed_but_malformed_body_is_refused_with_400_and_runs_nothing(
    slack, logged, case
):
    body, content_type = MALFORMED[case]
    answer = await slack.requests.post(body, content_type=content_type)
    assert answer.status == 400, answer.body
    assert_no_error_logged(logged)
    assert slack.api.calls == [] and slack.api.responses == []
    assert "refused a signed request to /slack/events" in logged.text


async def test_an_unsigned_request_with_a_timestamp_that_is_no_number_is_refused_quietly(
    slack, logged
):
    body = slash_command_body(ALICE, SEOUL_MIDDLE, slack.api.response_url("x"), "C0GENERAL")
    async with slack.requests.session.post(
        f"{slack.requests.base_url}/slack/events",
        data=body,
        headers={
            "Content-Type": FORM,
            "X-Slack-Request-Timestamp": "abc",
            "X-Slack-Signature": "v0=" + "0" * 64,
        },
    ) as response:
        assert response.status == 401
    assert_no_error_logged(logged)
    assert not (await slack.bot.run("alice", "school show")).ok  # nothing was registered


@pytest.mark.parametrize("missing", ["response_url", "user_id", "team_id"])
async def test_a_signed_slash_command_missing_what_the_reply_needs_is_refused(
    slack, logged, missing
):
    fields = slash_command_fields(ALICE, SEOUL_MIDDLE, slack.api.response_url("x"), "C0GENERAL")
    del fields[missing]
    answer = await slack.requests.post(urlencode(fields))
    assert answer.status == 400
    assert f"a slash command without {missing}" in answer.body
    assert_no_error_logged(logged)
    assert slack.api.calls == [] and slack.api.responses == []
    assert not (await slack.bot.run("alice", "school show")).ok  # nothing was registered


async def test_a_form_the_bot_never_opened_is_answered_as_expired_and_runs_nothing(slack):
    answer = await slack.requests.post(a_form_submission('{"form": "never-given"}'))
    assert answer.status == 200
    [posted] = await slack.api.wait_for(lambda: slack.api.calls_to("chat.postMessage"))
    assert "no longer known to the bot" in posted.args["text"]
