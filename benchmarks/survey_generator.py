"""Demand surveys shaped like the Seoul program's, at any scale, for benchmarks and load tests.

The home side follows the program's Korean applicants by level (72 elementary, 69 middle,
163 high, 3 miscellaneous, 1 special); the partner side follows its table of 308 schools from
30 countries. Everything else (zones inside a country, hours, languages, topics, grades,
quotas) is drawn from plausible menus with a seeded generator, so a scale and a seed always give
the same survey. Rows use the columns of `bot/schools/survey_import.py`.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from typing import Any

import pytz

from bot.schools.survey_import import COLUMNS

HOME_COUNTRY = "KR"
HOME_LEVELS = {"elementary": 72, "middle": 69, "high": 163, "misc": 3, "special": 1}
PARTNER_COUNTRIES = {
    "JP": 105,
    "TW": 34,
    "GR": 25,
    "FR": 20,
    "US": 18,
    "AU": 16,
    "MY": 13,
    "IN": 11,
    "RS": 9,
    "NZ": 8,
    "DE": 8,
    "SG": 6,
    "CN": 6,
    "TH": 6,
    "PH": 3,
    "MN": 2,
    "BG": 2,
    "IE": 2,
    "AZ": 2,
    "HK": 2,
    "DK": 1,
    "SI": 1,
    "AL": 1,
    "GB": 1,
    "UA": 1,
    "CL": 1,
    "KZ": 1,
    "KW": 1,
    "TR": 1,
    "FI": 1,
}
ZONES = {  # where a multi-zone country's schools are, with weights
    "US": {
        "America/New_York": 5,
        "America/Chicago": 3,
        "America/Denver": 1,
        "America/Los_Angeles": 3,
    },
    "AU": {
        "Australia/Sydney": 4,
        "Australia/Melbourne": 4,
        "Australia/Brisbane": 2,
        "Australia/Perth": 1,
        "Australia/Adelaide": 1,
    },
    "MY": {"Asia/Kuala_Lumpur": 1},
    "NZ": {"Pacific/Auckland": 1},
    "DE": {"Europe/Berlin": 1},
    "CN": {"Asia/Shanghai": 1},
    "MN": {"Asia/Ulaanbaatar": 1},
    "UA": {"Europe/Kyiv": 1},
    "CL": {"America/Santiago": 1},
    "KZ": {"Asia/Almaty": 1},
}
NATIVE = {
    "KR": ("ko",),
    "JP": ("ja",),
    "TW": ("zh",),
    "GR": ("el",),
    "FR": ("fr",),
    "US": ("en",),
    "AU": ("en",),
    "MY": ("ms",),
    "IN": ("hi", "en"),
    "RS": ("sr",),
    "NZ": ("en",),
    "DE": ("de",),
    "SG": ("en", "zh"),
    "CN": ("zh",),
    "TH": ("th",),
    "PH": ("tl", "en"),
    "MN": ("mn",),
    "BG": ("bg",),
    "IE": ("en",),
    "AZ": ("az",),
    "HK": ("zh", "en"),
    "DK": ("da",),
    "SI": ("sl",),
    "AL": ("sq",),
    "GB": ("en",),
    "UA": ("uk",),
    "CL": ("es",),
    "KZ": ("kk", "ru"),
    "KW": ("ar",),
    "TR": ("tr",),
    "FI": ("fi",),
}
SCHOOL_DAY = {  # (start, end) of a typical class day, local minutes after midnight
    "KR": (8 * 60 + 40, 16 * 60),
    "JP": (8 * 60 + 40, 15 * 60 + 30),
    "US": (8 * 60, 15 * 60),
    "FR": (8 * 60 + 30, 16 * 60 + 30),
    "DE": (8 * 60, 13 * 60 + 30),
    "GB": (8 * 60 + 50, 15 * 60 + 20),
    "AU": (9 * 60, 15 * 60 + 10),
    "NZ": (9 * 60, 15 * 60),
}
DEFAULT_DAY = (8 * 60, 15 * 60)
SHORTER_DAY = {"elementary": 90, "special": 60}  # minutes earlier the day ends
AFTER_SCHOOL = ("Tue,Thu {a}-{b}", "Mon,Wed {a}-{b}", "Wed {a}-{b}", "Mon-Thu {a}-{b}")
TOPICS = (
    "culture",
    "sdgs",
    "coding",
    "ai",
    "global-issues",
    "music",
    "sports",
    "art",
    "science",
    "history",
)
GRADE_SPAN = {"elementary": 6, "middle": 3, "high": 3, "misc": 3, "special": 6}
LEVEL_WEIGHTS = HOME_LEVELS  # the partner side's levels follow the home side's mix


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _zone(rng: random.Random, country: str) -> str:
    if country in ZONES:
        return _weighted(rng, ZONES[country])
    return pytz.country_timezones[country][0]


def _class_hours(rng: random.Random, country: str, level: str) -> str:
    start, end = SCHOOL_DAY.get(country, DEFAULT_DAY)
    start += rng.choice((-20, 0, 0, 20))
    end += rng.choice((-20, 0, 0, 20)) - SHORTER_DAY.get(level, 0)
    return f"Mon-Fri {_hhmm(start)}-{_hhmm(end)}"


def _after_school(rng: random.Random, class_hours: str, chance: float) -> str:
    if rng.random() >= chance:
        return ""
    end_of_day = class_hours.rsplit("-", 1)[1]
    hours, minutes = (int(part) for part in end_of_day.split(":"))
    start = hours * 60 + minutes + rng.choice((0, 10, 30))
    length = rng.choice((60, 90, 120))
    return rng.choice(AFTER_SCHOOL).format(a=_hhmm(start), b=_hhmm(min(start + length, 22 * 60)))


def _languages(rng: random.Random, country: str, level: str, side: str) -> str:
    languages = list(NATIVE[country])
    english = 0.6 if level == "elementary" else 0.85
    if "en" not in languages and rng.random() < english:
        languages.append("en")
    extra = ("ja", "zh") if side == "home" else ("ko",)
    for language in extra:
        if rng.random() < 0.1:
            languages.append(language)
    return ",".join(languages)


def _grades(rng: random.Random, level: str) -> str:
    top = GRADE_SPAN[level]
    first = rng.randint(1, top)
    last = min(top, first + rng.choice((0, 1, 2)))
    return str(first) if first == last else f"{first}-{last}"


def _school(rng: random.Random, number: int, side: str, country: str, level: str) -> dict[str, str]:
    class_hours = _class_hours(rng, country, level)
    chance = 0.55 if side == "home" else 0.3
    zone = _zone(rng, country) if country != HOME_COUNTRY else "Asia/Seoul"
    return {
        "school_id": f"{country}-{level[:3]}-{number:06d}",
        "name": f"{zone.rsplit('/', 1)[-1].replace('_', ' ')} {level.title()} School {number}",
        "side": side,
        "country": country,
        "city": zone.rsplit("/", 1)[-1].replace("_", " "),
        "timezone": zone,
        "level": level,
        "grades": _grades(rng, level),
        "languages": _languages(rng, country, level, side),
        "topics": ",".join(rng.sample(TOPICS, rng.randint(1, 3))),
        "quota": str(rng.choices((1, 2, 3), weights=(55, 30, 15))[0]),
        "class_hours": class_hours,
        "after_school_hours": _after_school(rng, class_hours, chance),
        "vacations": "",
    }


def survey_rows(scale: float = 1.0, seed: int = 2027) -> Iterator[dict[str, str]]:
    """The survey's rows: the home side first, then the partner side country by country."""
    rng = random.Random(seed)
    number = 0
    for level, count in HOME_LEVELS.items():
        for _ in range(round(count * scale)):
            number += 1
            yield _school(rng, number, "home", HOME_COUNTRY, level)
    for country, count in PARTNER_COUNTRIES.items():
        for _ in range(round(count * scale)):
            number += 1
            yield _school(rng, number, "partner", country, _weighted(rng, LEVEL_WEIGHTS))


def survey_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
