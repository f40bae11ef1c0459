"""Countries, languages and choices named in any language."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n.languages import ENGLISH, LANGUAGES, LOCALES
from bot.i18n.messages import Message
from bot.i18n.translator import Translator
from bot.i18n.typed_names import choice_by_label, country_code, language_choice
from bot.times.country_names import parse_country
from tests.support.refusals import refusal

KOREAN, JAPANESE, CHINESE = LANGUAGES[2:]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("일본", "JP"),
        ("日本", "JP"),
        ("대한민국", "KR"),
        ("한국", "KR"),
        ("韓國", "KR"),
        ("大韓民国", "KR"),
        ("韓国", "KR"),
        ("臺灣", "TW"),
        ("台灣", "TW"),
        ("대만", "TW"),
        ("Ελλάδα", "GR"),
        ("Japan", "JP"),
        ("South Korea", "KR"),
        ("Mexico", "MX"),  # one of pycountry's translations calls Malaysia so
        ("ｊａｐａｎ", "JP"),
    ],
)
def test_a_country_reads_by_its_name_in_any_language(typed: str, code: str) -> None:
    assert parse_country(country_code(typed)) == code


def test_codes_and_english_aliases_pass_through_for_bot_times_geography() -> None:
    assert [country_code(typed) for typed in ("kr", "UK", "USA")] == ["kr", "UK", "USA"]


def test_an_unknown_country_is_refused_with_examples_in_the_readers_language(
    translator: Translator,
) -> None:
    assert refusal(translator, JAPANESE, country_code, "없는나라") == (
        "「없는나라」は国として読めません。"
        "KR、JP、TW のような ISO コードか、韓国、日本、台湾のような国名を書いてください。"
    )


def test_a_name_of_two_countries_lists_both_in_the_readers_language(
    translator: Translator,
) -> None:
    shown = refusal(translator, KOREAN, country_code, "Kongo")
    assert "(CD)" in shown and "(CG)" in shown and shown.endswith("ISO 코드를 써 주세요.")


@pytest.mark.parametrize(
    ("typed", "tag"),
    [
        ("ko", "ko"),
        ("ko-KR", "ko"),
        ("한국어", "ko"),
        ("Korean", "ko"),
        ("韓国語", "ko"),
        ("日本語", "ja"),
        ("zh-TW", "zh-Hant"),
        ("繁體中文", "zh-Hant"),
        ("en-US", "en-US"),
        ("English", "en"),
    ],
)
def test_a_language_is_chosen_by_its_tag_or_its_name(typed: str, tag: str) -> None:
    assert language_choice(typed).tag == tag


def test_a_language_the_bot_does_not_speak_lists_those_it_does(translator: Translator) -> None:
    assert refusal(translator, KOREAN, language_choice, "Klingon") == (
        "'Klingon'은(는) 지원하지 않는 언어입니다. 다음 중에서 골라 주세요: 영어 (en), "
        "영어 (미국) (en-US), 한국어 (ko), 일본어 (ja) 또는 중국어 (번체) (zh-Hant)."
    )


PROGRAM_TYPES = """
type-online = Online
type-visit = School visit
"""
PROGRAM_TYPES_KO = """
type-online = 온라인
type-visit = 학교 방문
"""


@pytest.fixture
def choices(tmp_path: Path) -> Translator:
    for folder, text in {"en": PROGRAM_TYPES, "ko": PROGRAM_TYPES_KO}.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "types.ftl").write_text(text, encoding="utf-8")
    for folder in ("en", "ko"):
        (tmp_path / folder / "input.ftl").write_bytes((LOCALES / folder / "input.ftl").read_bytes())
    return Translator.load(tmp_path, (ENGLISH, KOREAN))


TYPES = {"online": Message("type-online"), "visit": Message("type-visit")}


@pytest.mark.parametrize("typed", ["online", "ONLINE", "Online", "온라인"])
def test_a_choice_reads_by_its_value_or_its_label_in_any_language(
    typed: str, choices: Translator
) -> None:
    assert choice_by_label(typed, TYPES, choices) == "online"


def test_an_unknown_choice_lists_the_labels_in_the_readers_language(choices: Translator) -> None:
    assert refusal(choices, KOREAN, choice_by_label, "방문", TYPES, choices) == (
        "'방문'에 해당하는 선택지가 없습니다. 다음 중에서 골라 주세요: 온라인 또는 학교 방문."
    )
