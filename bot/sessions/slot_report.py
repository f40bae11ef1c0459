"""A proposal as a reply: numbered slots in both zones and daylight-saving notes, or, when
nothing fits, why not and what would. The chat command and `jointclass propose` both use it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any

from bot.core.reply import Action, Reply, Section
from bot.schools.closed_days import Closure
from bot.schools.profile import SchoolProfile
from bot.sessions.overlap_turns import OverlapTurn, overlap_turns
from bot.sessions.session_text import after_school_tag
from bot.sessions.slots import Obstacle, Proposal, Shortfall, Slot, SlotRequest, Within
from bot.times.display import Place, day_label, local_times, offset_notes, span, span_at_place
from bot.times.local_days import place
from bot.times.local_time import to_local

NON_REAL_TIME = (
    "a non-real-time exchange instead: video letters, a shared Padlet board, "
    "or culture boxes and handwritten letters"
)
MAX_CLOSURE_GROUPS = 6


def proposal_reply(proposal: Proposal, *, list_id: int | None, footer: str | None) -> Reply:
    """`list_id` is the stored list `book` numbers from (None: no buttons, as on the command
    line); `footer` says what to do next."""
    request = proposal.request
    mine, theirs = request.caller, request.partner
    places = Place.of(mine), Place.of(theirs)
    turns = overlap_turns(request, _turn_window(proposal))
    turned = {(turn.change.zone, turn.change.day) for turn in turns}
    notes = [
        note
        for note in offset_notes(*places, request.span)
        if (note.change.zone, note.change.day) not in turned
    ]
    data: dict[str, Any] = {
        "slots": [slot_data(slot, mine, theirs) for slot in proposal.slots],
        "from": request.first.isoformat(),
        "to": request.last.isoformat(),
        "duration": request.duration,
        "school_id": mine.id,
        "partner_id": theirs.id,
        "offset_changes": [note.data() for note in notes],
        "overlap_turns": [_turn_data(turn) for turn in turns],
        "list_id": list_id,
        "problem": _problem_data(proposal.shortfall, mine, theirs),
    }
    range_text = (
        f"{day_label(request.first, year=True)} to {day_label(request.last, year=True)}"
        f" ({places[0].city} dates)"
    )
    if not proposal.slots:
        assert proposal.shortfall is not None
        lines = [
            f"No meeting time of {request.duration} minutes fits {mine.name} and "
            f"{theirs.name} from {range_text}."
        ]
        lines += _explain(proposal, proposal.shortfall, turns)
        lines += [note.text for note in notes]
        return Reply(text="\n".join(lines), data=data)
    count = len(proposal.slots)
    lines = [
        f"{count} meeting time{'s' if count > 1 else ''} for {mine.name} and "
        f"{theirs.name} ({request.duration} minutes), from {range_text}:"
    ]
    remarks: list[str] = []  # shown after the slots in rich renderings
    if proposal.slots[0].within is Within.AFTER_SCHOOL:
        remarks.append("Class hours never overlap in this range, so these use after-school hours.")
        lines += remarks
    sections = []
    for number, slot in enumerate(proposal.slots, start=1):
        tag = after_school_tag(slot.start, slot.end, mine, theirs)
        lines.append(f"  {number}. {span(slot.start, slot.end, places)}{tag}")
        book = f"book {number} list={list_id}"
        sections.append(
            Section(
                title=f"{number}. {span_at_place(slot.start, slot.end, places[0])}{tag}",
                lines=(span_at_place(slot.start, slot.end, places[1]),),
                actions=(Action(f"Book {number}", book, "primary"),) if list_id else (),
                when=slot.start,
            )
        )
    endnotes = [f"Note: {_turn_text(turn, request)}." for turn in turns]
    endnotes += [note.text for note in notes] + ([footer] if footer else [])
    lines += endnotes
    return Reply(
        text="\n".join(lines), data=data, sections=tuple(sections), notes=(*remarks, *endnotes)
    )


def slot_data(slot: Slot, mine: SchoolProfile, theirs: SchoolProfile) -> dict[str, Any]:
    return {
        "start_utc": slot.start.isoformat(),
        "end_utc": slot.end.isoformat(),
        "within": slot.within.value,
        "local": [
            {"school_id": school.id, **local_times(slot.start, slot.end, Place.of(school))}
            for school in (mine, theirs)
        ],
    }


def _turn_window(proposal: Proposal) -> tuple[datetime, datetime]:
    """Where a daylight-saving change explains the proposal: the range, and when they meet
    only outside it, the stretch between the range and the nearest time that works."""
    start, end = proposal.request.span
    shortfall = proposal.shortfall
    if (
        shortfall is None
        or shortfall.nearest is None
        or shortfall.obstacle is not Obstacle.OUTSIDE_RANGE
    ):
        return start, end
    return min(start, shortfall.nearest.start), max(end, shortfall.nearest.end)


def _turn_text(turn: OverlapTurn, request: SlotRequest) -> str:
    """`New York moves to EDT on Sun 14 Mar 2027: from then 09:00 in Seoul is 20:00 in New York,
    outside Lincoln Middle School's hours`."""
    here, there = Place.of(request.caller), Place.of(request.partner)
    moving = here if turn.change.zone == here.timezone else there
    head = f"{moving.city} moves to {turn.change.after} on {day_label(turn.change.day, year=True)}"
    wall = f"{to_local(turn.after, here.timezone):%H:%M} in {here.city}"
    after, before = (f"{to_local(t, there.timezone):%H:%M}" for t in (turn.after, turn.before))
    hours = "class hours" if turn.class_time else "hours"
    outside = (
        f"outside {turn.outside.name}'s {hours}"
        if turn.outside
        else f"without {request.duration} minutes inside both schools' {hours}"
    )
    if turn.opens:
        return (
            f"{head}: from then {wall} is {after} in {there.city}, inside both schools' {hours} "
            f"(until then it is {before}, {outside})"
        )
    return f"{head}: from then {wall} is {after} in {there.city}, {outside}"


def _explain(proposal: Proposal, shortfall: Shortfall, turns: list[OverlapTurn]) -> list[str]:
    request = proposal.request
    mine, theirs = request.caller, request.partner
    places = Place.of(mine), Place.of(theirs)
    if shortfall.obstacle is Obstacle.NO_OVERLAP:
        return [
            "Why: their class and after-school hours never overlap, on any date within a year."
            + _their_hours_example(proposal),
            f"What would work: after-school hours that reach the other school's day "
            f"(`/exchange school edit after_school_hours=…`), or {NON_REAL_TIME}.",
        ]
    if shortfall.obstacle is Obstacle.TOO_SHORT:
        return [
            f"Why: their hours overlap for at most {shortfall.longest_minutes} minutes "
            f"(meetings start on a quarter hour), less than the {request.duration} asked.",
            f"What would work: duration={shortfall.longest_minutes}, longer after-school hours, "
            f"or {NON_REAL_TIME}.",
        ]
    lines = []
    if shortfall.obstacle is Obstacle.BLOCKED:
        lines.append(
            "Why: every time they overlap in this range falls on a day one school is "
            "closed: " + "; ".join(_closure_groups(shortfall.closures, mine, theirs)) + "."
        )
    elif turns:
        lines.append(
            "Why: they overlap only outside this range: "
            + "; and ".join(_turn_text(turn, request) for turn in turns)
            + "."
        )
    else:
        lines.append("Why: they do overlap, but only outside this range.")
    nearest = shortfall.nearest
    if nearest is None:
        lines.append(f"Nothing fits within a year of the range either; consider {NON_REAL_TIME}.")
        return lines
    tag = after_school_tag(nearest.start, nearest.end, mine, theirs)
    lines.append(f"Nearest that works: {span(nearest.start, nearest.end, places)}{tag}.")
    first, last = _widened(request.first, request.last, nearest, mine.timezone)
    lines.append(f"What would work: a wider range, e.g. from={first} to={last}.")
    return lines


def _their_hours_example(proposal: Proposal) -> str:
    """The partner's first class window in the range, shown in both zones."""
    request = proposal.request
    theirs = request.partner
    start_day = to_local(request.span[0], theirs.timezone).date()
    for offset in range(14):
        windows = place(theirs.class_hours, theirs.timezone, start_day + timedelta(days=offset))
        if windows:
            start, end = windows[0]
            shown = span(start, end, (Place.of(request.caller), Place.of(theirs)))
            return f" {theirs.name}'s class hours, for example, are {shown}."
    return ""


def _widened(first: date, last: date, nearest: Slot, zone: str) -> tuple[date, date]:
    day = to_local(nearest.start, zone).date()
    return min(first, day), max(last, day)


def _closure_groups(
    closures: tuple[tuple[str, Closure], ...], mine: SchoolProfile, theirs: SchoolProfile
) -> list[str]:
    """Runs of consecutive closed days per school: `Seoul: Tue 14 Sep–Thu 16 Sep (Chuseok…)`."""
    cities = {mine.id: Place.of(mine).city, theirs.id: Place.of(theirs).city}
    runs: list[tuple[str, list[Closure]]] = []
    for school_id, items in groupby(closures, key=lambda item: item[0]):
        for closure in (item[1] for item in items):
            run = runs[-1][1] if runs and runs[-1][0] == school_id else None
            if run and (closure.day - run[-1].day).days == 1:
                run.append(closure)
            else:
                runs.append((school_id, [closure]))
    texts = []
    for school_id, run in runs[:MAX_CLOSURE_GROUPS]:
        days = day_label(run[0].day) + (f"–{day_label(run[-1].day)}" if len(run) > 1 else "")
        names = ", ".join(dict.fromkeys(closure.name for closure in run))
        texts.append(f"{cities[school_id]} {days} ({names})")
    if len(runs) > MAX_CLOSURE_GROUPS:
        texts.append(f"and {len(runs) - MAX_CLOSURE_GROUPS} more")
    return texts


def _turn_data(turn: OverlapTurn) -> dict[str, Any]:
    return {
        "timezone": turn.change.zone,
        "date": turn.change.day.isoformat(),
        "to": turn.change.after,
        "overlap": "opens" if turn.opens else "closes",
        "meeting_utc": turn.meeting.isoformat(),
        "missed_utc": turn.missed.isoformat(),
        "outside": turn.outside.id if turn.outside else None,
    }


def _problem_data(
    shortfall: Shortfall | None, mine: SchoolProfile, theirs: SchoolProfile
) -> dict[str, Any] | None:
    if shortfall is None:
        return None
    return {
        "reason": shortfall.obstacle.value,
        "longest_overlap_minutes": shortfall.longest_minutes,
        "closed": [
            {
                "school_id": school_id,
                "date": closure.day.isoformat(),
                "kind": closure.kind.value,
                "name": closure.name,
            }
            for school_id, closure in shortfall.closures
        ],
        "nearest": slot_data(shortfall.nearest, mine, theirs) if shortfall.nearest else None,
    }
