"""Hangul and kana in Latin letters (`한빛중학교` → `hanbit junghakgyo`, `さくら` → `sakura`), so a
school registered under its Korean or Japanese name still gets a readable id that teachers can
type on any keyboard. Hangul follows the Revised Romanization syllable by syllable (no sound
changes across syllables), kana the Hepburn system; other letters pass through and ideographs,
which need a dictionary to read, are left out."""

from __future__ import annotations

import unicodedata

_FIRST_SYLLABLE, _SYLLABLES = 0xAC00, 11172
# The Revised Romanization's letters, in the order of Unicode's syllable composition (one line
# each, as the standard's own tables read).
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()  # noqa: SIM905
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()  # noqa: SIM905

# Unicode names kana after the Nihon-shiki system; Hepburn writes these otherwise.
_HEPBURN = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu"}
_SMALL_Y = {"small ya": "a", "small yu": "u", "small yo": "o"}


def romanized(text: str) -> str:
    """`text` with Hangul syllables and kana in Latin letters; ideographs left out."""
    pieces: list[str] = []
    double_next = False
    for char in text:
        piece = _hangul(char) if _is_hangul(char) else _kana(char)
        if piece is None:
            pieces.append("" if unicodedata.category(char) == "Lo" else char)
            continue
        if piece == "small tu":  # っ: the next consonant is doubled
            double_next = True
            continue
        if piece in _SMALL_Y:  # き+ゃ → kya, し+ゃ → sha; alone, ya
            stem = pieces.pop()[:-1] if pieces and pieces[-1].endswith("i") else ""
            piece = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[piece]
        if double_next and piece[:1].isalpha() and piece[0] not in "aeiou":
            piece = ("t" if piece.startswith("ch") else piece[0]) + piece
        double_next = False
        pieces.append(piece)
    return "".join(pieces)


def _is_hangul(char: str) -> bool:
    return 0 <= ord(char) - _FIRST_SYLLABLE < _SYLLABLES


def _hangul(char: str) -> str:
    index = ord(char) - _FIRST_SYLLABLE
    initial, vowel, final = index // 588, index % 588 // 28, index % 28
    return "".join(part.strip("-") for part in (_INITIALS[initial], _VOWELS[vowel], _FINALS[final]))


def _kana(char: str) -> str | None:
    name = unicodedata.name(char, "")
    for script in ("HIRAGANA LETTER ", "KATAKANA LETTER "):
        if name.startswith(script):
            sound = name.removeprefix(script).lower()
            if sound == "small tu" or sound in _SMALL_Y:
                return sound
            sound = sound.removeprefix("small ")
            return _HEPBURN.get(sound, sound)
    return "" if name == "KATAKANA-HIRAGANA PROLONGED SOUND MARK" else None
