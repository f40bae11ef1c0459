"""What must hold after any round of simultaneous commands, read from the replies, the log and
the round's rows.

Nothing failed with the generic error and nothing was logged as an error; no two live sessions
of a partnership overlap; a session that is not booked has no pending reminder; at most one
pending request per pair of schools (none between partners) and one active partnership per
pair; quotas hold; a session's invite sequence rose by one per change; every notice agrees with
the final state: the watchers of both schools (teachers who never act) read the same story of
each session, it is a possible one (proposed, moved, booked once, cancelled last), and it ends
where the session ended; and nothing happened twice that may happen once (a school registered,
a teacher joined, a channel created, a request sent, a request to join answered, a claim code
used); a pair's stage moves only forwards, no move is recorded twice in a row, none after the
partnership ended, and each school is told of each move once.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import Any

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from benchmarks.race_world import HELD_UID_PREFIX, Call, Cast, RaceWorld
from bot.core.reply import Reply
from storage.models import (
    Activity,
    ActivityReminder,
    ActivityStatus,
    ActivityStep,
    ExchangeSession,
    FeedbackAnswer,
    Membership,
    OutboundMessage,
    Partnership,
    PartnershipRequest,
    PartnershipStage,
    PartnershipStatus,
    Reminder,
    ReminderStatus,
    RequestStatus,
    School,
    SessionStatus,
    StageMove,
    StepStatus,
)

GENERIC_ERROR = "Sorry, something went wrong"
SESSION_EVENTS = ("session_proposed", "session_rescheduled", "session_booked", "session_cancelled")


@dataclass
class RoundRecord:
    """What a round did: the calls fired together, their replies, what was logged meanwhile."""

    scenario: str
    cast: Cast
    calls: list[Call]
    replies: list[Reply]
    errors: list[logging.LogRecord]
    channels_created: list[str]


@dataclass
class Rows:
    """The round's rows: everything about its two schools and its users."""

    schools: dict[str, School]
    partnerships: list[Partnership]
    requests: list[PartnershipRequest]
    sessions: list[ExchangeSession]
    reminders: list[Reminder]
    members: list[Membership]
    answers: list[FeedbackAnswer]
    stage_moves: list[StageMove]  # oldest first
    notices: list[tuple[str, dict[str, Any]]]  # (recipient, data) in the order queued
    activities: list[Activity]
    steps: list[ActivityStep]
    activity_reminders: list[ActivityReminder]


async def load_rows(world: RaceWorld, cast: Cast) -> Rows:
    suffix = f"-{cast.round}"
    async with world.bot.core.sessions() as db:
        schools = {
            school.id: school
            for school in (await db.exec(select(School))).all()
            if school.name.endswith(f" {cast.round}")
        }
        ids = list(schools)
        partnerships = list(
            (
                await db.exec(
                    select(Partnership).where(
                        or_(col(Partnership.school_a).in_(ids), col(Partnership.school_b).in_(ids))
                    )
                )
            ).all()
        )
        requests = list(
            (
                await db.exec(
                    select(PartnershipRequest).where(col(PartnershipRequest.from_school).in_(ids))
                )
            ).all()
        )
        sessions = await _sessions(db, [p.id for p in partnerships if p.id is not None])
        session_ids = [s.id for s in sessions]
        reminders = list(
            (await db.exec(select(Reminder).where(col(Reminder.session_id).in_(session_ids)))).all()
        )
        members = [
            m for m in (await db.exec(select(Membership))).all() if m.user_id.endswith(suffix)
        ]
        answers = list(
            (
                await db.exec(
                    select(FeedbackAnswer).where(col(FeedbackAnswer.session_id).in_(session_ids))
                )
            ).all()
        )
        moves = await db.exec(
            select(StageMove)
            .where(col(StageMove.partnership_id).in_([p.id for p in partnerships]))
            .order_by(col(StageMove.id))
        )
        notices = await _notices(db, cast)
        activities, steps, activity_reminders = await _activities_of(
            db, [p.id for p in partnerships if p.id is not None]
        )
    return Rows(
        schools,
        partnerships,
        requests,
        sessions,
        reminders,
        members,
        answers,
        list(moves.all()),
        notices,
        activities,
        steps,
        activity_reminders,
    )


async def _activities_of(
    db: AsyncSession, partnership_ids: list[int]
) -> tuple[list[Activity], list[ActivityStep], list[ActivityReminder]]:
    activities = list(
        (
            await db.exec(select(Activity).where(col(Activity.partnership_id).in_(partnership_ids)))
        ).all()
    )
    steps = list(
        (
            await db.exec(
                select(ActivityStep).where(
                    col(ActivityStep.activity_id).in_([a.id for a in activities])
                )
            )
        ).all()
    )
    reminders = list(
        (
            await db.exec(
                select(ActivityReminder).where(
                    col(ActivityReminder.step_id).in_([s.id for s in steps])
                )
            )
        ).all()
    )
    return activities, steps, reminders


async def _sessions(db: AsyncSession, partnership_ids: list[int]) -> list[ExchangeSession]:
    query = select(ExchangeSession).where(col(ExchangeSession.partnership_id).in_(partnership_ids))
    return list((await db.exec(query.order_by(col(ExchangeSession.id)))).all())


async def _notices(db: AsyncSession, cast: Cast) -> list[tuple[str, dict[str, Any]]]:
    """What the round's watchers and joint channel were sent, in the order it was queued."""
    readers = [cast.user("aw"), cast.user("bw"), cast.user("j"), cast.user("k"), cast.channel]
    rows = await db.exec(
        select(OutboundMessage)
        .where(col(OutboundMessage.target_id).in_(readers))
        .order_by(col(OutboundMessage.id))
    )
    return [(row.target_id, json.loads(row.payload)["data"]) for row in rows.all()]


def violations(record: RoundRecord, rows: Rows) -> list[str]:
    """Every invariant the round broke, each said in a sentence."""
    found: list[str] = []
    found += _replies(record)
    found += _overlaps(rows)
    found += _reminders(rows)
    found += _requests(rows)
    found += _partnerships(rows)
    found += _session_stories(record.cast, rows)
    found += _once_only(record, rows)
    found += _activities(record.cast, rows)
    found += _stages(record.cast, rows)
    return found


def _replies(record: RoundRecord) -> list[str]:
    found = [
        f"{call.user} got the generic error for `{call.line}`"
        for call, reply in zip(record.calls, record.replies, strict=True)
        if GENERIC_ERROR in reply.text
    ]
    found += [f"logged an error: {entry.getMessage()[:160]}" for entry in record.errors]
    return found


def _live(session: ExchangeSession) -> bool:
    return session.status in (SessionStatus.PENDING, SessionStatus.BOOKED)


def _overlaps(rows: Rows) -> list[str]:
    live = [s for s in rows.sessions if _live(s)]
    return [
        f"sessions #{first.id} and #{second.id} of partnership {first.partnership_id} overlap"
        for first, second in combinations(live, 2)
        if first.partnership_id == second.partnership_id
        and first.start_utc < second.end_utc
        and second.start_utc < first.end_utc
    ]


def _activities(cast: Cast, rows: Rows) -> list[str]:
    """One live activity of a kind per pair; a step done once, by one teacher; no reminder
    pending for a step done or an activity not under way; done when every step is; and the
    joint channel told once of each step done and of each confirmation."""
    live = Counter(
        (a.partnership_id, a.kind)
        for a in rows.activities
        if a.status in (ActivityStatus.PROPOSED, ActivityStatus.PLANNED)
    )
    found = [
        f"partnership {pair} has {n} live {kind} activities"
        for (pair, kind), n in live.items()
        if n > 1
    ]
    status = {a.id: a.status for a in rows.activities}
    steps = {s.id: s for s in rows.steps}
    for reminder in rows.activity_reminders:
        step = steps[reminder.step_id]
        if reminder.status == ReminderStatus.PENDING and (
            step.status == StepStatus.DONE or status[step.activity_id] != ActivityStatus.PLANNED
        ):
            found.append(
                f"step {step.name} of activity #{step.activity_id} ({step.status}, activity "
                f"{status[step.activity_id]}) has a pending reminder"
            )
    for activity in rows.activities:
        own = [s for s in rows.steps if s.activity_id == activity.id]
        all_done = all(s.status == StepStatus.DONE for s in own)
        if all_done != (activity.status == ActivityStatus.DONE) and activity.status != (
            ActivityStatus.CANCELLED
        ):
            found.append(f"activity #{activity.id} is {activity.status} with steps {own}")
    told = Counter(
        (data.get("event"), json.dumps(data.get("activity", {}).get("steps", [])))
        for target, data in rows.notices
        if target == cast.channel and str(data.get("event", "")).startswith("activity_")
    )
    found += [
        f"the joint channel was told twice: {event}" for (event, _), n in told.items() if n > 1
    ]
    return found


def _reminders(rows: Rows) -> list[str]:
    status = {session.id: session.status for session in rows.sessions}
    waiting = Counter(r.session_id for r in rows.reminders if r.status == ReminderStatus.PENDING)
    return [
        f"session #{session_id} is {status[session_id]} yet has {count} pending reminder(s)"
        for session_id, count in sorted(waiting.items())
        if status[session_id] != SessionStatus.BOOKED
    ]


def _pair(first: str, second: str) -> frozenset[str]:
    return frozenset((first, second))


def _requests(rows: Rows) -> list[str]:
    pending = Counter(
        _pair(r.from_school, r.to_school)
        for r in rows.requests
        if r.status == RequestStatus.PENDING
    )
    active = {_pair(p.school_a, p.school_b) for p in rows.partnerships if _active(p)}
    found = [
        f"{count} pending requests between {' and '.join(sorted(pair))}"
        for pair, count in pending.items()
        if count > 1
    ]
    found += [
        f"a request between partners {' and '.join(sorted(pair))} is still pending"
        for pair in pending
        if pair in active
    ]
    return found


def _active(partnership: Partnership) -> bool:
    return partnership.status == PartnershipStatus.ACTIVE


def _partnerships(rows: Rows) -> list[str]:
    active = [p for p in rows.partnerships if _active(p)]
    pairs = Counter(_pair(p.school_a, p.school_b) for p in active)
    found = [
        f"{count} active partnerships between {' and '.join(sorted(pair))}"
        for pair, count in pairs.items()
        if count > 1
    ]
    used = Counter(school for p in active for school in (p.school_a, p.school_b))
    found += [
        f"{school.id} has {used[school.id]} partners, quota {school.quota}"
        for school in rows.schools.values()
        if used[school.id] > school.quota
    ]
    return found


def _session_stories(cast: Cast, rows: Rows) -> list[str]:
    """Each session as both watchers read it, against how it ended. A partnership's end names
    the sessions it cancelled in one notice to the other school, so it counts for both."""
    watchers = (cast.user("aw"), cast.user("bw"))
    told: dict[str, dict[int, list[tuple[str, dict[str, Any]]]]] = {
        reader: defaultdict(list) for reader in watchers
    }
    ended: set[int] = set()
    for reader, data in rows.notices:
        if reader in told and data.get("event") in SESSION_EVENTS:
            told[reader][data["session"]["id"]].append((data["event"], data["session"]))
        elif data.get("event") == "partnership_ended":
            ended.update(data.get("cancelled_session_ids", []))
    found = []
    for session in rows.sessions:
        if session.ics_uid.startswith(HELD_UID_PREFIX):
            continue  # written straight to storage by the staging: nobody was told of it
        first, second = (told[reader][session.id or 0] for reader in watchers)
        if [event for event, _ in first] != [event for event, _ in second]:
            found.append(f"the two schools were told different stories of session #{session.id}")
        story = first + ([("session_cancelled", {})] if session.id in ended else [])
        found += _story_problems(session, story)
    found += _channel_problems(cast, rows)
    return found


def _story_problems(session: ExchangeSession, story: list[tuple[str, dict[str, Any]]]) -> list[str]:
    events = [event for event, _ in story]
    name = f"session #{session.id}"
    found = []
    if events[:1] != ["session_proposed"] or events.count("session_proposed") > 1:
        found.append(f"{name}: told {events}, not one proposal first")
    if events.count("session_booked") > 1:
        found.append(f"{name}: told it was booked {events.count('session_booked')} times")
    if "session_cancelled" in events[:-1]:
        found.append(f"{name}: told of changes after its cancellation: {events}")
    cancelled = events[-1:] == ["session_cancelled"]
    booked = "session_booked" in events
    expected = (
        SessionStatus.CANCELLED if cancelled else SessionStatus.BOOKED if booked else "pending"
    )
    if session.status != expected:
        found.append(f"{name} ended {session.status}, yet the notices say {expected}: {events}")
    changes = events.count("session_rescheduled") + events.count("session_cancelled")
    if session.ics_sequence != changes:
        found.append(f"{name}: invite sequence {session.ics_sequence} after {changes} change(s)")
    last_times = [data for _, data in story if data]
    if last_times and last_times[-1]["start_utc"] != session.start_utc.isoformat():
        found.append(f"{name}: the last notice says {last_times[-1]['start_utc']}, not its time")
    return found


def _channel_problems(cast: Cast, rows: Rows) -> list[str]:
    booked = Counter(
        data["session"]["id"]
        for reader, data in rows.notices
        if reader == cast.channel and data.get("event") == "session_booked"
    )
    return [
        f"the joint channel was told {count} times that session #{session_id} is booked"
        for session_id, count in booked.items()
        if count > 1
    ]


def _once_only(record: RoundRecord, rows: Rows) -> list[str]:
    """What a round may do once at most: register a school, join one, create a channel, ask."""
    found = []
    cast = record.cast
    registered = [s for s in rows.schools.values() if s.name.startswith("Kiwi Middle")]
    if len(registered) > 1:
        found.append(f"{len(registered)} schools registered by one double submission")
    by_user = Counter(member.user_id for member in rows.members)
    found += [f"{user} teaches at {count} schools" for user, count in by_user.items() if count > 1]
    joined = Counter(
        (reader, data.get("user"))
        for reader, data in rows.notices
        if data.get("event") == "school_joined"
    )
    found += [
        f"{reader} was told {count} times that {user} joined"
        for (reader, user), count in joined.items()
        if count > 1
    ]
    created = Counter(record.channels_created)
    found += [
        f"{count} channels {name} were created" for name, count in created.items() if count > 1
    ]
    asked = Counter(
        (reader, data.get("from_school"))
        for reader, data in rows.notices
        if data.get("event") == "partnership_requested"
    )
    requests = Counter((r.to_school, r.from_school) for r in rows.requests)
    watcher_school = {cast.user("aw"): cast.school_a, cast.user("bw"): cast.school_b}
    found += [
        f"{reader} was told of {count} requests from {school}, "
        f"{requests[(watcher_school[reader], school)]} exist"
        for (reader, school), count in asked.items()
        if count != requests[(watcher_school[reader], school)]
    ]
    for event, limit in (("partnership_accepted", 1), ("partnership_ended", 1)):
        told = Counter(reader for reader, data in rows.notices if data.get("event") == event)
        found += [
            f"{reader} was told {count} times: {event}"
            for reader, count in told.items()
            if count > limit
        ]
    found += _memberships_granted(rows)
    answers = Counter((a.session_id, a.user_id) for a in rows.answers)
    found += [f"{count} answers of {user}" for (_, user), count in answers.items() if count > 1]
    return found


def _stages(cast: Cast, rows: Rows) -> list[str]:
    """Each pair's moves: forwards only (a planned visit may be planned again, to another day
    or host), none recorded twice in a row; each told to each school's watcher once, none
    after the partnership's end (the notices are queued in the order the moves took turns)."""
    order = list(PartnershipStage)
    found = []
    for partnership in rows.partnerships:
        moves = [m for m in rows.stage_moves if m.partnership_id == partnership.id]
        for before, after in pairwise(moves):
            if order.index(after.stage) < order.index(before.stage) or (
                after.stage == before.stage != PartnershipStage.VISIT_PLANNED
            ):
                found.append(f"partnership {partnership.id} moved {before.stage} → {after.stage}")
            elif (before.stage, before.on, before.host_school) == (
                after.stage,
                after.on,
                after.host_school,
            ):
                found.append(f"partnership {partnership.id}: {after.stage} recorded twice")
    for watcher in (cast.user("aw"), cast.user("bw")):
        events = [
            data.get("event")
            for reader, data in rows.notices
            if reader == watcher and data.get("event") in ("partnership_stage", "partnership_ended")
        ]
        if events.count("partnership_stage") != len(rows.stage_moves):
            found.append(
                f"{watcher} was told of {events.count('partnership_stage')} stage moves, "
                f"{len(rows.stage_moves)} made"
            )
        ended = events.index("partnership_ended") if "partnership_ended" in events else len(events)
        if "partnership_stage" in events[ended:]:
            found.append(f"{watcher} was told of a stage move after the partnership ended")
    return found


JOIN_ANSWERS = ("join_approved", "join_declined")


def _memberships_granted(rows: Rows) -> list[str]:
    """A request to join is answered once, one way, and an approved asker is a teacher of the
    school; a claim code lets one person in."""
    told = Counter(
        (reader, data["event"], data.get("request_id"))
        for reader, data in rows.notices
        if data.get("event") in (*JOIN_ANSWERS, "join_requested", "teacher_removed")
    )
    found = [
        f"{reader} was told {count} times: {event} #{request}"
        for (reader, event, request), count in told.items()
        if count > 1
    ]
    answers = defaultdict(set)
    for _, data in rows.notices:
        if data.get("event") in JOIN_ANSWERS:
            answers[data.get("request_id")].add(data["event"])
    found += [
        f"request #{n} was both approved and declined" for n, a in answers.items() if len(a) > 1
    ]
    teaching = {(m.user_id, m.school_id) for m in rows.members}
    found += [
        f"{reader} was told they were approved but teaches at no school"
        for reader, data in rows.notices
        if data.get("event") == "join_approved"
        and (reader, data.get("school_id")) not in teaching
        and reader.split("-")[0] in ("j", "k")
    ]
    return found
