"""A school as the domain sees it: parsed hours, languages and grades, not storage strings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.messages import Message
from bot.times.vacations import DateRange, parse_vacations
from bot.times.weekly_hours import WeeklyHours, parse_weekly_hours
from storage.models import School, Side

LEVELS = ("elementary", "middle", "high", "special", "misc")
SIDES = tuple(Side)


def parse_grades(raw: str) -> tuple[int, ...]:
    """Grades like `5-6`, `1;3` or `1,2,3`; each from 1 to 12."""
    grades: set[int] = set()
    for part in (p.strip() for p in re.split(r"[;,\s]+", raw.strip())):
        if not part:
            continue
        match = re.fullmatch(r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?", part)
        if not match:
            raise ValueProblem(Message("value-grades-invalid", text=part))
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        if not (1 <= first <= last <= 12):
            raise ValueProblem(Message("value-grades-out-of-range", text=part))
        grades.update(range(first, last + 1))
    return tuple(sorted(grades))


def format_grades(grades: tuple[int, ...]) -> str:
    runs: list[list[int]] = []
    for grade in grades:
        if runs and runs[-1][-1] == grade - 1:
            runs[-1].append(grade)
        else:
            runs.append([grade])
    return ",".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


GRADES = ValueType("grades", Wire.STRING, "<grades>", "grades like 5-6 or 1,3", parse_grades)


def split_list(text: str) -> tuple[str, ...]:
    return tuple(item for item in (part.strip() for part in text.split(";")) if item)


def join_list(items: list[str] | tuple[str, ...]) -> str:
    return ";".join(dict.fromkeys(items))


@dataclass(frozen=True)
class SchoolProfile:
    id: str
    name: str
    program_id: int
    side: str
    country: str
    subdivision: str | None
    city: str
    timezone: str
    level: str
    grades: tuple[int, ...]
    languages: tuple[str, ...]
    topics: tuple[str, ...]
    quota: int
    class_hours: WeeklyHours
    after_school_hours: WeeklyHours
    vacations: tuple[DateRange, ...]

    @classmethod
    def of(cls, school: School) -> SchoolProfile:
        return cls(
            id=school.id,
            name=school.name,
            program_id=school.program_id,
            side=school.side,
            country=school.country,
            subdivision=school.subdivision,
            city=school.city,
            timezone=school.timezone,
            level=school.level,
            grades=parse_grades(school.grades),
            languages=split_list(school.languages),
            topics=split_list(school.topics),
            quota=school.quota,
            class_hours=parse_weekly_hours(school.class_hours),
            after_school_hours=parse_weekly_hours(school.after_school_hours),
            vacations=parse_vacations(school.vacations),
        )

    @property
    def availability(self) -> WeeklyHours:
        """Class hours and after-school hours together, touching windows merged."""
        return self.class_hours.union(self.after_school_hours)
