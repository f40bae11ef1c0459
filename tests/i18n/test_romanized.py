"""Korean and Japanese school names read in Latin letters, for ids teachers can type."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.i18n.romanized import romanized
from bot.schools.fields import new_school_id


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("한빛", "hanbit"),  # ㅊ at the end of a syllable is read t
        ("서울", "seoul"),
        ("닭", "dak"),
        ("값", "gap"),
        ("의정부", "uijeongbu"),
        ("さくら", "sakura"),
        ("サクラ", "sakura"),
        ("しゃしん", "shashin"),  # し+ゃ
        ("きょうと", "kyouto"),  # き+ょ
        ("がっこう", "gakkou"),  # っ doubles the next consonant
        ("マッチャ", "matcha"),  # before ch, a t
        ("ローマ", "roma"),  # the long mark is left out
        ("ふじ", "fuji"),
        ("ゃ", "ya"),
        ("Hanbit 중학교", "Hanbit junghakgyo"),
        ("明德", ""),  # ideographs need a dictionary
    ],
)
def test_names_read_in_latin_letters(name: str, latin: str) -> None:
    assert romanized(name) == latin


@pytest.mark.parametrize(
    ("country", "name", "school_id"),
    [
        ("KR", "한빛중학교", "KR-hanbit-middle"),
        ("KR", "부산 해운대고등학교", "KR-busan-haeundae-high"),
        ("JP", "さくら中学校", "JP-sakura-junior-high"),
        ("JP", "ひまわり小学校", "JP-himawari-elementary"),
        ("KR", "Hanbit Middle School", "KR-hanbit-middle"),
    ],
)
def test_a_school_named_in_its_language_gets_a_readable_id(
    country: str, name: str, school_id: str
) -> None:
    assert new_school_id(country, name, set()) == school_id


hangul = st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1)
kana = st.text(
    st.characters(min_codepoint=0x3041, max_codepoint=0x30FA).filter(
        lambda char: unicodedata.name(char, "").startswith(("HIRAGANA LETTER", "KATAKANA LETTER"))
    ),
    min_size=1,
)


@given(st.one_of(hangul, kana))
def test_any_hangul_or_kana_reads_in_lowercase_latin_letters(name: str) -> None:
    assert re.fullmatch("[a-z]*", romanized(name))


@given(st.one_of(hangul, kana, st.text()))
def test_every_name_gets_an_id_of_the_id_alphabet(name: str) -> None:
    assert re.fullmatch(r"KR-[a-z0-9-]+", new_school_id("KR", name, set()))
