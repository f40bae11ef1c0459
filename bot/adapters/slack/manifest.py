"""`jointclass slack-manifest`: the Slack app manifest, generated from the command declarations.

Paste the output into "Create New App → From an app manifest" at api.slack.com/apps. The one
slash command, the scopes, and the interactivity, events and OAuth addresses all come from
here, so the app Slack knows always matches the bot that serves it. Without an address the
manifest is still complete, with `PLACEHOLDER_URL` where the bot's address goes.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.commands import CATALOG
from bot.core.spec import Catalog

COMMAND = "/exchange"
EVENTS_PATH = "/slack/events"  # Bolt's one endpoint: commands, interactivity and events
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
BOT_SCOPES = (
    "commands",  # /exchange
    "chat:write",  # replies, notifications, reminders, agendas
    "chat:write.public",  # post in a linked public channel the bot was not invited to
    "im:write",  # direct messages to teachers and coordinators
    "files:write",  # calendar invites, charts, CSV exports
    "groups:write",  # create a private joint channel and invite both schools' teachers
    "users:read",  # each user's language (users.info with include_locale)
)
# The only events the bot needs: a workspace's tokens stop working. With OAuth Bolt's token
# revocation listeners delete them; with one token the adapter tells the operator.
BOT_EVENTS = ("app_uninstalled", "tokens_revoked")
PLACEHOLDER_URL = "https://YOUR-HOST"
MAX_USAGE_HINT = 1000


def usage_hint(catalog: Catalog) -> str:
    """`coordinator add|list · help · school edit|join|…`: every command, grouped."""
    words: dict[str, list[str]] = {}
    for spec in catalog:
        words.setdefault(spec.path[0], []).extend(spec.path[1:2])
    parts = [f"{word} {'|'.join(subs)}" if subs else word for word, subs in words.items()]
    hint = " · ".join(parts)
    return hint if len(hint) <= MAX_USAGE_HINT else hint[: MAX_USAGE_HINT - 1] + "…"


def build_manifest(
    catalog: Catalog, *, url: str | None, oauth: bool, name: str = "Joint Class Bot"
) -> dict[str, Any]:
    """The manifest for HTTP mode at `url`, or for Socket Mode when `url` is None."""
    base = url.rstrip("/") if url else None
    command: dict[str, Any] = {
        "command": COMMAND,
        "description": "Partner schools, meeting times in both zones, reminders, feedback",
        "usage_hint": usage_hint(catalog),
        "should_escape": True,  # mentions arrive as <@U…>, the ids the commands need
    }
    settings: dict[str, Any] = {
        "interactivity": {"is_enabled": True},
        "org_deploy_enabled": False,
        "socket_mode_enabled": base is None,
        "token_rotation_enabled": False,
    }
    oauth_config: dict[str, Any] = {"scopes": {"bot": list(BOT_SCOPES)}}
    settings["event_subscriptions"] = {"bot_events": list(BOT_EVENTS)}
    if base:
        command["url"] = base + EVENTS_PATH
        settings["interactivity"]["request_url"] = base + EVENTS_PATH
        settings["event_subscriptions"]["request_url"] = base + EVENTS_PATH
    if oauth and base:
        oauth_config["redirect_urls"] = [base + REDIRECT_PATH]
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": name,
            "description": "Finds partner schools and runs online class exchanges: "
            "times in both time zones, reminders, feedback.",
            "background_color": "#2c5f8a",
        },
        "features": {
            "bot_user": {"display_name": "jointclass", "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": oauth_config,
        "settings": settings,
    }


def add_parser(subparsers: Any) -> None:
    """Declare `jointclass slack-manifest` on the CLI's sub-command parser."""
    parser = subparsers.add_parser(
        "slack-manifest", help="print the Slack app manifest (JSON) to create the app from"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--url",
        help=f"the bot's public https address, e.g. https://bot.example.org (default: "
        f"{PLACEHOLDER_URL}, to replace in the output)",
    )
    where.add_argument(
        "--socket-mode",
        action="store_true",
        help="no public address: connect out with SLACK_APP_TOKEN instead",
    )
    parser.add_argument(
        "--oauth",
        action="store_true",
        help="for installing into many workspaces (SLACK_CLIENT_ID/SECRET)",
    )


def print_manifest(args: argparse.Namespace) -> int:
    if args.url and not args.url.startswith("https://"):
        print(
            "jointclass slack-manifest: Slack only calls https addresses; "
            f"--url must start with https://, not {args.url!r}",
            file=sys.stderr,
        )
        return 2
    url = None if args.socket_mode else args.url or PLACEHOLDER_URL
    if url is not None and args.url is None:
        print(
            f"jointclass slack-manifest: no --url given, so the manifest uses {PLACEHOLDER_URL}; "
            "replace it with the bot's public https address (or run again with --url, or with "
            "--socket-mode for no public address)",
            file=sys.stderr,
        )
    manifest = build_manifest(CATALOG, url=url, oauth=args.oauth)
    print(json.dumps(manifest, indent=2, ensure_ascii=False))
    return 0
