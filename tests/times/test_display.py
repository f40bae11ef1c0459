"""Times shown in both schools' zones, with abbreviations, cities and DST notes."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n.languages import ENGLISH
from bot.i18n.translator import english_only
from bot.sessions.session_text import offset_note
from bot.times.display import OffsetNote, Place, at, offset_notes, span, span_at_place

SEOUL = Place("Asia/Seoul", "Seoul")
NEW_YORK = Place("America/New_York", "New York")
DUBLIN = Place("Europe/Dublin", "Dublin")
LONDON = Place("Europe/London", "London")
LORD_HOWE = Place("Australia/Lord_Howe", "Lord Howe")
KATHMANDU = Place("Asia/Kathmandu", "Kathmandu")
SPRING = (datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 3, 31, tzinfo=UTC))


def said(note: OffsetNote) -> str:
    """The note as an English reader is told it."""
    return english_only().render(offset_note(note), ENGLISH)


def test_a_slot_reads_with_weekday_date_zone_and_city_on_each_side() -> None:
    start, end = datetime(2027, 3, 9, 0, 0, tzinfo=UTC), datetime(2027, 3, 9, 1, 0, tzinfo=UTC)
    assert span(start, end, (SEOUL, NEW_YORK)) == (
        "Tue 9 Mar 09:00–10:00 KST (Seoul) · Mon 8 Mar 19:00–20:00 EST (New York)"
    )


def test_quarter_hour_zones_without_abbreviations_show_their_offset() -> None:
    instant = datetime(2027, 3, 9, 4, 15, tzinfo=UTC)
    assert at(instant, (KATHMANDU, SEOUL)) == (
        "Tue 9 Mar 10:00 UTC+05:45 (Kathmandu) · Tue 9 Mar 13:15 KST (Seoul)"
    )


def test_a_meeting_across_a_change_names_both_abbreviations() -> None:
    start = datetime(2027, 11, 7, 5, 30, tzinfo=UTC)  # 01:30 EDT, the first of two 01:30s
    assert span_at_place(start, start.replace(hour=6, minute=30), NEW_YORK) == (
        "Sun 7 Nov 01:30 EDT–01:30 EST (New York)"
    )


def test_a_meeting_across_midnight_names_both_dates() -> None:
    start = datetime(2027, 3, 9, 14, 30, tzinfo=UTC)
    assert span_at_place(start, start.replace(hour=15, minute=30), SEOUL) == (
        "Tue 9 Mar 23:30–Wed 10 Mar 00:30 KST (Seoul)"
    )


def test_a_change_in_one_zone_is_called_out_relative_to_the_other() -> None:
    notes = offset_notes(SEOUL, NEW_YORK, SPRING)
    assert [said(note) for note in notes] == [
        "Note: New York moves to EDT on Sun 14 Mar 2027; times after that are shifted by one "
        "hour relative to Seoul."
    ]
    assert notes[0].data()["relative_shift_minutes"] == 60


def test_lord_howes_half_hour_change_is_called_out_as_thirty_minutes() -> None:
    autumn = (datetime(2027, 4, 1, tzinfo=UTC), datetime(2027, 4, 30, tzinfo=UTC))
    (note,) = offset_notes(SEOUL, LORD_HOWE, autumn)
    assert "Lord Howe moves to UTC+10:30 on Sun 4 Apr 2027" in said(note)
    assert "shifted by 30 minutes relative to Seoul" in said(note)


def test_a_change_both_zones_make_that_day_is_said_once_and_shifts_nothing() -> None:
    notes = offset_notes(DUBLIN, LONDON, SPRING)
    assert len(notes) == 1 and "the time difference stays" in said(notes[0])


def test_no_change_inside_the_window_means_no_note() -> None:
    summer = (datetime(2027, 6, 1, tzinfo=UTC), datetime(2027, 6, 30, tzinfo=UTC))
    assert offset_notes(SEOUL, NEW_YORK, summer) == []


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(datetime(2027, 1, 1), datetime(2027, 12, 31)).map(
        lambda naive: naive.replace(tzinfo=UTC, second=0, microsecond=0)
    )
)
def test_both_sides_always_show_a_zone_and_a_city(instant: datetime) -> None:
    shown = at(instant, (LORD_HOWE, DUBLIN))
    mine, theirs = shown.split(" · ")
    assert mine.endswith("(Lord Howe)") and theirs.endswith("(Dublin)")
    assert any(zone in theirs for zone in ("GMT", "IST"))
