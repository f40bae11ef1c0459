"""propose, book, confirm, sessions, reschedule, cancel, ics, time and overlap, end to end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlmodel import func, select

from bot.adapters.testing import TestBot
from storage.engine import transaction
from storage.models import ExchangeSession, Partnership, Reminder, School, SlotList
from tests.support.libical import itip_problems
from tests.support.membership import join_approved

SEOUL, OSAKA = "KR-hanbit-middle", "JP-sakura-junior-high"
NEW_YORK_MIDDLE = (
    'school register "Lincoln Middle School" country=US timezone=America/New_York '
    'city="New York" subdivision=NY level=middle languages=en '
    'class_hours="Mon-Fri 08:00-15:00" after_school_hours="Mon-Fri 15:00-20:30"'
)
ATHENS_GYMNASIUM = (
    'school register "Plaka Gymnasium" country=GR city=Athens level=middle languages=el,en '
    'class_hours="Mon-Fri 08:15-14:00"'
)


async def partner(bot: TestBot, school_a: str, school_b: str, channel: str | None = None) -> int:
    """Two schools made partners straight in storage (requests and accepts are tested apart)."""
    async with transaction(bot.core.sessions) as db:
        school = await db.get(School, school_a)
        assert school is not None
        row = Partnership(
            program_id=school.program_id,
            school_a=school_a,
            school_b=school_b,
            channel_platform="test" if channel else None,
            channel_workspace="T1" if channel else None,
            channel_id=channel,
            created_at=bot.clock.now(),
        )
        db.add(row)
        await db.flush()
        assert row.id is not None
        return row.id


async def count(bot: TestBot, table: type) -> int:
    async with bot.core.sessions() as db:
        return (await db.exec(select(func.count()).select_from(table))).one()


@pytest.fixture
async def partners(two_schools: TestBot) -> TestBot:
    """alice (Seoul) and bob (Osaka) are partners with a joint channel `joint`; both chose to
    read English, so that the notices they get read as asserted here (tests/i18n reads them in
    each school's language)."""
    await partner(two_schools, SEOUL, OSAKA, channel="joint")
    for teacher in ("alice", "bob"):
        await two_schools.ok(teacher, "language en")
    return two_schools


@pytest.fixture
async def booked(partners: TestBot) -> TestBot:
    """Session #1: alice booked the second proposed time, bob confirmed it."""
    await partners.ok("alice", "propose")
    await partners.ok("alice", 'book 2 type=discussion topic="School lunch"')
    await partners.ok("bob", "confirm 1 link=https://meet.example/abc")
    partners.messenger.sent.clear()
    return partners


def ics(reply_attachment: bytes) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(reply_attachment)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


async def test_propose_lists_numbered_times_in_both_zones_with_book_buttons(
    partners: TestBot,
) -> None:
    reply = await partners.ok("alice", "propose")
    lines = [line for line in reply.text.splitlines() if line.startswith("  ")]
    assert len(lines) == 5
    assert all("KST (Seoul) · " in line and line.endswith("JST (Osaka)") for line in lines)
    assert "Mon 25 Jan 2027 to Sun 21 Mar 2027 (Seoul dates)" in reply.text
    slot = reply.data["slots"][0]
    assert slot["within"] == "class_hours"
    assert [local["school_id"] for local in slot["local"]] == [SEOUL, OSAKA]
    assert slot["local"][0]["start"].endswith("+09:00")
    assert datetime.fromisoformat(slot["start_utc"]) == reply.sections[0].when
    buttons = [section.actions[0] for section in reply.sections]
    assert [b.label for b in buttons] == [f"Book {n}" for n in range(1, 6)]
    assert buttons[1].command == f"book 2 list={reply.data['list_id']}"


async def test_propose_spreads_times_over_different_dates(partners: TestBot) -> None:
    reply = await partners.ok("alice", "propose")
    days = {slot["local"][0]["start"][:10] for slot in reply.data["slots"]}
    assert len(days) == 5


async def test_a_joint_channel_implies_the_partner(partners: TestBot) -> None:
    await partners.ok("dora", ATHENS_GYMNASIUM)
    await partner(partners, SEOUL, "GR-plaka-gymnasium")
    unclear = await partners.run("alice", "propose")
    assert not unclear.ok
    assert "JP-sakura-junior-high (Sakura Junior High)" in unclear.text
    assert "GR-plaka-gymnasium (Plaka Gymnasium)" in unclear.text
    in_channel = await partners.ok("alice", "propose", channel="joint")
    assert in_channel.data["partner_id"] == OSAKA
    named = await partners.ok("alice", "propose GR-plaka-gymnasium")
    assert named.data["partner_id"] == "GR-plaka-gymnasium"


async def test_without_a_partner_the_teacher_is_told_how_to_name_one(two_schools: TestBot) -> None:
    reply = await two_schools.run("alice", "propose")
    assert not reply.ok and "no partner school yet" in reply.text


async def test_times_with_a_school_that_is_not_a_partner_cannot_be_booked(
    two_schools: TestBot,
) -> None:
    reply = await two_schools.ok("alice", f"propose {OSAKA}")
    assert reply.data["slots"] and "not partners yet" in reply.text
    assert all(not section.actions for section in reply.sections)
    refused = await two_schools.run("alice", f"book 1 partner={OSAKA}")
    assert not refused.ok and "not partners yet, so nothing can be booked" in refused.text


BAD_PROPOSALS = [
    ("propose from=2027-03-09 to=2027-03-01", "ends (2027-03-01) before it starts"),
    ("propose to=2026-12-01", "in the past"),
    ("propose from=2027-02-30", "from: '2027-02-30' is not a date"),
    ("propose duration=5", "duration: 5 is out of range"),
    ("propose count=0", "count: 0 is out of range"),
    ("propose JP-nowhere", "No school matches 'JP-nowhere'"),
    (f"propose {SEOUL}", "your own school"),
]


async def test_bad_proposals_are_refused_and_nothing_is_stored(partners: TestBot) -> None:
    for line, says in BAD_PROPOSALS:
        reply = await partners.run("alice", line)
        assert not reply.ok and says in reply.text, (line, reply.text)
    assert await count(partners, SlotList) == 0


async def test_a_daylight_saving_change_in_the_range_is_called_out(bot: TestBot) -> None:
    await bot.ok(
        "alice",
        'school register "Hanbit Middle School" country=KR city=Seoul '
        'level=middle languages=ko,en class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok("carol", NEW_YORK_MIDDLE)
    await partner(bot, SEOUL, "US-lincoln-middle")
    reply = await bot.ok("alice", "propose from=2027-03-01 to=2027-03-31 duration=30")
    assert (
        "Note: New York moves to EDT on Sun 14 Mar 2027; times after that are shifted by "
        "one hour relative to Seoul."
    ) in reply.text
    assert "Class hours never overlap in this range, so these use after-school hours" in reply.text
    assert all(slot["within"] == "after_school" for slot in reply.data["slots"])
    # 09:00 in Seoul is 19:00 EST before the change and 20:00 EDT after it
    assert (
        "  1. Tue 2 Mar 09:00–09:30 KST (Seoul) · Mon 1 Mar 19:00–19:30 EST (New York) "
        "(after school in New York)"
    ) in reply.text.splitlines()
    assert (
        "  3. Wed 17 Mar 09:00–09:30 KST (Seoul) · Tue 16 Mar 20:00–20:30 EDT (New York) "
        "(after school in New York)"
    ) in reply.text.splitlines()
    booked = await bot.ok("alice", "book 1")
    assert "EST (New York) (after school in New York)" in booked.text  # whose hours it uses


async def test_when_the_hours_never_meet_it_says_why_and_what_would_work(bot: TestBot) -> None:
    await bot.ok(
        "alice",
        'school register "Hanbit Middle School" country=KR city=Seoul '
        'level=middle languages=ko,en class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok("carol", NEW_YORK_MIDDLE.replace(' after_school_hours="Mon-Fri 15:00-20:30"', ""))
    await partner(bot, SEOUL, "US-lincoln-middle")
    reply = await bot.ok("alice", "propose")
    assert reply.data["slots"] == [] and reply.data["problem"]["reason"] == "no_overlap"
    assert "never overlap" in reply.text and "non-real-time exchange" in reply.text
    assert "after_school_hours" in reply.text
    # the partner's class hours, shown in the caller's zone too
    assert "KST (Seoul) · " in reply.text and "EST (New York)" in reply.text


async def test_a_range_of_holidays_names_them_and_the_nearest_open_time(partners: TestBot) -> None:
    reply = await partners.ok("alice", "propose from=2027-09-14 to=2027-09-16")
    assert reply.data["problem"]["reason"] == "blocked"
    assert "Chuseok" in reply.text
    assert "Nearest that works: Fri 17 Sep 09:00–10:00 KST (Seoul)" in reply.text
    assert "from=2027-09-14 to=2027-09-17" in reply.text


async def test_booking_waits_for_the_other_school_and_tells_it_in_its_zone_first(
    partners: TestBot,
) -> None:
    proposal = await partners.ok("alice", "propose")
    reply = await partners.ok("alice", 'book 2 type=discussion topic="School lunch"')
    assert "pending until a teacher of Sakura Junior High confirms" in reply.text
    assert reply.data["session"]["status"] == "pending"
    assert reply.data["session"]["start_utc"] == proposal.data["slots"][1]["start_utc"]
    (asked,) = partners.sent_to("bob")
    assert "Alice (Hanbit Middle School) proposes an online exchange" in asked.text
    assert asked.text.index("JST (Osaka)") < asked.text.index("KST (Seoul)")
    assert "Discussion · topic: School lunch" in asked.text
    assert [(a.label, a.command) for a in asked.actions] == [("Confirm #1", "confirm 1")]


@pytest.mark.parametrize(
    "written, stored",
    [
        ('"cultural exchange"', "cultural_exchange"),
        ('"Joint Production"', "joint_production"),
        ("joint-production", "joint_production"),
        ("PRESENTATION", "presentation"),
    ],
)
async def test_book_reads_the_program_type_as_the_programs_write_it(
    partners: TestBot,
    written: str,
    stored: str,
) -> None:
    await partners.ok("alice", "propose")
    reply = await partners.ok("alice", f"book 1 type={written}")
    assert reply.data["session"]["program_type"] == stored


async def test_the_proposing_school_cannot_confirm_its_own_booking(partners: TestBot) -> None:
    await partners.ok("alice", "propose")
    await partners.ok("alice", "book 1")
    await join_approved(partners, "erin", SEOUL, approver="alice")
    for teacher in ("alice", "erin"):
        reply = await partners.run(teacher, "confirm 1")
        assert not reply.ok and "a teacher of Sakura Junior High confirms it" in reply.text


async def test_confirming_books_the_session_tells_both_sides_and_attaches_the_invite(
    partners: TestBot,
) -> None:
    await partners.ok("alice", "propose")
    await partners.ok("alice", "book 2")
    reply = await partners.ok("bob", "confirm link=https://meet.example/abc")
    assert reply.data["session"]["status"] == "booked"
    (attachment,) = reply.attachments
    calendar, event = ics(attachment.content)
    assert calendar["METHOD"] == "PUBLISH" and event["SEQUENCE"] == 0
    assert "KST (Seoul)" in str(event["DESCRIPTION"]) and "JST (Osaka)" in str(event["DESCRIPTION"])
    told = partners.sent_to("alice")[-1]
    assert "Bob (Sakura Junior High) confirmed: the exchange is booked" in told.text
    assert "video: https://meet.example/abc" in told.text
    channel = [m for m in partners.sent if m.recipient.kind == "channel"]
    assert [m.recipient.target_id for m in channel] == ["joint"]


async def test_the_booking_says_which_reminders_move_off_a_closed_day(partners: TestBot) -> None:
    await partners.ok("alice", 'book at="2027-04-01 10:00"')  # Thu 1 Apr, 10:00 in both
    reply = await partners.ok("bob", "confirm")
    assert (
        "Reminders that would fall on a day their school is closed go out on its previous "
        "open day, at the same time:" in reply.text
    )
    assert (
        "  • preliminary meeting with the partner teacher, to the joint channel: Fri 26 Feb "
        "10:00 JST (Osaka) · Fri 26 Feb 10:00 KST (Seoul) (Mon 1 Mar is Independence Movement "
        "Day in Seoul)" in reply.text
    )
    told = partners.sent_to("alice")[-1].text
    assert (
        "  • preliminary meeting with the partner teacher, to the teachers of Hanbit Middle "
        "School: Fri 26 Feb 10:00 KST (Seoul)" in told
    )
    assert "to the teachers of Sakura Junior High" not in told + reply.text  # Osaka is open


async def test_a_time_that_stopped_working_cannot_be_confirmed(partners: TestBot) -> None:
    proposal = await partners.ok("alice", "propose count=1")
    await partners.ok("alice", "book 1")
    day = proposal.data["slots"][0]["local"][1]["start"][:10]
    await partners.ok("bob", f'school edit vacations="{day}"')
    reply = await partners.run("bob", "confirm 1")
    assert not reply.ok and "Sakura Junior High is closed" in reply.text
    assert "declared break" in reply.text


async def test_bookings_of_one_partnership_may_not_overlap_even_while_pending(
    partners: TestBot,
) -> None:
    first = await partners.ok("alice", "propose count=1")
    await partners.ok("alice", "propose count=1 duration=90")  # shown before either was booked
    await partners.ok("alice", f"book 1 list={first.data['list_id']}")
    reply = await partners.run("alice", "book 1")
    assert not reply.ok and "overlaps session #1 (pending)" in reply.text
    assert await count(partners, ExchangeSession) == 1


async def test_book_takes_the_number_from_the_callers_latest_proposal_whoever_it_was_with(
    partners: TestBot,
) -> None:
    await partners.ok("dora", ATHENS_GYMNASIUM)
    await partner(partners, SEOUL, "GR-plaka-gymnasium")
    with_athens = await partners.ok("alice", "propose partner=GR-plaka-gymnasium")
    reply = await partners.ok("alice", "book 1")
    assert reply.data["session"]["start_utc"] == with_athens.data["slots"][0]["start_utc"]
    assert "pending until a teacher of Plaka Gymnasium confirms it" in reply.text
    with_osaka = await partners.ok("alice", "propose partner=JP-sakura-junior-high count=3")
    await partners.ok("alice", "propose partner=GR-plaka-gymnasium count=2")
    named = await partners.ok("alice", f"book 3 partner={OSAKA}")
    assert named.data["session"]["start_utc"] == with_osaka.data["slots"][2]["start_utc"]


async def test_without_any_proposal_book_asks_which_partner_only_when_there_are_several(
    partners: TestBot,
) -> None:
    alone = await partners.run("alice", "book 1")
    assert not alone.ok and "no proposed times with Sakura Junior High yet" in alone.text
    await partners.ok("dora", ATHENS_GYMNASIUM)
    await partner(partners, SEOUL, "GR-plaka-gymnasium")
    several = await partners.run("alice", "book 1")
    assert not several.ok and "say which with partner=" in several.text


async def test_book_at_books_a_time_agreed_elsewhere_in_the_callers_zone(
    partners: TestBot,
) -> None:
    reply = await partners.ok("alice", 'book at="2027-03-09 10:00" topic="Spring festival"')
    session = reply.data["session"]
    assert session["start_utc"] == "2027-03-09T01:00:00+00:00"
    assert session["end_utc"] == "2027-03-09T02:00:00+00:00"
    assert session["status"] == "pending"
    assert "pending until a teacher of Sakura Junior High confirms it" in reply.text
    ninety = await partners.ok("alice", 'book at="2027-03-10 10:00" duration=90')
    assert ninety.data["session"]["end_utc"] == "2027-03-10T02:30:00+00:00"
    (asked, *_) = partners.sent_to("bob")
    assert [(a.label, a.command) for a in asked.actions] == [("Confirm #1", "confirm 1")]


@pytest.mark.parametrize(
    ("at", "says"),
    [
        ("2027-03-09 18:30", "it is outside Hanbit Middle School's hours"),  # after Seoul's day
        ("2027-03-01 10:00", "Hanbit Middle School is closed on Mon 1 Mar (Independence"),
        ("2027-03-13 10:00", "Hanbit Middle School is closed on Sat 13 Mar (Saturday)"),
        ("2027-03-09 10:10", "meetings start on a quarter hour"),
        ("2027-01-05 10:00", "has already begun"),
    ],
)
async def test_a_time_agreed_elsewhere_is_checked_like_a_proposed_one(
    partners: TestBot, at: str, says: str
) -> None:
    reply = await partners.run("alice", f'book at="{at}"')
    assert not reply.ok and says in reply.text, reply.text
    assert await count(partners, ExchangeSession) == 0


async def test_a_time_agreed_elsewhere_is_checked_on_its_own_date_across_daylight_saving(
    bot: TestBot,
) -> None:
    await bot.ok(
        "alice",
        'school register "Hanbit Middle School" country=KR city=Seoul '
        'level=middle languages=ko,en class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok("carol", NEW_YORK_MIDDLE)  # after school until 20:30 New York time
    await partner(bot, SEOUL, "US-lincoln-middle")
    before = await bot.ok("alice", 'book at="2027-03-09 09:00"')  # Mon 8 Mar 19:00 EST
    assert "Mon 8 Mar 19:00–20:00 EST (New York)" in before.text
    after = await bot.run("alice", 'book at="2027-03-16 09:00"')  # Mon 15 Mar 20:00 EDT
    assert not after.ok
    assert "Mon 15 Mar 20:00–21:00 EDT (New York)) does not work" in after.text
    assert "outside Lincoln Middle School's hours" in after.text


async def test_a_time_agreed_elsewhere_may_not_overlap_the_pairs_other_sessions(
    partners: TestBot,
) -> None:
    await partners.ok("alice", 'book at="2027-03-09 10:00"')
    reply = await partners.run("bob", 'book at="2027-03-09 10:30"')
    assert not reply.ok and "overlaps session #1 (pending)" in reply.text
    assert await count(partners, ExchangeSession) == 1


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("book", "Which time? Give the number of one your last proposal showed"),
        ('book 1 at="2027-03-09 10:00"', "Give the number of a proposed time or at=…, not both"),
    ],
)
async def test_book_needs_a_number_or_a_time_but_not_both(
    partners: TestBot, line: str, says: str
) -> None:
    await partners.ok("alice", "propose")
    reply = await partners.run("alice", line)
    assert not reply.ok and says in reply.text, reply.text
    assert await count(partners, ExchangeSession) == 0


BAD_BOOKINGS = [
    ("book 7", "showed 5 times; pick a number from 1 to 5"),
    ("book 1 type=party", "type: 'party' is not accepted"),
    ("book 1 link=meet.example/abc", "link: 'meet.example/abc' is not a link"),
    ("book 1 list=999", "Proposal 999 is not one of yours"),
]


async def test_bad_bookings_are_refused_and_nothing_is_written(partners: TestBot) -> None:
    await partners.ok("alice", "propose")
    for line, says in BAD_BOOKINGS:
        reply = await partners.run("alice", line)
        assert not reply.ok and says in reply.text, (line, reply.text)
    assert await count(partners, ExchangeSession) == 0


async def test_an_old_proposals_buttons_stop_working_after_two_weeks(partners: TestBot) -> None:
    first = await partners.ok("alice", "propose")
    await partners.advance(timedelta(days=15))
    await partners.ok("alice", "propose")
    reply = await partners.run("alice", f"book 1 list={first.data['list_id']}")
    assert not reply.ok and "more than two weeks old" in reply.text


async def test_sessions_lists_upcoming_sessions_in_both_zones(booked: TestBot) -> None:
    mine = await booked.ok("alice", "sessions")
    theirs = await booked.ok("bob", "sessions")
    assert "#1 with Sakura Junior High — booked" in mine.text
    assert mine.text.index("KST (Seoul)") < mine.text.index("JST (Osaka)")
    assert theirs.text.index("JST (Osaka)") < theirs.text.index("KST (Seoul)")
    assert [a.command for a in mine.sections[0].actions] == ["ics 1"]
    await booked.advance(timedelta(days=120))
    assert (await booked.ok("alice", "sessions")).data["sessions"] == []


async def test_rescheduling_moves_the_session_and_raises_the_invite_sequence(
    booked: TestBot,
) -> None:
    reply = await booked.ok("alice", "reschedule 1 2027-02-10 10:00")
    assert reply.data["session"]["start_utc"] == "2027-02-10T01:00:00+00:00"
    assert ics(reply.attachments[0].content)[1]["SEQUENCE"] == 1
    told = booked.sent_to("bob")[-1]
    assert "moved session #1; it was" in told.text
    assert "Wed 10 Feb 10:00–11:00 JST (Osaka) · Wed 10 Feb 10:00–11:00 KST (Seoul)" in told.text


async def test_the_invite_keeps_its_uid_through_a_reschedule(booked: TestBot) -> None:
    before = ics((await booked.ok("alice", "ics 1")).attachments[0].content)[1]
    await booked.ok("bob", "reschedule 1 2027-02-10 10:00")
    after = ics((await booked.ok("alice", "ics 1")).attachments[0].content)[1]
    assert str(before["UID"]) == str(after["UID"])
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)


async def test_a_session_reported_postponed_can_be_rescheduled_and_is_asked_about_again(
    booked: TestBot,
) -> None:
    first = (await booked.ok("alice", "sessions")).data["sessions"][0]
    await booked.advance(datetime.fromisoformat(first["end_utc"]) - booked.clock.now())
    refused = await booked.run("alice", "reschedule 1 2027-04-06 10:00")
    assert not refused.ok and "too late to reschedule it" in refused.text
    assert "report it postponed (`/exchange feedback submit session=1 status=postponed" in (
        refused.text
    )
    await booked.ok("bob", 'feedback submit 1 status=postponed reason="flu outbreak"')
    moved = await booked.ok("alice", "reschedule 1 2027-04-06 10:00")
    assert moved.data["session"]["start_utc"] == "2027-04-06T01:00:00+00:00"
    assert moved.data["session"]["status"] == "booked"
    booked.messenger.sent.clear()
    await booked.advance(datetime(2027, 4, 6, 2, 0, tzinfo=UTC) - booked.clock.now())
    asked = [m for m in booked.sent_to("alice") if m.data.get("event") == "feedback_requested"]
    # asked in her school's language (Korean): about session #1 with Sakura, once
    assert len(asked) == 1 and "Sakura Junior High" in asked[0].text
    assert asked[0].actions[0].command == "feedback submit session=1"


RULE_BREAKING_TIMES = [
    ("2027-03-01 10:00", "Hanbit Middle School is closed on Mon 1 Mar"),
    ("2027-02-10 18:00", "outside Hanbit Middle School's hours"),
    ("2027-02-10 10:05", "quarter hour"),
    ("2027-01-10 10:00", "has already begun"),
    ("9", "pick a number from 1 to 5"),
]


async def test_a_reschedule_to_a_time_that_breaks_a_rule_says_which(booked: TestBot) -> None:
    for target, says in RULE_BREAKING_TIMES:
        reply = await booked.run("alice", f"reschedule 1 {target}")
        assert not reply.ok and says in reply.text, (target, reply.text)
    session = (await booked.ok("alice", "sessions")).data["sessions"][0]
    assert session["ics_sequence"] == 0 and booked.sent == []


async def test_cancelling_tells_the_partner_why_and_sends_a_cancellation(
    booked: TestBot,
) -> None:
    reply = await booked.ok("bob", "cancel 1 Typhoon: school closed")
    calendar, event = ics(reply.attachments[0].content)
    assert calendar["METHOD"] == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert event["SEQUENCE"] == 1
    told = booked.sent_to("alice")[-1]
    assert "cancelled session #1" in told.text and "Reason: Typhoon: school closed" in told.text
    assert "KST (Seoul) · " in told.text
    again = await booked.run("alice", "cancel 1")
    assert not again.ok
    assert "was already cancelled at Mon 11 Jan 09:00 KST (Seoul) by Sakura Junior" in again.text
    fetched = await booked.ok("alice", "ics 1")
    assert ics(fetched.attachments[0].content)[0]["METHOD"] == "CANCEL"


async def test_every_invite_the_commands_send_passes_libicals_itip_check(
    partners: TestBot,
) -> None:
    """Booked (on confirm), fetched again, rescheduled and cancelled, each as teachers get it."""
    await partners.ok("alice", "propose")
    await partners.ok("alice", 'book 2 type=discussion topic="School lunch"')
    sent = [
        await partners.ok("bob", "confirm 1 link=https://meet.example/abc"),
        await partners.ok("alice", "ics 1"),
        await partners.ok("alice", "reschedule 1 2027-02-10 10:00"),
        await partners.ok("bob", "cancel 1 Typhoon: school closed"),
    ]
    invites = [a for reply in sent for a in reply.attachments]
    assert [a.filename for a in invites] == [
        "exchange-session-1-seq0.ics",
        "exchange-session-1-seq0.ics",
        "exchange-session-1-seq1.ics",
        "exchange-session-1-seq2-cancelled.ics",
    ]
    for invite in invites:
        assert itip_problems(invite.content) == [], invite.filename


async def test_another_schools_teacher_cannot_see_or_touch_a_session(booked: TestBot) -> None:
    await booked.ok("dora", ATHENS_GYMNASIUM)
    for line in ("cancel 1", "ics 1", "reschedule 1 2027-02-10 10:00", "confirm 1"):
        reply = await booked.run("dora", line)
        assert not reply.ok and "Plaka Gymnasium has no session #1" in reply.text


async def test_a_pending_session_has_no_invite_yet(partners: TestBot) -> None:
    await partners.ok("alice", "propose")
    await partners.ok("alice", "book 1")
    reply = await partners.run("bob", "ics 1")
    assert not reply.ok and "not booked yet" in reply.text


async def test_time_converts_a_local_time_to_the_partners_with_both_dates(bot: TestBot) -> None:
    await bot.ok(
        "alice",
        'school register "Hanbit Middle School" country=KR city=Seoul '
        'level=middle languages=ko,en class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok("carol", NEW_YORK_MIDDLE)
    await partner(bot, SEOUL, "US-lincoln-middle")
    reply = await bot.ok("alice", "time Tue 09:00")
    assert reply.text.splitlines()[0] == (
        "Tue 12 Jan 2027 09:00 KST (Seoul) is Mon 11 Jan 2027 19:00 EST (New York)."
    )
    assert "Hanbit Middle School: class hours" in reply.text
    assert "Lincoln Middle School: after-school hours" in reply.text
    assert reply.sections[0].when == datetime(2027, 1, 12, 0, 0, tzinfo=UTC)
    back = await bot.ok("carol", "time 2027-03-14 02:30")
    assert "does not exist in New York" in back.text


@pytest.mark.parametrize(
    "line",
    [
        "time Tue 09:00 US-lincoln-middle",
        'time "Tue 09:00" US-lincoln-middle',
        "time Tue 09:00 Lincoln Middle School",
        'time "Tue 09:00" "Lincoln Middle School"',
        "time Tue 09:00 partner=US-lincoln-middle",
    ],
)
async def test_time_takes_the_partner_after_the_time(partners: TestBot, line: str) -> None:
    await partners.ok("carol", NEW_YORK_MIDDLE)
    await partner(partners, SEOUL, "US-lincoln-middle")
    reply = await partners.ok("alice", line)
    assert reply.text.splitlines()[0] == (
        "Tue 12 Jan 2027 09:00 KST (Seoul) is Mon 11 Jan 2027 19:00 EST (New York)."
    )


async def test_time_refuses_what_it_cannot_read(partners: TestBot) -> None:
    reply = await partners.run("alice", "time Funday 3pm")
    assert not reply.ok and "when: 'Funday' is not a day" in reply.text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            'time "Tue 25:00" JP-sakura-junior-high',
            "when: '25:00' is not a time of day; hours run 00–23",
        ),
        (
            "time Tue 25:00 JP-sakura-junior-high",
            "when: '25:00' is not a time of day; hours run 00–23",
        ),
        ('time "next Tuesday 15:00" JP-sakura-junior-high', "when: 'next' is not a day"),
        ("time next Tuesday 15:00 JP-sakura-junior-high", "when: 'next' is not a day"),
    ],
)
async def test_time_names_the_bad_part_and_never_reads_the_partner_into_the_time(
    partners: TestBot, line: str, message: str
) -> None:
    reply = await partners.run("alice", line)
    assert not reply.ok
    first = reply.text.splitlines()[0]
    assert first.startswith(message) and "sakura" not in first


async def test_overlap_draws_the_week_and_lists_it_in_both_zones(partners: TestBot) -> None:
    reply = await partners.ok("alice", "overlap week=2027-09-15")
    (picture,) = reply.attachments
    assert picture.media_type == "image/png" and picture.content.startswith(b"\x89PNG")
    days = {day["date"]: day for day in reply.data["days"]}
    assert days["2027-09-13"]["overlap_minutes"] == 390  # 09:00–15:30 in both
    assert days["2027-09-15"]["overlap_minutes"] == 0  # Chuseok in Seoul
    assert "Wed 15 Sep: no overlap (Seoul closed: Chuseok)" in reply.text
    assert (
        "Mon 13 Sep: Mon 13 Sep 09:00–15:30 KST (Seoul) · Mon 13 Sep 09:00–15:30 JST" in reply.text
    )


async def test_ending_a_partnership_cancels_its_upcoming_sessions_and_their_reminders(
    booked: TestBot,
) -> None:
    reply = await booked.ok("alice", 'partnership end JP-sakura-junior-high "School merger"')
    assert reply.data["cancelled_session_ids"] == [1]
    assert "Cancelled session #1: " in reply.text and "KST (Seoul) · " in reply.text
    told = booked.sent_to("bob")[-1]
    assert "ended your partnership: “School merger”" in told.text
    assert "Cancelled session #1: " in told.text and "/exchange ics 1" in told.text
    async with booked.core.sessions() as db:
        session = await db.get(ExchangeSession, 1)
        pending = (await db.exec(select(Reminder).where(Reminder.status == "pending"))).all()
    assert session is not None and session.status == "cancelled"
    assert session.cancel_reason == "School merger" and not pending
    fetched = await booked.ok("bob", "ics 1")
    assert ics(fetched.attachments[0].content)[0]["METHOD"] == "CANCEL"
    listed = await booked.ok("alice", "sessions")
    assert "#1" not in listed.text


async def test_propose_leaves_out_times_the_pair_already_booked_or_holds(partners: TestBot) -> None:
    first = await partners.ok("alice", "propose")
    await partners.ok("alice", "book 2")  # pending until bob confirms: still taken
    held = first.data["slots"][1]
    again = await partners.ok("alice", "propose")
    starts = [slot["start_utc"] for slot in again.data["slots"]]
    assert held["start_utc"] not in starts
    held_span = (held["start_utc"], held["end_utc"])
    assert all(
        slot["end_utc"] <= held_span[0] or slot["start_utc"] >= held_span[1]
        for slot in again.data["slots"]
    )


async def test_ending_a_partnership_offers_no_calendar_cancellation_for_a_pending_session(
    partners: TestBot,
) -> None:
    await partners.ok("alice", "propose")
    await partners.ok("alice", "book 1")  # bob never confirmed: it was in nobody's calendar
    reply = await partners.ok("alice", "partnership end JP-sakura-junior-high")
    assert "Cancelled session #1: " in reply.text and "/exchange ics" not in reply.text
