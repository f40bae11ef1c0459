"""Feedback after a session, end to end on the controllable clock: asked when the session ends,
one nudge, the coordinator told, answers edited until the term's report is closed, and who may
read what.

Sessions are booked straight into storage with their reminders planned as booking plans them
(`tests.support.booked`), so the ask comes through the reminders' real end-of-session hook when
the clock passes the session's end.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.adapters.testing import TestBot
from bot.feedback.csv_export import COLUMNS
from bot.i18n.languages import ENGLISH, Language, language_for_country
from bot.i18n.messages import Message
from bot.i18n.time_text import DayOf, TimeSpan
from bot.times.display import Place
from storage.engine import transaction
from storage.models import Coordinator, FeedbackAnswer, Program, StudentImpression
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import book_session, partnership

SEOUL, OSAKA = "KR-hanbit-middle", "JP-sakura-junior-high"
START = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)  # 15:00 in Seoul and in Osaka
JOINT = "C-joint"
SEOUL_PLACE, OSAKA_PLACE = Place("Asia/Seoul", "Seoul"), Place("Asia/Tokyo", "Osaka")
KOREAN, JAPANESE = language_for_country("KR"), language_for_country("JP")
BUSAN_HIGH = (
    'school register "Busan High" country=KR city=Busan level=high languages=ko,en '
    'class_hours="Mon-Fri 09:00-16:00"'
)


@pytest.fixture
async def pair(bot: TestBot) -> TestBot:
    """alice teaches at Hanbit (Seoul), bob at Sakura (Osaka); session #1 is booked."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    bot.partnership = await partnership(bot, SEOUL, OSAKA, channel=JOINT)
    await book_session(bot, bot.partnership, START)
    return bot


async def end_session(bot: TestBot) -> None:
    """Move the clock past the week-before practice-run reminder, then past the session's end."""
    await bot.advance(START - timedelta(days=6) - bot.clock.now())
    await bot.advance(timedelta(days=6, hours=1, minutes=1))


def about(bot: TestBot, user: str, event: str) -> list[str]:
    """The texts of the messages about `event` (feedback_requested, …) sent to `user`."""
    return [m.text for m in bot.sent_to(user) if m.data.get("event") == event]


def channel_texts(bot: TestBot, event: str) -> list[str]:
    return [
        m.text for m in bot.sent if m.recipient.kind == "channel" and m.data.get("event") == event
    ]


HELD = "feedback submit 1 status=held rating=4"


def session_one(*places: Place) -> TimeSpan:
    return TimeSpan(START, START + timedelta(hours=1), places)


def written(bot: TestBot, message: Message, reader: Language | None) -> str:
    assert reader is not None
    return bot.core.translator.render(message, reader)


# Asking


async def test_nothing_is_asked_before_the_session_ends(pair):
    await pair.advance(START + timedelta(minutes=59) - pair.clock.now())
    assert about(pair, "alice", "feedback_requested") == []


async def test_when_a_session_ends_each_schools_teachers_are_asked_in_both_zones(pair):
    await end_session(pair)
    for user, partner, places, reader in (
        ("alice", "Sakura Junior High", (SEOUL_PLACE, OSAKA_PLACE), KOREAN),
        ("bob", "Hanbit Middle School", (OSAKA_PLACE, SEOUL_PLACE), JAPANESE),
    ):
        [asked] = [m for m in pair.sent_to(user) if m.data.get("event") == "feedback_requested"]
        question = Message(
            "feedback-request", session="1", partner=partner, when=session_one(*places)
        )
        assert asked.text == written(pair, question, reader)  # in their school's language
        assert asked.actions[0].command == "feedback submit session=1"
        assert asked.actions[0].label == written(pair, Message("feedback-give-button"), reader)


async def test_a_teacher_who_chose_english_is_asked_in_english(pair):
    await pair.ok("alice", "language en")
    await end_session(pair)
    [asked] = about(pair, "alice", "feedback_requested")
    assert "Session #1 with Sakura Junior High has ended. How did it go?" in asked
    assert "15:00–16:00 KST (Seoul)" in asked and "15:00–16:00 JST (Osaka)" in asked


async def test_the_joint_channel_is_asked_for_anonymous_impressions_in_both_languages(pair):
    await end_session(pair)
    [prompt] = channel_texts(pair, "impressions_requested")
    asked = Message(
        "feedback-impressions-prompt", session="1", when=session_one(SEOUL_PLACE, OSAKA_PLACE)
    )
    korean, japanese = written(pair, asked, KOREAN), written(pair, asked, JAPANESE)
    assert prompt == f"{korean}\n\n{japanese}"  # the home side's first
    assert "feedback impression 1" in korean and "KST (서울)" in korean
    assert "KST（ソウル）" in japanese


async def test_a_program_can_turn_the_students_prompt_off(pair):
    reply = await pair.ok("coordinator", "feedback settings student_prompt=off")
    assert "no longer asks" in reply.text
    await end_session(pair)
    assert channel_texts(pair, "impressions_requested") == []
    refused = await pair.run("alice", 'feedback impression 1 "fun"', channel=JOINT)
    assert not refused.ok and "does not collect student impressions" in refused.text


# Nudge and escalation


async def test_an_unanswered_side_is_nudged_once_after_two_days(pair):
    await end_session(pair)
    await pair.ok("alice", HELD)
    await pair.advance(timedelta(days=1, hours=23))
    assert about(pair, "bob", "feedback_nudge") == []
    await pair.advance(timedelta(hours=1))
    [nudge] = about(pair, "bob", "feedback_nudge")
    expected = Message(
        "feedback-nudge",
        school="Sakura Junior High",
        session="1",
        partner="Hanbit Middle School",
        when=session_one(OSAKA_PLACE, SEOUL_PLACE),
    )
    assert nudge == written(pair, expected, JAPANESE)
    await pair.advance(timedelta(days=2))
    assert len(about(pair, "bob", "feedback_nudge")) == 1
    assert about(pair, "alice", "feedback_nudge") == []


async def test_still_unanswered_after_a_week_the_coordinator_is_told(pair):
    await end_session(pair)
    await pair.ok("alice", HELD)
    await pair.advance(timedelta(days=6, hours=23))
    assert about(pair, "coordinator", "feedback_overdue") == []
    await pair.advance(timedelta(hours=1))
    [told] = about(pair, "coordinator", "feedback_overdue")  # in English: no school, no choice
    assert "No feedback from Sakura Junior High on session #1 with Hanbit Middle School" in told
    assert "Teachers: Bob" in told and "JST (Osaka)" in told and "KST (Seoul)" in told
    asked, reminded = DayOf(datetime(2027, 3, 9).date()), DayOf(datetime(2027, 3, 11).date())
    so_far = Message("feedback-asked-and-reminded", asked=asked, reminded=reminded, count="1")
    assert written(pair, so_far, ENGLISH) in told
    await pair.advance(timedelta(days=7))
    assert len(about(pair, "coordinator", "feedback_overdue")) == 1


async def test_a_side_that_answers_in_time_is_neither_nudged_nor_reported(pair):
    await end_session(pair)
    await pair.ok("alice", HELD)
    await pair.ok("bob", "feedback submit 1 status=held rating=5")
    await pair.advance(timedelta(days=8))
    assert about(pair, "bob", "feedback_nudge") == about(pair, "alice", "feedback_nudge") == []
    assert about(pair, "coordinator", "feedback_overdue") == []


# Submitting and editing


async def test_a_teacher_submits_every_question_and_reads_it_back(pair):
    await end_session(pair)
    reply = await pair.ok(
        "alice",
        'feedback submit 1 status=held rating=4 went_well="the quiz" '
        'improve="shorter intros" problems=audio,connection continue_with=online,visit',
    )
    assert "Thank you! Saved your feedback on session #1 with Sakura Junior High" in reply.text
    assert "15:00–16:00 KST (Seoul) · Tue 9 Mar 15:00–16:00 JST (Osaka)" in reply.text
    assert reply.data["problems"] == ["audio", "connection"]
    assert reply.data["continue_with"] == ["online", "visit"]
    assert "Not answered yet" not in reply.text


async def test_submitting_again_edits_the_one_answer_and_keeps_what_was_left_out(pair):
    await end_session(pair)
    await pair.ok("alice", 'feedback submit 1 status=held rating=2 went_well="songs"')
    await pair.advance(timedelta(days=3))
    reply = await pair.ok("alice", "feedback submit 1 status=held rating=4")
    assert reply.text.startswith("Updated your feedback") and reply.data["edited"]
    summary = await pair.ok("bob", "feedback summary 1")
    [answer] = summary.data["sessions"][0]["answers"]
    assert (answer["rating"], answer["went_well"]) == (4, "songs")


async def test_a_first_answer_without_status_is_read_as_held(pair):
    await end_session(pair)
    reply = await pair.ok("alice", 'feedback submit session=1 rating=4 went_well="the quiz"')
    assert reply.data["status"] == "held" and reply.data["rating"] == 4


async def test_an_edit_without_status_keeps_the_earlier_status(pair):
    await end_session(pair)
    await pair.ok("alice", 'feedback submit 1 status=postponed reason="snow day"')
    reply = await pair.ok("alice", 'feedback submit session=1 improve="check the weather"')
    assert reply.data["status"] == "postponed" and reply.data["reason"] == "snow day"


async def test_changing_held_to_postponed_drops_the_rating_and_needs_a_reason(pair):
    await end_session(pair)
    await pair.ok("alice", HELD)
    refused = await pair.run("alice", "feedback submit 1 status=postponed")
    assert "reason is needed when the session was postponed" in refused.text
    reply = await pair.ok("alice", 'feedback submit 1 status=postponed reason="snow day"')
    assert reply.data["rating"] is None and "postponed: snow day" in reply.text


BAD_ANSWERS = [
    ("feedback submit 1 status=held", "rating is needed when the session was held"),
    ("feedback submit 1 status=cancelled", "reason is needed when the session was cancelled"),
    (
        'feedback submit 1 status=cancelled rating=3 reason="flu"',
        "rating is only for sessions that took place",
    ),
    (
        'feedback submit 1 status=held rating=4 reason="x"',
        "reason is only for sessions that did not take place",
    ),
    ("feedback submit 1 status=held rating=6", "rating: 6 is out of range; it must be from 1"),
    ("feedback submit 1 status=hold rating=4", "Did you mean 'held'?"),
    (
        "feedback submit 1 status=held rating=4 problems=audio,none",
        "problems: 'none' cannot go with other values",
    ),
    (
        "feedback submit 1 status=held rating=4 continue_with=visit,trip",
        "continue_with: 'trip' is not accepted",
    ),
    (
        "feedback submit 1 status=held rating=4 went_well=" + "x" * 501,
        "went_well is 501 characters long; at most 500",
    ),
]


async def test_bad_answers_get_a_specific_message_and_nothing_is_written(pair):
    await end_session(pair)
    for line, says in BAD_ANSWERS:
        reply = await pair.run("alice", line)
        assert not reply.ok and says in reply.text, (line, reply.text)
    async with pair.core.sessions() as db:
        assert (await db.exec(select(FeedbackAnswer))).all() == []


async def test_feedback_waits_until_the_session_has_begun(pair):
    reply = await pair.run("alice", HELD)
    assert "Session #1 has not begun yet" in reply.text
    assert "KST (Seoul)" in reply.text and "JST (Osaka)" in reply.text


async def test_a_session_cancelled_in_advance_takes_no_feedback(pair):
    session, _ = await book_session(pair, pair.partnership, START + timedelta(days=7))
    await pair.ok("alice", f"cancel {session.id} exams")
    pair.clock.set(START + timedelta(days=8))
    reply = await pair.run("alice", f"feedback submit {session.id} status=held rating=4")
    assert "was cancelled before it took place" in reply.text


# Closing the term


async def test_closing_the_term_makes_answers_final_and_stops_follow_ups(pair):
    await end_session(pair)
    await pair.ok("alice", HELD)
    closed = await pair.ok("coordinator", "feedback close 2027-1")
    assert "Closed term 2027-1 of Seoul IJC 2027" in closed.text
    refused = await pair.run("alice", "feedback submit 1 status=held rating=5")
    assert "The report for term 2027-1 was closed" in refused.text
    assert "can no longer be given or changed" in refused.text
    late = await pair.run("bob", "feedback submit 1 status=held rating=5")
    assert not late.ok
    await pair.advance(timedelta(days=8))
    assert about(pair, "bob", "feedback_nudge") == []
    assert about(pair, "coordinator", "feedback_overdue") == []
    again = await pair.run("coordinator", "feedback close 2027-1")
    assert "already closed" in again.text


async def test_only_named_terms_can_be_closed(pair):
    reply = await pair.run("coordinator", "feedback close 2027-03-01..2027-04-30")
    assert "Only a named term can be closed" in reply.text


# Student impressions


async def test_a_student_impression_from_the_joint_channel_is_stored_without_a_user_id(pair):
    await end_session(pair)
    reply = await pair.ok(
        "student7", 'feedback impression 1 "I learned to count in Japanese"', channel=JOINT
    )
    assert "saved without your name" in reply.text
    async with pair.core.sessions() as db:
        [stored] = (await db.exec(select(StudentImpression))).all()
    assert set(stored.model_dump()) == {"id", "session_id", "text"}
    assert "student7" not in str(stored.model_dump())
    summary = await pair.ok("alice", "feedback summary 1")
    assert "“I learned to count in Japanese”" in summary.text


async def test_an_impression_from_outside_the_joint_channel_is_refused(pair):
    await end_session(pair)
    reply = await pair.run("stranger", 'feedback impression 1 "hi"', channel="C-other")
    assert not reply.ok and "type the command there" in reply.text


# Who may read what


async def add_other_program_coordinator(bot: TestBot) -> None:
    async with transaction(bot.core.sessions) as db:
        other = Program(name="Tokyo JNTO 2027", home_country="JP", created_at=bot.clock.now())
        db.add(other)
        await db.flush()
        db.add(
            Coordinator(
                program_id=other.id,
                platform="test",
                workspace="T1",
                user_id="tokyo-coordinator",
                added_at=bot.clock.now(),
            )
        )


@pytest.fixture
async def answered(pair):
    await pair.ok("carol", BUSAN_HIGH)
    await add_other_program_coordinator(pair)
    await end_session(pair)
    await pair.ok("alice", 'feedback submit 1 status=held rating=4 went_well="games"')
    return pair


async def test_feedback_is_readable_by_the_sessions_teachers_and_coordinators_only(answered):
    private = "visible to the teachers"
    stranger = "not a teacher of a registered school"
    readers = [
        ("alice", "T1", None),  # teacher of one school of the session
        ("bob", "T1", None),  # teacher of the other school
        ("coordinator", "T1", None),  # the program's coordinator
        ("carol", "T1", private),  # a teacher of another school
        ("alice", "T2", stranger),  # the same user id in another workspace is someone else
        ("tokyo-coordinator", "T1", private),  # another program's coordinator
        ("nobody", "T1", stranger),  # an unknown user
    ]
    for user, workspace, refusal in readers:
        reply = await answered.run(user, "feedback summary 1", workspace=workspace)
        assert reply.ok is (refusal is None), (user, workspace, reply.text)
        if refusal is None:
            assert "went well: games" in reply.text
        else:
            assert "games" not in reply.text and refusal in reply.text


async def test_only_the_sessions_teachers_can_answer(answered):
    answers = [
        ("alice", "T1", "Updated your feedback"),  # she answered already
        ("bob", "T1", "Thank you! Saved"),
        ("coordinator", "T1", "not a teacher of a registered school"),
        ("carol", "T1", "Busan High has no session #1"),
        ("alice", "T2", "not a teacher of a registered school"),
        ("tokyo-coordinator", "T1", "not a teacher of a registered school"),
        ("nobody", "T1", "not a teacher of a registered school"),
    ]
    for user, workspace, says in answers:
        reply = await answered.run(
            user, "feedback submit 1 status=held rating=3", workspace=workspace
        )
        assert says in reply.text, (user, workspace, reply.text)


async def test_the_report_is_for_each_programs_own_coordinators(answered):
    readers = [
        ("coordinator", "report 2027-1", "Seoul IJC 2027"),
        ("tokyo-coordinator", "report 2027-1", "Tokyo JNTO 2027"),
        (
            "tokyo-coordinator",
            'report 2027-1 program="Seoul IJC 2027"',
            "You do not coordinate a program named 'Seoul IJC 2027'",
        ),
        ("alice", "report 2027-1", "Only a program coordinator can do this"),
        ("nobody", "report 2027-1", "Only a program coordinator can do this"),
    ]
    for user, line, says in readers:
        reply = await answered.run(user, line)
        assert says in reply.text, (user, line, reply.text)
    tokyo = await answered.run("tokyo-coordinator", "report 2027-1")
    assert tokyo.data["answers"] == 0 and b"games" not in tokyo.attachments[1].content


@pytest.mark.parametrize("partner", [f"partner={SEOUL}", SEOUL, '"Hanbit Middle School"'])
async def test_a_teacher_reads_the_summary_of_every_session_with_a_partner(answered, partner):
    second, _ = await book_session(answered, answered.partnership, START + timedelta(days=7))
    await answered.advance(timedelta(days=7))  # past the end of the second session too
    reply = await answered.ok("bob", f"feedback summary {partner}")
    assert [s["session"]["id"] for s in reply.data["sessions"]] == [second.id, 1]
    newest, oldest = reply.sections
    assert "Hanbit Middle School: no answer yet" in newest.lines
    assert "Sakura Junior High: no answer yet" in newest.lines
    assert "    went well: games" in oldest.lines
    assert "Hanbit Middle School: no answer yet" not in oldest.lines


# The report


async def test_the_report_shows_the_figures_with_a_chart_and_the_csv(answered):
    await answered.ok(
        "bob", "feedback submit 1 status=held rating=2 problems=audio continue_with=visit"
    )
    reply = await answered.ok("coordinator", "report 2027-1")
    assert "Response rate: 100% (2 of 2 school sides answered; 2 teacher answers)" in reply.text
    assert "Rating: mean 3.00 of 5 from 2 ratings · 1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 0" in reply.text
    assert "Technical problems: audio 1" in reply.text
    at_risk = "Hanbit Middle School – Sakura Junior High: rated 2/5 by Sakura Junior High"
    assert at_risk in reply.text
    chart, table = reply.attachments
    assert chart.media_type == "image/png" and chart.content.startswith(b"\x89PNG")
    assert table.filename == "feedback-seoul-ijc-2027-2027-1.csv"


async def test_a_session_booked_too_late_for_a_practice_run_puts_the_pair_at_risk(answered):
    late, _ = await book_session(answered, answered.partnership, START + timedelta(days=2))
    await answered.advance(timedelta(days=2, hours=1))
    reply = await answered.ok("coordinator", "report 2027-1")
    [risks] = [pair["risks"] for pair in reply.data["at_risk"]]
    practice = [(r["kind"], r["session_id"]) for r in risks if r["kind"] == "skipped_practice"]
    assert practice == [("skipped_practice", late.id)]
    assert f"no practice-run reminder went out before session {late.id}" in reply.text


async def test_a_session_cancelled_months_before_it_was_due_is_not_flagged_for_practice(
    answered,
):
    # session 1 was held on 9 March; session 2, due 8 June, is cancelled in March
    planned, _ = await book_session(answered, answered.partnership, START + timedelta(days=91))
    await answered.ok("alice", f"cancel {planned.id} exams")
    await answered.advance(timedelta(days=100))
    reply = await answered.ok("coordinator", "report 2027-1")
    [risks] = [pair["risks"] for pair in reply.data["at_risk"]]
    assert [(r["kind"], r["session_id"]) for r in risks] == [
        ("cancelled", planned.id),
        ("no_answer", 1),  # Sakura never answered about the session held
        ("idle", None),  # and no session since 9 March
    ]
    assert "practice-run" not in reply.text


async def test_a_pair_without_a_session_for_six_school_weeks_is_at_risk(answered):
    """After session #1 on Tue 9 Mar, Hanbit and Sakura are both open on the 16 weekdays left
    in March less 22 Mar (Japan's substitute equinox holiday), 15, and on 1–2, 5–9, 12–16 and
    19–21 Apr: the 30th is 21 Apr."""
    answered.clock.set(datetime(2027, 4, 20, 12, 0, tzinfo=UTC))
    quiet = await answered.ok("coordinator", "report 2027-1")
    assert "six school weeks" not in quiet.text
    answered.clock.set(datetime(2027, 4, 21, 12, 0, tzinfo=UTC))
    idle = await answered.ok("coordinator", "report 2027-1")
    assert (
        "no session and no activity for six school weeks of the term (since 9 Mar 2027)"
        in idle.text
    )
    [pair] = idle.data["at_risk"]
    assert pair["pair"] == "Hanbit Middle School – Sakura Junior High"
    assert ("idle", None) in [(r["kind"], r["session_id"]) for r in pair["risks"]]


async def test_the_report_reads_any_range_of_days_and_explains_a_bad_term(answered):
    march = await answered.ok("coordinator", "report 2027-03-01..2027-03-31")
    april = await answered.ok("coordinator", "report 2027-04-01..2027-04-30")
    assert (march.data["sessions"], april.data["sessions"]) == (1, 0)
    bad = await answered.run("coordinator", "report spring")
    assert "not a program you coordinate" not in bad.text
    assert "Nor is 'spring' a term: write a term like 2027-1 (Mar–Aug)" in bad.text


@pytest.mark.parametrize(
    "line",
    [
        'report "Seoul IJC 2027" 2027-2',
        'report "Seoul IJC 2027" term=2027-2',
        'report program="Seoul IJC 2027" term=2027-2',
        "report 2027-2",
        "report term=2027-2",
    ],
)
async def test_the_report_takes_the_program_first_and_the_term_second(answered, line):
    reply = await answered.ok("coordinator", line)
    assert (reply.data["program"], reply.data["term"]) == ("Seoul IJC 2027", "2027-2")


async def test_the_report_names_a_program_alone_and_reads_its_current_term(answered):
    reply = await answered.ok("coordinator", 'report "Seoul IJC 2027"')
    assert (reply.data["program"], reply.data["term"]) == ("Seoul IJC 2027", "2027-1")


async def test_the_report_defaults_to_the_current_term(answered):
    reply = await answered.ok("coordinator", "report")
    assert reply.data["term"] == "2027-1"


async def test_the_csv_has_the_documented_columns_and_one_row_per_answer(answered):
    await answered.ok("student1", 'feedback impression 1 "=cmd|calc"', channel=JOINT)
    await answered.ok("bob", 'feedback submit 1 status=held rating=5 went_well="=HYPERLINK(x)"')
    reply = await answered.ok("coordinator", "report 2027-1")
    text = reply.attachments[1].content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert (
        tuple(rows[0])
        == COLUMNS
        == (
            "program",
            "term",
            "session_id",
            "pair_id",
            "booking_status",
            "session_outcome",
            "session_start_utc",
            "session_end_utc",
            "school_id",
            "school_name",
            "school_timezone",
            "school_local_start",
            "partner_id",
            "partner_name",
            "partner_timezone",
            "partner_local_start",
            "teacher",
            "status",
            "reason",
            "rating",
            "went_well",
            "improve",
            "problems",
            "continue_with",
            "submitted_at_utc",
            "updated_at_utc",
            "series_id",
            "series_position",
            "series_placement",
            "pair_stage",
        )
    )
    assert [(r["school_id"], r["rating"]) for r in rows] == [(SEOUL, "4"), (OSAKA, "5")]
    assert rows[0]["school_local_start"] == "2027-03-09T15:00+09:00"
    assert rows[0]["partner_timezone"] == "Asia/Tokyo"
    assert rows[1]["went_well"] == "'=HYPERLINK(x)"
    assert "student1" not in text and "cmd|calc" not in text
