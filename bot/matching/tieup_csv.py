"""A tie-up's whole result as a spreadsheet: every pair, then every school that keeps open
places, so coordinators can sort, filter and share it.

The column ids in `COLUMNS` are stable, machine-readable English (the README documents each).
A pair fills both schools' columns; a school with open places fills its own side's columns,
`open_places` and `reason`. Times are the weekly windows both schools share, each written in
its own school's zone.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.core.csv_files import csv_bytes, file_slug
from bot.matching.feasibility import TimePattern
from bot.matching.tieup_runs import TieupOutcome
from bot.schools.profile import SchoolProfile
from bot.times.overlap_text import describe_in_zone
from storage.models import Side

RECORD_PAIR = "pair"
RECORD_OPEN = "open"
_SCHOOL_FIELDS = ("id", "name", "country", "languages", "timezone")
_PAIR_FIELDS = ("language", "overlap_minutes", "home_local_times", "partner_local_times", "score")
_OPEN_FIELDS = ("open_places", "reason")
COLUMNS = (
    "record",  # pair, or open: a school keeping open places
    "program",
    "week_of",
    "duration_minutes",
    *(f"home_{name}" for name in _SCHOOL_FIELDS),
    *(f"partner_{name}" for name in _SCHOOL_FIELDS),
    *_PAIR_FIELDS,
    *_OPEN_FIELDS,
)


def tieup_filename(outcome: TieupOutcome) -> str:
    return f"tieup-{file_slug(outcome.program.name)}-{outcome.week.monday.isoformat()}.csv"


def tieup_csv(outcome: TieupOutcome) -> bytes:
    return csv_bytes(COLUMNS, _rows(outcome))


def _rows(outcome: TieupOutcome) -> Iterator[list[str]]:
    profiles = outcome.result.profiles
    run = [outcome.program.name, outcome.week.monday.isoformat(), str(outcome.duration)]
    for pair in outcome.result.pairs:
        home, partner = profiles[pair.home], profiles[pair.partner]
        shared = outcome.week.shared(
            TimePattern.of(home), TimePattern.of(partner), minimum=outcome.duration
        )
        yield [
            RECORD_PAIR,
            *run,
            *_school(home),
            *_school(partner),
            pair.language,
            str(pair.overlap_minutes),
            "; ".join(describe_in_zone(shared, home.timezone)),
            "; ".join(describe_in_zone(shared, partner.timezone)),
            str(pair.score),
            *[""] * len(_OPEN_FIELDS),
        ]
    blank = [""] * len(_SCHOOL_FIELDS)
    for school in outcome.unmatched:
        profile = profiles[school.school_id]
        own = _school(profile)
        sides = (own, blank) if profile.side == Side.HOME else (blank, own)
        yield [
            RECORD_OPEN,
            *run,
            *sides[0],
            *sides[1],
            *[""] * len(_PAIR_FIELDS),
            str(school.remaining_quota),
            school.reason_in_english,
        ]


def _school(profile: SchoolProfile) -> list[str]:
    return [
        profile.id,
        profile.name,
        profile.country,
        ";".join(profile.languages),
        profile.timezone,
    ]
