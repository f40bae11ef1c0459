"""The platforms' own published specifications, as validators: Discord's OpenAPI document and
Slack's app manifest schema, read from `../shared/specs/` beside the repository (where CI
puts them). Without that directory the tests that need it skip, saying so; in CI they fail.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "specs"
COMMANDS_PATH = "/applications/{application_id}/commands"
# Slack's manifest schema names its versions by these addresses; the copies are beside it.
SLACK_SCHEMA_URL = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/"
SLACK_VERSIONS = ("1.0.0", "2.0.0")


def spec(name: str) -> Any:
    """A specification file's JSON, or a skip (a failure in CI) when the copies are absent."""
    path = SPECS / name
    if not path.is_file():
        reason = f"the platforms' specifications are not beside the clone ({path} is missing)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must have ../shared/specs")
        pytest.skip(reason)
    return _load(path)


@cache
def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def discord_commands_schema() -> Draft202012Validator:
    """The request body of `PUT /applications/{application_id}/commands`, with the document's
    `components` beside it so that its `$ref`s resolve."""
    document = spec("discord-openapi.json")
    body = document["paths"][COMMANDS_PATH]["put"]["requestBody"]["content"]["application/json"]
    schema = dict(body["schema"], components=document["components"])
    return Draft202012Validator(schema)


def slack_manifest_schema() -> Draft7Validator:
    """Slack's manifest schema, its versioned parts found under their URLs in the local copies."""
    registry: Registry[Any] = Registry().with_resources(
        (
            f"{SLACK_SCHEMA_URL}manifest.schema.{version}.json",
            Resource.from_contents(
                spec(f"slack-manifest.schema.{version}.json"), default_specification=DRAFT7
            ),
        )
        for version in SLACK_VERSIONS
    )
    return Draft7Validator(spec("slack-manifest.schema.json"), registry=registry)
