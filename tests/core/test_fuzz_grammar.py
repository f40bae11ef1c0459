"""Fuzzing every command through the real dispatcher: a reply always, never a crash, and a
refused command writes nothing.

Lines come as arbitrary text and as each command of the catalog with its own options filled
with plausible and hostile values, typed (Slack, console) or named (Discord). One bot with
two schools, a partnership and a booked session serves every example of a test, so commands
meet real rows; `HYPOTHESIS_PROFILE=deep` searches thirty times longer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.testing import TestBot
from bot.commands import CATALOG
from bot.core.grammar import quote
from bot.core.identity import ChannelRef
from bot.core.reply import Reply
from bot.core.spec import CommandSpec, Param
from tests.support.booked import FR, KR, book_session, seoul_paris
from tests.support.fuzz import FUZZ, HOSTILE_WORDS, hostile_text, snapshot

USERS = ("alice", "pierre", "coordinator", "stranger")
SPECS = list(CATALOG)
PLAUSIBLE: dict[str, tuple[str, ...]] = {
    "text": ("Hanbit", "culture", "We would love to meet you"),
    "name": ("Hanbit Middle School", "Hаnbit", "Mirae\u200b", "Lyce\u0301e", "\u202eloohcS"),
    "claim code": ("KR7Q-M3XD-9PTA-HC2W", "kr7q m3xd 9pta hc2w", "1234", "#1"),
    "integer": ("1", "2", "0", "-1", "50", "2147483647", "2147483648", "99999999999999999999"),
    "school": (KR, FR, "Hanbit", "Lycée", "KR", "nobody"),
    "date": ("2027-03-09", "2027-02-29", "0001-01-01", "9999-12-31", "2027-13-01"),
    "duration": ("60", "1h30m", "1:30", "0", "99999999999h", "90m"),
    "choice": ("middle", "on", "held", "presentation", "MIDDLE"),
    "user": ("@alice", "<@U0ALICE>", "<@123456789012345678>", "pierre"),
    "country": ("KR", "FR", "Korea", "XX", "us"),
    "timezone": ("Asia/Seoul", "Europe/Paris", "New York", "Mars/Base"),
    "language": ("ko", "en", "korean", "xx"),
    "grades": ("1-3", "10-12", "0", "1-99", "5,6"),
    "weekly hours": ("Mon-Fri 09:00-16:00", "Mon 00:00-24:00", "Sun 23:00-01:00", "Fri"),
    "vacations": ("2027-07-24..2027-08-22", "9999-12-30..9999-12-31", "0001-01-01"),
    "local time": (
        "Tue 15:00",
        "15:00",
        "2027-03-09 15:00",
        "0001-01-01 00:00",
        "9999-12-31 23:59",
        "tomorrow 3pm",
    ),
    "slot or time": ("1", "99999999999999999999", "2027-03-09 15:00", "9999-12-31 23:59"),
    "lead time": ("3 months", "2w", "1d", "0d", "99999999 months"),
    "program": ("Seoul IJC 2027", "2027-1", "nobody"),
    "term": ("2027-1", "2027-2", "9999-2", "0-1", "2027-03-01..2027-08-31"),
    "link": ("https://meet.example/abc", "javascript:alert(1)", "https://<!channel>"),
    "assistant": ("#1", "@alice", "<@U0ALICE>", "#0", "#99999999999999999999", "mina"),
    "language pair": ("ko-ja", "ko-fr", "ko-ko", "ko", "xx-yy", "ko-ja-en"),
    "reading language": ("ko", "한국어", "zh-TW", "auto", "fr", "xx"),
    "activity kind": ("video_letter", "video letter", "padlet", "Culture-Box", "telegram"),
}


@pytest.fixture
async def world(bot: TestBot) -> TestBot:
    """alice (Seoul) and pierre (Paris) are partners with session 1 booked in March."""
    pair = await seoul_paris(bot)
    await book_session(bot, pair, datetime(2027, 3, 9, 6, 0, tzinfo=bot.clock.now().tzinfo))
    return bot


def test_every_value_type_of_the_catalog_has_plausible_values_to_fuzz_with():
    names = {param.type.name for spec in CATALOG for param in spec.params}
    assert names <= PLAUSIBLE.keys(), f"add examples for {sorted(names - PLAUSIBLE.keys())}"


def value_for(param: Param) -> st.SearchStrategy[str]:
    plausible = PLAUSIBLE[param.type.name] + param.choices
    return st.one_of(st.sampled_from(plausible), hostile_text)


@st.composite
def typed_line(draw: st.DrawFn) -> str:
    """A command of the catalog with some of its options, as someone might type it."""
    spec: CommandSpec = draw(st.sampled_from(SPECS))
    words = [spec.name]
    for param in spec.params:
        if not draw(st.booleans()):
            continue
        value = draw(value_for(param))
        shape = draw(st.sampled_from(("named", "positional", "raw")))
        if shape == "named":
            words.append(f"{param.name}={quote(value)}")
        elif shape == "positional":
            words.append(quote(value))
        else:
            words.append(value)
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(HOSTILE_WORDS)))
    return " ".join(words)


@st.composite
def named_options(draw: st.DrawFn) -> tuple[tuple[str, ...], dict[str, str]]:
    """A command with named options, as Discord's application commands hand them over."""
    spec: CommandSpec = draw(st.sampled_from(SPECS))
    options = {p.name: draw(value_for(p)) for p in spec.params if draw(st.booleans())}
    if draw(st.integers(0, 9)) == 0:
        options[draw(st.sampled_from(HOSTILE_WORDS))] = "x"
    return spec.path, options


async def assert_answered_safely(bot: TestBot, before: dict[str, Any], reply: Reply) -> None:
    assert isinstance(reply, Reply) and reply.text.strip()
    assert "error_id" not in reply.data, f"the command crashed: {reply.text}"
    assert "Traceback" not in reply.text
    if not reply.ok:
        assert await snapshot(bot.core.sessions) == before, "a refused command wrote something"


@FUZZ
@given(user=st.sampled_from(USERS), line=st.one_of(st.text(max_size=300), hostile_text))
async def test_any_text_gets_a_reply_and_a_refusal_writes_nothing(world, user, line):
    before = await snapshot(world.core.sessions)
    reply = await world.core.handle_text(world.actor(user), line)
    await assert_answered_safely(world, before, reply)


@FUZZ
@given(user=st.sampled_from(USERS), line=typed_line(), in_joint_channel=st.booleans())
async def test_every_typed_command_with_hostile_values_is_answered_safely(
    world, user, line, in_joint_channel
):
    channel = ChannelRef("test", "T1", "joint") if in_joint_channel else None
    before = await snapshot(world.core.sessions)
    reply = await world.core.handle_text(world.actor(user), line, channel)
    await assert_answered_safely(world, before, reply)


@FUZZ
@given(user=st.sampled_from(USERS), command=named_options())
async def test_every_command_with_named_hostile_options_is_answered_safely(world, user, command):
    path, options = command
    before = await snapshot(world.core.sessions)
    reply = await world.core.handle_options(world.actor(user), path, options)
    await assert_answered_safely(world, before, reply)
