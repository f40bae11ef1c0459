"""Weekdays shown to a reader in their language, read back as typed in it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.i18n.languages import LANGUAGES, Language
from bot.i18n.typed_days import weekly_hours_in_english
from bot.i18n.weekday_text import weekdays_in

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
BY_TAG = {language.tag: language for language in LANGUAGES}


@pytest.mark.parametrize(
    ("tag", "shown"),
    [
        ("en", "Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00"),
        ("en-US", "Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00"),
        ("ko", "월-금 09:00-16:00; 화,목 16:00-18:00"),
        ("ja", "月-金 09:00-16:00; 火,木 16:00-18:00"),
        ("zh-Hant", "週一-週五 09:00-16:00; 週二,週四 16:00-18:00"),
    ],
)
def test_stored_hours_are_shown_with_the_readers_day_names(tag: str, shown: str) -> None:
    stored = "Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00"
    assert weekdays_in(stored, BY_TAG[tag]) == shown


def test_a_day_inside_a_word_is_left_alone() -> None:
    assert weekdays_in("Monday Sunset", BY_TAG["ko"]) == "Monday Sunset"


groups = st.tuples(
    st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True),
    st.integers(0, 22),
).map(lambda group: f"{','.join(group[0])} {group[1]:02d}:00-{group[1] + 1:02d}:00")


@given(st.lists(groups, min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_what_a_reader_is_shown_reads_back_as_stored(hours: list[str], language: Language) -> None:
    stored = "; ".join(hours)
    assert weekly_hours_in_english(weekdays_in(stored, language)) == stored
