"""The conflicting commands the race harness fires at once, one scenario per way teachers and
coordinators collide: a double click, a command retyped because the reply was slow, both
schools of a pair acting in the same minute.

A scenario stages its round (through the bot's own commands, as users would), names the calls
to fire together, and says what their replies must say: a repeat of the caller's own command
is answered as already done, with its result; whoever lost a race is told what happened first.
`race_invariants` checks what must hold after any round.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from benchmarks.race_world import Call, Cast, RaceWorld
from bot.core.reply import Reply

Stage = Callable[[RaceWorld, Cast], Awaitable[None]]
Expectation = Callable[[list[Reply]], list[str]]  # what the replies got wrong, in sentences


@dataclass(frozen=True)
class Scenario:
    name: str
    summary: str
    stage: Stage
    calls: Callable[[Cast], list[Call]]
    expect: Expectation


def _done_once_then_already(replies: list[Reply]) -> list[str]:
    """One user's repeats: one did it, the others were told it was done, with the result."""
    found = [f"a repeat was refused: {r.text[:160]}" for r in replies if not r.ok]
    done = [r for r in replies if r.ok and not r.data.get("already")]
    if len(done) != 1:
        found.append(f"{len(done)} of {len(replies)} repeats did it, not one")
    return found


def _done_at_most_once(replies: list[Reply]) -> list[str]:
    """Repeats of a change that may be in place already: each answered, at most one acted."""
    found = [f"a repeat was refused: {r.text[:160]}" for r in replies if not r.ok]
    done = [r for r in replies if r.ok and not r.data.get("already")]
    if len(done) > 1:
        found.append(f"{len(done)} of {len(replies)} repeats did it")
    return found


def _every_one_answered(replies: list[Reply]) -> list[str]:
    """Choices that replace each other (a language): each is answered, none refused."""
    return [f"a choice was refused: {r.text[:160]}" for r in replies if not r.ok]


def _one_won(*told: str) -> Expectation:
    """Conflicting commands: one succeeded; the others were told what happened first (their
    refusal holds every one of `told`)."""

    def expect(replies: list[Reply]) -> list[str]:
        won = [r for r in replies if r.ok]
        found = [] if len(won) == 1 else [f"{len(won)} of {len(replies)} succeeded, not one"]
        return found + [
            f"the loser was not told what happened: {r.text[:160]}"
            for r in replies
            if not r.ok and not all(phrase in r.text for phrase in told)
        ]

    return expect


def _losers_told(*told: str) -> Expectation:
    """Conflicting commands that may all succeed in turn: any refused was told what happened
    first (its refusal holds every one of `told`)."""

    def expect(replies: list[Reply]) -> list[str]:
        return [
            f"a loser was not told what happened: {r.text[:160]}"
            for r in replies
            if not r.ok and not all(phrase in r.text for phrase in told)
        ]

    return expect


async def _nobody(world: RaceWorld, cast: Cast) -> None:
    """The program's coordinator needs no school."""


async def _nothing_more(world: RaceWorld, cast: Cast) -> None:
    await world.schools(cast)


async def _partners(world: RaceWorld, cast: Cast) -> None:
    await world.schools(cast)
    await world.partners(cast)


async def _partners_without_channel(world: RaceWorld, cast: Cast) -> None:
    await world.schools(cast)
    await world.partners(cast, channel=False)


async def _proposal(world: RaceWorld, cast: Cast) -> None:
    await _partners(world, cast)
    await world.ok(cast.user("a1"), f"propose {cast.school_b} count=6")


async def _pending_session(world: RaceWorld, cast: Cast) -> None:
    await _partners(world, cast)
    cast.values["session"] = await world.proposed(cast)


async def _booked_session(world: RaceWorld, cast: Cast) -> None:
    await _partners(world, cast)
    cast.values["session"] = await world.booked(cast)
    # b1's own proposal, so that both schools can name a new time by number
    await world.ok(cast.user("b1"), f"propose {cast.school_a} count=6")


async def _asked(world: RaceWorld, cast: Cast) -> None:
    await world.schools(cast)
    await world.ok(cast.user("a1"), f"request {cast.school_b}")


async def _join_asked(world: RaceWorld, cast: Cast) -> None:
    await world.schools(cast)
    cast.values["request"] = await world.asked(cast.user("j"), cast.school_a)


async def _code_issued(world: RaceWorld, cast: Cast) -> None:
    await world.schools(cast)
    issued = await world.ok("coordinator", f"school code {cast.school_b}")
    cast.values["code"] = issued.data["code"]


async def _held_session(world: RaceWorld, cast: Cast) -> None:
    await _partners(world, cast)
    cast.values["session"] = await world.held(cast)


async def _activity_proposed(world: RaceWorld, cast: Cast) -> None:
    await _partners(world, cast)
    planned = await world.ok(cast.user("a1"), f"activity plan video_letter {cast.school_b}")
    cast.values["activity"] = planned.data["activity"]["id"]


async def _activity_planned(world: RaceWorld, cast: Cast) -> None:
    await _activity_proposed(world, cast)
    await world.ok(cast.user("b1"), f"activity confirm {cast.values['activity']}")


async def _partners_and_days(world: RaceWorld, cast: Cast) -> None:
    """Partners, with a day a visit may be planned for and a day an agreement may be signed on."""
    await _partners(world, cast)
    today = world.bot.clock.now().date()
    cast.values["visit_day"] = (today + timedelta(days=60)).isoformat()
    cast.values["signed_day"] = (today - timedelta(days=2)).isoformat()


def _stage(cast: Cast, partner: str, move: str) -> str:
    """A `partnership stage` line for the round: `move` may name {visit_day} or {signed_day}."""
    return f"partnership stage {partner} " + move.format(**cast.values)


def _signing_as(other: Callable[[Cast], str]) -> Callable[[Cast], list[Call]]:
    """a1 records the signed agreement as b1 types `other`."""
    return lambda c: [
        Call(c.user("a1"), _stage(c, c.school_b, "mou-signed date={signed_day}")),
        Call(c.user("b1"), other(c)),
    ]


def _term(number: int) -> str:
    """A named term of its own for each round (140 of them: terms end in 2099)."""
    return f"{2030 + number // 2}-{number % 2 + 1}"


def _twice(user: str, line: str) -> list[Call]:
    return [Call(user, line), Call(user, line)]


SCENARIOS = (
    Scenario(
        "language/language",
        "`language ko` and `language ja` sent at once by one teacher",
        _nothing_more,
        lambda c: [Call(c.user("a1"), "language ko"), Call(c.user("a1"), "language ja")],
        _every_one_answered,
    ),
    Scenario(
        "book/book",
        "`book 1` sent twice at once",
        _proposal,
        lambda c: _twice(c.user("a1"), f"book 1 partner={c.school_b}"),
        _done_once_then_already,
    ),
    Scenario(
        "cancel/confirm",
        "one school cancels a proposal as the other confirms it",
        _pending_session,
        lambda c: [
            Call(c.user("a1"), f"cancel {c.values['session']} Change of plans"),
            Call(c.user("b1"), f"confirm {c.values['session']}"),
        ],
        _losers_told("was cancelled at", "nothing was confirmed"),
    ),
    Scenario(
        "confirm/confirm",
        "a double click on Confirm",
        _pending_session,
        lambda c: _twice(c.user("b1"), f"confirm {c.values['session']}"),
        _done_once_then_already,
    ),
    Scenario(
        "reschedule/reschedule/cancel",
        "both schools move a booked session as a colleague cancels it",
        _booked_session,
        lambda c: [
            Call(c.user("a1"), f"reschedule {c.values['session']} 2"),
            Call(c.user("b1"), f"reschedule {c.values['session']} 3"),
            Call(c.user("a2"), f"cancel {c.values['session']} Typhoon"),
        ],
        _losers_told("was cancelled at", "nothing was moved"),
    ),
    Scenario(
        "request x3",
        "`request` sent three times at once",
        _nothing_more,
        lambda c: [Call(c.user("a1"), f"request {c.school_b}") for _ in range(3)],
        _done_once_then_already,
    ),
    Scenario(
        "crossed requests",
        "each school asks the other in the same moment",
        _nothing_more,
        lambda c: [
            Call(c.user("a1"), f"request {c.school_b}"),
            Call(c.user("b1"), f"request {c.school_a}"),
        ],
        _one_won("already asked your school"),
    ),
    Scenario(
        "accept/decline",
        "one teacher accepts a request as a colleague declines it",
        _asked,
        lambda c: [
            Call(c.user("b1"), f"accept {c.school_a}"),
            Call(c.user("b2"), f"decline {c.school_a} Timetable full"),
        ],
        _one_won("partnership request was", "nothing was"),
    ),
    Scenario(
        "join x2",
        "`school join` sent twice at once",
        _nothing_more,
        lambda c: _twice(c.user("j"), f"school join {c.school_a}"),
        _done_once_then_already,
    ),
    Scenario(
        "approve/decline",
        "one teacher approves a request to join as a colleague declines it",
        _join_asked,
        lambda c: [
            Call(c.user("a1"), f"teacher approve {c.values['request']}"),
            Call(c.user("a2"), f"teacher decline {c.values['request']} Unknown to us"),
        ],
        _one_won("was", "by", "nothing was changed"),
    ),
    Scenario(
        "approve x2",
        "a double click on Approve",
        _join_asked,
        lambda c: _twice(c.user("a1"), f"teacher approve {c.values['request']}"),
        _done_once_then_already,
    ),
    Scenario(
        "claim/claim",
        "two people type one claim code at once",
        _code_issued,
        lambda c: [
            Call(c.user("j"), f"school claim {c.values['code']}"),
            Call(c.user("k"), f"school claim {c.values['code']}"),
        ],
        _one_won("That claim code was already used"),
    ),
    Scenario(
        "claim x2",
        "one claim code typed twice at once",
        _code_issued,
        lambda c: _twice(c.user("j"), f"school claim {c.values['code']}"),
        _done_once_then_already,
    ),
    Scenario(
        "remove x2",
        "both teachers of a school remove a colleague at once",
        _nothing_more,
        lambda c: [
            Call(c.user("a1"), f"teacher remove {c.user('a2')}"),
            Call(c.user("aw"), f"teacher remove {c.user('a2')}"),
        ],
        # the later is answered as done, or, once the removal is committed, with the teachers
        # left (the school's teachers, the loser among them, were told who removed whom)
        _losers_told("No teacher of", "Its teachers:"),
    ),
    Scenario(
        "register x2",
        "the same `school register` sent twice at once",
        _nothing_more,
        lambda c: _twice(
            c.user("r"),
            f'school register "Kiwi Middle {c.round}" country=NZ city=Auckland level=middle '
            'timezone=Pacific/Auckland languages=en class_hours="Mon-Fri 09:00-15:00"',
        ),
        _done_once_then_already,
    ),
    Scenario(
        "feedback submit x2",
        "the feedback form submitted twice at once",
        _held_session,
        lambda c: _twice(
            c.user("a1"), f"feedback submit {c.values['session']} status=held rating=4"
        ),
        _done_once_then_already,
    ),
    Scenario(
        "channel create x2",
        "`channel create` sent twice at once",
        _partners_without_channel,
        lambda c: _twice(c.user("a1"), f"channel create partner={c.school_b}"),
        _one_won("already has a joint channel"),
    ),
    Scenario(
        "partnership end x2",
        "both schools end their partnership, a booked session with it, at once",
        _booked_session,
        lambda c: [
            Call(c.user("a1"), f"partnership end {c.school_b} Moving on"),
            Call(c.user("b1"), f"partnership end {c.school_a}"),
        ],
        _one_won("was ended at", "nothing was ended"),
    ),
    Scenario(
        "partnership stage x2",
        "`partnership stage … visit-planned` sent twice at once",
        _partners_and_days,
        lambda c: _twice(
            c.user("a1"), _stage(c, c.school_b, "visit-planned date={visit_day} host=KR")
        ),
        _done_once_then_already,
    ),
    Scenario(
        "stage/stage",
        "both schools record the signed agreement at once",
        _partners_and_days,
        _signing_as(lambda c: _stage(c, c.school_a, "mou-signed date={signed_day}")),
        _one_won("recorded this at", "Nothing was recorded again"),
    ),
    Scenario(
        "stage/stage back",
        "one school records the agreement as the other records a visit made before it",
        _partners_and_days,
        _signing_as(lambda c: _stage(c, c.school_a, "visited date={signed_day} host=JP")),
        _losers_told("already at 'MOU signed' (recorded at", "Nothing was recorded"),
    ),
    Scenario(
        "stage/end",
        "one school records the agreement as the other ends the partnership",
        _partners_and_days,
        _signing_as(lambda c: f"partnership end {c.school_a}"),
        _losers_told("was ended at", "nothing was recorded"),
    ),
    Scenario(
        "feedback close x2",
        "a coordinator closes a term twice at once",
        _nobody,
        lambda c: _twice("coordinator", f"feedback close {_term(c.round)}"),
        _done_once_then_already,
    ),
    Scenario(
        "feedback settings x2",
        "a coordinator changes the feedback settings twice at once",
        _nobody,
        lambda c: _twice(
            "coordinator", f"feedback settings student_prompt={('on', 'off')[c.round % 2]}"
        ),
        _done_at_most_once,
    ),
    Scenario(
        "lead-times x2",
        "a coordinator changes the reminder lead times twice at once",
        _nobody,
        lambda c: _twice("coordinator", f"coordinator lead-times day_before={1 + c.round % 3}d"),
        _done_at_most_once,
    ),
    Scenario(
        "activity plan x2",
        "`activity plan` sent twice at once",
        _partners,
        lambda c: _twice(c.user("a1"), f"activity plan video_letter {c.school_b}"),
        _done_once_then_already,
    ),
    Scenario(
        "activity plan/plan",
        "two teachers of a school plan the same kind of activity at once",
        _partners,
        lambda c: [
            Call(c.user("a1"), f"activity plan video_letter {c.school_b}"),
            Call(c.user("a2"), f"activity plan video_letter {c.school_b} every=3w"),
        ],
        _one_won("already waits for confirmation as activity", "proposed at"),
    ),
    Scenario(
        "activity confirm x2",
        "a double click on Confirm activity",
        _activity_proposed,
        lambda c: _twice(c.user("b1"), f"activity confirm {c.values['activity']}"),
        _done_once_then_already,
    ),
    Scenario(
        "activity done/done",
        "two teachers of the owner school mark the same step done at once",
        _activity_planned,
        lambda c: [
            Call(
                c.user("a1"),
                f"activity done post https://v.example/1 activity={c.values['activity']}",
            ),
            Call(
                c.user("a2"),
                f"activity done post https://v.example/2 activity={c.values['activity']}",
            ),
        ],
        _one_won("was already marked done at", "nothing changed"),
    ),
    Scenario(
        "activity cancel/done",
        "one school cancels an activity as the other marks its step done",
        _activity_planned,
        lambda c: [
            Call(c.user("b1"), f"activity cancel {c.values['activity']} Term cut short"),
            Call(
                c.user("a1"),
                f"activity done post https://v.example/1 activity={c.values['activity']}",
            ),
        ],
        _losers_told("was cancelled at", "nothing was marked done"),
    ),
)

BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}
