"""Lead times as coordinators write them: `3mo`, `1w`, `60m`, `off`."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.value_types import ValueProblem
from bot.reminders.lead_times import DEFAULT_LEAD_TIMES, LeadTime, LeadTimes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3mo", LeadTime(months=3)),
        ("1 month", LeadTime(months=1)),
        ("1w", LeadTime(weeks=1)),
        ("2w3d", LeadTime(weeks=2, days=3)),
        ("1d", LeadTime(days=1)),
        ("1h30m", LeadTime(hours=1, minutes=30)),
        ("90 minutes", LeadTime(minutes=90)),
        (" 60m ", LeadTime(minutes=60)),
        ("OFF", LeadTime()),
    ],
)
def test_lead_times_read_the_way_coordinators_write_them(text, expected):
    assert LeadTime.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("3x", "is not a lead time; write e.g. 3mo"),
        ("soon", "is not a lead time"),
        ("0m", "to stop this reminder write off"),
        ("13mo", "at most 12mo"),
        ("3 months please", "is not a lead time"),
    ],
)
def test_a_bad_lead_time_says_what_is_accepted(text, says):
    with pytest.raises(ValueProblem, match=says):
        LeadTime.parse(text)


amounts = st.integers(min_value=0, max_value=10)  # with the rest, within the year limit


@given(amounts, st.integers(0, 4), st.integers(0, 6), st.integers(0, 23), st.integers(0, 59))
def test_a_lead_time_reads_back_as_it_is_shown(months, weeks, days, hours, minutes):
    lead = LeadTime(months, weeks, days, hours, minutes)
    assert LeadTime.parse(str(lead)) == lead


def test_off_turns_a_reminder_off_and_says_so():
    assert LeadTime.parse("off").off
    assert str(LeadTime()) == "off" and LeadTime().amounts() == []
    assert LeadTime(weeks=1, days=2).amounts() == [("weeks", 1), ("days", 2)]


def test_the_defaults_are_the_programs_recommendations():
    assert DEFAULT_LEAD_TIMES.as_text() == {
        "lead": "3mo",
        "preliminary": "1mo",
        "practice": "1w",
        "day_before": "1d",
        "agenda": "60m",
    }
    assert LeadTimes.from_text(DEFAULT_LEAD_TIMES.as_text()) == DEFAULT_LEAD_TIMES


def test_the_agenda_must_go_out_on_the_day():
    assert DEFAULT_LEAD_TIMES.changed(agenda=LeadTime(days=2)).agenda_not_on_the_day()
    assert not DEFAULT_LEAD_TIMES.changed(agenda=LeadTime(hours=2)).agenda_not_on_the_day()
