"""Pairs gone quiet, against school days counted by hand on the two schools' calendars.

Hanbit (Seoul, KR) and Sakura (Osaka, JP), term 2027-1, last session Monday 5 Apr 2027. Days
both schools are open after it: April 6–30 has 19 weekdays, less Showa Day (29 Apr, JP): 18.
May: 3, 4 and 5 are Japanese holidays (5 May is Children's Day in both countries), so 6–7 May
make 20; 10–14 May less Buddha's Birthday (13 May, KR) make 24; 17–21 May make 29; Monday
24 May is the 30th: idle from then, not before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.feedback.idle_pairs import ActivePair, idle_risks, session_days
from bot.feedback.report import Risk, SchoolRow, SessionRow
from bot.feedback.terms import parse_term
from bot.schools.closed_days import SchoolCalendar
from bot.times.vacations import parse_vacations

SEOUL = "Asia/Seoul"
HANBIT = SchoolRow("KR-hanbit", "Hanbit", SEOUL, "Seoul")
SAKURA = SchoolRow("JP-sakura", "Sakura", "Asia/Tokyo", "Osaka")
TERM = parse_term("2027-1")


def pair(*, vacation: str = "", made: date = date(2027, 3, 2)) -> ActivePair:
    calendars = (
        SchoolCalendar("KR", None, parse_vacations(vacation)),
        SchoolCalendar("JP", None, ()),
    )
    return ActivePair(1, "Hanbit – Sakura", made, calendars)


def session(day: date, status: str = "booked") -> SessionRow:
    start = datetime(day.year, day.month, day.day, 6, 0, tzinfo=UTC)  # 15:00 in Seoul
    return SessionRow(
        day.toordinal(), 1, (HANBIT, SAKURA), start, start + timedelta(hours=1), status
    )


APRIL_5 = session(date(2027, 4, 5))


def risks(pairs: list[ActivePair], sessions: list[SessionRow], today: date) -> dict[int, Risk]:
    return idle_risks(pairs, session_days(sessions, SEOUL), TERM, today)


def test_thirty_school_days_without_a_session_make_the_pair_idle_not_twenty_nine() -> None:
    assert risks([pair()], [APRIL_5], date(2027, 5, 21)) == {}
    [risk] = risks([pair()], [APRIL_5], date(2027, 5, 24)).values()
    assert risk.kind == "idle" and risk.session_id is None
    assert (
        risk.text
        == "no session and no activity for six school weeks of the term (since 5 Apr 2027)"
    )


def test_a_later_session_starts_the_count_again_and_a_cancelled_one_does_not() -> None:
    held = session(date(2027, 5, 3))
    assert risks([pair()], [APRIL_5, held], date(2027, 5, 24)) == {}
    cancelled = session(date(2027, 5, 3), "cancelled")
    assert risks([pair()], [APRIL_5, cancelled], date(2027, 5, 24))


def test_a_vacation_of_either_school_does_not_count() -> None:
    """A pair made on 1 Jul meets on Mon 12 Jul; Hanbit's summer break runs from 20 Jul, so only
    13–16 Jul (four days; 19 Jul is Marine Day in Japan) are open for both before the term ends
    on 31 Aug. Without the break the same summer makes the pair idle."""
    july = session(date(2027, 7, 12))
    summer = pair(vacation="2027-07-20..2027-08-31", made=date(2027, 7, 1))
    assert risks([summer], [july], date(2027, 8, 31)) == {}
    assert risks([pair(made=date(2027, 7, 1))], [july], date(2027, 8, 31))
