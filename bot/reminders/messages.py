"""What each reminder says, to whom: every time in both schools' zones, the reader's first (the
session's assistant reads their own zone first, then the schools'), every sentence in the
reader's language (`reminders.ftl`, the agenda's steps in `agenda.ftl`).

Texts are written when a reminder fires, not when it is planned, so they carry the session's
topic, link and agenda as they are on the day. Each function returns messages, not text: one
reminder is written once per language among its readers, and twice (home side first) for a
joint channel whose schools read different languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta

from bot.core.outbox import OutgoingMessage, Recipient
from bot.core.reply import Action
from bot.i18n.languages import Language
from bot.i18n.messages import Joined, Message, Renderer
from bot.i18n.time_text import TimeAt, TimeSpan
from bot.reminders.plan import COORDINATORS, JOINT, ReminderKind, assistant_of, school_of
from bot.reminders.readers import Readers
from bot.reminders.session_facts import SessionFacts
from bot.schools.profile import SchoolProfile
from bot.sessions.agenda import DayAgenda
from bot.sessions.agenda_templates import Text, TimedStep, interpretation_role
from bot.sessions.slots import SlotRequest, propose_slots
from bot.times.display import Place
from bot.times.geography import LanguagePairName
from bot.times.local_time import to_local
from storage.models import ExchangeSession, Reminder, School, TargetKind

PRELIMINARY_MINUTES = 30
PRELIMINARY_DAYS = 14  # the preliminary meeting is proposed within the next two weeks
PRELIMINARY_OFFERS = 3


def kind_label(kind: str, step: int | None = None, agenda: DayAgenda | None = None) -> Message:
    """`day-before checklist`, `step nudge: Roll call`."""
    if kind == ReminderKind.STEP and agenda and step is not None and step < len(agenda.steps):
        return Message("reminder-kind-step", title=agenda.steps[step].title)
    return Message("reminder-kind", kind=kind)


def audience_label(audience: str, facts: SessionFacts) -> Message:
    school_id = school_of(audience)
    if school_id is not None:
        return Message("reminder-audience-teachers", school=facts.school(school_id).name)
    if assistant_of(audience) is not None:
        return Message("reminder-audience-assistant")
    if audience == COORDINATORS:
        return Message("reminder-audience-coordinators", program=facts.program.name)
    if facts.channel is not None:
        return Message("reminder-audience-channel")
    if audience == JOINT:
        return Message("reminder-audience-both-schools")
    return Message("reminder-audience-no-channel")


def listed(items: Sequence[Text]) -> Text:
    """`a, b, c` as the reader's language lists (`、` in Japanese), each item in it too."""
    *rest, last = items
    for item in reversed(rest):
        last = Message("reminder-list", first=item, rest=last)
    return last


def time_until(start: datetime, since: datetime, zone: str) -> Message:
    """`in 3 months`, `in 1 week`, `tomorrow`, `in 60 minutes`, on the zone's calendar."""
    gap = relativedelta(
        to_local(start, zone).replace(tzinfo=None), to_local(since, zone).replace(tzinfo=None)
    )
    months = gap.years * 12 + gap.months
    minutes = gap.hours * 60 + gap.minutes
    if months:
        unit, count = "months", months
    elif gap.days >= 7 and gap.days % 7 == 0:
        unit, count = "weeks", gap.days // 7
    elif gap.days == 1 and not (gap.hours or gap.minutes):
        unit, count = "tomorrow", 1
    elif gap.days:
        unit, count = "days", gap.days
    elif minutes > 120:
        unit, count, minutes = ("hours-minutes" if gap.minutes else "hours"), gap.hours, gap.minutes
    else:
        unit, count = ("minutes" if minutes > 0 else "now"), minutes
    return Message("reminder-until", unit=unit, count=count, minutes=minutes)


def session_details(session: ExchangeSession) -> Message:
    """`Cultural exchange · topic: school life · video: https://…`."""
    links = ("video" if session.video_link else "") + ("agenda" if session.agenda_link else "")
    return Message(
        "reminder-details",
        type=Message("agenda-program-type", type=session.program_type),
        topic=session.topic or Message("reminder-topic-to-be-agreed"),
        links=links or "none",
        video=session.video_link or "",
        agenda=session.agenda_link or "",
    )


def when_lines(facts: SessionFacts, reader: School | None) -> list[Message]:
    session = facts.session
    return [
        Message(
            "reminder-when",
            span=TimeSpan(session.start_utc, session.end_utc, facts.places(reader), year=True),
        ),
        session_details(session),
    ]


def _titles(agenda: DayAgenda) -> Text:
    return listed([step.title for step in agenda.steps])


def checklist(
    kind: ReminderKind, facts: SessionFacts, reader: School | None, agenda: DayAgenda, now: datetime
) -> list[Message]:
    """What the teachers should do at this step of the preparation."""
    session = facts.session
    link = session.video_link
    if kind is ReminderKind.LEAD:
        return [
            Message(
                "reminder-lead-confirm",
                topic=session.topic or Message("reminder-topic-not-agreed"),
                type=Message("agenda-program-type", type=session.program_type),
            ),
            Message("reminder-lead-tell-coordinator", program=facts.program.name),
            Message("reminder-lead-interpreter", session=str(session.id)),
        ]
    if kind is ReminderKind.PRELIMINARY:
        return [
            Message("reminder-preliminary-meeting"),
            _preliminary_times(facts, reader, now),
        ]
    if kind is ReminderKind.PRACTICE:
        return [
            Message("reminder-practice-devices"),
            Message("reminder-practice-connection", link=link)
            if link
            else Message("reminder-practice-connection-no-link"),
            Message("reminder-practice-run"),
        ]
    assert kind is ReminderKind.DAY_BEFORE
    return [
        Message("reminder-video-link", link=link) if link else Message("reminder-video-link-none"),
        Message("reminder-day-before-agenda", titles=_titles(agenda), session=str(session.id)),
        Message("reminder-day-before-devices"),
        Message("reminder-day-before-interpreter"),
        Message("reminder-day-before-roles"),
    ]


def _preliminary_times(facts: SessionFacts, reader: School | None, now: datetime) -> Message:
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
        return Message("reminder-preliminary-no-times")
    places = facts.places(reader)
    times = [TimeSpan(slot.start, slot.end, places) for slot in proposal.slots]
    return Message(
        "reminder-preliminary-times", minutes=str(PRELIMINARY_MINUTES), times=SlotList(times)
    )


@dataclass(frozen=True)
class SlotList:
    """Meeting times one after another, `; ` between them, each in the reader's language."""

    times: Sequence[TimeSpan]

    def localized(self, language: Language, translator: Renderer) -> str:
        written = [time.localized(language, translator) for time in self.times]
        return "; ".join(written)


def _bulleted(items: Sequence[Message]) -> list[Message]:
    return [Message("reminder-item", item=item) for item in items]


def preparation_text(
    row: Reminder, facts: SessionFacts, reader: School | None, agenda: DayAgenda, now: datetime
) -> Joined:
    kind = ReminderKind(row.kind)
    since = now if row.delayed else row.due_at
    until = time_until(facts.session.start_utc, since, (reader or facts.home).timezone)
    pair, number = facts.pair, str(facts.session.id)
    if row.audience == COORDINATORS:
        head = Message(
            "reminder-coordinators-head",
            program=facts.program.name,
            pair=pair,
            session=number,
            until=until,
        )
    else:
        head = Message("reminder-head", pair=pair, session=number, until=until, kind=kind)
    items = checklist(kind, facts, reader, agenda, now)
    return Joined((head, *when_lines(facts, reader), *_bulleted(items)))


def agenda_text(
    facts: SessionFacts,
    agenda: DayAgenda,
    reader: School | None,
    *,
    heading: Message,
    places: Sequence[Place] | None = None,
) -> Joined:
    """The agenda with each step's start in both zones (or in `places`), and the assistant's
    interpretation role in each step when one accepted the session. `heading` takes the pair."""
    places = tuple(places or facts.places(reader))
    session = facts.session
    lines: list[Message] = [
        heading,
        Message(
            "reminder-when", span=TimeSpan(session.start_utc, session.end_utc, places, year=True)
        ),
        session_details(session),
    ]
    helper = facts.assistant
    if helper is not None:
        lines.append(
            Message(
                "reminder-agenda-assistant",
                name=helper.name,
                languages=LanguagePairName(helper.languages),
            )
        )
    timed_steps = agenda.timed(session.start_utc)
    for number, timed in enumerate(timed_steps, start=1):
        step = timed.step
        lines.append(
            Message(
                "reminder-agenda-step",
                number=str(number),
                start=TimeAt(timed.start, places),
                title=step.title,
                minutes=str(step.minutes),
            )
        )
        if step.guidance:
            lines.append(Message("reminder-agenda-step-guidance", guidance=step.guidance))
        if helper is not None:
            role = interpretation_role(helper.name, number - 1, len(timed_steps), step)
            lines.append(Message("reminder-agenda-step-guidance", guidance=role))
    return Joined(tuple(lines))


def step_text(
    facts: SessionFacts, timed: Sequence[TimedStep], index: int, reader: School | None
) -> Joined:
    current = timed[index]
    places = facts.places(reader)
    lines = [
        Message(
            "reminder-step-now",
            title=current.step.title,
            minutes=str(current.step.minutes),
            end=TimeAt(current.end, places),
        )
    ]
    if current.step.guidance:
        lines.append(Message("reminder-step-guidance", guidance=current.step.guidance))
    if index + 1 < len(timed):
        lines.append(Message("reminder-step-next", title=timed[index + 1].step.title))
    return Joined(tuple(lines))


def delayed_note(row: Reminder, facts: SessionFacts, reader: School | None) -> Message:
    places = facts.assistant_places() if assistant_of(row.audience) else facts.places(reader)
    return Message("reminder-delayed", due=TimeAt(row.due_at, places))


def end_text(facts: SessionFacts, reader: School | None) -> Message:
    session = facts.session
    return Message(
        "reminder-ended",
        pair=facts.pair,
        span=TimeSpan(session.start_utc, session.end_utc, facts.places(reader)),
    )


def skipped_report(rows: Sequence[tuple[Reminder, SessionFacts]]) -> Joined:
    """For coordinators: reminders that came due while the bot was down and were skipped."""
    lines = [Message("reminder-skipped-head", count=str(len(rows)))]
    grouped: dict[tuple[int, str], list[tuple[Reminder, SessionFacts]]] = {}
    for row, facts in rows:
        grouped.setdefault((row.session_id, row.kind), []).append((row, facts))
    for (session_id, kind), group in grouped.items():
        facts = group[0][1]
        places = facts.places()
        session = facts.session
        lines.append(
            Message(
                "reminder-skipped-row",
                session=str(session_id),
                pair=facts.pair,
                span=TimeSpan(session.start_utc, session.end_utc, places),
                kind=Message("reminder-kind", kind=kind),
                due=TimeAt(min(row.due_at for row, _ in group), places),
                audiences=listed([audience_label(row.audience, facts) for row, _ in group]),
            )
        )
    return Joined(tuple(lines))


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
    row: Reminder, facts: SessionFacts, agenda: DayAgenda, now: datetime, readers: Readers
) -> list[OutgoingMessage]:
    """The messages a due reminder becomes (the end-of-session hook is handled apart), each in
    its reader's language; a joint channel's in both schools' languages."""
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
    with_agenda = kind in (ReminderKind.DAY_BEFORE, ReminderKind.AGENDA) and not to_assistant
    starts = None if kind is ReminderKind.STEP else facts.session.start_utc  # not under way
    messages = []
    texts: dict[str | None, Joined] = {}  # one text per reading school
    written: dict[tuple[str | None, str], tuple[str, tuple[Action, ...]]] = {}  # per language
    for recipient, reader in addressed(row.audience, facts):
        key = reader.id if reader else None
        if key not in texts:
            text = (
                assistant_text(kind, row, facts, agenda, now)
                if to_assistant
                else _text(kind, row, facts, reader, agenda, now)
            )
            texts[key] = Joined((delayed_note(row, facts, reader), text)) if row.delayed else text
        channel = recipient.kind == TargetKind.CHANNEL
        reads = (key, "" if channel else readers.language(recipient, reader).tag)
        if reads not in written:
            actions: tuple[Action, ...] = ()
            if with_agenda:
                label = readers.label(
                    Message("reminder-agenda-button"), recipient, reader, facts.schools
                )
                actions = (Action(label, f"agenda show {facts.session.id}"),)
            written[reads] = readers.write(texts[key], recipient, reader, facts.schools), actions
        shown, actions = written[reads]
        languages = readers.languages(recipient, reader, facts.schools)
        messages.append(OutgoingMessage(recipient, shown, data, actions, starts, languages))
    return messages


def _text(
    kind: ReminderKind,
    row: Reminder,
    facts: SessionFacts,
    reader: School | None,
    agenda: DayAgenda,
    now: datetime,
) -> Joined:
    if kind is ReminderKind.AGENDA:
        heading = Message("reminder-agenda-today", pair=facts.pair)
        return agenda_text(facts, agenda, reader, heading=heading)
    if kind is ReminderKind.STEP:
        assert row.step is not None
        return step_text(facts, agenda.timed(facts.session.start_utc), row.step, reader)
    if kind is ReminderKind.END:
        return Joined((end_text(facts, reader),))
    return preparation_text(row, facts, reader, agenda, now)


def assistant_text(
    kind: ReminderKind, row: Reminder, facts: SessionFacts, agenda: DayAgenda, now: datetime
) -> Joined:
    """What the session's assistant reads: their own zone first, their part in the session."""
    helper = facts.assistant
    assert helper is not None  # `addressed` reaches nobody without one
    places = facts.assistant_places()
    if kind is ReminderKind.AGENDA:
        heading = Message("reminder-agenda-today", pair=facts.pair)
        return agenda_text(facts, agenda, None, heading=heading, places=places)
    session = facts.session
    since = now if row.delayed else row.due_at
    link = session.video_link
    if kind is ReminderKind.PRACTICE:
        items = [
            Message("reminder-assistant-practice-run", link=link)
            if link
            else Message("reminder-assistant-practice-run-no-link"),
            Message("reminder-assistant-headset"),
            Message("reminder-assistant-key-words"),
        ]
    else:
        assert kind is ReminderKind.DAY_BEFORE
        items = [
            Message("reminder-video-link", link=link)
            if link
            else Message("reminder-assistant-video-link-none"),
            Message("reminder-assistant-agenda", titles=_titles(agenda)),
            Message("reminder-assistant-names-ready"),
        ]
    head = Message(
        "reminder-assistant-head",
        pair=facts.pair,
        session=str(session.id),
        languages=LanguagePairName(helper.languages),
        until=time_until(session.start_utc, since, helper.timezone),
        kind=kind,
    )
    when = Message(
        "reminder-when", span=TimeSpan(session.start_utc, session.end_utc, places, year=True)
    )
    return Joined((head, when, session_details(session), *_bulleted(items)))
