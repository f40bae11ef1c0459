"""One newcomer's scenario, run identically through every adapter.

Each adapter test feeds these lines through its own protocol (console lines, signed Slack
requests, Discord interactions) and checks the outcomes with `check_outcomes`, so the three
adapters are held to the same behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    user: str
    line: str  # the text after /exchange
    ok: bool  # whether the command should succeed
    says: str  # a phrase the reply text must contain


SCENARIO = (
    Step(
        "alice",
        'school register "Hanbit Middle School" country=KR city=Seoul level=middle '
        "grades=1-3 languages=ko,en topics=culture,sdgs quota=2 "
        'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Tue,Thu 16:00-18:00"',
        True,
        "Registered Hanbit Middle School",
    ),
    Step(
        "bob",
        'school register "Sakura Junior High" country=JP city=Osaka level=middle '
        'languages=ja,en class_hours="Mon-Fri 08:30-15:30"',
        True,
        "Registered Sakura Junior High",
    ),
    Step(
        "carol",
        'school register "Lincoln Middle" country=US level=middle languages=en '
        'class_hours="Mon-Fri 08:00-15:00"',
        False,
        "time zones",
    ),
    Step("alice", "school show", True, "Asia/Seoul (KST"),
    Step("alice", "school edit quota=0", False, "quota: 0 is out of range"),
    Step("dan", "school edit quota=2", False, "not a teacher of a registered school"),
    # Slack and the console type `/exchange school register`, Discord `/school register`
    Step("alice", "help school register", True, "school register <name> country=<country>"),
)


def check_outcomes(results: list[tuple[bool, str]]) -> None:
    """`results` holds (ok, reply text) per step, in order."""
    assert len(results) == len(SCENARIO)
    for step, (ok, text) in zip(SCENARIO, results, strict=True):
        assert ok == step.ok, f"{step.line!r}: expected ok={step.ok}, got {text!r}"
        assert step.says in text, f"{step.line!r}: {step.says!r} not in {text!r}"
