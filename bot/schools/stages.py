"""Partnership stages: the order the programs describe and the rules for moving along it.

The programs' standard model is "online exchange → offline exchange (mutual invitations and
visits) → MOU signing", but they also say pairs keep exchanging online "even if the
circumstances make it difficult to visit in-person". So a visit is no condition for an
agreement: a pair may skip stages forwards (sign without a visit, record a visit that was never
announced), never go back. A planned visit may be planned again (a new date, or the other
school hosting). A planned visit lies on a day not yet past in the host school's calendar; a
visit made and an agreement signed lie on a day already come there (for an agreement, in the
calendar of whichever school is furthest ahead).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from bot.core.errors import UserError
from bot.i18n.messages import Message
from storage.models import PartnershipStage, School, StageMove

ORDER = tuple(PartnershipStage)
MOVES = ORDER[1:]  # what a teacher may move a pair to; online is where every pair starts
VISITS = (PartnershipStage.VISIT_PLANNED, PartnershipStage.VISITED)
# the feedback's "continue with" choices that point at a stage
STAGES_OF_STEP = {"visit": VISITS, "agreement": (PartnershipStage.MOU_SIGNED,)}
NO_FURTHER_STEP = "none"


def stage_of(latest: StageMove | None) -> PartnershipStage:
    return PartnershipStage.ONLINE if latest is None else latest.stage


def check_move(
    current: PartnershipStage,
    wanted: PartnershipStage,
    on: date,
    today: date,
    recorded: Message | None = None,
) -> None:
    """Refuse a move back, or a date on the wrong side of `today` (the day it is in the
    calendar the date is read in), with a sentence saying what is allowed; `recorded` says
    when and by whom the current stage was recorded."""
    if ORDER.index(wanted) < ORDER.index(current) or (
        wanted == current and wanted != PartnershipStage.VISIT_PLANNED
    ):
        stage = stage_name(current)
        raise UserError(
            Message("journey-stage-backwards-recorded", stage=stage, recorded=recorded)
            if recorded
            else Message("journey-stage-backwards", stage=stage),
            show_usage=False,
        )
    days = {"date": on.isoformat(), "today": today.isoformat()}
    if wanted == PartnershipStage.VISIT_PLANNED and on < today:
        raise UserError(Message("journey-visit-date-passed", **days), show_usage=False)
    if wanted != PartnershipStage.VISIT_PLANNED and on > today:
        raise UserError(
            Message("journey-date-to-come", **days, stage=stage_name(wanted)), show_usage=False
        )


def stage_name(stage: PartnershipStage) -> Message:
    """A stage as the reader's language names it ("visit planned")."""
    return Message("journey-stage-name", stage=stage.value)


def suggested_stage(
    current: PartnershipStage, continue_with: Iterable[str]
) -> PartnershipStage | None:
    """The first stage beyond `current` that the chosen next steps point at, if any."""
    wanted = [stage for step in continue_with for stage in STAGES_OF_STEP.get(step, ())]
    ahead = [stage for stage in wanted if ORDER.index(stage) > ORDER.index(current)]
    return min(ahead, key=ORDER.index) if ahead else None


def stage_hint(
    current: PartnershipStage, continue_with: Iterable[str], partner: School
) -> Message | None:
    """The sentence that turns a wish for a visit or an agreement into the stage command, or
    None when the wish points at no stage beyond `current`."""
    stage = suggested_stage(current, continue_with)
    if stage is None:
        return None
    return Message(
        "journey-stage-hint",
        next=stage.value,
        stage=Message("journey-stage-name", stage=current.value),
        command=f"/exchange partnership stage {partner.id} {stage}",
    )


def continuing_schools(intents: Iterable[tuple[str, Sequence[str]]]) -> set[str]:
    """The schools that want to continue: those whose latest stated next steps (of the
    (school, next steps) answers, oldest first) name something other than "none". An answer
    that leaves the question out says nothing either way."""
    latest: dict[str, Sequence[str]] = {}
    for school_id, steps in intents:
        if steps:
            latest[school_id] = steps
    return {school_id for school_id, steps in latest.items() if NO_FURTHER_STEP not in steps}
