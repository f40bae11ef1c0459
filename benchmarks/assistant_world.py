"""A term of sessions asking for assistants and a pool of volunteers, at any size, for the
assistants benchmark: five language pairs between schools in their real zones, sessions at the
local times such pairs meet, and assistants in eleven zones with everyday hours, breaks,
monthly caps and the pairs they served before. A seed always gives the same world."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.assistants.values import AskingSession, Assistant
from bot.times.local_time import to_utc
from bot.times.vacations import DateRange
from bot.times.weekly_hours import parse_weekly_hours

TERM = (date(2027, 3, 2), date(2027, 7, 16))  # a spring term across three DST changes


@dataclass(frozen=True)
class LanguagePair:
    languages: tuple[str, str]
    zone: str  # the first school's zone, where `starts` are local times
    starts: tuple[str, ...]  # local start times at which such pairs meet
    weight: int


PAIRS = (
    LanguagePair(("ko", "ja"), "Asia/Seoul", ("09:00", "10:00", "11:00", "13:30", "14:30"), 5),
    LanguagePair(("ko", "en"), "Asia/Seoul", ("08:00", "09:00", "13:00", "14:00"), 3),
    LanguagePair(("ja", "en"), "Asia/Tokyo", ("09:30", "10:30", "13:00", "15:00"), 3),
    LanguagePair(("ko", "zh"), "Asia/Seoul", ("10:00", "11:00", "14:00"), 2),
    LanguagePair(("ja", "fr"), "Asia/Tokyo", ("15:30", "16:00", "16:30"), 2),
)
DURATIONS = (45, 60, 60, 90)
SESSIONS_PER_PARTNERSHIP = 4

HOMES = {  # an assistant's zone and first language, with weights
    ("Asia/Seoul", "ko"): 5,
    ("Asia/Tokyo", "ja"): 5,
    ("Asia/Taipei", "zh"): 2,
    ("Europe/Paris", "fr"): 2,
    ("Europe/London", "en"): 1,
    ("America/New_York", "en"): 2,
    ("America/Los_Angeles", "en"): 1,
    ("Australia/Sydney", "en"): 1,
    ("Australia/Adelaide", "en"): 1,
    ("Asia/Kolkata", "en"): 1,
    ("Pacific/Auckland", "en"): 1,
}
SECOND_LANGUAGES = {"ko": 3, "ja": 3, "en": 6, "zh": 1, "fr": 1}
HOURS = (
    "Mon-Fri 09:00-18:00",
    "Mon-Fri 08:00-13:00",
    "Mon,Wed,Fri 08:00-20:00",
    "Tue,Thu 13:00-22:00",
    "Mon-Fri 18:00-23:00",
    "Mon-Sun 07:00-12:00",
    "Mon-Fri 20:00-24:00; Tue-Sat 00:00-03:00",  # night owls, across their midnight
    "Mon-Sat 06:00-22:00",
)


def weekdays(first: date, last: date) -> list[date]:
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


def sessions(count: int, rng: random.Random) -> list[AskingSession]:
    """`count` sessions of partnerships of the five pairs, a few each over the term."""
    days = weekdays(*TERM)
    found: list[AskingSession] = []
    while len(found) < count:
        pair = rng.choices(PAIRS, [p.weight for p in PAIRS])[0]
        number = len(found) // SESSIONS_PER_PARTNERSHIP
        schools = frozenset({f"{pair.languages[0]}-{number}", f"{pair.languages[1]}-{number}"})
        local_start = rng.choice(pair.starts)
        minutes = rng.choice(DURATIONS)
        for day in sorted(rng.sample(days, SESSIONS_PER_PARTNERSHIP)):
            wall = datetime.combine(day, datetime.strptime(local_start, "%H:%M").time())
            start = to_utc(wall, pair.zone)
            found.append(
                AskingSession(
                    len(found) + 1,
                    start,
                    start + timedelta(minutes=minutes),
                    pair.languages,
                    schools,
                )
            )
    return found[:count]


def assistants(count: int, asked: list[AskingSession], rng: random.Random) -> list[Assistant]:
    """`count` volunteers; one in three served a few of the asking partnerships before."""
    partnerships = sorted({tuple(sorted(s.schools)) for s in asked})
    found = []
    for number in range(1, count + 1):
        zone, first = rng.choices(list(HOMES), list(HOMES.values()))[0]
        others = [lang for lang in SECOND_LANGUAGES if lang != first]
        extra = rng.choices(others, [SECOND_LANGUAGES[lang] for lang in others], k=2)
        languages = frozenset({first, extra[0], *(extra[1:] if rng.random() < 0.4 else [])})
        hours = parse_weekly_hours("; ".join(rng.sample(HOURS, rng.choice((1, 1, 2)))))
        served = frozenset(
            frozenset(pair) for pair in rng.sample(partnerships, 3) if rng.random() < 0.33
        )
        found.append(
            Assistant(
                number,
                languages,
                hours,
                zone,
                max_per_month=rng.choice((1, 2, 2, 3, 4, 6)),
                vacations=_break(rng),
                served_pairs=served,
            )
        )
    return found


def _break(rng: random.Random) -> tuple[DateRange, ...]:
    if rng.random() < 0.7:
        return ()
    first = TERM[0] + timedelta(days=rng.randrange((TERM[1] - TERM[0]).days))
    return (DateRange(first, first + timedelta(days=rng.choice((6, 13, 20)))),)
