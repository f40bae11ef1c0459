"""A new booking is offered a free assistant at once, the least loaded first, without moving
anyone already assigned; when nobody is free, the reason says why."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings

from bot.assistants.offer import offer
from bot.assistants.reasons import Uncovered
from bot.assistants.rules import Obstacle
from bot.assistants.solver import match
from bot.assistants.values import Assignment
from tests.support.assistant_oracle import can_add, loads
from tests.support.assistants import PAIR, assistant, instances, session


def test_the_least_loaded_free_assistant_is_offered() -> None:
    busy, lighter, other_language = assistant(1), assistant(2), assistant(3, "ko,en")
    held = [
        Assignment(session(1, "2027-03-02 01:00"), 1),
        Assignment(session(2, "2027-03-03 01:00"), 1),
        Assignment(session(3, "2027-03-04 01:00"), 2),
    ]
    booking = session(4, "2027-03-09 01:00")
    assert offer(booking, [busy, lighter, other_language], held) == Assignment(booking, 2)


def test_among_equally_loaded_assistants_one_who_knows_the_pair_is_offered() -> None:
    booking = session(1, "2027-03-09 01:00")
    people = [assistant(1), assistant(2, served=(PAIR,)), assistant(3)]
    assert offer(booking, people, []) == Assignment(booking, 2)


def test_existing_assignments_are_not_moved_to_make_room() -> None:
    trilingual, bilingual = assistant(1, "ko,ja,en"), assistant(2, "ko,ja")
    held = Assignment(session(1, "2027-03-09 01:00", languages="ko-ja"), 1)
    booking = session(2, "2027-03-09 01:00", languages="ko-en")
    result = offer(booking, [trilingual, bilingual], [held])
    assert isinstance(result, Uncovered)
    assert [(s.assistant_id, s.obstacle, s.clashes_with) for s in result.reason.speakers] == [
        (1, Obstacle.BUSY, 1)
    ]
    # A coordinator's rerun of the matching may move the first session to the other assistant.
    assert len(match([held.session, booking], [trilingual, bilingual]).added) == 2


@settings(max_examples=150, deadline=None)
@given(instances())
def test_an_offer_is_made_exactly_when_someone_can_take_it_and_to_the_least_loaded(
    instance,
) -> None:
    sessions, people, kept = instance
    booking, held = sessions[-1], [a for a in kept if a.session.id != sessions[-1].id]
    theirs = {p.id: [a.session for a in held if a.assistant_id == p.id] for p in people}
    able = [p for p in people if can_add(p, booking, theirs[p.id])]
    result = offer(booking, people, held)
    if not able:
        assert isinstance(result, Uncovered)
        return
    assert isinstance(result, Assignment)
    assert result.session == booking
    assert result.assistant_id in {p.id for p in able}
    load = loads(held)
    assert load[result.assistant_id] == min(load[p.id] for p in able)


def test_an_assistant_who_declined_a_session_is_never_offered_it_again() -> None:
    least_loaded, other = assistant(1), assistant(2)
    held = [Assignment(session(1, "2027-03-02 01:00"), 2)]
    booking = replace(session(2, "2027-03-09 01:00"), declined_by=frozenset({1}))
    assert offer(booking, [least_loaded, other], held) == Assignment(booking, 2)
    alone = offer(booking, [least_loaded], [])
    assert isinstance(alone, Uncovered)
    assert [(s.assistant_id, s.obstacle) for s in alone.reason.speakers] == [(1, Obstacle.DECLINED)]
    assert alone.reason.nearest_free is None  # declining is about the session, not its hour


def test_the_matching_leaves_a_declined_session_to_the_others() -> None:
    asked = [replace(session(1, "2027-03-09 01:00"), declined_by=frozenset({1}))]
    plan = match(asked, [assistant(1)])
    assert plan.added == () and plan.uncovered[0].reason.speakers[0].obstacle is Obstacle.DECLINED
    assert match(asked, [assistant(1), assistant(2)]).added == (Assignment(asked[0], 2),)
