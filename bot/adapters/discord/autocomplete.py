"""Autocomplete for Discord command options: schools from the database, zones, languages,
countries.

Suggestions only help typing; the core still checks whatever is finally sent. For list options
(`languages: ko,en`) the last item is completed and the earlier ones are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pycountry
import pytz
from discord import app_commands

from bot.core.spec import Param
from bot.times.country_names import country_name
from storage.engine import SessionFactory
from storage.repositories.schools import Schools

MAX_SUGGESTIONS = 25
MAX_CHOICE_LENGTH = 100
_LAST_ITEM = re.compile(r"^(?P<head>.*[,;]\s*)?(?P<tail>[^,;]*)$", re.DOTALL)

Suggestion = tuple[str, str]  # (what the user sees, the value sent)


@cache
def _countries() -> list[Suggestion]:
    return sorted(
        (f"{c.alpha_2} — {country_name(c.alpha_2)}", c.alpha_2) for c in pycountry.countries
    )


@cache
def _languages() -> list[Suggestion]:
    return sorted(
        (f"{lang.alpha_2} — {lang.name}", lang.alpha_2)
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2")
    )


def _matching(candidates: Iterable[Suggestion], typed: str) -> list[Suggestion]:
    """Values starting with what was typed come first, then labels merely containing it."""
    wanted = typed.strip().lower()
    starts = [c for c in candidates if c[1].lower().startswith(wanted)]
    contains = [c for c in candidates if wanted in c[0].lower() and c not in starts]
    return (starts + contains)[:MAX_SUGGESTIONS]


def zone_suggestions(typed: str, country: str | None) -> list[Suggestion]:
    """A school's zone must belong to its country, so a chosen country narrows the list."""
    zones = pytz.country_timezones.get(country.upper(), []) if country else []
    wanted = typed.strip().lower().replace(" ", "_")
    pool = zones or pytz.common_timezones
    return [(zone, zone) for zone in pool if wanted in zone.lower()][:MAX_SUGGESTIONS]


class Suggester:
    def __init__(self, sessions: SessionFactory) -> None:
        self.sessions = sessions

    async def suggest(
        self, param: Param, current: str, *, country: str | None = None
    ) -> list[app_commands.Choice[str]]:
        match = _LAST_ITEM.match(current) if param.many else None
        head, typed = (match["head"] or "", match["tail"]) if match else ("", current)
        found = await self._candidates(param, typed, country)
        choices = []
        for label, value in found:
            full = head + value
            if len(full) <= MAX_CHOICE_LENGTH:
                choices.append(
                    app_commands.Choice(name=(head + label)[:MAX_CHOICE_LENGTH], value=full)
                )
        return choices

    async def _candidates(self, param: Param, typed: str, country: str | None) -> list[Suggestion]:
        kind = param.type.name
        if kind == "school":
            return await self._schools(typed)
        if kind == "timezone":
            return zone_suggestions(typed, country)
        if kind == "country":
            return _matching(_countries(), typed)
        if kind == "language":
            return _matching(_languages(), typed)
        return _matching([(choice, choice) for choice in param.choices], typed)

    async def _schools(self, typed: str) -> list[Suggestion]:
        async with self.sessions() as db:
            rows = await Schools(db).suggestions(typed, MAX_SUGGESTIONS)
        return [(f"{name} ({school_id})", school_id) for school_id, name in rows]
