"""The languages the bot speaks: adding one is a line in `LANGUAGES` and a folder of catalogs.

Each language names the CLDR locale (Babel) that writes its dates, chooses its plural forms and
names its weekdays, zones and countries. English keeps the bot's own day format
(`Tue 9 Mar`) and reads `3/2` day first, as it always has; the others follow CLDR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import babel

LOCALES = Path(__file__).parent / "locales"  # <catalog>/*.ftl and <catalog>/input.toml


@dataclass(frozen=True)
class Language:
    """One language a reader can have, e.g. `Language("ko", "ko_KR", country="KR")`."""

    tag: str  # BCP 47, as stored per user and typed in `/exchange language ko`
    cldr: str  # Babel's locale for dates, plural rules and names: ko_KR, zh_Hant_TW
    catalog: str = ""  # the folder under locales/ holding its messages; the tag when empty
    country: str | None = None  # the school country whose readers default to it
    twelve_hour: bool = False
    day_patterns: tuple[str, str] | None = None  # (without, with year); CLDR's MMMEd, yMMMEd
    numeric_dates: str = ""  # "dmy", "mdy" or "ymd" for dates in numbers; CLDR's short date
    locale: babel.Locale = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "catalog", self.catalog or self.tag)
        object.__setattr__(self, "locale", babel.Locale.parse(self.cldr))

    def plural(self, number: float) -> str:
        """The CLDR plural category of `number` here: `one` or `other` in English, always
        `other` in Korean, Japanese and Chinese."""
        return str(self.locale.plural_form(number))

    @property
    def date_order(self) -> str:
        """The order of year, month and day in a date written in numbers (`ymd` for 2027/3/2)."""
        if self.numeric_dates:
            return self.numeric_dates
        pattern = self.locale.date_formats["short"].pattern
        return "".join(sorted("ymd", key=lambda letter: pattern.lower().index(letter)))


_ENGLISH_DAYS = ("EEE d MMM", "EEE d MMM y")

LANGUAGES: tuple[Language, ...] = (
    Language("en", "en", day_patterns=_ENGLISH_DAYS, numeric_dates="dmy"),
    Language("en-US", "en_US", catalog="en", twelve_hour=True, day_patterns=_ENGLISH_DAYS),
    Language("ko", "ko_KR", country="KR"),
    Language("ja", "ja_JP", country="JP"),
    Language("zh-Hant", "zh_Hant_TW", country="TW"),
)
ENGLISH = LANGUAGES[0]


@lru_cache(maxsize=512)  # asked for every reader of every reminder; few countries
def language_for_country(country: str | None) -> Language | None:
    """The language of a school country's readers (KR → ko), if the bot speaks it."""
    return next((lang for lang in LANGUAGES if country and lang.country == country.upper()), None)


_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


@lru_cache(maxsize=512)  # asked for every reader of every reminder; few tags, some typed
def matching_language(tag: str | None) -> Language | None:
    """The supported language for a locale tag as platforms send it (Discord `zh-TW`, `en-US`;
    Slack `ko-KR`, `ja-JP`), or None for one the bot does not speak (`zh-CN`, `fr`).

    An exact tag wins; otherwise the language and script must agree (`zh-HK` is Traditional,
    so it reads zh-Hant; `zh-CN` is Simplified, so nothing), the region preferred when it
    matches and the first listed otherwise (`en-GB` reads `en`)."""
    text = (tag or "").strip()
    if not _TAG.fullmatch(text):
        return None
    exact = {lang.tag.lower(): lang for lang in LANGUAGES}
    if found := exact.get(text.replace("_", "-").lower()):
        return found
    asked = _parsed(text.replace("_", "-"))
    if asked is None:
        return None
    same_script = [
        lang
        for lang in LANGUAGES
        if (lang.locale.language, lang.locale.script) == (asked.language, asked.script)
    ]
    same_region = [lang for lang in same_script if lang.locale.territory == asked.territory]
    candidates = same_region or same_script
    return candidates[0] if candidates else None


@cache
def _parsed(tag: str) -> babel.Locale | None:
    try:
        return babel.Locale.parse(tag, sep="-")
    except (ValueError, babel.UnknownLocaleError):
        return None
