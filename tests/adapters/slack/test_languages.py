"""A Slack user reads the bot in the language of their Slack client, which `users.info` tells
(with `include_locale`), asked once and kept: the ack never waits for it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.adapters.slack.forms import EXPIRED_FORM, FormRequest, build_modal, form_request
from bot.commands import CATALOG
from bot.core.reply import Attachment, Reply
from bot.i18n.languages import LANGUAGES, Language, matching_language
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from tests.adapters.slack.conftest import ALICE, shown
from tests.adapters.slack.test_injection import a_form_submission
from tests.adapters.slack.test_interactivity import open_registration_form
from tests.conftest import SEOUL_MIDDLE
from tests.support.in_language import english_in
from tests.support.platform_limits import slack_view_problems

KOREAN = LANGUAGES[2]


async def test_a_user_whose_slack_is_in_korean_reads_korean(slack) -> None:
    slack.api.locales[ALICE.user_id] = "ko-KR"
    ok, text = shown(await slack.command(ALICE, SEOUL_MIDDLE))
    korean = matching_language("ko-KR")
    assert korean is not None and korean.tag == "ko"
    registered = Message("school-registered", name="Hanbit Middle School", id="KR-hanbit-middle")
    assert ok and text.startswith(slack.bot.core.translator.render(registered, korean))
    ok, text = shown(await slack.command(ALICE, "whoami"))
    assert "한국어 (ko)" in text
    asked = slack.api.calls_to("users.info")
    assert len(asked) == 1, "the locale is asked once, then kept"
    assert dict(slack.bot.core.translator.fallbacks) == {}


def _texts(node: Any) -> list[str]:
    """Every text a reader sees in a Block Kit view or message."""
    if isinstance(node, dict):
        found = [node["text"]] if isinstance(node.get("text"), str) else []
        return found + [text for value in node.values() for text in _texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value)]
    return []


async def test_a_korean_teachers_form_reads_korean_buttons_included(slack) -> None:
    await slack.command(ALICE, "language ko")
    opened, _ = await open_registration_form(slack, ALICE)
    view = opened.args["view"]
    translator = slack.bot.core.translator
    assert view["submit"]["text"] == translator.render(
        Message("adapters-slack-form-submit"), KOREAN
    )
    assert view["close"]["text"] == translator.render(Message("adapters-slack-form-cancel"), KOREAN)
    assert view["title"]["text"] == translator.declared(
        "cmd-school-register-form", "Register your school", KOREAN
    )
    assert english_in("\n".join(_texts(view))) == []
    assert slack.api.refusals == []
    assert dict(translator.fallbacks) == {}


def test_slacks_limit_on_a_forms_buttons_is_held_to() -> None:
    """As Slack's `views.open` answers `invalid_arguments` for a 25-character submit text."""
    modal = build_modal(
        form_request(CATALOG, "school register"), "key", LANGUAGES[0], Translator.load()
    )
    assert slack_view_problems(modal) == []
    modal["submit"]["text"] = "x" * 25
    assert [str(problem.where) for problem in slack_view_problems(modal)] == ["('submit', 'text')"]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.tag)
def test_every_form_fits_slacks_limits_in_every_language(language: Language) -> None:
    """Slack refuses a modal whose title, submit or close text is over 24 characters."""
    translator = Translator.load()
    for spec in CATALOG:
        if spec.form is not None:
            request = FormRequest(spec.name, spec, spec.form, {})
            modal = build_modal(request, "key", language, translator)
            assert slack_view_problems(modal) == [], (language.tag, spec.name)


async def test_a_form_the_bot_no_longer_knows_is_answered_in_the_submitters_language(slack) -> None:
    await slack.command(ALICE, "language ko")
    answer = await slack.requests.post(a_form_submission('{"form": "never-given"}'))
    assert answer.status == 200
    [posted] = await slack.api.wait_for(lambda: slack.api.calls_to("chat.postMessage"))
    expired = slack.bot.core.translator.render(EXPIRED_FORM, KOREAN)
    assert shown(posted.args) == (False, expired)


async def test_a_file_that_could_not_be_sent_is_told_in_the_callers_language(
    slack, monkeypatch
) -> None:
    invite = Attachment("session.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")

    async def booked(actor, line, channel, **_):
        return Reply(text="예약했습니다.", attachments=(invite,), language=KOREAN)

    monkeypatch.setattr(slack.bot.core.dispatcher, "handle_text", booked)
    slack.api.fail("files.completeUploadExternal", error="file_upload_failed")
    await slack.command(ALICE, "confirm 7")
    [told] = await slack.api.wait_for(lambda: slack.api.calls_to("chat.postMessage"))
    not_sent = Message("adapters-slack-files-not-sent", files="session.ics")
    assert shown(told.args) == (True, slack.bot.core.translator.render(not_sent, KOREAN))
