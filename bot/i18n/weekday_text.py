"""Weekdays in a stored or computed text (`Mon-Fri 09:00-16:00; Tue,Thu 16:00-18:00`, `Mon–Fri
09:00–16:00 KST`) written with the reader's names for them (`월-금 09:00-16:00`, `月-金 …`,
`週一-週五 …`): stored values stay in the English form the parsers read, and `typed_days`
reads each language's form back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.i18n.languages import Language
from bot.i18n.messages import Renderer

_ENGLISH = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ENGLISH_DAY = re.compile(rf"\b({'|'.join(_ENGLISH)})\b")


@cache
def day_abbreviations(language: Language) -> tuple[str, ...]:
    """Monday to Sunday as the reader's language abbreviates them: `Mon`, `월`, `月`, `週一`."""
    abbreviated = language.locale.days["format"]["abbreviated"]  # CLDR counts from Monday
    return tuple(str(abbreviated[index]) for index in range(7))


@cache
def day_names(language: Language) -> tuple[str, ...]:
    """Monday to Sunday, written out as the reader's language names them: `Saturday`, `토요일`."""
    wide = language.locale.days["format"]["wide"]
    return tuple(str(wide[index]) for index in range(7))


@cache
def _names(language: Language) -> dict[str, str]:
    return dict(zip(_ENGLISH, day_abbreviations(language), strict=True))


def weekdays_in(text: str, language: Language) -> str:
    """`Mon-Fri 09:00-16:00` → `월-금 09:00-16:00` for a Korean reader; English as it is."""
    names = _names(language)
    return _ENGLISH_DAY.sub(lambda day: names[day[1]], text)


@dataclass(frozen=True)
class WeekdaysText:
    """A text naming weekdays, as a message argument: each reader sees their own day names."""

    text: str

    def localized(self, language: Language, translator: Renderer) -> str:
        return weekdays_in(self.text, language)
