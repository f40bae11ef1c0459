"""Agenda templates follow the class procedure and are time-boxed to the session's length."""

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.value_types import ValueProblem
from bot.sessions.agenda_templates import (
    TEMPLATES,
    AgendaStep,
    fit,
    in_english,
    in_group_rooms,
    interpretation_role,
    parse_steps,
    template,
    time_box,
    timed,
)
from bot.sessions.session_text import PROGRAM_TYPES


def test_there_is_a_template_for_every_program_type_bookings_accept():
    assert tuple(TEMPLATES) == PROGRAM_TYPES


@pytest.mark.parametrize("program_type", PROGRAM_TYPES)
def test_every_template_follows_the_class_procedure(program_type):
    titles = [in_english(step.title) for step in template(program_type, 60)]
    assert titles[0] == "Roll call" and titles[1] == "Self-introductions"
    assert any(title.startswith("Group rooms") for title in titles)
    assert titles[-1].startswith("Wrap-up")
    rooms = next(s for s in template(program_type, 60) if in_group_rooms(s))
    assert "visit each room and encourage everyone to take part" in in_english(rooms.guidance)


def test_a_longer_session_gets_longer_activities_on_a_five_minute_grid():
    assert [s.minutes for s in template("cultural_exchange", 60)] == [5, 10, 20, 15, 10]
    assert [s.minutes for s in template("cultural_exchange", 90)] == [10, 15, 30, 25, 10]


@given(
    weights=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=12),
    minutes=st.integers(min_value=12, max_value=240),
)
def test_time_boxing_fills_the_session_exactly_and_keeps_the_proportions(weights, minutes):
    lengths = time_box(weights, minutes)
    assert sum(lengths) == minutes
    assert all(length >= 1 for length in lengths)
    grid = 5 if minutes % 5 == 0 and minutes >= 5 * len(weights) else 1
    assert all(length % grid == 0 for length in lengths)
    if all(length > grid for length in lengths):  # no step was raised to the minimum
        for heavier, lighter in ((a, b) for a in range(len(weights)) for b in range(len(weights))):
            if weights[heavier] > weights[lighter]:
                assert lengths[heavier] >= lengths[lighter]


def test_steps_follow_each_other_from_the_start():
    start = datetime(2027, 6, 15, 6, tzinfo=UTC)
    steps = timed(template("presentation", 60), start)
    assert steps[0].start == start and steps[-1].end == start + timedelta(minutes=60)
    assert all(a.end == b.start for a, b in pairwise(steps))


def test_teachers_write_steps_with_their_minutes_and_keep_known_guidance():
    steps = parse_steps(
        "Roll call 5; Quiz show 30m; Wrap-up on the main screen 1h",
        guidance_from=template("presentation", 60),
    )
    assert [(s.title, s.minutes) for s in steps] == [
        ("Roll call", 5),
        ("Quiz show", 30),
        ("Wrap-up on the main screen", 60),
    ]
    assert in_english(steps[0].guidance).startswith("Everyone joins the call")
    assert steps[1].guidance == ""


def test_a_template_step_typed_in_another_language_keeps_its_guidance():
    [step] = parse_steps("출석 확인 5", guidance_from=template("presentation", 60))
    assert step.title == "출석 확인"  # as the teacher wrote it
    assert in_english(step.guidance).startswith("Everyone joins the call")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "give at least one step"),
        ("Quiz", "needs a title and a length"),
        ("Quiz soon", "must end with the step's length"),
        ("Quiz 0", "lasts no time"),
        (";".join(f"Step {n} 5" for n in range(13)), "at most 12"),
    ],
)
def test_bad_steps_say_what_is_wrong(text, says):
    with pytest.raises(ValueProblem, match=says):
        parse_steps(text)


def test_custom_steps_are_rescaled_when_the_session_length_changes():
    own = [AgendaStep("Talk", 40), AgendaStep("Wrap-up", 20)]
    assert fit(own, 60) == own
    assert [s.minutes for s in fit(own, 90)] == [60, 30]


def test_an_interpreted_agenda_gives_the_assistant_a_part_in_every_step():
    steps = template("discussion", 60)
    roles = [
        in_english(interpretation_role("Mina", i, len(steps), step)) for i, step in enumerate(steps)
    ]
    assert (
        roles[0] == "Interpretation: Mina greets both classes and interprets the teachers' words."
    )
    assert roles[-1] == "Interpretation: Mina interprets the thanks and what comes next."
    rooms = next(i for i, step in enumerate(steps) if in_group_rooms(step))
    assert "joins the group room" in roles[rooms]
    assert all(role.startswith("Interpretation: Mina ") for role in roles)
