"""What a teacher's feedback answer may hold, and the rules that keep every stored answer whole.

The same checks run for the console, a Slack modal and a Discord modal, because all three end
in `feedback submit`. A submission may leave options out: they keep their earlier value, so a
teacher can fix the rating without retyping what went well (and a five-field Discord modal can
be completed in a second pass).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.declared_text import choice_label
from bot.core.errors import UserError
from bot.i18n.messages import Message
from bot.schools.profile import split_list
from storage.models import AnswerStatus, FeedbackAnswer

PROBLEMS = ("audio", "video", "connection", "interpretation", "none")
NEXT_STEPS = ("online", "visit", "agreement", "none")
NONE = "none"
NEXT_STEP_WORDS = {
    "online": Message("feedback-step-online"),
    "visit": Message("feedback-step-visit"),
    "agreement": Message("feedback-step-agreement"),
    "none": Message("feedback-step-none"),
}
LOW_RATING = 2  # ratings at or below this put the pair at risk


@dataclass(frozen=True)
class AnswerValues:
    status: str
    reason: str
    rating: int | None
    went_well: str
    improve: str
    problems: tuple[str, ...]
    continue_with: tuple[str, ...]

    @property
    def held(self) -> bool:
        return self.status == AnswerStatus.HELD

    @classmethod
    def of(cls, row: FeedbackAnswer) -> AnswerValues:
        return cls(
            status=row.status,
            reason=row.reason,
            rating=row.rating,
            went_well=row.went_well,
            improve=row.improve,
            problems=split_list(row.problems),
            continue_with=split_list(row.continue_with),
        )

    def data(self) -> dict[str, object]:
        """The values for a reply's `data`: lists as lists."""
        return {
            "status": self.status,
            "reason": self.reason,
            "rating": self.rating,
            "went_well": self.went_well,
            "improve": self.improve,
            "problems": list(self.problems),
            "continue_with": list(self.continue_with),
        }

    def columns(self) -> dict[str, object]:
        """The values as `FeedbackAnswer` columns: lists joined with `;`."""
        return self.data() | {
            "problems": ";".join(self.problems),
            "continue_with": ";".join(self.continue_with),
        }


def merge_answer(
    previous: AnswerValues | None,
    *,
    status: str,
    reason: str | None,
    rating: int | None,
    went_well: str | None,
    improve: str | None,
    problems: Sequence[str] | None,
    continue_with: Sequence[str] | None,
) -> AnswerValues:
    """The answer after a submission; `None` means "not given this time".

    Given options are checked against the status; an earlier rating or reason that no longer
    fits the new status is dropped rather than refused, so changing "held" to "postponed"
    needs only the reason.
    """
    held = status == AnswerStatus.HELD
    if held and reason:
        raise UserError(Message("feedback-reason-when-held"))
    if not held and rating is not None:
        raise UserError(Message("feedback-rating-when-not-held", status=choice_label(status)))
    earlier = previous
    if held:
        kept_reason = ""
        kept_rating = rating if rating is not None else (earlier.rating if earlier else None)
    else:
        kept_reason = _pick(reason, earlier.reason if earlier else "")
        kept_rating = None
    values = AnswerValues(
        status=status,
        reason=kept_reason,
        rating=kept_rating,
        went_well=_pick(went_well, earlier.went_well if earlier else ""),
        improve=_pick(improve, earlier.improve if earlier else ""),
        problems=_choices("problems", problems, earlier.problems if earlier else ()),
        continue_with=_choices(
            "continue_with", continue_with, earlier.continue_with if earlier else ()
        ),
    )
    if held and values.rating is None:
        raise UserError(Message("feedback-rating-needed"))
    if not held and not values.reason:
        raise UserError(Message("feedback-reason-needed", status=choice_label(status)))
    return values


def _pick(given: str | None, earlier: str) -> str:
    return earlier if given is None else given


def _choices(name: str, given: Sequence[str] | None, earlier: tuple[str, ...]) -> tuple[str, ...]:
    if given is None:
        return earlier
    unique = tuple(dict.fromkeys(given))
    if NONE in unique and len(unique) > 1:
        raise UserError(Message("feedback-none-alone", option=name))
    return unique
