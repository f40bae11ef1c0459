"""Who may pair with whom: a school's remaining quota, and no pair twice.

A school's remaining quota is its quota minus its active partnerships; every way of creating a
partnership (an accepted request, a published tie-up) goes through `create_partnership` or
`create_partnerships`, which refuse a pair twice or a school without places left. Both check
after locking the schools' rows, so two transactions pairing the same school at once (two
accepts on PostgreSQL) take turns instead of both seeing a free place. A new partnership
settles any request still pending between its schools, which could otherwise re-create it
after it ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from bot.core.context import Context
from bot.core.errors import AlreadyDone, UserError
from bot.core.identity import ChannelRef
from bot.i18n.messages import Argument, Message
from bot.i18n.time_text import TimeAt
from bot.times.display import Place
from storage.engine import UnitOfWork
from storage.models import (
    Partnership,
    PartnershipRequest,
    PartnershipSource,
    RequestStatus,
    School,
)
from storage.repositories.partnerships import Partnerships, Requests
from storage.repositories.schools import Schools


def joint_channel(partnership: Partnership) -> ChannelRef | None:
    """The partnership's joint channel, when its teachers linked one."""
    if not (partnership.channel_platform and partnership.channel_id):
        return None
    return ChannelRef(
        partnership.channel_platform, partnership.channel_workspace or "", partnership.channel_id
    )


async def pairing_refusal(
    db: UnitOfWork, first: School, second: School, mine: School | None = None
) -> Message | None:
    """Why the two schools may not become partners now, or None; `mine` is the caller's
    school, so that the refusal speaks to them. Their rows stay locked until commit."""
    await Schools(db).lock([first.id, second.id])
    partnerships = Partnerships(db)
    used = await partnerships.active_counts([first.id, second.id])
    already = await partnerships.active_between(first.id, second.id) is not None
    return refusal_of(first, second, used, already, mine)


async def create_partnership(
    db: UnitOfWork,
    first: School,
    second: School,
    *,
    program_id: int,
    source: PartnershipSource,
    language: str | None,
    now: datetime,
    mine: School | None = None,
) -> Partnership:
    """A new active partnership, or a `UserError` saying why not (to `mine`, the caller's
    school)."""
    refusal = await pairing_refusal(db, first, second, mine)
    if refusal:
        raise UserError(refusal, show_usage=False)
    [partnership] = await Partnerships(db).add(
        [(first, second, language)], program_id=program_id, source=source, now=now
    )
    await Requests(db).settle(partnership, now)
    return partnership


async def create_partnerships(
    db: UnitOfWork,
    pairs: Iterable[tuple[School, School, str | None]],
    *,
    program_id: int,
    source: PartnershipSource,
    now: datetime,
) -> tuple[list[Partnership], list[tuple[str, str, Message]]]:
    """Create each (first, second, language) the rules allow, checked against one snapshot
    kept current as pairs are added; returns those created and (first, second, why) for
    the others, why written for whoever reads it."""
    pairs = list(pairs)
    await Schools(db).lock([school.id for first, second, _ in pairs for school in (first, second)])
    partnerships = Partnerships(db)
    used = await partnerships.active_counts()
    active = await partnerships.active_pairs()
    allowed: list[tuple[School, School, str | None]] = []
    refused: list[tuple[str, str, Message]] = []
    for first, second, language in pairs:
        refusal = refusal_of(first, second, used, frozenset((first.id, second.id)) in active)
        if refusal:
            refused.append((first.id, second.id, refusal))
            continue
        allowed.append((first, second, language))
        used.update([first.id, second.id])
        active.add(frozenset((first.id, second.id)))
    created = await partnerships.add(allowed, program_id=program_id, source=source, now=now)
    for partnership in created:
        await Requests(db).settle(partnership, now)
    return created, refused


async def answer_request(
    ctx: Context, request: PartnershipRequest, status: RequestStatus, *, response: str = ""
) -> None:
    """Record the caller's answer. When the request was answered first, say so: the caller's
    own same answer of moments ago (a double click) is answered with its result, anything else
    is refused naming who answered, how and when."""
    answered = await Requests(ctx.db).answer(
        request, status, by=ctx.actor.key, now=ctx.now, response=response
    )
    if answered:
        return
    assert request.id is not None  # a loaded row
    first = await Requests(ctx.db).get(request.id)
    assert first is not None and first.responded_at is not None  # answered, never deleted
    asker = await ctx.schools.get(first.from_school)
    asked = await ctx.schools.get(first.to_school)
    assert asker is not None and asked is not None  # requests reference existing schools
    when = TimeAt(first.responded_at, (Place.of(asked),))
    if first.status == status and ctx.repeats(first.responded_by, first.responded_at):
        raise AlreadyDone(
            Message("partners-answered-already", answer=status.value, school=asker.name, at=when),
            {"request_id": first.id, "from_school": asker.id, "status": status},
        )
    answered_first: dict[str, Argument | Message] = {
        "school": asker.name,
        "status": first.status.value,
        "at": when,
        "answer": status.value,
    }
    if not first.responded_by:  # nobody answered: a tie-up paired the schools, which settled it
        raise UserError(Message("partners-answered-by-tieup", **answered_first), show_usage=False)
    if first.responded_by == ctx.actor.key:
        raise UserError(Message("partners-answered-by-you", **answered_first), show_usage=False)
    raise UserError(
        Message("partners-answered-by", **answered_first, by=await ctx.who(first.responded_by)),
        show_usage=False,
    )


def refusal_of(
    first: School, second: School, used: Counter[str], already: bool, mine: School | None = None
) -> Message | None:
    """Why the two schools may not become partners now, or None; `used` counts active
    partnerships per school."""
    if first.id == second.id:
        return Message("partners-pair-itself")
    if already:
        return Message("partners-pair-already", school=first.name, partner=second.name)
    for school in (first, second):
        if used[school.id] < school.quota:
            continue
        full: dict[str, Argument | Message] = {
            "quota": str(school.quota),
            "used": str(used[school.id]),
        }
        if mine is not None and school.id == mine.id:
            return Message("partners-pair-no-places-yours", **full, next=str(school.quota + 1))
        return Message("partners-pair-no-places", **full, school=school.name)
    return None
