"""The words read as input: one meaning each across all the languages."""

from __future__ import annotations

from bot.i18n.vocabulary import AM, PM, vocabulary


def test_no_word_means_two_things_in_two_languages() -> None:
    assert vocabulary().clashes == {}


def test_every_language_has_its_am_and_pm_words() -> None:
    periods = vocabulary().periods
    assert [periods[word] for word in ("오전", "午前", "上午", "am")] == [AM] * 4
    assert [periods[word] for word in ("오후", "午後", "下午", "pm")] == [PM] * 4


def test_relative_days_are_those_the_english_parser_has_words_for() -> None:
    assert set(vocabulary().relative_days.values()) == {0, 1}  # today, tomorrow


def test_english_narrow_weekday_letters_are_not_read_as_days() -> None:
    assert not {"m", "t", "w", "f", "s"} & set(vocabulary().weekdays)
