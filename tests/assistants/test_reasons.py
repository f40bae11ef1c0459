"""Why a session stays without an assistant: nobody speaks both languages, or what keeps each
assistant who does, and the nearest start in the same week at which one of them is free."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.assistants.reasons import SpeakerObstacle, UncoveredReason
from bot.assistants.rules import Obstacle
from bot.assistants.solver import match
from bot.assistants.values import AskingSession, Assignment, Assistant
from tests.support.assistants import assistant, session


def reason_for(
    asking: AskingSession, people: list[Assistant], kept: list[Assignment] = ()
) -> UncoveredReason:
    (left,) = match([asking], people, kept).uncovered
    return left.reason


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_nobody_speaking_both_languages_lists_no_speakers_and_no_time() -> None:
    reason = reason_for(session(1, "2027-03-09 01:00"), [assistant(1, "ko,en")])
    assert reason == UncoveredReason(("ko", "ja"), (), None)


def test_outside_hours_names_the_next_start_inside_them_with_the_free_quarter_hour() -> None:
    # 23:30 UTC on 8 March is 08:30 on Tuesday in Seoul; the hours open at 09:00.
    early = session(1, "2027-03-08 23:30")
    reason = reason_for(early, [assistant(1, hours="Mon-Fri 09:00-17:00")])
    assert reason.speakers == (SpeakerObstacle(1, Obstacle.HOURS),)
    assert reason.nearest_free == utc("2027-03-09 00:15")  # 09:15 in Seoul


def test_a_busy_assistant_names_the_session_in_the_way_and_when_they_are_free() -> None:
    held = Assignment(session(1, "2027-03-09 01:00"), 1)  # until 02:00
    reason = reason_for(session(2, "2027-03-09 01:30"), [assistant(1)], [held])
    assert reason.speakers == (SpeakerObstacle(1, Obstacle.BUSY, clashes_with=1),)
    assert reason.nearest_free == utc("2027-03-09 02:15")


def test_of_two_equally_near_free_times_the_earlier_is_named() -> None:
    held = Assignment(session(1, "2027-03-09 10:00"), 1)
    reason = reason_for(session(2, "2027-03-09 10:00"), [assistant(1)], [held])
    assert reason.nearest_free == utc("2027-03-09 08:45")  # 11:15 is as near


def test_a_full_month_names_the_month_and_the_first_free_start_in_the_next() -> None:
    once_a_month = assistant(1, max_per_month=1)
    held = Assignment(session(1, "2027-03-10 01:00"), 1)
    # 14:00 UTC on 31 March is 23:00 in Seoul; April starts there at 15:00 UTC.
    reason = reason_for(session(2, "2027-03-31 14:00"), [once_a_month], [held])
    assert reason.speakers == (SpeakerObstacle(1, Obstacle.MONTHLY_CAP, month=(2027, 3)),)
    assert reason.nearest_free == utc("2027-03-31 15:00")


def test_a_vacation_over_the_whole_week_leaves_no_free_time() -> None:
    away = assistant(1, vacations="2027-03-07..2027-03-16")
    reason = reason_for(session(1, "2027-03-10 01:00"), [away])
    assert reason.speakers == (SpeakerObstacle(1, Obstacle.VACATION),)
    assert reason.nearest_free is None


def test_the_nearest_free_time_stays_in_the_sessions_week_monday_to_sunday_utc() -> None:
    # Sunday 14 March; the assistant in London (UTC then) helps Monday to Saturday. Monday
    # 00:15 would be nearer, but it is the next week: Saturday 22:45 is named.
    no_sundays = assistant(1, hours="Mon-Sat 00:00-24:00", zone="Europe/London")
    reason = reason_for(session(1, "2027-03-14 12:00"), [no_sundays])
    assert reason.nearest_free == utc("2027-03-13 22:45")


def test_every_speaker_is_listed_by_id_with_what_keeps_them() -> None:
    people = [
        assistant(3, hours="Sat,Sun 00:00-24:00"),
        assistant(1, vacations="2027-03-09"),
        assistant(2, "ko,en"),
    ]
    reason = reason_for(session(1, "2027-03-09 01:00"), people)  # a Tuesday
    assert reason.speakers == (
        SpeakerObstacle(1, Obstacle.VACATION),
        SpeakerObstacle(3, Obstacle.HOURS),
    )
    # 22:45 on Monday in Seoul, before the vacation day, is nearer than Wednesday 00:15.
    assert reason.nearest_free == utc("2027-03-08 13:45")
