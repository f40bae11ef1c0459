"""The supported languages and the locale tags platforms send for them."""

from __future__ import annotations

import pytest

from bot.i18n.languages import ENGLISH, LANGUAGES, Language, matching_language


def by_tag(tag: str) -> Language:
    return next(language for language in LANGUAGES if language.tag == tag)


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("ko", "ko"),  # Discord
        ("ja", "ja"),
        ("zh-TW", "zh-Hant"),
        ("en-US", "en-US"),
        ("en-GB", "en"),
        ("ko-KR", "ko"),  # Slack users.info
        ("ja-JP", "ja"),
        ("ko_KR", "ko"),
        ("zh-HK", "zh-Hant"),  # Traditional script, so the Taiwanese catalog
        ("EN-us", "en-US"),
    ],
)
def test_platform_locales_read_as_the_language_they_name(sent: str, expected: str) -> None:
    assert matching_language(sent) == by_tag(expected)


@pytest.mark.parametrize("sent", ["zh-CN", "zh", "fr", "es-419", "", "not a tag", None, "xx"])
def test_a_locale_the_bot_does_not_speak_matches_nothing(sent: str | None) -> None:
    assert matching_language(sent) is None


def test_english_counts_one_and_other_while_korean_japanese_and_chinese_have_one_form() -> None:
    assert [ENGLISH.plural(n) for n in (0, 1, 2)] == ["other", "one", "other"]
    for tag in ("ko", "ja", "zh-Hant"):
        assert {by_tag(tag).plural(n) for n in (0, 1, 2, 21)} == {"other"}


def test_dates_in_numbers_read_day_first_only_in_english() -> None:
    assert ENGLISH.date_order == "dmy"
    assert by_tag("en-US").date_order == "mdy"
    assert {by_tag(tag).date_order for tag in ("ko", "ja", "zh-Hant")} == {"ymd"}


def test_a_language_is_one_line_its_catalog_defaulting_to_its_tag() -> None:
    french = Language("fr", "fr_FR", country="FR")
    assert (french.catalog, french.date_order, french.plural(1)) == ("fr", "dmy", "one")
