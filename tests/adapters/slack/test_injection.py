"""Hostile text through the real Bolt app: what reaches Slack's API pings and links nobody."""

from __future__ import annotations

from bot.adapters.slack.render import unescape
from bot.core.grammar import quote
from tests.adapters.slack.conftest import ALICE, BOB
from tests.conftest import OSAKA_MIDDLE
from tests.support.inert import INJECTED_NAME, INJECTED_TEXT, assert_slack_inert, slack_mrkdwn

HOSTILE_SCHOOL = (
    f"school register {quote(INJECTED_NAME)} country=KR city=Seoul level=middle "
    'languages=ko,en class_hours="Mon-Fri 09:00-16:00"'
)


async def test_replies_and_notifications_reach_slack_escaped_and_without_link_parsing(slack):
    answers = [
        await slack.command(ALICE, HOSTILE_SCHOOL),
        await slack.command(BOB, OSAKA_MIDDLE),
        await slack.command(ALICE, f"request JP-sakura-junior-high {quote(INJECTED_TEXT)}"),
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
    assert INJECTED_NAME in view["private_metadata"]  # carried to the submission, not shown
