"""Turning validated profile values into a school's stored columns, for chat and CSV alike.

Both `school register` and the demand-survey import read the fields declared in
`profile_fields.py` and store each as its declaration says; the checks that span fields (a zone
must belong to the country, the side follows from the program's home country) live here so the
two paths cannot drift apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import holidays

from bot.core.errors import UserError
from bot.core.value_types import ValueProblem
from bot.i18n.messages import Message
from bot.i18n.romanized import romanized
from bot.schools.profile_fields import PROFILE_FIELDS
from bot.times.country_names import CountryName
from bot.times.school_zones import zone_for_school
from storage.models import Program, School, Side


@cache
def _subdivisions() -> dict[str, tuple[str, ...]]:
    return {code: tuple(subs) for code, subs in holidays.list_supported_countries().items()}


@cache
def _subdivision_names(country: str) -> dict[str, str]:
    """Lower-cased codes and the `holidays` package's aliases (Alsace, Guadeloupe) to codes."""
    names = {code.lower(): code for code in _subdivisions().get(country, ())}
    if names:
        aliases = getattr(holidays.country_holidays(country), "subdivisions_aliases", {}) or {}
        names.update({alias.lower(): code for alias, code in aliases.items()})
    return names


def check_subdivision(country: str, subdivision: str | None) -> str | None:
    """The `holidays` code of a state or region (`VIC`, `BY`, `Zone A`), read case-insensitively."""
    if not subdivision:
        return None
    known = _subdivisions().get(country, ())
    wanted = subdivision.strip().lower().removeprefix(f"{country.lower()}-")
    code = _subdivision_names(country).get(wanted)
    if code is None:
        if not known:
            raise UserError(
                Message("value-subdivision-none", text=subdivision, country=CountryName(country)),
                show_usage=False,
            )
        listed = ", ".join(known[:30]) + (", …" if len(known) > 30 else "")
        raise UserError(
            Message(
                "value-subdivision-unknown",
                text=subdivision,
                country=CountryName(country),
                listed=listed,
            ),
            show_usage=False,
        )
    return code


def side_for(program: Program, country: str, side: str | None) -> Side:
    """A school is on the program's home side when it is in the program's home country."""
    if side:
        return Side(side)
    if program.home_country:
        return Side.HOME if country == program.home_country else Side.PARTNER
    raise UserError(
        f"Program '{program.name}' has no home country, so say which side the school is on: "
        "side=home or side=partner."
    )


@dataclass(frozen=True)
class StoredProfile:
    columns: dict[str, Any]  # stored column to value
    notes: tuple[Message, ...] = ()  # what the bot decided for the teacher, e.g. which time zone


def profile_columns(values: dict[str, Any], *, country: str, city: str = "") -> StoredProfile:
    """Stored columns for whichever profile fields are present in `values` (None = absent).
    `city` is the school's city when `values` does not change it (a zone may be read from it)."""
    columns: dict[str, Any] = {}
    notes: list[Message] = []
    if "timezone" in values or "country" in values:
        try:
            choice = zone_for_school(country, values.get("timezone"), values.get("city") or city)
        except ValueProblem as problem:
            raise UserError(
                Message("grammar-option-problem", option="timezone", problem=problem.message)
            ) from None
        columns["timezone"] = choice.zone
        notes += [choice.note] if choice.note else []
    if values.get("subdivision") is not None:
        columns["subdivision"] = check_subdivision(country, values["subdivision"])
    for field in PROFILE_FIELDS:
        if field.store is not None and values.get(field.name) is not None:
            columns[field.name] = field.store(values[field.name])
    return StoredProfile(columns, tuple(notes))


def _comparable(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


def already_registered(name: str, city: str, schools: Iterable[School]) -> School | None:
    """The school of that name among `schools` (one program and country), unless the cities
    say they are two schools: case, accents and spacing do not tell names apart."""
    wanted = _comparable(name)
    return next(
        (
            school
            for school in schools
            if _comparable(school.name) == wanted and not in_another_city(school, city)
        ),
        None,
    )


def in_another_city(school: School, city: str) -> bool:
    """Whether the cities say a school registering in `city` is not `school`, whatever their
    names."""
    return bool(city and school.city and _comparable(city) != _comparable(school.city))


# School kinds as Korean, Japanese and Chinese names end, in the words of English ids.
_KINDS = {
    "초등학교": " elementary",
    "중학교": " middle",
    "고등학교": " high",
    "학교": " ",
    "小学校": " elementary",
    "中学校": " junior high",
    "高等学校": " high",
    "高校": " high",
    "國小": " elementary",
    "國民小學": " elementary",
    "國中": " junior high",
    "國民中學": " junior high",
    "高中": " high",
    "高級中學": " high",
}
_KIND_WORDS = {"", *" ".join(_KINDS.values()).split()}


def new_school_id(country: str, name: str, taken: set[str]) -> str:
    """A readable id such as `KR-hanbit-middle` (also from `한빛중학교` or `さくら中学校`:
    `JP-sakura-junior-high`), unique among `taken` (lower-cased). A name with nothing to read
    in Latin letters gets a short digest of itself, the same on every registration."""
    words_of_kinds = name
    for kind in sorted(_KINDS, key=len, reverse=True):
        words_of_kinds = words_of_kinds.replace(kind, _KINDS[kind])
    latin = unicodedata.normalize("NFKD", romanized(words_of_kinds))
    ascii_name = latin.encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    slug = "-".join(w for w in words if w not in {"school", "the", "of"})[:24].strip("-")
    if set(slug.split("-")) <= _KIND_WORDS:  # nothing but a kind, or nothing at all
        slug = "school-" + hashlib.sha256(name.encode()).hexdigest()[:4]
    base = f"{country}-{slug}"
    candidate, counter = base, 2
    while candidate.lower() in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate
