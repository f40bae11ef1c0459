"""The bot's own messages in Slack: joint-channel posts, rate limits, outages, refusals, joint
channels."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.adapters.slack import messenger as slack_messenger
from bot.adapters.slack.render import SlackMessage
from bot.core.errors import UserError
from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from bot.i18n.languages import language_for_country
from storage.engine import transaction
from storage.models import OutboundMessage
from tests.adapters.slack.conftest import BOT_TOKEN, TEAM
from tests.support.in_language import english_in

AGENDA = (
    "Today 15:00 KST / 15:00 JST: Hanbit <> Sakura exchange\n"
    "1. Roll call (5 min)\n2. Self-introductions (15 min)\n3. Main activity (30 min)"
)


async def queue_for_joint_channel(slack, text=AGENDA, channel_id="G0JOINT"):
    core = slack.bot.core
    async with transaction(core.sessions) as db:
        recipient = Recipient("slack", TEAM, "channel", channel_id)
        enqueue(db, OutgoingMessage(recipient, text), core.clock.now())


async def queued(slack):
    async with slack.bot.core.sessions() as db:
        return (await db.exec(select(OutboundMessage).order_by(OutboundMessage.id))).all()


async def test_a_reminder_is_posted_to_the_joint_channel(slack):
    await queue_for_joint_channel(slack)
    assert await slack.deliver() == 1
    [call] = slack.api.calls_to("chat.postMessage")
    assert (call.args["channel"], call.token) == ("G0JOINT", BOT_TOKEN)
    assert call.args["text"] == AGENDA.replace("<>", "&lt;&gt;")
    assert call.args["blocks"][0]["text"]["text"].startswith("Today 15:00 KST / 15:00 JST")
    assert [row.status for row in await queued(slack)] == ["sent"]


async def test_a_message_about_an_instant_shows_it_in_each_readers_own_zone(slack):
    core = slack.bot.core
    start = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)
    async with transaction(core.sessions) as db:
        recipient = Recipient("slack", TEAM, "channel", "G0JOINT")
        enqueue(db, OutgoingMessage(recipient, AGENDA, when=start), core.clock.now())
    assert await slack.deliver() == 1
    [call] = slack.api.calls_to("chat.postMessage")
    shown = [block["text"]["text"] for block in call.args["blocks"] if block.get("text")]
    token = f"<!date^{int(start.timestamp())}^{{date_short_pretty}} {{time}}|2027-03-09 06:00 UTC>"
    assert f"Session starts, your time: {token}" in shown


async def test_a_rate_limited_post_is_retried_after_the_time_slack_asks_for(slack):
    slack.api.fail("chat.postMessage", status=429, retry_after=1)
    await queue_for_joint_channel(slack)
    assert await slack.deliver() == 1
    first, second = slack.api.calls_to("chat.postMessage")
    assert second.at - first.at >= 1.0
    assert second.args == first.args
    assert [row.status for row in await queued(slack)] == ["sent"]


async def test_a_slack_outage_delays_a_message_but_loses_none(slack):
    slack.api.fail("chat.postMessage", status=503, times=2)
    await queue_for_joint_channel(slack)
    assert await slack.deliver() == 0
    [row] = await queued(slack)
    assert (row.status, row.attempts) == ("pending", 1)
    await slack.bot.advance(timedelta(seconds=5))
    assert [row.attempts for row in await queued(slack)] == [2]
    await slack.bot.advance(timedelta(seconds=10))
    [row] = await queued(slack)
    assert (row.status, row.attempts) == ("sent", 3)
    calls = slack.api.calls_to("chat.postMessage")
    assert len(calls) == 3 and {c.args["channel"] for c in calls} == {"G0JOINT"}


async def test_a_long_retry_after_pauses_slack_instead_of_waiting_inside_the_call(slack):
    slack.api.fail("chat.postMessage", status=429, retry_after=30)
    await queue_for_joint_channel(slack)
    assert await slack.deliver() == 0
    await slack.bot.advance(timedelta(seconds=29))
    assert len(slack.api.calls_to("chat.postMessage")) == 1  # Slack is left alone meanwhile
    await slack.bot.advance(timedelta(seconds=1))
    assert len(slack.api.calls_to("chat.postMessage")) == 2
    assert [(row.status, row.attempts) for row in await queued(slack)] == [("sent", 1)]


async def test_a_post_slack_refuses_for_good_is_given_up_and_the_next_one_is_posted(slack):
    slack.api.fail("chat.postMessage", error="not_in_channel")
    await queue_for_joint_channel(slack, "first", channel_id="G0UNINVITED")
    await queue_for_joint_channel(slack, "second", channel_id="G0UNINVITED")
    assert await slack.deliver() == 1
    first, second = await queued(slack)
    assert first.status == "refused" and "not_in_channel" in (first.last_error or "")
    assert second.status == "sent"
    await slack.bot.advance(timedelta(hours=1))
    assert len(slack.api.calls_to("chat.postMessage")) == 2  # the refused one is not retried


async def test_a_slack_error_that_may_pass_keeps_the_message_for_later(slack):
    slack.api.fail("chat.postMessage", error="internal_error")
    await queue_for_joint_channel(slack)
    assert await slack.deliver() == 0
    [row] = await queued(slack)
    assert row.status == "pending" and "internal_error" in (row.last_error or "")


def provisioner(slack):
    return slack.bot.core.channel_provisioners["slack"]


async def test_a_joint_channel_is_private_and_both_schools_teachers_are_invited(slack):
    channel_id = await provisioner(slack).create_joint_channel(
        TEAM, "Hanbit Middle × Sakura Junior High 2027", ["U0ALICE", "U0BOB"]
    )
    [created] = slack.api.calls_to("conversations.create")
    assert created.args["name"] == "hanbit-middle-sakura-junior-high-2027"
    assert created.args["is_private"] in (True, "true", "1")
    [invited] = slack.api.calls_to("conversations.invite")
    assert invited.args["channel"] == channel_id
    assert invited.args["users"] == "U0ALICE,U0BOB"
    assert invited.args["force"] in (True, "true", "1")


async def test_a_taken_channel_name_gets_a_number(slack):
    slack.api.fail("conversations.create", error="name_taken")
    await provisioner(slack).create_joint_channel(TEAM, "hanbit-sakura", [])
    names = [c.args["name"] for c in slack.api.calls_to("conversations.create")]
    assert names == ["hanbit-sakura", "hanbit-sakura-2"]
    assert not slack.api.calls_to("conversations.invite")


async def test_when_every_name_is_taken_the_teacher_is_told_to_choose_another(slack):
    slack.api.fail("conversations.create", error="name_taken", times=5)
    with pytest.raises(UserError) as refused:
        await provisioner(slack).create_joint_channel(TEAM, "hanbit-sakura", [])
    assert "choose another name" in refused.value.text()
    korean = language_for_country("KR")
    in_korean = refused.value.text(slack.bot.core.translator, korean)
    assert "#hanbit-sakura-5" in in_korean and english_in(in_korean) == []


LONG_DAY = "\n".join(  # 300 steps, about 30,000 characters: far more than one message holds
    f"{n}. Step {n} of the day & what each class brings to it, in both languages "
    "(with the teachers' notes)"
    for n in range(1, 301)
)


async def test_a_message_too_long_for_one_post_keeps_to_slacks_limits_and_attaches_the_rest(
    slack,
):
    await queue_for_joint_channel(slack, LONG_DAY)
    assert await slack.deliver() == 1
    assert slack.api.refusals == []
    [post] = slack.api.calls_to("chat.postMessage")
    shown = str(post.args["blocks"])
    assert "1. Step 1 of the day" in shown and "300. Step 300" not in shown
    assert "did not fit in this message" in shown
    assert LONG_DAY.encode() in slack.api.uploads.values()  # the whole text, as a file
    [row] = await queued(slack)
    assert row.status == "sent"


async def test_a_message_slack_refuses_as_too_large_is_given_up_not_retried(slack, monkeypatch):
    """Were a renderer to overfill a message, Slack (here its fake, by the same rules) would
    refuse it for good; the worker gives it up instead of retrying it forever."""
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 2900}}
    overfull = SlackMessage(text="overfull", blocks=[section] * 5)
    monkeypatch.setattr(slack_messenger, "render_notice", lambda *_: overfull)
    await queue_for_joint_channel(slack)
    assert await slack.deliver() == 0
    [row] = await queued(slack)
    assert row.status == "refused" and "msg_blocks_too_long" in (row.last_error or "")
    [(method, problems)] = slack.api.refusals
    assert method == "chat.postMessage" and problems[0].code == "msg_blocks_too_long"
    await slack.bot.advance(timedelta(hours=1))
    assert len(slack.api.calls_to("chat.postMessage")) == 1
