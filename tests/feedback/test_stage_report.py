"""The stages part of the coordinators' report against figures worked out by hand.

Fixture: four pairs of one program.

    pair 1 Hanbit–Sakura  made 2 Mar 2027, visit planned 10 May 2027, visited 20 Jan 2028
    pair 2 Mapo–Athens    made 2 Mar 2027, MOU signed 5 Dec 2027 (no visit: a stage skipped)
    pair 3 Jongno–Lyon    made 9 Mar 2027, no move
    pair 4 Gangnam–Turku  made 4 Feb 2028, no move

By hand, at the end of 2027: online 1 (pair 3), visit planned 1 (pair 1), visited 0, MOU 1
(pair 2); pair 4 does not exist yet. End of 2028: online 2 (3, 4), visit planned 0, visited 1
(pair 1), MOU 1 (pair 2).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.feedback.report import AnswerRow, SchoolRow, SessionRow
from bot.feedback.stage_report import PairStageRow, continuing_pairs, funnel
from storage.models import PartnershipStage as Stage

HANBIT = SchoolRow("KR-hanbit", "Hanbit", "Asia/Seoul", "Seoul")
SAKURA = SchoolRow("JP-sakura", "Sakura", "Asia/Tokyo", "Osaka")
MAPO = SchoolRow("KR-mapo", "Mapo", "Asia/Seoul", "Seoul")
ATHENS = SchoolRow("GR-athens", "Athens", "Europe/Athens", "Athens")

ROWS = [
    PairStageRow(
        1,
        "Hanbit – Sakura",
        date(2027, 3, 2),
        ((date(2027, 5, 10), Stage.VISIT_PLANNED), (date(2028, 1, 20), Stage.VISITED)),
    ),
    PairStageRow(2, "Mapo – Athens", date(2027, 3, 2), ((date(2027, 12, 5), Stage.MOU_SIGNED),)),
    PairStageRow(3, "Jongno – Lyon", date(2027, 3, 9)),
    PairStageRow(4, "Gangnam – Turku", date(2028, 2, 4)),
]


def test_the_funnel_counts_each_pair_once_a_year_at_its_stage_by_the_end_of_the_year() -> None:
    assert funnel(ROWS) == {
        2027: {Stage.ONLINE: 1, Stage.VISIT_PLANNED: 1, Stage.VISITED: 0, Stage.MOU_SIGNED: 1},
        2028: {Stage.ONLINE: 2, Stage.VISIT_PLANNED: 0, Stage.VISITED: 1, Stage.MOU_SIGNED: 1},
    }


def test_a_program_without_pairs_has_no_funnel() -> None:
    assert funnel([]) == {}


START = datetime(2027, 4, 6, 6, 0, tzinfo=UTC)


def session(number: int, pair: int, schools: tuple[SchoolRow, SchoolRow]) -> SessionRow:
    start = START + timedelta(days=7 * number)
    return SessionRow(number, pair, schools, start, start + timedelta(hours=1), "booked")


def answer(number: int, school: SchoolRow, steps: tuple[str, ...], day: int) -> AnswerRow:
    said = START + timedelta(days=day)
    return AnswerRow(
        number, school.id, "held", 4, continue_with=steps, submitted_at=said, updated_at=said
    )


def test_a_pair_wants_to_continue_when_each_school_last_said_a_step_other_than_none() -> None:
    sessions = [session(1, 1, (HANBIT, SAKURA)), session(2, 2, (MAPO, ATHENS))]
    answers = [
        answer(1, HANBIT, ("none",), 8),
        answer(1, HANBIT, ("online", "agreement"), 9),  # changed their mind: the latest counts
        answer(1, SAKURA, ("online",), 8),
        answer(1, SAKURA, (), 10),  # left the question out: says nothing either way
        answer(2, MAPO, ("visit",), 15),
        answer(2, ATHENS, ("none",), 15),  # Athens does not want to: pair 2 is not continuing
    ]
    [pair] = continuing_pairs(ROWS, sessions, answers)
    assert (pair.pair_id, pair.stage, pair.next_stage) == (1, Stage.VISITED, Stage.MOU_SIGNED)
