"""Names people read (schools, programs) are what they look like: one Unicode form, nothing
invisible, nothing that turns text around, and a key that look-alike names share.

A name is stored in NFC, so the same letters typed on two keyboards are the same name. Zero-width
and other invisible characters, and the bidirectional controls that reorder what follows them,
are refused: they make a name that looks like another one (CVE-2021-42574's trick). What is left
can still imitate a name with look-alike letters (a Cyrillic а for a Latin a, full-width forms,
I for l): `lookalike_keys` gives the Unicode TR39 confusable skeleton (`disarm.skeleton_key`,
from the Unicode consortium's confusables data), once as typed and once case-folded, so two
names that share a key would be mistaken for each other.
"""

from __future__ import annotations

import unicodedata

from disarm import skeleton_key

from bot.core.value_types import ValueProblem, ValueType, Wire
from bot.i18n.messages import Message

# Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties) beyond the format characters
# (category Cf) that are refused anyway: fillers and selectors that draw nothing.
_INVISIBLE_RANGES = (
    (0x034F, 0x034F),  # COMBINING GRAPHEME JOINER
    (0x115F, 0x1160),  # HANGUL CHOSEONG and JUNGSEONG FILLER
    (0x17B4, 0x17B5),  # KHMER VOWEL INHERENT AQ, AA
    (0x180B, 0x180F),  # MONGOLIAN FREE VARIATION SELECTORS, VOWEL SEPARATOR
    (0x3164, 0x3164),  # HANGUL FILLER
    (0xFE00, 0xFE0F),  # VARIATION SELECTORS
    (0xFFA0, 0xFFA0),  # HALFWIDTH HANGUL FILLER
    (0x1D173, 0x1D17A),  # MUSICAL SYMBOL BEGIN BEAM … END PHRASE
    (0xE0100, 0xE01EF),  # VARIATION SELECTORS SUPPLEMENT
)
# Characters that change the direction of the text around them (Unicode's Bidi_Control).
_DIRECTION_CONTROLS = frozenset(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


# what a refusal calls the name, as each language words it
NAME_WORD = Message("core-name-what-name")
PROGRAM_NAME_WORD = Message("core-name-what-program")


def _codepoint(char: str) -> str:
    """`U+200B ZERO WIDTH SPACE`: Unicode's own name, the same in every language."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def _refusal(raw: str, char: str, what: Message) -> Message:
    before = raw[: raw.index(char)].strip()
    if ord(char) in _DIRECTION_CONTROLS:
        kind = Message("core-name-kind-direction")
    elif unicodedata.category(char) == "Cc":
        kind = Message("core-name-kind-control")
    else:
        kind = Message("core-name-kind-invisible")
    if not before:
        return Message(
            "core-name-hidden-at-start", what=what, kind=kind, codepoint=_codepoint(char)
        )
    return Message(
        "core-name-hidden-after", what=what, kind=kind, codepoint=_codepoint(char), before=before
    )


def _refused(char: str) -> bool:
    """Line breaks and tabs are spaces; other controls, format characters (zero-width,
    direction marks) and code points with nothing to draw are not."""
    code = ord(char)
    return not char.isspace() and (
        unicodedata.category(char) in {"Cc", "Cf", "Co", "Cs"}
        or code in _DIRECTION_CONTROLS
        or any(low <= code <= high for low, high in _INVISIBLE_RANGES)
    )


def read_name(raw: str, what: Message = NAME_WORD) -> str:
    """The name in NFC with each run of spaces, tabs or line breaks made one space; refused
    when it hides characters."""
    composed = unicodedata.normalize("NFC", raw)
    for char in composed:
        if _refused(char):
            raise ValueProblem(_refusal(composed, char, what))
    name = " ".join(composed.split())
    if not name:
        raise ValueProblem(Message("core-name-empty", what=what))
    return name


def lookalike_keys(name: str) -> frozenset[str]:
    """The TR39 skeletons of the name as typed and case-folded: two names that share one
    would be mistaken for each other (`Hanbit`, `Hаnbit` with a Cyrillic а, `ＨＡＮＢＩＴ`)."""
    return frozenset(skeleton_key(form, digit_policy="tr39") for form in (name, name.casefold()))


NAME = ValueType("name", Wire.STRING, "<text>", "a name (quote it if it has spaces)", read_name)
