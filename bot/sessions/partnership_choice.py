"""Which partner a meetings command is about: the named school, the joint channel's partnership,
or the caller's only one; when that is unclear, the error lists the choices."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.errors import UserError
from bot.i18n.messages import Message
from bot.schools.profile import SchoolProfile
from bot.times.display import Place
from storage.models import Partnership, School
from storage.repositories.partnerships import Partnerships


@dataclass(frozen=True)
class Pairing:
    mine: School
    theirs: School
    partnership: Partnership | None  # None: not partners (yet); times can be looked at, not booked

    @property
    def both(self) -> tuple[School, School]:
        """Both schools, the caller's first."""
        return self.mine, self.theirs

    @property
    def places(self) -> tuple[Place, Place]:
        """The caller's place first, as every reply to the caller shows it."""
        return Place.of(self.mine), Place.of(self.theirs)

    @property
    def profiles(self) -> tuple[SchoolProfile, SchoolProfile]:
        """Both schools as the domain sees them, the caller's first."""
        return SchoolProfile.of(self.mine), SchoolProfile.of(self.theirs)

    @property
    def partnership_order(self) -> tuple[School, School]:
        """Both schools in the partnership's own order, the same whoever asks (for invites and
        the joint channel)."""
        if self.booked_partnership().school_a == self.mine.id:
            return self.mine, self.theirs
        return self.theirs, self.mine

    def booked_partnership(self) -> Partnership:
        if self.partnership is None:
            raise UserError(
                Message("meetings-not-partners", school=self.mine.name, partner=self.theirs.name),
                show_usage=False,
            )
        return self.partnership


async def choose_partner(ctx: Context, partner: School | None) -> Pairing:
    mine = await ctx.my_school()
    partnerships = Partnerships(ctx.db)
    if partner is not None:
        if partner.id == mine.id:
            raise UserError(Message("meetings-own-school", school=partner.name))
        return Pairing(mine, partner, await partnerships.active_between(mine.id, partner.id))
    if joint := await joint_channel_pairing(ctx, mine):
        return joint
    active = await partnerships.active_of(mine.id)
    if len(active) == 1:
        return await pairing_of(ctx, mine, active[0])
    if not active:
        raise UserError(Message("meetings-no-partner-yet", school=mine.name))
    listed = []
    for partnership in active:
        other = await ctx.schools.get(partnership.other(mine.id))
        listed.append(f"{other.id} ({other.name})" if other else partnership.other(mine.id))
    raise UserError(
        Message(
            "meetings-which-partner", school=mine.name, count=len(active), listed=", ".join(listed)
        )
    )


async def joint_channel_pairing(ctx: Context, mine: School) -> Pairing | None:
    """The partnership whose joint channel the command was typed in, if it is the caller's."""
    if ctx.channel is None:
        return None
    joint = await Partnerships(ctx.db).active_in_channel(
        ctx.channel.platform, ctx.channel.workspace, ctx.channel.channel_id
    )
    if joint is None or mine.id not in (joint.school_a, joint.school_b):
        return None
    return await pairing_of(ctx, mine, joint)


async def pairing_of(ctx: Context, mine: School, partnership: Partnership) -> Pairing:
    """The partnership seen from `mine`, one of its schools."""
    theirs = await ctx.schools.get(partnership.other(mine.id))
    assert theirs is not None  # partnerships reference existing schools
    return Pairing(mine, theirs, partnership)
