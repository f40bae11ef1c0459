"""Two teachers arrange an exchange entirely in Slack: request, accept, pick a slot, confirm,
and give feedback, every step through a signed slash command, button press or form."""

from datetime import timedelta

from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from bot.core.reply import Action
from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from storage.engine import transaction
from tests.adapters.slack.conftest import ALICE, BOB, TEAM, buttons, shown
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.slack_requests import block_actions_payload, view_submission_payload


def last_post_to(slack, channel_id):
    return [c for c in slack.api.calls_to("chat.postMessage") if c.args["channel"] == channel_id][
        -1
    ].args


def button(message, label):
    return next(b for b in buttons(message) if b["text"]["text"] == label)


async def press(slack, user, pressed, key):
    payload = block_actions_payload(
        user, pressed, response_url=slack.api.response_url(key), channel_id=f"D{user.user_id}"
    )
    answer = await slack.requests.interaction(payload)
    assert (answer.status, answer.body) == (200, "")
    return payload


async def test_an_exchange_is_arranged_and_reviewed_without_typing_more_than_needed(slack):
    assert shown(await slack.command(ALICE, SEOUL_MIDDLE))[0]
    assert shown(await slack.command(BOB, OSAKA_MIDDLE))[0]

    # alice asks; bob accepts with the button on the request he was sent
    assert shown(await slack.command(ALICE, 'request JP-sakura-junior-high "Shall we meet?"'))[0]
    await slack.deliver()
    request = last_post_to(slack, "DU0BOB")
    assert "Shall we meet?" in request["text"]
    assert [b["style"] for b in buttons(request)] == ["primary", "danger"]
    japanese = language_for_country("JP")  # bob's, from his school's country
    assert japanese is not None
    accept = slack.bot.core.translator.render(Message("partners-button-accept"), japanese)
    await press(slack, BOB, button(request, accept), "accepted")
    assert shown(await slack.api.response("accepted"))[0]

    # alice picks a slot from the proposal: both zones as text, her own zone as a Slack date
    proposal = await slack.command(ALICE, "propose")
    ok, text = shown(proposal)
    assert ok and "KST (Seoul)" in text and "JST (Osaka)" in text
    slots = [b for b in proposal["blocks"] if b["type"] == "section" and "fields" in b]
    assert slots and all("<!date^" in b["text"]["text"] for b in slots)
    assert all("JST" in b["fields"][0]["text"] for b in slots)
    await press(slack, ALICE, button(proposal, "Book 2"), "booked")
    ok, text = shown(await slack.api.response("booked"))
    assert ok and text.startswith("Booked time 2 as session #1.")

    # bob confirms with the button he was sent; the calendar invite reaches him as a file
    await slack.deliver()
    confirm = slack.bot.core.translator.render(Message("meetings-confirm-button", id="1"), japanese)
    await press(slack, BOB, button(last_post_to(slack, "DU0BOB"), confirm), "confirmed")
    assert shown(await slack.api.response("confirmed"))[0]
    shared = await slack.api.wait_for(lambda: slack.api.calls_to("files.completeUploadExternal"))
    assert shared[0].args["channel_id"] == "DU0BOB"
    assert b"BEGIN:VCALENDAR" in next(iter(slack.api.uploads.values()))

    # after the session, "Give feedback" opens the feedback form; its answers are recorded
    await slack.bot.advance(timedelta(days=400))
    core = slack.bot.core
    async with transaction(core.sessions) as db:
        recipient = Recipient("slack", TEAM, "user", ALICE.user_id)
        give = Action("Give feedback", "feedback submit session=1", "primary")  # as asked
        ask = OutgoingMessage(recipient, "How did session #1 go?", actions=(give,))
        enqueue(db, ask, core.clock.now())
    await slack.deliver()
    await press(slack, ALICE, button(last_post_to(slack, "DU0ALICE"), "Give feedback"), "fb")
    [opened] = await slack.api.wait_for(lambda: slack.api.calls_to("views.open"))
    view = {**opened.args["view"], "id": "V0FEEDBACK"}
    answers = {"status": "held", "rating": "4", "went_well": "The quiz", "problems": "audio"}
    answer = await slack.requests.interaction(view_submission_payload(ALICE, view, answers))
    assert (answer.status, answer.body) == (200, "")
    ok, text = shown(await slack.api.response("fb"))
    assert ok, text
    summary = shown(await slack.command(ALICE, "feedback summary 1"))[1]
    assert "The quiz" in summary and "4" in summary
