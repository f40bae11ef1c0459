"""The checker finds every broken rule in any list of assignments, and none in a valid one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.assistants.checker import Bookkeeping, BrokenRule, broken_rules
from bot.assistants.rules import Obstacle
from bot.assistants.values import Assignment
from tests.support.assistant_oracle import keeps_every_rule
from tests.support.assistants import ANCHORS, assistant, assistants, session, sessions


def test_a_valid_list_breaks_nothing() -> None:
    plan = [
        Assignment(session(1, "2027-03-09 01:00"), 1),
        Assignment(session(2, "2027-03-09 02:15"), 1),
    ]
    assert broken_rules(plan, [assistant(1)]) == []


def test_each_broken_rule_is_named_with_its_assistant_and_sessions() -> None:
    people = [
        assistant(1, "ko,en"),
        assistant(2, hours="Mon-Fri 09:00-17:00"),
        assistant(3, vacations="2027-03-09"),
        assistant(4, max_per_month=1),
    ]
    plan = [
        Assignment(session(1, "2027-03-09 01:00"), 1),  # no Japanese
        Assignment(session(2, "2027-03-09 12:00"), 2),  # 21:00 in Seoul
        Assignment(session(3, "2027-03-09 01:00"), 3),  # on vacation
        Assignment(session(4, "2027-03-10 01:00"), 4),
        Assignment(session(5, "2027-03-10 02:00"), 4),  # back to back, and a second in March
        Assignment(session(5, "2027-03-10 02:00"), 9),  # nobody knows assistant 9
    ]
    assert broken_rules(plan, people) == [
        BrokenRule(Bookkeeping.TWO_ASSISTANTS, None, (5,)),
        BrokenRule(Obstacle.LANGUAGE, 1, (1,)),
        BrokenRule(Obstacle.HOURS, 2, (2,)),
        BrokenRule(Obstacle.VACATION, 3, (3,)),
        BrokenRule(Obstacle.BUSY, 4, (4, 5)),
        BrokenRule(Obstacle.MONTHLY_CAP, 4, (4, 5)),
        BrokenRule(Bookkeeping.UNKNOWN_ASSISTANT, 9, (5,)),
    ]


@st.composite
def assignment_lists(draw: st.DrawFn):
    anchor = draw(st.sampled_from(ANCHORS))
    people = draw(assistants(anchor, draw(st.integers(1, 3))))
    asking = draw(sessions(anchor, draw(st.integers(1, 6))))
    ids = [p.id for p in people]
    plan = []
    for asked in asking:
        speakers = [p.id for p in people if set(asked.languages) <= p.languages]
        if draw(st.booleans()):
            plan.append(Assignment(asked, draw(st.sampled_from(speakers or ids))))
    if plan and draw(st.integers(0, 5)) == 0:
        plan.append(Assignment(plan[0].session, draw(st.sampled_from(ids))))
    return plan, people


@settings(max_examples=200, deadline=None)
@given(assignment_lists())
def test_the_checker_passes_exactly_the_lists_the_oracle_passes(drawn) -> None:
    plan, people = drawn
    assert (broken_rules(plan, people) == []) == keeps_every_rule(plan, people)
