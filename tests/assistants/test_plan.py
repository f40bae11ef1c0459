"""The plan as `jointclass assistants match --json` will print it."""

from __future__ import annotations

import json

from bot.assistants.solver import match
from bot.assistants.values import Assignment
from tests.support.assistants import assistant, session


def test_the_json_lists_assignments_and_uncovered_sessions_with_structured_reasons() -> None:
    once_a_month = assistant(7, max_per_month=1)
    held = Assignment(session(1, "2027-03-02 01:00"), 7)
    plan = match(
        [
            held.session,
            session(2, "2027-03-09 01:00"),
            session(3, "2027-03-09 01:00", languages="ko-en"),
        ],
        [once_a_month, assistant(8, hours="Mon 00:00-24:00")],
        kept=[held],
    )
    document = plan.as_json()
    assert json.loads(json.dumps(document)) == {
        "assignments": [{"session": 1, "assistant": 7, "languages": ["ko", "ja"]}],
        "uncovered": [
            {
                "session": 2,
                "reason": {
                    "languages": ["ko", "ja"],
                    "speakers": [
                        {"assistant": 7, "obstacle": "monthly_cap", "month": "2027-03"},
                        {"assistant": 8, "obstacle": "hours"},
                    ],
                    "nearest_free": "2027-03-08T13:45:00+00:00",  # Monday 22:45 in Seoul
                },
            },
            {
                "session": 3,
                "reason": {"languages": ["ko", "en"], "speakers": [], "nearest_free": None},
            },
        ],
    }
