"""What a matching run decides: the assignments it keeps and adds, and each session it leaves
uncovered with the reason, in the shape `jointclass assistants match --json` prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.assistants.reasons import Uncovered
from bot.assistants.values import Assignment, assignment_order


@dataclass(frozen=True)
class MatchPlan:
    kept: tuple[Assignment, ...]  # given to the run and left as they were
    added: tuple[Assignment, ...]  # new, in order of session start
    uncovered: tuple[Uncovered, ...]

    @property
    def assignments(self) -> tuple[Assignment, ...]:
        return tuple(sorted((*self.kept, *self.added), key=assignment_order))

    def as_json(self) -> dict[str, Any]:
        return {
            "assignments": [
                {
                    "session": assignment.session.id,
                    "assistant": assignment.assistant_id,
                    "languages": list(assignment.session.languages),
                }
                for assignment in self.assignments
            ],
            "uncovered": [
                {"session": item.session.id, "reason": item.reason.data()}
                for item in self.uncovered
            ],
        }
