"""libical, the C library calendar servers and clients build on, as an independent judge of
invites: its parser (RFC 5545) and its iTIP restriction check (`icalrestriction_check`, the
property rules of RFC 5546 for each METHOD), reached through ctypes over `libical.so.3`.

Debian's `libical-dev` provides it (`.ci/run` installs it). Where it is missing, the tests that
need it skip with that reason; in CI they fail.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import cache

import pytest

LIBRARY = "libical.so.3"
ERROR_PROPERTY = "X-LIC-ERROR"


@cache
def _libical() -> ctypes.CDLL | None:
    for name in (LIBRARY, ctypes.util.find_library("ical")):
        if not name:
            continue
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        _declare(library)
        return library
    return None


def _declare(library: ctypes.CDLL) -> None:
    component = ctypes.c_void_p
    library.icalparser_parse_string.argtypes = [ctypes.c_char_p]
    library.icalparser_parse_string.restype = component
    library.icalrestriction_check.argtypes = [component]
    library.icalrestriction_check.restype = ctypes.c_int
    library.icalcomponent_as_ical_string.argtypes = [component]
    library.icalcomponent_as_ical_string.restype = ctypes.c_char_p  # owned by libical's ring
    library.icalcomponent_free.argtypes = [component]
    library.icalcomponent_free.restype = None


def libical() -> ctypes.CDLL:
    """The library, or a skip (a failure in CI) saying it is not installed."""
    library = _libical()
    if library is None:
        reason = f"{LIBRARY} is not installed (Debian: apt-get install libical-dev)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must validate invites with it")
        pytest.skip(reason)
    return library


def itip_problems(ics: bytes) -> list[str]:
    """What libical finds wrong with a calendar file: parse errors, then every iTIP property
    rule its METHOD breaks (each an X-LIC-ERROR libical writes into the component)."""
    library = libical()
    component = library.icalparser_parse_string(ics)
    if not component:
        return ["libical could not parse the file at all"]
    try:
        library.icalrestriction_check(component)
        written = library.icalcomponent_as_ical_string(component).decode()
    finally:
        library.icalcomponent_free(component)
    unfolded = written.replace("\r\n ", "").replace("\n ", "")
    return [
        line.split(":", 1)[1]
        for line in unfolded.splitlines()
        if line.startswith((ERROR_PROPERTY + ":", ERROR_PROPERTY + ";"))
    ]
