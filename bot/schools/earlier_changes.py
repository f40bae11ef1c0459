"""What a command that came second is told: who changed a row first, and when.

Commands that change one thing take turns on its row; the one that waited then finds it
changed, and says so in words its caller can act on ("… was cancelled at Mon 11 Jan 10:02 KST
(Seoul) by Hanbit Middle School; nothing was confirmed"), never with the generic error.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.context import Context
from bot.core.errors import AlreadyDone, UserError
from bot.i18n.messages import Argument, Message
from bot.i18n.time_text import TimeAt
from bot.times.display import Place, at_place
from storage.models import Partnership, PartnershipStatus, School


def moment(instant: datetime, reader: School) -> str:
    """When something happened, on the reader's clock: `Mon 11 Jan 10:02 KST (Seoul)`."""
    return at_place(instant, Place.of(reader))


def done_by(
    ctx: Context, actor: str | None, school_id: str | None, schools: Sequence[School]
) -> str:
    """Who did something, as the caller reads it: you, or the school they did it for."""
    if actor == ctx.actor.key:
        return "you"
    school = next((s for s in schools if s.id == school_id), None)
    return school.name if school else "a teacher"


def refuse_if_ended(
    ctx: Context,
    partnership: Partnership,
    mine: School,
    theirs: School,
    *,
    undone: str,
    ending: bool = False,
) -> None:
    """Nothing more happens to an ended partnership: say who ended it and when, and that what
    was asked (`undone`: booked, confirmed, planned, recorded, ended, linked or created) did not
    happen. The caller's own `partnership end` of moments ago, asked again (`ending`), is
    answered as done."""
    if partnership.status == PartnershipStatus.ACTIVE:
        return
    assert partnership.ended_at is not None  # an ended partnership records when
    when = TimeAt(partnership.ended_at, (Place.of(mine),))
    if ending and ctx.repeats(partnership.ended_by, partnership.ended_at):
        raise AlreadyDone(
            Message("partners-ended-already-done", school=theirs.name, at=when),
            {"partnership_id": partnership.id},
        )
    ended: dict[str, Argument | Message] = {
        "school": mine.name,
        "partner": theirs.name,
        "at": when,
        "undone": undone,
    }
    ender = next((s for s in (mine, theirs) if s.id == partnership.ended_by_school), None)
    if partnership.ended_by == ctx.actor.key:
        refusal = Message("partners-ended-already-by-you", **ended)
    elif ender is not None:
        refusal = Message("partners-ended-already-by", **ended, by=ender.name)
    else:
        refusal = Message("partners-ended-already-by-a-teacher", **ended)
    raise UserError(refusal, show_usage=False)
