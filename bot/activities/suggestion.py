"""The non-real-time exchange that `find mode=async` and `propose` offer when two schools share
no hour: a command the teacher can run, not only a sentence."""

from __future__ import annotations

from collections.abc import Callable

from bot.activities.kinds import KINDS
from bot.activities.text import in_english, kind_title
from bot.core.reply import Action
from bot.i18n.messages import Message
from storage.models import ActivityKind

SUGGESTED = ActivityKind.VIDEO_LETTER  # needs no post and no shared account: the easiest start
OTHER_KINDS = ", ".join(kind.value for kind in KINDS if kind is not SUGGESTED)

Say = Callable[[Message], str]  # `ctx.say`: a message as the reader reads it


def plan_command(partner_id: str) -> str:
    """The command, after `/exchange`, that plans the suggested exchange with the partner."""
    return f"activity plan {SUGGESTED.value} {partner_id}"


def plan_action(partner_id: str, say: Say = in_english) -> Action:
    label = say(Message("activity-plan-button", kind=kind_title(SUGGESTED)))
    return Action(label, plan_command(partner_id), "primary")


def plan_sentence(partner_id: str, *, partners: bool, say: Say = in_english) -> str:
    """What to run next; for a school not yet a partner, once it is one."""
    return say(
        Message(
            "activity-suggestion",
            partners="yes" if partners else "no",
            command=plan_command(partner_id),
            kind=kind_title(SUGGESTED),
            others=OTHER_KINDS,
            suggested=SUGGESTED.value,
        )
    )
