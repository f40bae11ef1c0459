"""Assistants and asking sessions in one line each, and random small matching instances around
daylight-saving changes, half-hour zones and month ends, for the assistants tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from bot.assistants.values import AskingSession, Assignment, Assistant
from bot.times.vacations import parse_vacations
from bot.times.weekly_hours import parse_weekly_hours
from tests.support.assistant_oracle import can_add

ALWAYS = "Mon-Sun 00:00-24:00"
PAIR = frozenset({"seoul-1", "osaka-1"})


def assistant(
    number: int,
    languages: str = "ko,ja",
    hours: str = ALWAYS,
    zone: str = "Asia/Seoul",
    *,
    max_per_month: int = 8,
    vacations: str = "",
    served: tuple[frozenset[str], ...] = (),
) -> Assistant:
    return Assistant(
        number,
        frozenset(languages.split(",")),
        parse_weekly_hours(hours),
        zone,
        max_per_month,
        parse_vacations(vacations),
        frozenset(served),
    )


def session(
    number: int,
    start: str,
    minutes: int = 60,
    languages: str = "ko-ja",
    schools: frozenset[str] = PAIR,
) -> AskingSession:
    """A session from a UTC start like `2027-03-09 01:00`."""
    begins = datetime.fromisoformat(start).replace(tzinfo=UTC)
    first, second = languages.split("-")
    return AskingSession(
        number, begins, begins + timedelta(minutes=minutes), (first, second), schools
    )


ZONES = (
    "America/New_York",  # DST from 14 Mar and to 7 Nov 2027
    "Europe/London",  # from 28 Mar, to 31 Oct
    "Australia/Adelaide",  # +10:30 to +09:30 on 4 Apr, back on 3 Oct
    "Asia/Kolkata",  # +05:30 all year
    "Asia/Seoul",
)
ANCHORS = (  # UTC instants next to a change or a month end
    datetime(2027, 3, 14, 7, tzinfo=UTC),
    datetime(2027, 3, 28, 1, tzinfo=UTC),
    datetime(2027, 4, 3, 16, 30, tzinfo=UTC),
    datetime(2027, 10, 2, 16, 30, tzinfo=UTC),
    datetime(2027, 11, 7, 6, tzinfo=UTC),
    datetime(2027, 3, 31, 15, tzinfo=UTC),
)
HOURS = (
    ALWAYS,
    ALWAYS,
    "Mon-Fri 08:00-18:00",
    "Mon-Sun 18:00-24:00; Mon-Sun 00:00-04:00",
    "Mon-Sun 06:00-23:00",
    "Sat,Sun 00:00-24:00",
    "Mon-Sun 01:00-03:30",
)
LANGUAGE_PAIRS = ("ko-ja", "ko-en", "ja-en")
SPOKEN = ("ko,ja", "ko,ja,en", "ko,ja,en", "ja,en", "ko,en", "en")
SCHOOL_PAIRS = (PAIR, frozenset({"seoul-2", "boston-1"}), frozenset({"kyoto-1", "perth-1"}))


@st.composite
def sessions(draw: st.DrawFn, anchor: datetime, count: int) -> list[AskingSession]:
    spread = draw(st.sampled_from((24, 48, 144)))  # five-minute steps either side of the anchor
    found = []
    for number in range(1, count + 1):
        start = anchor + timedelta(minutes=5 * draw(st.integers(-spread, spread)))
        found.append(
            session(
                number,
                start.strftime("%Y-%m-%d %H:%M"),
                draw(st.sampled_from((45, 60, 90))),
                draw(st.sampled_from(LANGUAGE_PAIRS)),
                draw(st.sampled_from(SCHOOL_PAIRS)),
            )
        )
    return found


@st.composite
def assistants(draw: st.DrawFn, anchor: datetime, count: int) -> list[Assistant]:
    found = []
    for number in range(1, count + 1):
        vacation = anchor.date() + timedelta(days=draw(st.integers(-1, 1)))
        found.append(
            assistant(
                100 + number,
                draw(st.sampled_from(SPOKEN)),
                draw(st.sampled_from(HOURS)),
                draw(st.sampled_from(ZONES)),
                max_per_month=draw(st.integers(1, 3)),
                vacations=draw(st.sampled_from(("", "", vacation.isoformat()))),
                served=tuple(draw(st.sets(st.sampled_from(SCHOOL_PAIRS), max_size=2))),
            )
        )
    return found


@st.composite
def instances(
    draw: st.DrawFn, max_sessions: int = 8, max_assistants: int = 4
) -> tuple[list[AskingSession], list[Assistant], list[Assignment]]:
    """Sessions, assistants, and kept assignments to some of the sessions that keep every rule
    (as the oracle reads them)."""
    anchor = draw(st.sampled_from(ANCHORS))
    asking = draw(sessions(anchor, draw(st.integers(2, max_sessions))))
    people = draw(assistants(anchor, draw(st.integers(2, max_assistants))))
    kept: list[Assignment] = []
    for s in asking:
        if draw(st.integers(0, 4)) == 0:
            chosen = draw(st.sampled_from(people))
            if can_add(chosen, s, [k.session for k in kept if k.assistant_id == chosen.id]):
                kept.append(Assignment(s, chosen.id))
    return asking, people, kept
