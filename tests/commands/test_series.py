"""Series of sessions end to end: propose one, book it, one confirmation, then move or cancel
one session or the rest, get the invites, and read it in the report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from bot.adapters.testing import TestBot
from storage.models import (
    ExchangeSession,
    Placement,
    Reminder,
    ReminderStatus,
    SeriesOccurrence,
    SessionSeries,
    SessionStatus,
)
from tests.support.booked import partnership
from tests.support.table_reads import count, rows

SEOUL_AFTER_SCHOOL = (
    'school register "Hanbit Middle School" country=KR city=Seoul level=middle languages=ko,en '
    'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Mon-Fri 16:00-18:00"'
)
PARIS_EARLY = (
    'school register "Lycée Molière" country=FR city=Paris level=middle languages=fr,en '
    'class_hours="Mon-Fri 08:00-16:00" after_school_hours="Mon-Fri 07:00-08:00"'
)
KR, FR = "KR-hanbit-middle", "FR-lycee-moliere"
PROPOSE = "propose from=2027-03-15 to=2027-03-26 count=3 series=6"
BOOK = 'book series 1 count=6 topic="Our towns"'


@pytest.fixture
async def pair(bot: TestBot) -> TestBot:
    """alice teaches in Seoul, pierre in Paris; partners with the joint channel `joint`."""
    await bot.ok("alice", SEOUL_AFTER_SCHOOL)
    await bot.ok("pierre", PARIS_EARLY)
    await partnership(bot, KR, FR, channel="joint")
    return bot


@pytest.fixture
async def proposed(pair: TestBot) -> TestBot:
    await pair.ok("alice", PROPOSE)
    await pair.ok("alice", BOOK)
    return pair


@pytest.fixture
async def confirmed(proposed: TestBot) -> TestBot:
    await proposed.ok("pierre", "confirm link=https://meet.example/abc")
    proposed.messenger.sent.clear()
    return proposed


def events(raw: bytes) -> tuple[str, list]:
    calendar = Calendar.from_ical(raw)
    return str(calendar["METHOD"]), list(calendar.walk("VEVENT"))


async def test_propose_series_shows_the_turns_the_balance_and_a_button_that_books_it(
    pair: TestBot,
) -> None:
    reply = await pair.ok("alice", PROPOSE)
    assert "After school for Seoul 3 of 6, for Paris 3 of 6." in reply.text
    assert "the after-school hour takes turns: Paris at 07:00 Paris time, then Seoul at 16:00" in (
        reply.text
    )
    assert reply.data["series"]["after_school"] == {KR: 3, FR: 3}
    (button,) = reply.actions
    assert button.command.startswith("book series 1 list=") and button.command.endswith(
        "every=1w count=6"
    )
    booked = await pair.ok("alice", button.command)
    planned = [o["slot"]["start_utc"] for o in reply.data["series"]["occurrences"]]
    assert [o["slot"]["start_utc"] for o in booked.data["series"]["occurrences"]] == planned


async def test_booking_a_series_makes_pending_sessions_and_asks_the_partner_once(
    proposed: TestBot,
) -> None:
    sessions = await rows(proposed, ExchangeSession)
    assert [s.status for s in sessions] == [SessionStatus.PENDING] * 6
    asked = [m for m in proposed.sent_to("pierre") if m.data.get("event") == "series_proposed"]
    assert len(asked) == 1
    assert [a.command for a in asked[0].actions] == ["confirm 1"]
    assert "Paris is closed on Mon 29 Mar (Easter Monday)" in asked[0].text
    # pierre reads Paris first
    assert "  1. (#1) Mon 15 Mar 07:00–08:00 CET (Paris) · Mon 15 Mar 15:00–16:00 KST" in (
        asked[0].text
    )


async def test_the_proposing_school_cannot_confirm_its_own_series(proposed: TestBot) -> None:
    reply = await proposed.run("alice", "confirm 3")
    assert not reply.ok
    assert "proposed by Hanbit Middle School, so a teacher of Lycée Molière confirms them" in (
        reply.text
    )
    assert {s.status for s in await rows(proposed, ExchangeSession)} == {SessionStatus.PENDING}


async def test_one_confirmation_books_every_session_each_with_its_own_reminders(
    proposed: TestBot,
) -> None:
    reply = await proposed.ok("pierre", "confirm")
    sessions = await rows(proposed, ExchangeSession)
    assert {s.status for s in sessions} == {SessionStatus.BOOKED}
    assert {s.topic for s in sessions} == {"Our towns"}
    reminders = await rows(proposed, Reminder)
    assert {r.session_id for r in reminders} == {s.id for s in sessions}
    ends = [r for r in reminders if r.kind == "end"]
    assert sorted(r.due_at for r in ends) == sorted(s.end_utc for s in sessions)
    (attachment,) = reply.attachments
    method, found = events(attachment.content)
    assert method == "PUBLISH"
    assert [str(e["UID"]) for e in found] == [s.ics_uid for s in sessions]
    assert len({str(e["UID"]) for e in found}) == 6
    told = [m for m in proposed.sent if m.data.get("event") == "series_booked"]
    assert sorted(m.recipient.target_id for m in told) == ["alice", "joint"]


async def test_the_series_confirmation_says_which_reminders_move_off_a_closed_day(
    proposed: TestBot,
) -> None:
    await proposed.ok("alice", "language en")  # she quotes the notice in English below
    reply = await proposed.ok("pierre", "confirm")
    # the first session is on Monday 15 March: its day-before checklist would fall on a Sunday
    assert (
        "  • day-before checklist, to the teachers of Lycée Molière: Fri 12 Mar 07:00 CET (Paris) "
        "· Fri 12 Mar 15:00 KST (Seoul) (Sun 14 Mar is Sunday in Paris)" in reply.text
    )
    (told,) = [m for m in proposed.sent_to("alice") if m.data.get("event") == "series_booked"]
    assert "to the teachers of Hanbit Middle School: Fri 12 Mar 15:00 KST (Seoul)" in told.text


async def test_each_session_of_the_series_asks_for_its_own_feedback(confirmed: TestBot) -> None:
    await confirmed.advance(datetime(2027, 4, 20, tzinfo=UTC) - confirmed.clock.now())
    asked = [m for m in confirmed.sent if m.data.get("event") == "feedback_requested"]
    assert sorted({m.data["session_id"] for m in asked}) == [1, 2, 3, 4, 5, 6]
    agendas = [m for m in confirmed.sent if m.data.get("kind") == "agenda"]
    assert len(agendas) == 6 and {m.recipient.target_id for m in agendas} == {"joint"}


async def test_confirm_alone_finds_the_series_waiting_among_other_sessions(
    proposed: TestBot,
) -> None:
    reply = await proposed.ok("pierre", "confirm")
    assert reply.text.startswith("Series #1 with Hanbit Middle School is booked: 6 sessions")


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("book series 1", "A series needs its length: count=6"),
        ("book series 1 count=3 until=2027-05-01", "count= or until=, not both"),
        ("book single 1 every=2w", "every=, count=, until= and fair= book a series"),
        ("book series 1 count=21", "count: 21 is out of range; it must be from 2 to 20"),
        ("book series 1 until=2027-03-01", "until=2027-03-01 is before the first session"),
        ("book series 1 every=1w until=2027-12-31", "more than 20 sessions"),
        ("book series 1 every=6w count=3", "every: '6w' is not accepted"),
        ('book series 1 at="2027-03-15 16:00" count=3', "not both"),
        ('book series at="2027-03-15 16:10" count=3', "meetings start on a quarter hour"),
        ('book series at="2027-01-04 16:00" count=3', "has already begun"),
        ("book series 1 count=3 duration=90", "duration= goes with at="),
    ],
)
async def test_bad_series_options_get_a_specific_answer_and_nothing_is_written(
    pair: TestBot, line: str, says: str
) -> None:
    await pair.ok("alice", PROPOSE)
    pair.clock.set(datetime(2027, 1, 11, tzinfo=UTC))
    reply = await pair.run("alice", line)
    assert not reply.ok and says in reply.text, reply.text
    assert (await count(pair, ExchangeSession), await count(pair, SessionSeries)) == (0, 0)


async def test_a_series_with_no_session_that_fits_is_refused_with_each_reason(
    pair: TestBot,
) -> None:
    await pair.ok("pierre", 'school edit vacations="2027-03-01..2027-05-31"')
    reply = await pair.run("alice", 'book series at="2027-03-15 16:00" count=3')
    assert not reply.ok
    assert "No session of that series fits both schools; nothing was booked" in reply.text
    assert reply.text.count("skipped") == 3
    assert (await count(pair, ExchangeSession), await count(pair, SeriesOccurrence)) == (0, 0)


async def test_a_week_without_a_shared_time_is_skipped_and_the_rest_booked(pair: TestBot) -> None:
    await pair.ok("pierre", 'school edit vacations="2027-03-22..2027-03-26"')
    reply = await pair.ok("alice", 'book series at="2027-03-15 16:00" count=3')
    # Paris's turn that week: 07:00 in Paris, 15:00 in Seoul
    assert "  2. skipped (planned Mon 22 Mar 15:00 KST (Seoul)" in reply.text
    assert "Paris is closed on Mon 22 Mar (declared break 2027-03-22..2027-03-26)" in reply.text
    occurrences = await rows(pair, SeriesOccurrence)
    assert [o.placement for o in occurrences] == [
        Placement.AS_PLANNED,
        Placement.SKIPPED,
        Placement.MOVED,  # Monday 29 March is Easter Monday in Paris
    ]
    assert occurrences[1].session_id is None and await count(pair, ExchangeSession) == 2


async def test_book_at_a_local_time_books_a_single_session_there(pair: TestBot) -> None:
    reply = await pair.ok("alice", 'book at="2027-03-15 16:00" duration=45')
    assert reply.text.startswith("Booked the time as session #1.")
    (session,) = await rows(pair, ExchangeSession)
    assert (session.start_utc, session.duration_minutes) == (
        datetime(2027, 3, 15, 7, 0, tzinfo=UTC),
        45,
    )
    assert await count(pair, SessionSeries) == 0


async def test_propose_takes_every_only_with_a_series(pair: TestBot) -> None:
    reply = await pair.run("alice", "propose every=2w")
    assert not reply.ok and "every= goes with series=…" in reply.text


async def test_until_books_every_date_of_the_rule_up_to_it(pair: TestBot) -> None:
    reply = await pair.ok("alice", 'book series at="2027-03-15 16:00" every=2w until=2027-04-26')
    assert len(reply.data["series"]["occurrences"]) == 4  # 15 Mar, 29 Mar, 12 Apr, 26 Apr


async def test_fair_no_keeps_one_hour_for_the_whole_series(pair: TestBot) -> None:
    fair = await pair.ok("alice", 'book series at="2027-03-15 16:00" count=2')
    assert fair.data["series"]["after_school"] == {KR: 1, FR: 1}
    await pair.ok("alice", "cancel 1 rest=yes")
    one_hour = await pair.ok("alice", 'book series at="2027-03-15 16:00" count=2 fair=no')
    assert one_hour.data["series"]["after_school"] == {KR: 2, FR: 0}
    starts = [o["slot"]["local"][0]["start"] for o in one_hour.data["series"]["occurrences"]]
    assert starts == ["2027-03-15T16:00:00+09:00", "2027-03-22T16:00:00+09:00"]


async def test_cancelling_one_session_leaves_the_rest_of_the_series_booked(
    confirmed: TestBot,
) -> None:
    reply = await confirmed.ok("alice", "cancel 2 Exams")
    assert reply.text.startswith("Session #2 with Lycée Molière")
    statuses = [s.status for s in await rows(confirmed, ExchangeSession)]
    assert statuses == [SessionStatus.BOOKED, SessionStatus.CANCELLED] + [SessionStatus.BOOKED] * 4


async def test_cancelling_the_rest_cancels_this_session_and_every_later_one(
    confirmed: TestBot,
) -> None:
    reply = await confirmed.ok("alice", "cancel 4 rest=yes End of term")
    assert "Cancelled 3 sessions of series #1 with Lycée Molière, from #4 on" in reply.text
    sessions = await rows(confirmed, ExchangeSession)
    assert [s.status for s in sessions] == [SessionStatus.BOOKED] * 3 + [
        SessionStatus.CANCELLED
    ] * 3
    assert {s.cancel_reason for s in sessions[3:]} == {"End of term"}
    (attachment,) = reply.attachments
    method, found = events(attachment.content)
    assert method == "CANCEL" and [str(e["UID"]) for e in found] == [
        s.ics_uid for s in sessions[3:]
    ]
    pending = [r for r in await rows(confirmed, Reminder) if r.status == ReminderStatus.PENDING]
    assert {r.session_id for r in pending} == {1, 2, 3}
    told = [m for m in confirmed.sent_to("pierre") if m.data.get("event") == "series_cancelled"]
    assert len(told) == 1 and "Reason: End of term" in told[0].text


async def test_rest_yes_on_a_single_session_is_refused(pair: TestBot) -> None:
    await pair.ok("alice", "propose from=2027-03-15 count=2")
    await pair.ok("alice", "book 1")
    reply = await pair.run("alice", "cancel 1 rest=yes")
    assert not reply.ok and "Session #1 is not part of a series; leave out rest=yes." in reply.text
    assert (await rows(pair, ExchangeSession))[0].status == SessionStatus.PENDING


async def test_moving_one_session_marks_it_moved_by_the_teachers(confirmed: TestBot) -> None:
    await confirmed.ok("pierre", "reschedule 2 2027-03-23 08:00")
    occurrence = (await rows(confirmed, SeriesOccurrence))[1]
    assert occurrence.placement is Placement.MOVED and occurrence.obstacle is None
    listed = await confirmed.ok("alice", "sessions")
    assert "part 2 of 6 of series #1 (moved)" in listed.text
    second = (await rows(confirmed, ExchangeSession))[1]
    assert second.start_utc == datetime(2027, 3, 23, 7, 0, tzinfo=UTC)


async def test_moving_the_rest_plans_every_later_session_again_from_the_new_time(
    confirmed: TestBot,
) -> None:
    before = await rows(confirmed, ExchangeSession)
    reply = await confirmed.ok("alice", "reschedule 4 2027-04-06 16:00 rest=yes")
    after = await rows(confirmed, ExchangeSession)
    assert [s.start_utc for s in after[:3]] == [s.start_utc for s in before[:3]]
    # the rule starts again on Tuesday 6 April at 16:00 in Seoul; Paris is on CEST by then, so
    # 15:00 in Seoul (08:00 in Paris) is in class for both and the hour need not take turns
    assert [s.start_utc for s in after[3:]] == [
        datetime(2027, 4, 6, 7, 0, tzinfo=UTC),
        datetime(2027, 4, 13, 7, 0, tzinfo=UTC),
        datetime(2027, 4, 20, 7, 0, tzinfo=UTC),
    ]
    assert {s.status for s in after} == {SessionStatus.BOOKED}
    assert [s.ics_sequence for s in after] == [0, 0, 0, 1, 1, 1]
    (attachment,) = reply.attachments
    assert len(events(attachment.content)[1]) == 3
    moved = {r.session_id for r in await rows(confirmed, Reminder) if r.kind == "agenda"}
    assert moved == {1, 2, 3, 4, 5, 6}


async def test_ics_rest_gives_one_file_for_the_rest_of_the_series(confirmed: TestBot) -> None:
    reply = await confirmed.ok("alice", "ics 5 rest=yes")
    (attachment,) = reply.attachments
    assert len(events(attachment.content)[1]) == 2
    assert attachment.filename == "exchange-series-1-from-5-invites.ics"


async def test_the_report_counts_each_series_held_moved_skipped_and_its_balance(
    confirmed: TestBot,
) -> None:
    await confirmed.ok("alice", "cancel 6 Exams")
    await confirmed.advance(datetime(2027, 4, 20, tzinfo=UTC) - confirmed.clock.now())
    for session in (1, 2, 3):
        await confirmed.ok("alice", f"feedback submit {session} status=held rating=4")
    await confirmed.ok("pierre", "feedback submit 4 status=postponed reason=strike")
    reply = await confirmed.ok("coordinator", "report 2027-1")
    (series,) = reply.data["series"]
    assert {k: series[k] for k in ("occurrences", "held", "moved", "skipped", "cancelled")} == {
        "occurrences": 6,
        "held": 3,
        "moved": 1,
        "skipped": 0,
        "cancelled": 1,
    }
    assert series["after_school"] == {"Seoul": 2, "Paris": 3}
    assert (
        "series #1 every week: 6 sessions — held 3 · moved 1 · skipped 0 · cancelled 1 · "
        "to come 0; after school for Seoul 2 of 5, for Paris 3 of 5" in reply.text
    )
    csv_text = reply.attachments[1].content.decode("utf-8-sig")
    header, *lines = csv_text.splitlines()
    assert header.endswith("series_id,series_position,series_placement,pair_stage")
    assert sorted(line.rsplit(",", 4)[1:] for line in lines) == [
        ["1", "1", "as_planned", "online"],
        ["1", "2", "as_planned", "online"],
        ["1", "3", "moved", "online"],
        ["1", "4", "as_planned", "online"],
    ]


async def test_the_reply_and_data_read_in_each_readers_zone(confirmed: TestBot) -> None:
    reply = await confirmed.ok("pierre", "ics 1 rest=yes")
    occurrences = reply.data["series"]["occurrences"]
    assert occurrences[0]["slot"]["local"][0]["timezone"] == "Europe/Paris"
    assert occurrences[2]["placement"] == "moved"
    assert occurrences[2]["obstacle"] == {
        "kind": "closed",
        "school_id": FR,
        "name": "Easter Monday",
    }
    assert timedelta(0) == datetime.fromisoformat(occurrences[0]["slot"]["start_utc"]).utcoffset()
