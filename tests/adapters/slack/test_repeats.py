"""A repeated delivery of one interaction (Slack's retry, a replayed request, a double-clicked
Submit) runs once through the real Bolt app: the inbox knows it by its trigger, action or form."""

from sqlmodel import select

from bot.core.reply import Action
from storage.models import School
from tests.adapters.slack.conftest import ALICE, BOB, buttons, shown
from tests.adapters.slack.test_interactivity import (
    HANBIT_FORM,
    open_registration_form,
    send_notice,
    submit,
)
from tests.conftest import SEOUL_MIDDLE
from tests.support.slack_requests import block_actions_payload, slash_command_body

RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}


async def schools(slack) -> list[School]:
    async with slack.bot.core.sessions() as db:
        return list((await db.exec(select(School))).all())


async def test_a_retried_slash_command_runs_once_and_its_answer_is_shown_once(slack):
    body = slash_command_body(ALICE, SEOUL_MIDDLE, slack.api.response_url("typed"), "C0GENERAL")
    assert (await slack.requests.post(body)).status == 200
    ok, text = shown(await slack.api.response("typed"))
    assert ok and text.startswith("Registered Hanbit Middle School as KR-hanbit-middle.")
    await slack.settled()
    retried = await slack.requests.post(body, headers=RETRY)
    assert (retried.status, retried.body) == (200, "")
    await slack.settled()
    assert [school.id for school in await schools(slack)] == ["KR-hanbit-middle"]
    assert len(slack.api.responses_to("typed")) == 1


async def test_a_replayed_slash_command_asking_elsewhere_gets_the_first_outcome(slack):
    first = slash_command_body(ALICE, SEOUL_MIDDLE, slack.api.response_url("first"), "C0GENERAL")
    assert (await slack.requests.post(first)).status == 200
    answered = await slack.api.response("first")
    await slack.settled()
    replayed = first.replace("first", "replayed")  # same trigger, another response_url
    assert (await slack.requests.post(replayed)).status == 200
    assert shown(await slack.api.response("replayed")) == shown(answered)
    assert len(await schools(slack)) == 1


async def test_a_form_submitted_twice_registers_once(slack):
    opened, key = await open_registration_form(slack, ALICE)
    view = {**opened.args["view"], "id": "V0FORM"}
    for _ in range(2):
        answer = await submit(slack, ALICE, view, HANBIT_FORM)
        assert (answer.status, answer.body) == (200, "")
        await slack.api.response(key)
        await slack.settled()
    assert [school.name for school in await schools(slack)] == ["Hanbit Middle School"]
    assert len(slack.api.responses_to(key)) == 1


async def test_a_form_corrected_after_a_mistake_is_a_new_submission(slack):
    opened, key = await open_registration_form(slack, ALICE)
    view = {**opened.args["view"], "id": "V0FORM"}
    mistaken = await submit(slack, ALICE, view, {**HANBIT_FORM, "country": "Corea"})
    assert mistaken.json()["response_action"] == "errors"
    await slack.settled()
    corrected = await submit(slack, ALICE, view, HANBIT_FORM)
    assert (corrected.status, corrected.body) == (200, "")
    ok, text = shown(await slack.api.response(key))
    assert ok and text.startswith("Registered Hanbit Middle School")


async def test_a_button_press_delivered_twice_runs_once(slack):
    await slack.command(ALICE, SEOUL_MIDDLE)
    posted = await send_notice(slack, BOB, "Join?", Action("Join", "school join KR-hanbit-middle"))
    payload = block_actions_payload(
        BOB,
        buttons(posted)[0],
        response_url=slack.api.response_url("pressed"),
        channel_id=f"D{BOB.user_id}",
    )
    for _ in range(2):  # a second run would answer "already a teacher there"
        answer = await slack.requests.interaction(payload)
        assert (answer.status, answer.body) == (200, "")
        await slack.api.response("pressed")
        await slack.settled()
    [joined] = slack.api.responses_to("pressed")
    ok, text = shown(joined)
    assert ok and "Hanbit Middle School" in text
