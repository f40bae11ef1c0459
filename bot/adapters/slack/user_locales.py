"""Each Slack user's language, as `users.info` (with `include_locale`) says their client is in
(`ko-KR`, `ja-JP`): asked once per user and kept for an hour, so a command pays for it at
most once an hour and a form's three-second answer never waits for it."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

logger = logging.getLogger(__name__)

LOCALE_TTL_SECONDS = 3600.0  # a user who switches Slack's language is read anew within this
LOOKUP_TIMEOUT_SECONDS = 1.0  # after the ack: a slow answer gives the school's language instead

UserKey = tuple[str, str]  # team id, user id


class UserLocales:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._known: dict[UserKey, tuple[str | None, float]] = {}  # locale, when asked
        self._asking: dict[UserKey, asyncio.Task[str | None]] = {}

    async def of(self, client: AsyncWebClient, team: str, user: str) -> str | None:
        """The user's locale, asked if not known this past hour (call it after the ack)."""
        key = (team, user)
        if (known := self._fresh(key)) is not None:
            return known[0]
        try:
            return await asyncio.wait_for(
                asyncio.shield(self._ask(client, key)), LOOKUP_TIMEOUT_SECONDS
            )
        except TimeoutError:
            return None

    def known(self, client: AsyncWebClient, team: str, user: str) -> str | None:
        """The locale if known now, without waiting (a form must answer within 3 s); asked in
        the background otherwise, for the user's next request."""
        key = (team, user)
        if (known := self._fresh(key)) is not None:
            return known[0]
        self._ask(client, key)
        return None

    def _fresh(self, key: UserKey) -> tuple[str | None, float] | None:
        known = self._known.get(key)
        if known is None or self._clock() - known[1] > LOCALE_TTL_SECONDS:
            return None
        return known

    def _ask(self, client: AsyncWebClient, key: UserKey) -> asyncio.Task[str | None]:
        """One question per user at a time, however many of their requests wait for it."""
        if (asking := self._asking.get(key)) is None:
            asking = asyncio.ensure_future(self._lookup(client, key))
            self._asking[key] = asking
        return asking

    async def _lookup(self, client: AsyncWebClient, key: UserKey) -> str | None:
        locale = None
        try:
            answer = await client.users_info(user=key[1], include_locale=True)
            user = answer.get("user") or {}
            locale = user.get("locale") if isinstance(user, dict) else None
        except (TimeoutError, SlackApiError, OSError) as problem:
            # without users:read (an install from before it was requested) every user reads
            # by their school: said once an hour per user, not on every command
            logger.warning("Slack users.info for %s failed (%s); no locale", key[1], problem)
        finally:
            self._known[key] = (locale, self._clock())
            self._asking.pop(key, None)
        return locale
