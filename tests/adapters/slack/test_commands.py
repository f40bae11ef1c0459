"""`/exchange` through the real Bolt app: signed slash commands in, answers on the response URL."""

import json
import time
from urllib.parse import urlencode

from bot.core.reply import Attachment, Reply, Visibility
from tests.adapters.slack.conftest import ALICE, BOB, COORDINATOR, shown
from tests.conftest import SEOUL_MIDDLE
from tests.support.slack_requests import slash_command_body, slash_command_fields


async def test_a_slash_command_is_acked_empty_and_answered_only_to_its_caller(slack):
    message = await slack.command(ALICE, SEOUL_MIDDLE)
    assert message["response_type"] == "ephemeral"
    ok, text = shown(message)
    assert ok and text.startswith("Registered Hanbit Middle School as KR-hanbit-middle.")
    assert "Teachers: alice" in (await slack.command(ALICE, "school show"))["text"]


async def test_an_empty_command_shows_help(slack):
    ok, text = shown(await slack.command(ALICE, ""))
    assert ok and text.startswith("Joint Class Bot commands")


async def test_a_mistake_is_answered_with_what_is_accepted(slack):
    await slack.command(ALICE, SEOUL_MIDDLE)
    message = await slack.command(ALICE, "school edit quota=0")
    assert message["response_type"] == "ephemeral"
    assert message["text"].startswith(":warning: quota: 0 is out of range")
    ok, text = shown(message)
    assert not ok
    assert text.startswith(
        "quota: 0 is out of range; it must be from 1 to 50.\n"
        "Usage: /exchange school edit [name=<text>]"
    )


async def test_a_request_with_a_wrong_signature_is_refused_and_nothing_runs(slack):
    body = slash_command_body(ALICE, SEOUL_MIDDLE, slack.api.response_url("forged"), "C0GENERAL")
    answer = await slack.requests.post(body, secret="not-the-signing-secret")
    assert answer.status == 401
    assert not slack.api.responses_to("forged")
    listing = await slack.command(BOB, "school list")
    assert "No schools registered" in shown(listing)[1]


async def test_a_request_signed_more_than_five_minutes_ago_is_refused(slack):
    body = slash_command_body(ALICE, SEOUL_MIDDLE, slack.api.response_url("replayed"), "C0GENERAL")
    stale = await slack.requests.post(body, timestamp=int(time.time()) - 5 * 60 - 30)
    assert stale.status == 401
    fresh = await slack.requests.post(body, timestamp=int(time.time()) - 4 * 60)
    assert fresh.status == 200
    assert shown(await slack.api.response("replayed"))[1].startswith("Registered")
    assert len(slack.api.responses_to("replayed")) == 1


async def test_user_text_is_shown_as_typed_and_pings_nobody(slack):
    register = SEOUL_MIDDLE.replace("Hanbit Middle School", "<!channel> Hanbit & <@U0BOB> <!here>")
    message = await slack.command(ALICE, register)
    posted = json.dumps(message)
    assert "<!channel>" not in posted and "<@U0BOB>" not in posted and "<!here>" not in posted
    assert "&lt;!channel&gt; Hanbit &amp; &lt;@U0BOB&gt; &lt;!here&gt;" in message["text"]
    assert "&lt;!channel&gt; Hanbit &amp; &lt;@U0BOB&gt;" in message["blocks"][0]["text"]["text"]
    assert shown(message)[1].startswith("Registered <!channel> Hanbit & <@U0BOB> <!here> as")


async def test_a_mention_names_the_user_it_points_at(slack):
    message = await slack.command(COORDINATOR, "coordinator add <@U0BOB|bob>")
    assert shown(message) == (True, "U0BOB is now a coordinator of Seoul IJC 2027.")
    assert await slack.deliver() == 1
    opened = slack.api.calls_to("conversations.open")[-1]
    posted = slack.api.calls_to("chat.postMessage")[-1]
    assert opened.args["users"] == "U0BOB" and posted.args["channel"] == "DU0BOB"
    assert posted.args["text"] == "minji made you a coordinator of Seoul IJC 2027."
    assert "link_names" not in posted.args and "parse" not in posted.args


async def test_the_core_gets_the_command_as_the_teacher_typed_it(slack, monkeypatch):
    seen = []

    async def record(actor, line, channel, **_):
        seen.append((actor, line, channel))
        return Reply(text="ok")

    monkeypatch.setattr(slack.bot.core.dispatcher, "handle_text", record)
    fields = slash_command_fields(ALICE, "", slack.api.response_url("typed"), "G0JOINT")
    fields["text"] = 'book 2 topic="Food &amp; festivals" link=<https://meet.example/x?a=1&amp;b=2>'
    assert (await slack.requests.post(urlencode(fields))).status == 200
    await slack.api.response("typed")
    [(actor, line, channel)] = seen
    assert line == 'book 2 topic="Food & festivals" link=https://meet.example/x?a=1&b=2'
    assert (actor.platform, actor.workspace, actor.user_id, actor.display_name) == (
        "slack",
        "T0SCHOOLS",
        "U0ALICE",
        "alice",
    )
    assert (channel.platform, channel.workspace, channel.channel_id) == (
        "slack",
        "T0SCHOOLS",
        "G0JOINT",
    )


async def test_a_reply_meant_for_the_channel_is_posted_in_it(slack, monkeypatch):
    async def announce(actor, line, channel, **_):
        return Reply(
            text=f"Session booked by {actor.label} in {channel.channel_id}",
            visibility=Visibility.CHANNEL,
        )

    monkeypatch.setattr(slack.bot.core.dispatcher, "handle_text", announce)
    message = await slack.command(ALICE, "book 2", channel_id="G0JOINT")
    assert message["response_type"] == "in_channel"
    assert message["text"] == "Session booked by alice in G0JOINT"


async def test_files_of_a_private_reply_go_to_the_callers_direct_messages(slack, monkeypatch):
    invite = Attachment(
        "session.ics",
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "text/calendar",
        title="Exchange session",
    )

    async def booked(actor, line, channel, **_):
        return Reply(text="Booked. The calendar invite is attached.", attachments=(invite,))

    monkeypatch.setattr(slack.bot.core.dispatcher, "handle_text", booked)
    await slack.command(ALICE, "confirm 7")
    completed = await slack.api.wait_for(lambda: slack.api.calls_to("files.completeUploadExternal"))
    asked = slack.api.calls_to("files.getUploadURLExternal")[0]
    assert asked.args["filename"] == "session.ics"
    assert asked.args["length"] == str(len(invite.content))
    assert list(slack.api.uploads.values()) == [invite.content]
    assert completed[0].args["channel_id"] == "DU0ALICE"
    assert json.loads(completed[0].args["files"])[0]["title"] == "Exchange session"


async def test_channel_files_fall_back_to_the_caller_when_the_bot_may_not_post_there(
    slack, monkeypatch
):
    chart = Attachment("overlap.png", b"\x89PNG fake", "image/png")

    async def charted(actor, line, channel, **_):
        return Reply(text="Overlap chart", visibility=Visibility.CHANNEL, attachments=(chart,))

    monkeypatch.setattr(slack.bot.core.dispatcher, "handle_text", charted)
    slack.api.fail("files.completeUploadExternal", error="not_in_channel")
    await slack.command(ALICE, "overlap", channel_id="C0PUBLIC")
    completed = await slack.api.wait_for(
        lambda: slack.api.calls_to("files.completeUploadExternal")[1:]
    )
    assert slack.api.calls_to("files.completeUploadExternal")[0].args["channel_id"] == "C0PUBLIC"
    assert completed[0].args["channel_id"] == "DU0ALICE"
