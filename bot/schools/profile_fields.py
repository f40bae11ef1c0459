"""The fields of a school profile, declared once: the `school register` and `school edit`
options, the registration form on every platform and the demand-survey columns all derive from
this list, so a field added, limited or explained here changes all of them together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.core.errors import DeclarationError
from bot.core.names import NAME
from bot.core.spec import Param
from bot.core.value_types import CHOICE, INTEGER, TEXT
from bot.schools.profile import GRADES, LEVELS, SIDES, format_grades, join_list
from bot.times.country_names import COUNTRY
from bot.times.geography import LANGUAGE, TIMEZONE
from bot.times.vacations import VACATIONS, format_vacations
from bot.times.weekly_hours import WEEKLY_HOURS


@dataclass(frozen=True)
class SurveyColumn:
    """A field's place in the demand-survey CSV, whose header names it as the option is named."""

    position: int  # counted from 1, after `school_id`, which always comes first
    required: bool = False  # an empty cell is an error (the survey asks more than chat does)
    optional: bool = False  # a file may leave the whole column out: its schools keep the value
    empty: str | None = ""  # what an empty cell stores


@dataclass(frozen=True)
class ProfileField:
    """One field: how the command reads it, how it is stored, where the form and survey ask it."""

    option: Param  # as `school register` reads it: name, type, help, limits, default, choices
    store: Callable[[Any], Any] | None = str  # its stored column; None: checked with the country
    on_form: bool = True  # the registration form asks for it
    survey: SurveyColumn | None = None  # None: not a column of the demand survey

    @property
    def name(self) -> str:
        return self.option.name

    def edit_option(self) -> Param:
        """The option for `school edit`: by name only, and absent means unchanged."""
        return replace(self.option, default=None, positional=False, greedy=False)


PROFILE_FIELDS = (
    ProfileField(
        Param("name", NAME, "the school's name", positional=True, greedy=True, max_length=120),
        survey=SurveyColumn(1, required=True),
    ),
    ProfileField(
        Param("country", COUNTRY, "the school's country, by name or ISO 3166 code"),
        survey=SurveyColumn(3, required=True),
    ),
    ProfileField(
        Param("city", TEXT, "the city, shown next to times", default="", max_length=80),
        survey=SurveyColumn(4),
    ),
    ProfileField(
        Param(
            "timezone",
            TIMEZONE,
            "IANA time zone; needed only when the country has several real ones and the city "
            "names none of them",
            default=None,
        ),
        store=None,
        survey=SurveyColumn(5),
    ),
    ProfileField(
        Param("level", CHOICE, "school level", choices=LEVELS),
        survey=SurveyColumn(6, required=True),
    ),
    ProfileField(
        Param("grades", GRADES, "the grades taking part, e.g. 5-6", default=()),
        store=format_grades,
        survey=SurveyColumn(7),
    ),
    ProfileField(
        Param("languages", LANGUAGE, "languages the class can use, ISO 639-1 codes", many=True),
        store=join_list,
        survey=SurveyColumn(8, required=True),
    ),
    ProfileField(
        Param(
            "topics",
            TEXT,
            "topics of interest, e.g. culture,sdgs,coding,ai",
            many=True,
            default=[],
            max_length=300,
        ),
        store=lambda topics: join_list([topic.lower() for topic in topics]),
        survey=SurveyColumn(9),
    ),
    ProfileField(
        Param(
            "quota",
            INTEGER,
            "how many partner classes the school wants",
            default=1,
            minimum=1,
            maximum=50,
        ),
        store=int,
        survey=SurveyColumn(10, required=True),
    ),
    ProfileField(
        Param("class_hours", WEEKLY_HOURS, "weekly class hours in local time", max_length=500),
        survey=SurveyColumn(11, required=True),
    ),
    ProfileField(
        Param(
            "after_school_hours",
            WEEKLY_HOURS,
            "weekly after-school hours in local time, when students can stay",
            default=None,
            max_length=500,
        ),
        survey=SurveyColumn(12),
    ),
    ProfileField(
        Param(
            "vacations",
            VACATIONS,
            "declared breaks (inclusive date ranges)",
            default=None,
            max_length=1000,
        ),
        store=format_vacations,
        on_form=False,
        survey=SurveyColumn(13),
    ),
    ProfileField(
        Param(
            "subdivision",
            TEXT,
            "state or region for its public holidays and school vacations, e.g. VIC (AU), "
            "BY (DE), 'Zone A' (FR), NY (US)",
            default=None,
            max_length=40,
        ),
        store=None,
        on_form=False,
        survey=SurveyColumn(14, optional=True, empty=None),
    ),
    ProfileField(
        Param(
            "side",
            CHOICE,
            "home (the program's region) or partner (abroad); normally derived from the country",
            choices=SIDES,
            default=None,
        ),
        on_form=False,
        survey=SurveyColumn(2, required=True),
    ),
)


def _in_survey_order(fields: tuple[ProfileField, ...]) -> tuple[ProfileField, ...]:
    """The survey's fields by column; refused at import unless the columns run 1, 2, 3, …"""
    surveyed = sorted(
        ((field.survey.position, field) for field in fields if field.survey),
        key=lambda placed: placed[0],
    )
    positions = [position for position, _ in surveyed]
    if positions != list(range(1, len(positions) + 1)):
        raise DeclarationError(f"survey columns must be numbered 1, 2, 3, …, not {positions}")
    return tuple(field for _, field in surveyed)


SURVEY_FIELDS = _in_survey_order(PROFILE_FIELDS)
REGISTRATION_FORM_FIELDS = tuple(field.name for field in PROFILE_FIELDS if field.on_form)
