"""`jointclass slack-manifest`: the app Slack knows, generated from the command declarations."""

import json

import pytest

from bot.adapters.slack.manifest import BOT_EVENTS, build_manifest
from bot.cli import main as cli_main
from bot.commands import CATALOG
from tests.adapters.slack.conftest import TEAM
from tests.support.specs import slack_manifest_schema

URL = "https://bot.example.org"


def test_the_manifest_declares_one_command_served_where_bolt_listens():
    manifest = build_manifest(CATALOG, url=URL + "/", oauth=False)
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/exchange"
    assert command["url"] == f"{URL}/slack/events"
    assert command["should_escape"] is True
    assert manifest["settings"]["interactivity"] == {
        "is_enabled": True,
        "request_url": f"{URL}/slack/events",
    }
    assert manifest["settings"]["socket_mode_enabled"] is False
    assert manifest["settings"]["event_subscriptions"] == {
        "bot_events": ["app_uninstalled", "tokens_revoked"],
        "request_url": f"{URL}/slack/events",
    }
    assert "redirect_urls" not in manifest["oauth_config"]


def test_the_usage_hint_names_every_declared_command():
    hint = build_manifest(CATALOG, url=URL, oauth=False)["features"]["slash_commands"][0][
        "usage_hint"
    ]
    for spec in CATALOG:
        group, *rest = spec.path
        assert group in hint and all(word in hint for word in rest), spec.name
    assert len(hint) <= 1000


def test_the_scopes_cover_what_the_adapter_calls():
    scopes = set(build_manifest(CATALOG, url=URL, oauth=False)["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "im:write", "files:write", "groups:write"} <= scopes


def test_a_distributed_app_gets_the_oauth_redirect_and_uninstall_events():
    manifest = build_manifest(CATALOG, url=URL, oauth=True)
    assert manifest["oauth_config"]["redirect_urls"] == [f"{URL}/slack/oauth_redirect"]
    assert manifest["settings"]["event_subscriptions"] == {
        "bot_events": ["app_uninstalled", "tokens_revoked"],
        "request_url": f"{URL}/slack/events",
    }


def test_socket_mode_needs_no_public_address():
    manifest = build_manifest(CATALOG, url=None, oauth=False)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["event_subscriptions"] == {
        "bot_events": ["app_uninstalled", "tokens_revoked"]
    }
    assert "https://" not in json.dumps(manifest)


@pytest.fixture
def cli(monkeypatch, capsys):
    monkeypatch.setattr(cli_main, "configure_logging", lambda settings, **where: None)

    def run(*argv):
        code = cli_main.main(["slack-manifest", *argv])
        return code, capsys.readouterr()

    return run


def test_the_cli_prints_the_manifest_as_json(cli):
    code, printed = cli("--url", URL)
    assert code == 0
    assert json.loads(printed.out) == build_manifest(CATALOG, url=URL, oauth=False)


def test_the_cli_refuses_an_address_slack_would_not_call(cli):
    code, printed = cli("--url", "http://bot.example.org")
    assert code == 2 and "must start with https://" in printed.err
    assert printed.out == ""


def test_without_arguments_the_cli_prints_a_complete_manifest_for_a_placeholder_host(cli):
    code, printed = cli()
    assert code == 0
    manifest = json.loads(printed.out)
    assert manifest == build_manifest(CATALOG, url="https://YOUR-HOST", oauth=False)
    assert manifest["features"]["slash_commands"][0]["url"] == "https://YOUR-HOST/slack/events"
    assert manifest["settings"]["interactivity"]["request_url"] == "https://YOUR-HOST/slack/events"
    assert manifest["settings"]["event_subscriptions"]["request_url"] == (
        "https://YOUR-HOST/slack/events"
    )
    assert "https://YOUR-HOST" in printed.err and "--url" in printed.err


def test_a_given_address_or_socket_mode_prints_no_placeholder_note(cli):
    for argv in (("--url", URL), ("--socket-mode",)):
        code, printed = cli(*argv)
        assert code == 0 and printed.err == ""
        assert "YOUR-HOST" not in printed.out


EVENTS = {
    "app_uninstalled": {"type": "app_uninstalled"},
    "tokens_revoked": {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["U0BOT"]}},
}


@pytest.mark.parametrize("event", BOT_EVENTS)
async def test_a_single_workspace_bot_answers_each_subscribed_event_and_logs_why(
    slack, caplog, event
):
    answer = await slack.requests.event(TEAM, EVENTS[event])
    assert answer.status == 200
    assert f"Slack sent {event}: SLACK_BOT_TOKEN no longer works" in caplog.text


@pytest.mark.parametrize(
    ("url", "oauth"),
    [(URL, False), (URL, True), (None, False)],
    ids=["one workspace", "many workspaces", "socket mode"],
)
def test_the_manifest_validates_against_slacks_own_schema(url, oauth):
    manifest = build_manifest(CATALOG, url=url, oauth=oauth)
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in slack_manifest_schema().iter_errors(manifest)
    ]
    assert errors == []


def test_slacks_schema_refuses_what_slack_would():
    """The check is not vacuous: a usage hint over Slack's 1,000 characters is refused."""
    manifest = build_manifest(CATALOG, url=URL, oauth=False)
    manifest["features"]["slash_commands"][0]["usage_hint"] = "x" * 1001
    assert not slack_manifest_schema().is_valid(manifest)
