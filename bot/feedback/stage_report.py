"""Stages in the coordinators' report: the program's funnel by year and the pairs that want to
continue, as arithmetic over plain rows.

Definitions (the README repeats them): a pair counts in a year's funnel from the year it was
made, at the stage of its latest move recorded by the end of that year (no move: online
exchange), ended pairs included, since the funnel says how far pairs got; years are read on
the program's calendar. A pair *wants to continue* when each of its schools' latest answer in
the term that says what next names a step other than "none" (`continuing_schools`); the next
stage shown is the first one beyond its stage that their wishes point at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from bot.feedback.phrase_lists import tally
from bot.feedback.report import AnswerRow, SessionRow
from bot.i18n.messages import Message
from bot.schools.stages import ORDER, continuing_schools, suggested_stage
from storage.models import PartnershipStage

STAGE_NAMES = {
    PartnershipStage.ONLINE: Message("report-stage-online"),
    PartnershipStage.VISIT_PLANNED: Message("report-stage-visit-planned"),
    PartnershipStage.VISITED: Message("report-stage-visited"),
    PartnershipStage.MOU_SIGNED: Message("report-stage-mou-signed"),
}


@dataclass(frozen=True)
class PairStageRow:
    pair_id: int
    pair: str
    made: date  # the day the partnership was made, on the program's calendar
    moves: tuple[tuple[date, PartnershipStage], ...] = ()  # (day recorded, stage), oldest first

    def stage_by(self, day: date) -> PartnershipStage:
        reached = [stage for recorded, stage in self.moves if recorded <= day]
        return reached[-1] if reached else PartnershipStage.ONLINE


@dataclass(frozen=True)
class ContinuingPair:
    pair_id: int
    pair: str
    stage: PartnershipStage
    next_stage: PartnershipStage | None  # None: their wishes are for more online exchange


def funnel(rows: Sequence[PairStageRow]) -> dict[int, dict[PartnershipStage, int]]:
    """Pairs per stage at the end of each year, from the first pair's year to the last year
    anything happened."""
    if not rows:
        return {}
    days = [row.made for row in rows] + [day for row in rows for day, _ in row.moves]
    figures = {}
    for year in range(min(days).year, max(days).year + 1):
        end = date(year, 12, 31)
        counts = dict.fromkeys(ORDER, 0)
        for row in rows:
            if row.made <= end:
                counts[row.stage_by(end)] += 1
        figures[year] = counts
    return figures


def continuing_pairs(
    rows: Sequence[PairStageRow], sessions: Sequence[SessionRow], answers: Sequence[AnswerRow]
) -> list[ContinuingPair]:
    session_of = {s.session_id: s for s in sessions}
    by_pair: dict[int, list[AnswerRow]] = {}
    for answer in answers:
        by_pair.setdefault(session_of[answer.session_id].pair_id, []).append(answer)
    stage_of = {row.pair_id: row for row in rows}
    found = []
    for session in {s.pair_id: s for s in sessions}.values():
        said = sorted(by_pair.get(session.pair_id, []), key=_answered_at)
        wanting = continuing_schools((a.school_id, a.continue_with) for a in said)
        if not wanting >= {school.id for school in session.schools}:
            continue
        row = stage_of.get(session.pair_id)
        stage = row.stage_by(date.max) if row else PartnershipStage.ONLINE
        steps = [step for a in said for step in a.continue_with]
        found.append(
            ContinuingPair(session.pair_id, session.pair, stage, suggested_stage(stage, steps))
        )
    return sorted(found, key=lambda pair: pair.pair)


def _answered_at(answer: AnswerRow) -> datetime:
    return answer.updated_at or answer.submitted_at or datetime.min.replace(tzinfo=UTC)


def funnel_lines(figures: dict[int, dict[PartnershipStage, int]]) -> list[Message]:
    return [
        Message(
            "report-funnel-year",
            year=str(year),
            stages=tally((STAGE_NAMES[stage], n) for stage, n in counts.items()),
        )
        for year, counts in figures.items()
    ]


def continuing_line(pair: ContinuingPair) -> Message:
    then = STAGE_NAMES[pair.next_stage] if pair.next_stage else Message("report-stage-more-online")
    return Message(
        "report-continuing-pair", pair=pair.pair, stage=STAGE_NAMES[pair.stage], next=then
    )


def stage_data(
    figures: dict[int, dict[PartnershipStage, int]], continuing: Sequence[ContinuingPair]
) -> dict[str, Any]:
    return {
        "funnel": {
            str(year): {stage.value: n for stage, n in counts.items()}
            for year, counts in figures.items()
        },
        "continuing": [
            {
                "pair_id": pair.pair_id,
                "pair": pair.pair,
                "stage": pair.stage.value,
                "next_stage": pair.next_stage.value if pair.next_stage else None,
            }
            for pair in continuing
        ],
    }
