"""What each reminder says, to whom: every time in both schools' zones, the reader's first (the
session's assistant reads their own zone first, then the schools').

Texts are written when a reminder fires, not when it is planned, so they carry the session's
topic, link and agenda as they are on the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta

from bot.core.outbox import OutgoingMessage, Recipient
from bot.core.reply import Action
from bot.reminders.plan import COORDINATORS, JOINT, ReminderKind, assistant_of, school_of
from bot.reminders.session_facts import SessionFacts
from bot.schools.profile import SchoolProfile
from bot.sessions.agenda import DayAgenda
from bot.sessions.agenda_templates import TimedStep, interpretation_role
from bot.sessions.session_text import details, program_type_label
from bot.sessions.slots import SlotRequest, propose_slots
from bot.times.display import Place, at, span
from bot.times.geography import language_pair_name
from bot.times.local_time import to_local
from storage.models import Reminder, School

PRELIMINARY_MINUTES = 30
PRELIMINARY_DAYS = 14  # the preliminary meeting is proposed within the next two weeks
PRELIMINARY_OFFERS = 3

KIND_LABELS = {
    ReminderKind.LEAD: "lead-time reminder (topic, program type, coordinator, interpreter)",
    ReminderKind.PRELIMINARY: "preliminary meeting with the partner teacher",
    ReminderKind.PRACTICE: "device and connection check, practice run",
    ReminderKind.DAY_BEFORE: "day-before checklist",
    ReminderKind.AGENDA: "day-of agenda",
    ReminderKind.STEP: "step nudge",
    ReminderKind.END: "end of session: feedback request",
}


def kind_label(row: Reminder, agenda: DayAgenda | None = None) -> str:
    label = KIND_LABELS[ReminderKind(row.kind)]
    step = row.step
    if row.kind == ReminderKind.STEP and agenda and step is not None and step < len(agenda.steps):
        return f"{label}: {agenda.steps[step].title}"
    return label


def audience_label(audience: str, facts: SessionFacts) -> str:
    school_id = school_of(audience)
    if school_id is not None:
        return f"teachers of {facts.school(school_id).name}"
    if assistant_of(audience) is not None:
        return "session's assistant"
    if audience == COORDINATORS:
        return f"coordinators of {facts.program.name}"
    if facts.channel is not None:
        return "joint channel"
    if audience == JOINT:
        return "teachers of both schools (no joint channel is linked)"
    return "joint channel (none is linked yet)"


def time_until(start: datetime, since: datetime, zone: str) -> str:
    """`in 3 months`, `in 1 week`, `tomorrow`, `in 60 minutes`, on the zone's calendar."""
    gap = relativedelta(
        to_local(start, zone).replace(tzinfo=None), to_local(since, zone).replace(tzinfo=None)
    )
    months = gap.years * 12 + gap.months
    if months:
        return f"in {months} month{'s' if months > 1 else ''}"
    if gap.days >= 7 and gap.days % 7 == 0:
        weeks = gap.days // 7
        return f"in {weeks} week{'s' if weeks > 1 else ''}"
    if gap.days == 1 and not (gap.hours or gap.minutes):
        return "tomorrow"
    if gap.days:
        return f"in {gap.days} day{'s' if gap.days > 1 else ''}"
    minutes = gap.hours * 60 + gap.minutes
    if minutes > 120:
        return f"in {gap.hours} hours" + (f" {gap.minutes} minutes" if gap.minutes else "")
    return f"in {minutes} minutes" if minutes > 0 else "now"


def when_lines(facts: SessionFacts, reader: School | None) -> list[str]:
    session = facts.session
    return [
        f"When: {span(session.start_utc, session.end_utc, facts.places(reader), year=True)}",
        details(session),
    ]


def checklist(
    kind: ReminderKind, facts: SessionFacts, reader: School | None, agenda: DayAgenda, now: datetime
) -> list[str]:
    """What the teachers should do at this step of the preparation."""
    session = facts.session
    link = session.video_link
    if kind is ReminderKind.LEAD:
        return [
            f"Confirm the topic ({session.topic or 'not agreed yet'}) and the program type "
            f"({program_type_label(session.program_type)}) between the two teachers.",
            f"Tell the program's coordinator ({facts.program.name}) what you plan.",
            "If the classes need an interpreter, ask for a remote class assistant: "
            f"`/exchange assist {session.id}`.",
        ]
    if kind is ReminderKind.PRELIMINARY:
        return [
            "Hold a preliminary meeting of the two teachers, by video call rather than e-mail "
            "(with an interpreter if needed): agree on the program, the roles and the tool.",
            _preliminary_times(facts, reader, now),
        ]
    if kind is ReminderKind.PRACTICE:
        return [
            "Check the devices: enough for the groups, cameras, microphones and speakers.",
            "Check the connection (Wi-Fi) in the room you will use and the video call: "
            + (link or "no link yet, agree on one now")
            + ".",
            "Hold a practice run with the partner teacher on the same tool, group rooms included.",
        ]
    assert kind is ReminderKind.DAY_BEFORE
    titles = ", ".join(step.title for step in agenda.steps)
    return [
        f"Video call: {link}." if link else "No video-call link yet: agree on one today.",
        f"Agenda: {titles} (`/exchange agenda show {session.id}`).",
        "Devices charged and connected, the room ready, the students know the plan.",
        "Interpreter or remote class assistant confirmed, if you have one.",
        "Roles: who calls the roll, who opens the group rooms, who keeps the time.",
    ]


def _preliminary_times(facts: SessionFacts, reader: School | None, now: datetime) -> str:
    """Concrete times both schools are in, else how to ask for some."""
    first = reader or facts.home
    today = to_local(now, first.timezone).date()
    proposal = propose_slots(
        SlotRequest(
            caller=SchoolProfile.of(first),
            partner=SchoolProfile.of(facts.other(first)),
            first=today + timedelta(days=1),
            last=today + timedelta(days=PRELIMINARY_DAYS),
            not_before=now,
            duration=PRELIMINARY_MINUTES,
            count=PRELIMINARY_OFFERS,
        )
    )
    if not proposal.slots:
        return (
            "Agree on a time by message; `/exchange propose duration=30` lists times both "
            "schools are in."
        )
    places = facts.places(reader)
    times = "; ".join(span(slot.start, slot.end, places) for slot in proposal.slots)
    return f"Times both schools are in for a {PRELIMINARY_MINUTES}-minute meeting: {times}."


HEADLINES = {
    ReminderKind.LEAD: "time to start preparing",
    ReminderKind.PRELIMINARY: "time for a preliminary meeting with the partner teacher",
    ReminderKind.PRACTICE: "time for a device check and a practice run",
    ReminderKind.DAY_BEFORE: "the checklist",
}


def preparation_text(
    row: Reminder, facts: SessionFacts, reader: School | None, agenda: DayAgenda, now: datetime
) -> str:
    kind = ReminderKind(row.kind)
    since = now if row.delayed else row.due_at
    until = time_until(facts.session.start_utc, since, (reader or facts.home).timezone)
    subject = f"The online exchange {facts.pair} (session #{facts.session.id})"
    if row.audience == COORDINATORS:
        head = f"{facts.program.name}: {subject} is {until}. The teachers are asked to:"
    else:
        head = f"{subject} is {until}: {HEADLINES[kind]}."
    items = checklist(kind, facts, reader, agenda, now)
    return "\n".join([head, *when_lines(facts, reader), *(f"• {item}" for item in items)])


def agenda_text(
    facts: SessionFacts,
    agenda: DayAgenda,
    reader: School | None,
    *,
    heading: str,
    places: Sequence[Place] | None = None,
) -> str:
    """The agenda with each step's start in both zones (or in `places`), and the assistant's
    interpretation role in each step when one accepted the session."""
    places = places or facts.places(reader)
    session = facts.session
    lines = [
        f"{heading}: {facts.pair}",
        f"When: {span(session.start_utc, session.end_utc, places, year=True)}",
        details(session),
    ]
    helper = facts.assistant
    if helper is not None:
        lines.append(
            f"Remote class assistant: {helper.name}, interpreting "
            f"{language_pair_name(helper.languages)}."
        )
    timed_steps = agenda.timed(session.start_utc)
    for number, timed in enumerate(timed_steps, start=1):
        step = timed.step
        lines.append(f"{number}. {at(timed.start, places)} — {step.title} ({step.minutes} min)")
        if step.guidance:
            lines.append(f"   {step.guidance}")
        if helper is not None:
            role = interpretation_role(helper.name, number - 1, len(timed_steps), step)
            lines.append(f"   {role}")
    return "\n".join(lines)


def step_text(
    facts: SessionFacts, timed: Sequence[TimedStep], index: int, reader: School | None
) -> str:
    current = timed[index]
    places = facts.places(reader)
    lines = [
        f"Now: {current.step.title} ({current.step.minutes} min, until {at(current.end, places)}).",
    ]
    if current.step.guidance:
        lines.append(current.step.guidance)
    if index + 1 < len(timed):
        lines.append(f"Next: {timed[index + 1].step.title}.")
    return "\n".join(lines)


def delayed_note(row: Reminder, facts: SessionFacts, reader: School | None) -> str:
    places = facts.assistant_places() if assistant_of(row.audience) else facts.places(reader)
    return f"Delayed: this reminder was due {at(row.due_at, places)}; the bot was not running then."


def end_text(facts: SessionFacts, reader: School | None) -> str:
    session = facts.session
    return (
        f"The online exchange {facts.pair} has ended "
        f"({span(session.start_utc, session.end_utc, facts.places(reader))}). "
        "How did it go? A short feedback request comes next."
    )


def skipped_report(rows: Sequence[tuple[Reminder, SessionFacts]]) -> str:
    """For coordinators: reminders that came due while the bot was down and were skipped."""
    lines = [
        f"While the bot was not running, {len(rows)} reminder(s) came due and were too late "
        "to be useful, so they were skipped:"
    ]
    grouped: dict[tuple[int, str], list[tuple[Reminder, SessionFacts]]] = {}
    for row, facts in rows:
        grouped.setdefault((row.session_id, row.kind), []).append((row, facts))
    for (session_id, kind), group in grouped.items():
        facts = group[0][1]
        places = facts.places()
        session = facts.session
        audiences = ", ".join(audience_label(row.audience, facts) for row, _ in group)
        first_due = min(row.due_at for row, _ in group)
        lines.append(
            f"• session #{session_id} ({facts.pair}, "
            f"{span(session.start_utc, session.end_utc, places)}): "
            f"{KIND_LABELS[ReminderKind(kind)]}, due {at(first_due, places)}, for the {audiences}"
        )
    return "\n".join(lines)


def addressed(audience: str, facts: SessionFacts) -> list[tuple[Recipient, School | None]]:
    """Who an audience reaches today, each with the school whose zone they read first."""
    school_id = school_of(audience)
    if school_id is not None:
        school = facts.school(school_id)
        return [(recipient, school) for recipient in facts.teachers_of(school_id)]
    helper = assistant_of(audience)
    if helper is not None:  # nobody when another assistant took the session over since
        on_duty = facts.assistant
        return [(on_duty.recipient, None)] if on_duty and on_duty.id == helper else []
    if audience == COORDINATORS:
        return [(recipient, None) for recipient in facts.coordinator_recipients()]
    channel = facts.channel
    if channel is not None:
        return [(channel, None)]
    if audience == JOINT:
        return [
            (recipient, school)
            for school in facts.schools
            for recipient in facts.teachers_of(school.id)
        ]
    return []


def reminder_messages(
    row: Reminder, facts: SessionFacts, agenda: DayAgenda, now: datetime
) -> list[OutgoingMessage]:
    """The messages a due reminder becomes (the end-of-session hook is handled apart)."""
    kind = ReminderKind(row.kind)
    if kind is ReminderKind.STEP and not (row.step is not None and row.step < len(agenda.steps)):
        return []  # the step was removed from the agenda after the nudge was planned
    data = {
        "event": "reminder",
        "kind": row.kind,
        "session_id": facts.session.id,
        "reminder_id": row.id,
        "delayed": row.delayed,
    }
    to_assistant = assistant_of(row.audience) is not None
    actions: tuple[Action, ...] = ()
    if kind in (ReminderKind.DAY_BEFORE, ReminderKind.AGENDA) and not to_assistant:
        actions = (Action("Agenda", f"agenda show {facts.session.id}"),)
    starts = None if kind is ReminderKind.STEP else facts.session.start_utc  # not under way
    messages = []
    texts: dict[str | None, str] = {}  # one text per reading school
    for recipient, reader in addressed(row.audience, facts):
        key = reader.id if reader else None
        if key not in texts:
            text = (
                assistant_text(kind, row, facts, agenda, now)
                if to_assistant
                else _text(kind, row, facts, reader, agenda, now)
            )
            texts[key] = f"{delayed_note(row, facts, reader)}\n{text}" if row.delayed else text
        messages.append(OutgoingMessage(recipient, texts[key], data, actions, starts))
    return messages


def _text(
    kind: ReminderKind,
    row: Reminder,
    facts: SessionFacts,
    reader: School | None,
    agenda: DayAgenda,
    now: datetime,
) -> str:
    if kind is ReminderKind.AGENDA:
        return agenda_text(facts, agenda, reader, heading="Today's agenda")
    if kind is ReminderKind.STEP:
        assert row.step is not None
        return step_text(facts, agenda.timed(facts.session.start_utc), row.step, reader)
    if kind is ReminderKind.END:
        return end_text(facts, reader)
    return preparation_text(row, facts, reader, agenda, now)


ASSISTANT_HEADLINES = {
    ReminderKind.PRACTICE: "time for a practice run with the teachers",
    ReminderKind.DAY_BEFORE: "your checklist",
}


def assistant_text(
    kind: ReminderKind, row: Reminder, facts: SessionFacts, agenda: DayAgenda, now: datetime
) -> str:
    """What the session's assistant reads: their own zone first, their part in the session."""
    helper = facts.assistant
    assert helper is not None  # `addressed` reaches nobody without one
    places = facts.assistant_places()
    if kind is ReminderKind.AGENDA:
        return agenda_text(facts, agenda, None, heading="Today's agenda", places=places)
    session = facts.session
    since = now if row.delayed else row.due_at
    until = time_until(session.start_utc, since, helper.timezone)
    pair = language_pair_name(helper.languages)
    link = session.video_link
    if kind is ReminderKind.PRACTICE:
        items = [
            "Join the teachers' practice run on the same video tool, group rooms included: "
            + (link or "the teachers will share the link")
            + ".",
            "Check your headset, microphone and connection from where you will interpret.",
            "Ask the teachers for the topic's key words in both languages.",
        ]
    else:
        assert kind is ReminderKind.DAY_BEFORE
        titles = ", ".join(step.title for step in agenda.steps)
        items = [
            f"Video call: {link}." if link else "No video-call link yet: ask the teachers for it.",
            f"Agenda: {titles}; tomorrow's agenda message shows your part in each step.",
            "Have the schools' names and the topic's key words ready in both languages.",
        ]
    return "\n".join(
        [
            f"The online exchange {facts.pair} (session #{session.id}), where you interpret "
            f"{pair}, is {until}: {ASSISTANT_HEADLINES[kind]}.",
            f"When: {span(session.start_utc, session.end_utc, places, year=True)}",
            details(session),
            *(f"• {item}" for item in items),
        ]
    )
