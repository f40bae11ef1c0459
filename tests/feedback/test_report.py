"""The coordinators' report against figures computed by hand on a fixture program.

Fixture (now = 20 May 2027): three pairs, eight sessions.

    pair 1 Hanbit–Sakura   S1 6 Apr  held: Hanbit 4 (audio; online, visit), Sakura 5 (none; visit)
                           S2 20 Apr held: Hanbit 3 (audio, connection; online); Sakura silent
    pair 2 Mapo–Athens     S3 13 Apr held: Mapo 2 (video), Athens 3 (audio)
                           S4 4 May  Mapo: postponed, "exam week"; Athens silent
                           S8 11 May both silent
    pair 3 Jongno–Lyon     S5 27 Apr booking cancelled ("teacher ill"): nobody asked
                           S6 18 May held: Jongno 5, Lyon 4 (both: visit, agreement);
                                     practice run skipped
                           S7 25 May still to come: out of scope

By hand: 7 sessions in scope; 12 sides asked (2 each for S1 S2 S3 S4 S6 S8), 8 answered
(S1 ×2, S2 ×1, S3 ×2, S4 ×1, S6 ×2) = 67%; 8 answers; ratings 4 5 3 2 3 5 4 → one 2, two 3s,
two 4s, two 5s, mean 26/7 = 3.71; outcomes held 4 (S1 S2 S3 S6), postponed 1, cancelled 1,
unanswered 1 (S8); problems audio 3, video 1, connection 1; next steps online 2, visit 4,
agreement 2, none 0; both schools want a visit: pairs 1 and 3, an agreement: pair 3.
At risk: pair 2 (low rating S3, postponed S4, no answer S4 Athens, S8 Mapo, S8 Athens),
pair 3 (cancelled S5, skipped practice S6), pair 1 (no answer S2 Sakura).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.feedback.report import AnswerRow, SchoolRow, SessionRow, SideRow, build_report

NOW = datetime(2027, 5, 20, tzinfo=UTC)
HANBIT = SchoolRow("KR-hanbit", "Hanbit", "Asia/Seoul", "Seoul")
SAKURA = SchoolRow("JP-sakura", "Sakura", "Asia/Tokyo", "Osaka")
MAPO = SchoolRow("KR-mapo", "Mapo", "Asia/Seoul", "Seoul")
ATHENS = SchoolRow("GR-athens", "Athens", "Europe/Athens", "Athens")
JONGNO = SchoolRow("KR-jongno", "Jongno", "Asia/Seoul", "Seoul")
LYON = SchoolRow("FR-lyon", "Lyon", "Europe/Paris", "Lyon")
PAIRS = {1: (HANBIT, SAKURA), 2: (MAPO, ATHENS), 3: (JONGNO, LYON)}


def session(number: int, pair: int, day: datetime, **extra) -> SessionRow:
    return SessionRow(
        session_id=number,
        pair_id=pair,
        schools=PAIRS[pair],
        start=day,
        end=day + timedelta(hours=1),
        booking_status=extra.pop("booking_status", "booked"),
        **extra,
    )


def day(month: int, date: int) -> datetime:
    return datetime(2027, month, date, 6, 0, tzinfo=UTC)


SESSIONS = [
    session(1, 1, day(4, 6)),
    session(2, 1, day(4, 20)),
    session(3, 2, day(4, 13)),
    session(4, 2, day(5, 4)),
    session(5, 3, day(4, 27), booking_status="cancelled", cancel_reason="teacher ill"),
    session(6, 3, day(5, 18), practice_run=False),
    session(7, 3, day(5, 25)),
    session(8, 2, day(5, 11)),
]
ASKED = {
    1: (HANBIT, SAKURA),
    2: (HANBIT, SAKURA),
    3: (MAPO, ATHENS),
    4: (MAPO, ATHENS),
    6: (JONGNO, LYON),
    8: (MAPO, ATHENS),
}
ENDS = {row.session_id: row.end for row in SESSIONS}
SIDES = [  # each side is asked when its session ends
    SideRow(number, school.id, ENDS[number])
    for number, schools in ASKED.items()
    for school in schools
]
ANSWERS = [
    AnswerRow(1, HANBIT.id, "held", 4, problems=("audio",), continue_with=("online", "visit")),
    AnswerRow(1, SAKURA.id, "held", 5, problems=("none",), continue_with=("visit",)),
    AnswerRow(2, HANBIT.id, "held", 3, problems=("audio", "connection"), continue_with=("online",)),
    AnswerRow(3, MAPO.id, "held", 2, problems=("video",)),
    AnswerRow(3, ATHENS.id, "held", 3, problems=("audio",)),
    AnswerRow(4, MAPO.id, "postponed", reason="exam week"),
    AnswerRow(6, JONGNO.id, "held", 5, continue_with=("visit", "agreement")),
    AnswerRow(6, LYON.id, "held", 4, continue_with=("agreement", "visit")),
]


@pytest.fixture
def report():
    return build_report(SESSIONS, SIDES, ANSWERS, NOW)


def test_sessions_still_to_come_are_left_out(report):
    assert report.sessions == 7


def test_response_rate_counts_school_sides_that_answered(report):
    assert (report.sides_answered, report.sides_asked) == (8, 12)
    assert report.response_rate == pytest.approx(8 / 12)
    assert report.answers == 8


def test_rating_distribution_and_mean(report):
    assert report.ratings == {1: 0, 2: 1, 3: 2, 4: 2, 5: 2}
    assert report.mean_rating == 3.71


def test_outcomes_take_the_booking_and_the_most_serious_status_reported(report):
    assert report.outcomes == {"held": 4, "postponed": 1, "cancelled": 1, "unanswered": 1}


def test_problems_are_ranked_and_none_is_not_a_problem(report):
    assert report.problems == [("audio", 3), ("video", 1), ("connection", 1)]


def test_continue_intentions_and_pairs_ready_for_the_next_step(report):
    assert report.next_steps == {"online": 2, "visit": 4, "agreement": 2, "none": 0}
    assert report.ready_pairs == {
        "visit": ["Hanbit – Sakura", "Jongno – Lyon"],
        "agreement": ["Jongno – Lyon"],
    }


def test_pairs_at_risk_with_their_reasons_most_troubled_first(report):
    flagged = [(p.pair, [(r.kind, r.session_id) for r in p.risks]) for p in report.at_risk]
    assert flagged == [
        (
            "Mapo – Athens",
            [
                ("low_rating", 3),
                ("postponed", 4),
                ("no_answer", 4),
                ("no_answer", 8),
                ("no_answer", 8),
            ],
        ),
        ("Jongno – Lyon", [("cancelled", 5), ("skipped_practice", 6)]),
        ("Hanbit – Sakura", [("no_answer", 2)]),
    ]


def test_risk_texts_name_the_school_and_the_reason(report):
    texts = [risk.text for pair in report.at_risk for risk in pair.risks]
    assert "rated 2/5 by Mapo (session 3)" in texts
    assert "session 4 postponed: exam week" in texts
    assert "session 5 cancelled: teacher ill" in texts
    assert "no answer from Sakura about session 2 after a week" in texts


def test_a_side_asked_less_than_a_week_ago_is_not_yet_at_risk():
    earlier = build_report(SESSIONS, SIDES, ANSWERS, day(5, 17))  # S8 asked 6 days ago
    no_answers = [
        (r.session_id, r.text) for p in earlier.at_risk for r in p.risks if r.kind == "no_answer"
    ]
    assert [number for number, _ in no_answers] == [4, 2]


def test_a_skipped_practice_run_counts_only_for_sessions_held_or_due():
    without_practice = [
        session(11, 1, day(5, 3), practice_run=False),  # due, nobody answered
        session(12, 1, day(5, 5), practice_run=False, booking_status="cancelled"),
        session(13, 2, day(5, 6), practice_run=False),  # postponed, say its teachers
        session(14, 3, day(5, 7), practice_run=False),  # held
    ]
    answers = [
        AnswerRow(13, MAPO.id, "postponed", reason="exam week"),
        AnswerRow(14, LYON.id, "held", rating=4),
    ]
    report = build_report(without_practice, [], answers, NOW)
    flagged = [
        r.session_id for p in report.at_risk for r in p.risks if r.kind == "skipped_practice"
    ]
    assert sorted(flagged) == [11, 14]
