"""A proposal as a reply: numbered slots in both zones and daylight-saving notes, or, when
nothing fits, why not and what would. The chat command and `jointclass propose` both use it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any

from bot.core.reply import Action, Reply, Section
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Argument, Joined, Message, Renderer
from bot.i18n.time_text import CityOf, DayOf, TimeSpan
from bot.i18n.translator import english_only
from bot.schools.closed_days import Closure
from bot.schools.profile import SchoolProfile
from bot.sessions.overlap_turns import OverlapTurn, overlap_turns
from bot.sessions.session_text import after_school_note, offset_note, time_line
from bot.sessions.slots import Obstacle, Proposal, Shortfall, Slot, SlotRequest, Within
from bot.times.display import Place, local_times, offset_notes
from bot.times.local_days import place
from bot.times.local_time import to_local

MAX_CLOSURE_GROUPS = 6


def proposal_reply(
    proposal: Proposal,
    *,
    list_id: int | None,
    footer: Message | None,
    language: Language = ENGLISH,
    translator: Renderer | None = None,
) -> Reply:
    """`list_id` is the stored list `book` numbers from (None: no buttons, as on the command
    line); `footer` says what to do next; the words are in `language`."""
    renderer = translator or english_only()

    def say(message: Message) -> str:
        return renderer.render(message, language)

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
    shared: dict[str, Argument | Message] = {
        "school": mine.name,
        "partner": theirs.name,
        "duration": str(request.duration),
        "first": DayOf(request.first, year=True),
        "last": DayOf(request.last, year=True),
        "city": CityOf(places[0]),
    }
    offsets = [offset_note(note) for note in notes]
    if not proposal.slots:
        assert proposal.shortfall is not None
        lines = [
            Message("meetings-proposal-nothing", **shared),
            *_explain(proposal, proposal.shortfall, turns),
            *offsets,
        ]
        return Reply(text="\n".join(say(line) for line in lines), data=data)
    count = len(proposal.slots)
    texts = [say(Message("meetings-proposal", **shared, count=count))]
    remarks: list[str] = []  # shown after the slots in rich renderings
    if proposal.slots[0].within is Within.AFTER_SCHOOL:
        remarks.append(say(Message("meetings-proposal-after-school")))
        texts += remarks
    sections = []
    for number, slot in enumerate(proposal.slots, start=1):
        note = after_school_note(slot.start, slot.end, mine, theirs)
        texts.append(
            say(
                Message(
                    "meetings-proposed-time",
                    number=str(number),
                    time=time_line(slot.start, slot.end, places, note),
                )
            )
        )
        book = f"book {number} list={list_id}"
        button = Action(say(Message("meetings-book-button", number=str(number))), book, "primary")
        sections.append(
            Section(
                title=say(
                    Message(
                        "meetings-proposed-time-title",
                        number=str(number),
                        time=time_line(slot.start, slot.end, places[:1], note),
                    )
                ),
                lines=(say(time_line(slot.start, slot.end, places[1:], None)),),
                actions=(button,) if list_id else (),
                when=slot.start,
            )
        )
    endnotes = [
        say(Message("meetings-turn-note", turn=_turn_message(turn, request))) for turn in turns
    ]
    endnotes += [say(line) for line in [*offsets, *([footer] if footer else [])]]
    texts += endnotes
    return Reply(
        text="\n".join(texts), data=data, sections=tuple(sections), notes=(*remarks, *endnotes)
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


def _turn_message(turn: OverlapTurn, request: SlotRequest) -> Message:
    """`New York moves to EDT on Sun 14 Mar 2027: from then 09:00 in Seoul is 20:00 in New York,
    outside Lincoln Middle School's hours`."""
    here, there = Place.of(request.caller), Place.of(request.partner)
    moving = here if turn.change.zone == here.timezone else there
    after, before = (f"{to_local(t, there.timezone):%H:%M}" for t in (turn.after, turn.before))
    hours = "class" if turn.class_time else "all"
    outside = (
        Message("meetings-turn-outside-school", school=turn.outside.name, hours=hours)
        if turn.outside
        else Message("meetings-turn-too-short", duration=str(request.duration), hours=hours)
    )
    shared: dict[str, Argument | Message] = {
        "city": CityOf(moving),
        "zone": turn.change.after,
        "day": DayOf(turn.change.day, year=True),
        "wall": f"{to_local(turn.after, here.timezone):%H:%M}",
        "here": CityOf(here),
        "after": after,
        "there": CityOf(there),
        "outside": outside,
    }
    if turn.opens:
        return Message("meetings-turn-opens", **shared, hours=hours, before=before)
    return Message("meetings-turn-closes", **shared)


def _explain(proposal: Proposal, shortfall: Shortfall, turns: list[OverlapTurn]) -> list[Message]:
    request = proposal.request
    mine, theirs = request.caller, request.partner
    places = Place.of(mine), Place.of(theirs)
    if shortfall.obstacle is Obstacle.NO_OVERLAP:
        example = _their_hours_example(proposal)
        return [
            Message("meetings-why-no-overlap-example", **example)
            if example
            else Message("meetings-why-no-overlap"),
            Message("meetings-what-would-work-after-school"),
        ]
    if shortfall.obstacle is Obstacle.TOO_SHORT:
        longest = str(shortfall.longest_minutes)
        return [
            Message("meetings-why-too-short", longest=longest, duration=str(request.duration)),
            Message("meetings-what-would-work-duration", longest=longest),
        ]
    lines = []
    if shortfall.obstacle is Obstacle.BLOCKED:
        lines.append(
            Message("meetings-why-closed", closed=_closure_groups(shortfall.closures, mine, theirs))
        )
    elif turns:
        lines.append(
            Message(
                "meetings-why-turns",
                turns=Joined(
                    [_turn_message(turn, request) for turn in turns],
                    Message("meetings-turns-separator"),
                ),
            )
        )
    else:
        lines.append(Message("meetings-why-outside-range"))
    nearest = shortfall.nearest
    if nearest is None:
        lines.append(Message("meetings-nothing-within-a-year"))
        return lines
    note = after_school_note(nearest.start, nearest.end, mine, theirs)
    lines.append(
        Message("meetings-nearest", time=time_line(nearest.start, nearest.end, places, note))
    )
    first, last = _widened(request.first, request.last, nearest, mine.timezone)
    lines.append(
        Message("meetings-what-would-work-range", first=first.isoformat(), last=last.isoformat())
    )
    return lines


def _their_hours_example(proposal: Proposal) -> dict[str, Any]:
    """The partner's first class window in the range, shown in both zones."""
    request = proposal.request
    theirs = request.partner
    start_day = to_local(request.span[0], theirs.timezone).date()
    for offset in range(14):
        windows = place(theirs.class_hours, theirs.timezone, start_day + timedelta(days=offset))
        if windows:
            start, end = windows[0]
            places = (Place.of(request.caller), Place.of(theirs))
            return {"partner": theirs.name, "hours": TimeSpan(start, end, places)}
    return {}


def _widened(first: date, last: date, nearest: Slot, zone: str) -> tuple[date, date]:
    day = to_local(nearest.start, zone).date()
    return min(first, day), max(last, day)


def _closure_groups(
    closures: tuple[tuple[str, Closure], ...], mine: SchoolProfile, theirs: SchoolProfile
) -> Joined:
    """Runs of consecutive closed days per school: `Seoul Tue 14 Sep–Thu 16 Sep (Chuseok…)`."""
    cities = {mine.id: CityOf(Place.of(mine)), theirs.id: CityOf(Place.of(theirs))}
    runs: list[tuple[str, list[Closure]]] = []
    for school_id, items in groupby(closures, key=lambda item: item[0]):
        for closure in (item[1] for item in items):
            run = runs[-1][1] if runs and runs[-1][0] == school_id else None
            if run and (closure.day - run[-1].day).days == 1:
                run.append(closure)
            else:
                runs.append((school_id, [closure]))
    groups = []
    for school_id, run in runs[:MAX_CLOSURE_GROUPS]:
        names = Joined(tuple(closure.name for closure in run), ", ", distinct=True)
        shared: dict[str, Argument | Message] = {
            "city": cities[school_id],
            "first": DayOf(run[0].day),
            "names": names,
        }
        groups.append(
            Message("meetings-closed-days", **shared, last=DayOf(run[-1].day))
            if len(run) > 1
            else Message("meetings-closed-day", **shared)
        )
    if len(runs) > MAX_CLOSURE_GROUPS:
        groups.append(Message("meetings-closed-more", count=str(len(runs) - MAX_CLOSURE_GROUPS)))
    return Joined(groups, "; ")


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
                "name": str(closure.name),
            }
            for school_id, closure in shortfall.closures
        ],
        "nearest": slot_data(shortfall.nearest, mine, theirs) if shortfall.nearest else None,
    }
