"""Schools for property tests of meeting times: zones and calendars across both hemispheres and
every kind of daylight-saving change, and weekly hours drawn at random."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st

from bot.schools.profile import SchoolProfile
from bot.times.vacations import DateRange
from bot.times.weekly_hours import DAY_NAMES, parse_weekly_hours
from tests.support.time_oracle import offset_changes_2027

ZONES = (
    "Asia/Seoul",
    "Asia/Tokyo",
    "America/New_York",
    "America/Los_Angeles",
    "Europe/Athens",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Auckland",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "Europe/London",
    "Europe/Paris",
)
# (country, subdivision): real calendars, including school vacations (FR, DE, AU) and a
# Friday–Saturday weekend (KW), which leaves Sunday, the usual day of DST changes, a school day
CALENDARS = (
    ("KR", None),
    ("JP", None),
    ("US", "NY"),
    ("GR", None),
    ("IN", None),
    ("NP", None),
    ("NZ", None),
    ("CL", None),
    ("AU", "NSW"),
    ("IE", None),
    ("FR", "Zone C"),
    ("DE", "BY"),
    ("KW", None),
)
DST_ZONES = tuple(zone for zone in ZONES if offset_changes_2027(zone))
EARLY = datetime(2026, 12, 1, tzinfo=UTC)


def profile(
    school_id: str,
    zone: str,
    class_hours: str,
    after_school: str = "",
    country: str = "KW",
    subdivision: str | None = None,
    vacations: tuple[DateRange, ...] = (),
) -> SchoolProfile:
    return SchoolProfile(
        id=school_id,
        name=school_id,
        program_id=1,
        side="home",
        country=country,
        subdivision=subdivision,
        city="",
        timezone=zone,
        level="middle",
        grades=(),
        languages=("en",),
        topics=(),
        quota=1,
        class_hours=parse_weekly_hours(class_hours),
        after_school_hours=parse_weekly_hours(after_school),
        vacations=vacations,
    )


def _hours(days: list[int], start: int, length: int) -> str:
    end = min(start + length, 24 * 60)
    return (
        f"{','.join(DAY_NAMES[d] for d in days)} {start // 60:02d}:{start % 60:02d}-"
        f"{end // 60:02d}:{end % 60:02d}"
    )


hours_text = st.builds(
    _hours,
    st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True),
    st.integers(0, 23 * 60 + 55).map(lambda minutes: minutes - minutes % 5),
    st.one_of(st.integers(15, 8 * 60), st.integers(8 * 60, 24 * 60)),  # long ones meet more
)
transition_days = [day for zone in DST_ZONES for day in offset_changes_2027(zone)]


@st.composite
def random_schools(
    draw: st.DrawFn, near: date, *, break_offsets: tuple[int, int], break_days: int
) -> tuple[SchoolProfile, SchoolProfile]:
    """Two schools with random zones, calendars and hours; each may have declared a break
    starting `break_offsets` days from `near`, up to `break_days` days long."""
    schools = []
    for name in ("a", "b"):
        country, subdivision = draw(st.sampled_from(CALENDARS))
        breaks: tuple[DateRange, ...] = ()
        if draw(st.booleans()):
            begin = near + timedelta(days=draw(st.integers(*break_offsets)))
            breaks = (DateRange(begin, begin + timedelta(days=draw(st.integers(0, break_days)))),)
        after = draw(st.one_of(st.just(""), hours_text))
        schools.append(
            profile(
                name,
                draw(st.sampled_from(ZONES)),
                draw(hours_text),
                after,
                country,
                subdivision,
                breaks,
            )
        )
    return schools[0], schools[1]
