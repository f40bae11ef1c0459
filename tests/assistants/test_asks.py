"""Which languages a session asks an assistant for, and which pairs a program asks for by
itself: those that share no language either school teaches in (its first listed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.assistants.asks import default_languages, needs_interpreter, parse_language_pair
from bot.core.errors import UserError
from bot.core.value_types import ValueProblem
from storage.models import School

NOW = datetime(2027, 1, 11, tzinfo=UTC)


def school(languages: str) -> School:
    return School(
        id=f"XX-{languages}",
        program_id=1,
        name=f"School {languages}",
        side="home",
        country="XX",
        timezone="UTC",
        level="middle",
        languages=languages,
        created_at=NOW,
        updated_at=NOW,
    )


@pytest.mark.parametrize(
    ("first", "second", "asks"),
    [
        ("ko;en", "ja;en", True),  # they meet only in English, which neither teaches in
        ("ko", "fr", True),  # no language in common at all
        ("ko;en", "fr;en;de", True),
        ("ko;en", "en", False),  # the London class is taught in English
        ("ko;ja", "ja;en", False),  # the Seoul class can use Japanese, Osaka's own
        ("ko;en", "ko", False),  # both teach in Korean
    ],
)
def test_a_pair_needs_an_interpreter_when_no_shared_language_is_taught_by_either(
    first, second, asks
):
    assert needs_interpreter(school(first), school(second)) is asks
    assert needs_interpreter(school(second), school(first)) is asks


def test_the_default_pair_is_both_schools_main_languages_and_never_one_twice():
    assert default_languages(school("ko;en"), school("ja;en")) == ("ko", "ja")
    with pytest.raises(UserError, match="Both schools teach in Korean"):
        default_languages(school("ko;en"), school("ko"))


@pytest.mark.parametrize(
    ("typed", "pair"),
    [("ko-ja", ("ko", "ja")), ("ko–fr", ("ko", "fr")), (" en , el ", ("en", "el"))],
)
def test_a_language_pair_reads_two_codes(typed, pair):
    assert parse_language_pair(typed) == pair


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ko", "is not two languages"),
        ("ko-ja-en", "is not two languages"),
        ("ko-ko", "names Korean twice"),
        ("ko-jp", "country code of Japan"),
    ],
)
def test_a_language_pair_that_cannot_be_read_says_why(typed, says):
    with pytest.raises(ValueProblem, match=says):
        parse_language_pair(typed)
