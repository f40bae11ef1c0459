"""The non-real-time exchange that `find mode=async` and `propose` offer when two schools share
no hour: a command the teacher can run, not only a sentence."""

from __future__ import annotations

from bot.activities.kinds import KINDS
from bot.core.reply import Action
from storage.models import ActivityKind

SUGGESTED = ActivityKind.VIDEO_LETTER  # needs no post and no shared account: the easiest start
OTHER_KINDS = ", ".join(kind.value for kind in KINDS if kind is not SUGGESTED)


def plan_command(partner_id: str) -> str:
    """The command, after `/exchange`, that plans the suggested exchange with the partner."""
    return f"activity plan {SUGGESTED.value} {partner_id}"


def plan_action(partner_id: str) -> Action:
    return Action(f"Plan a {KINDS[SUGGESTED].title}", plan_command(partner_id), "primary")


def plan_sentence(partner_id: str, *, partners: bool) -> str:
    """What to run next; for a school not yet a partner, once it is one."""
    command, title = plan_command(partner_id), KINDS[SUGGESTED].title
    if partners:
        return (
            f"Exchange without meeting: `/exchange {command}` plans a {title} (or {OTHER_KINDS} "
            f"instead of {SUGGESTED.value})."
        )
    return (
        f"Once you are partners, exchange without meeting: `/exchange {command}` plans a {title} "
        f"(or {OTHER_KINDS} instead of {SUGGESTED.value})."
    )
