"""Names are what they look like: one Unicode form, nothing hidden, and look-alikes share a key."""

import unicodedata

import pytest

from bot.core.names import lookalike_keys, read_name
from bot.core.value_types import ValueProblem

HANBIT = "Hanbit Middle School"


def test_a_name_is_stored_composed_with_its_spaces_made_one():
    decomposed = unicodedata.normalize("NFD", "Lycée  Molière\n")
    assert decomposed != "Lycée Molière"
    assert read_name(decomposed) == "Lycée Molière"


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (HANBIT + "\u200b", "an invisible character (U+200B ZERO WIDTH SPACE) just after 'Hanbit"),
        ("\ufeff" + HANBIT, "an invisible character (U+FEFF ZERO WIDTH NO-BREAK SPACE) at the"),
        ("Hanbit\u200dMiddle", "(U+200D ZERO WIDTH JOINER) just after 'Hanbit'"),
        ("\u3164", "(U+3164 HANGUL FILLER) at the start"),
        ("Hanbit \u202eloohcS", "a control that reverses or reorders the text around it (U+202E"),
        ("Hanbit \u2067x\u2069", "reorders the text around it (U+2067 RIGHT-TO-LEFT ISOLATE)"),
        ("Hanbit\u200f", "(U+200F RIGHT-TO-LEFT MARK)"),
        ("Hanbit\x07", "a control character (U+0007)"),
    ],
)
def test_hidden_characters_are_refused_by_name_and_place(name, says):
    with pytest.raises(ValueProblem) as refused:
        read_name(name)
    assert says in str(refused.value)


@pytest.mark.parametrize(
    "lookalike",
    [
        "Hаnbit Middle School",  # Cyrillic а
        "Наnbit Middlе Sсhool",  # Cyrillic Н, а, е, с
        "Ｈａｎｂｉｔ Ｍｉｄｄｌｅ Ｓｃｈｏｏｌ",  # full-width forms
        "Hanbit MiddIe School",  # capital I for l
        "HANBIT MIDDLE SCHOOL",
        "hanbit middle school",
    ],
)
def test_look_alike_names_share_a_key(lookalike):
    assert lookalike != HANBIT
    assert lookalike_keys(lookalike) & lookalike_keys(HANBIT)


@pytest.mark.parametrize("other", ["Hanbit Middle", "Hanbit High School", "한빛중학교", "Mirae"])
def test_different_names_share_none(other):
    assert not lookalike_keys(other) & lookalike_keys(HANBIT)
