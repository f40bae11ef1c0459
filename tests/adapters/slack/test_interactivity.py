"""Buttons (`block_actions`) and forms (`view_submission`) through the real Bolt app."""

import asyncio

import bot.adapters.slack.bolt_app as slack_app
from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from bot.core.reply import Action
from storage.engine import transaction
from tests.adapters.slack.conftest import ALICE, BOB, TEAM, buttons, shown
from tests.conftest import SEOUL_MIDDLE
from tests.support.slack_requests import block_actions_payload, view_submission_payload

HANBIT_FORM = {
    "name": "Hanbit Middle School",
    "country": "KR",
    "city": "Seoul",
    "level": "middle",
    "languages": "ko,en",
    "class_hours": "Mon-Fri 09:00-16:00",
}


async def send_notice(slack, user, text, *actions):
    """What a command does to reach someone: queue a message, then let delivery post it."""
    core = slack.bot.core
    async with transaction(core.sessions) as db:
        recipient = Recipient("slack", TEAM, "user", user.user_id)
        enqueue(db, OutgoingMessage(recipient, text, actions=actions), core.clock.now())
    assert await slack.deliver() == 1
    return slack.api.calls_to("chat.postMessage")[-1].args


async def press(slack, user, button, key):
    payload = block_actions_payload(
        user, button, response_url=slack.api.response_url(key), channel_id=f"D{user.user_id}"
    )
    answer = await slack.requests.interaction(payload)
    assert (answer.status, answer.body) == (200, "")
    return payload


async def test_a_button_runs_its_command_as_the_person_who_pressed_it(slack):
    await slack.command(ALICE, SEOUL_MIDDLE)
    posted = await send_notice(
        slack,
        ALICE,
        "Your partner asks for 3 classes.",
        Action("Raise quota to 3", "school edit quota=3", "primary"),
    )
    [button] = buttons(posted)
    assert (button["value"], button["style"]) == ("school edit quota=3", "primary")
    await press(slack, ALICE, button, "alice-pressed")
    ok, text = shown(await slack.api.response("alice-pressed"))
    assert ok and text.startswith("Updated Hanbit Middle School (KR-hanbit-middle): quota.")


async def test_a_button_checks_the_permissions_of_whoever_pressed_it(slack):
    await slack.command(ALICE, SEOUL_MIDDLE)
    posted = await send_notice(slack, ALICE, "Quota?", Action("Raise quota", "school edit quota=3"))
    await press(slack, BOB, buttons(posted)[0], "bob-pressed")
    ok, text = shown(await slack.api.response("bob-pressed"))
    assert not ok and "not a teacher of a registered school" in text


async def open_registration_form(slack, user, text="school register"):
    key = f"form-{user.user_id}"
    message_count = len(slack.api.calls_to("views.open"))
    answer = await slack.requests.slash_command(
        user, text, response_url=slack.api.response_url(key)
    )
    assert (answer.status, answer.body) == (200, "")
    opened = await slack.api.wait_for(lambda: slack.api.calls_to("views.open")[message_count:])
    return opened[0], key


async def submit(slack, user, view, answers):
    return await slack.requests.interaction(view_submission_payload(user, view, answers))


async def test_registering_without_options_opens_a_form_and_its_answers_register(slack):
    opened, key = await open_registration_form(slack, ALICE)
    assert opened.args["trigger_id"].endswith(".1700000000.abcdef0123456789")
    view = {**opened.args["view"], "id": "V0FORM"}
    answer = await submit(slack, ALICE, view, HANBIT_FORM)
    assert (answer.status, answer.body) == (200, "")
    message = await slack.api.response(key)
    assert message["response_type"] == "ephemeral"
    ok, text = shown(message)
    assert ok and text.startswith("Registered Hanbit Middle School as KR-hanbit-middle.")
    assert "wants 1 partner class(es)" in text  # the form's filled-in default quota


async def test_a_wrong_answer_is_shown_under_its_input_and_nothing_is_registered(slack):
    opened, key = await open_registration_form(slack, ALICE)
    view = {**opened.args["view"], "id": "V0FORM"}
    answer = await submit(slack, ALICE, view, {**HANBIT_FORM, "country": "Corea"})
    assert answer.status == 200
    assert answer.json() == {
        "response_action": "errors",
        "errors": {"country": answer.json()["errors"]["country"]},
    }
    assert answer.json()["errors"]["country"].startswith("country: 'Corea' is not a country")
    assert not slack.api.responses_to(key)
    assert "No schools registered" in shown(await slack.command(BOB, "school list"))[1]


async def test_a_problem_that_is_no_inputs_fault_closes_the_form_and_is_answered(slack):
    # another school than the form's: the same one again would be a repeat, answered as done
    await slack.command(ALICE, SEOUL_MIDDLE.replace("Hanbit Middle", "Saebit Middle"))
    opened, key = await open_registration_form(slack, ALICE)
    view = {**opened.args["view"], "id": "V0FORM"}
    answer = await submit(slack, ALICE, view, HANBIT_FORM)
    assert (answer.status, answer.body) == (200, "")
    ok, text = shown(await slack.api.response(key))
    assert not ok and text.startswith("You already teach at KR-saebit-middle.")


async def test_a_partly_typed_registration_asks_only_for_the_rest(slack):
    opened, key = await open_registration_form(
        slack, ALICE, 'school register "Hanbit Middle School" country=KR quota=2'
    )
    view = {**opened.args["view"], "id": "V0FORM"}
    asked = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
    assert "name" not in asked and "country" not in asked and "quota" not in asked
    await submit(
        slack,
        ALICE,
        view,
        {"level": "middle", "languages": "ko", "class_hours": "Mon-Fri 09:00-16:00"},
    )
    ok, text = shown(await slack.api.response(key))
    assert ok and "Registered Hanbit Middle School" in text and "wants 2 partner" in text


async def test_a_button_can_open_a_form(slack):
    posted = await send_notice(
        slack,
        BOB,
        "Welcome! Register your school to find partners.",
        Action("Register my school", "school register", "primary"),
    )
    payload = await press(slack, BOB, buttons(posted)[0], "bob-welcome")
    opened = await slack.api.wait_for(lambda: slack.api.calls_to("views.open"))
    assert opened[0].args["trigger_id"] == payload["trigger_id"]
    view = {**opened[0].args["view"], "id": "V0FORM"}
    await submit(
        slack,
        BOB,
        view,
        {**HANBIT_FORM, "name": "Sakura Junior High", "country": "JP", "city": "Osaka"},
    )
    ok, text = shown(await slack.api.response("bob-welcome"))
    assert ok and text.startswith("Registered Sakura Junior High as JP-sakura-junior-high.")


async def test_a_slow_form_is_closed_in_time_and_answered_when_done(slack, monkeypatch):
    monkeypatch.setattr(slack_app, "FORM_ANSWER_BUDGET", 0.05)
    released = asyncio.Event()
    handle_options = slack.bot.core.dispatcher.handle_options

    async def slow(*args, **kwargs):
        await released.wait()
        return await handle_options(*args, **kwargs)

    monkeypatch.setattr(slack.bot.core.dispatcher, "handle_options", slow)
    opened, key = await open_registration_form(slack, ALICE)
    answer = await submit(slack, ALICE, {**opened.args["view"], "id": "V0FORM"}, HANBIT_FORM)
    assert (answer.status, answer.body) == (200, "")  # closed before the core answered
    assert not slack.api.responses_to(key)
    released.set()
    ok, text = shown(await slack.api.response(key))
    assert ok and text.startswith("Registered Hanbit Middle School")


async def test_an_expired_response_url_falls_back_to_a_direct_message(slack):
    expired = f"{slack.api.root}/expired/1"
    answer = await slack.requests.slash_command(ALICE, "school list", response_url=expired)
    assert answer.status == 200
    posted = await slack.api.wait_for(lambda: slack.api.calls_to("chat.postMessage"))
    assert posted[0].args["channel"] == "DU0ALICE"
    assert posted[0].args["text"].startswith("No schools registered")
