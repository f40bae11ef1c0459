"""Each reader's language: their choice, their platform, their school, the program, English."""

from __future__ import annotations

from bot.i18n.reader_language import reader_language, school_language


def test_the_users_own_choice_wins_over_everything_else() -> None:
    chosen = reader_language(
        chosen="ja", platform_locale="ko-KR", school_country="TW", program_default="en"
    )
    assert chosen.tag == "ja"


def test_without_a_choice_the_platform_locale_decides() -> None:
    assert reader_language(platform_locale="zh-TW", school_country="KR").tag == "zh-Hant"


def test_without_a_platform_locale_the_schools_country_decides() -> None:
    assert reader_language(school_country="KR").tag == "ko"
    assert reader_language(school_country="JP").tag == "ja"
    assert reader_language(school_country="TW").tag == "zh-Hant"


def test_a_country_the_bot_has_no_language_for_falls_to_the_programs_default() -> None:
    assert reader_language(school_country="GR", program_default="ko").tag == "ko"


def test_with_nothing_known_the_reader_gets_english() -> None:
    assert reader_language().tag == "en"
    assert reader_language(school_country="FR").tag == "en"


def test_a_platform_locale_the_bot_does_not_speak_passes_to_the_next_rule() -> None:
    assert reader_language(platform_locale="zh-CN", school_country="TW").tag == "zh-Hant"
    assert reader_language(chosen="fr", platform_locale="ja").tag == "ja"


def test_each_class_in_a_joint_channel_reads_its_schools_language() -> None:
    assert school_language("KR").tag == "ko"
    assert school_language("GR", program_default="ja").tag == "ja"
    assert school_language(None).tag == "en"
